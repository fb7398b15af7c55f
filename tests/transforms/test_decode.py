"""Decoding: encodings that must work and inputs that must be refused with a reason."""

from __future__ import annotations

import pytest

from transforms.decode import decode_bytes, encoding_name

SPANISH = "Guatemala recibió 36 vuelos de repatriación en enero; Perú y Haití, dos cada uno."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_text_encodings_decode(encoding: str) -> None:
    decoded = decode_bytes(SPANISH.encode(encoding))
    assert decoded.reason is None
    assert decoded.text == SPANISH


def test_newlines_are_normalised() -> None:
    assert decode_bytes(b"a line\r\nanother\rthird").text == "a line\nanother\nthird"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        (b"\x00\x01\x02\x03" * 500, "binary"),
    ],
)
def test_refused_inputs(raw: bytes, reason: str) -> None:
    decoded = decode_bytes(raw)
    assert decoded.text is None
    assert decoded.reason == reason
    assert decoded.detail


def test_size_limit() -> None:
    decoded = decode_bytes(b"flights " * 100, max_bytes=100)
    assert decoded.reason == "too_large" and "800" in decoded.detail


LEGACY_CORPUS = [
    "Los niños y las niñas llegaron en el vuelo de repatriación; según la Dirección de Migración, fueron 36 vuelos.",
    "El Salvador recibió 12 vuelos este año. ¡Qué año! Perú y Haití, dos cada uno; Bogotá, ninguno.",
    "Informações: o avião com deportados pousou em Confins às 18h; a operação incluiu crianças e famílias.",
    "São Paulo recebeu três voos; a AÇÃO da Polícia Federal e a INFORMAÇÃO oficial chegaram à tarde.",
    "La Secretaría informó que el último vuelo aterrizó el miércoles en Tegucigalpa con 135 hondureños.",
    "«Fue la séptima operación del año», dijo el vocero; después llegó otro avión con 98 guatemaltecos.",
]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "mac-roman"])
@pytest.mark.parametrize("text", LEGACY_CORPUS)
def test_legacy_western_encodings_of_spanish_and_portuguese_come_out_right(tmp_path, encoding: str, text: str) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    decoded = decode_bytes(path.read_bytes())
    assert decoded.text == text
    assert decoded.notes == ()


def test_curly_quotes_and_dashes_of_windows_text_are_not_read_as_mac_letters() -> None:
    text = "“Deportation flights” rose — by 10% — in the year’s first half, the agency’s report said."
    assert decode_bytes(text.encode("cp1252")).text == text


def test_a_close_guess_between_code_pages_is_noted() -> None:
    decoded = decode_bytes(b"El pa\x92s recibe 4 vuelos")  # 'país' in mac-roman, or 'pa’s' in cp1252
    assert decoded.text in {"El país recibe 4 vuelos", "El pa’s recibe 4 vuelos"}
    assert [note for note in decoded.notes if note.startswith("encoding_guessed")], decoded


def test_other_scripts_still_decode_in_their_own_code_page() -> None:
    text = "Самолёт с депортированными приземлился в Москве в пятницу вечером"
    assert decode_bytes(text.encode("cp1251")).text == text


def test_text_encoded_twice_is_repaired_and_noted() -> None:
    text = "Los niños llegaron en dos vuelos de repatriación."
    decoded = decode_bytes(text.encode("utf-8").decode("latin-1").encode("utf-8"))
    assert decoded.text == text
    assert decoded.notes and decoded.notes[0].startswith("mojibake_repaired")


def test_a_nul_byte_in_a_good_file_is_removed_and_noted_and_the_text_stays() -> None:
    text = "Published: 12 March 2024\n\nTwo deportation flights landed in Guatemala City on Friday.\n" * 3
    middle = len(text) // 2
    decoded = decode_bytes(text[:middle].encode() + b"\x00" + text[middle:].encode())
    assert decoded.text == text
    assert decoded.encoding == "utf-8"
    assert decoded.notes == ("control_characters_removed: removed 1 control character(s): U+0000 x1",)


def test_control_characters_never_survive_decoding() -> None:
    decoded = decode_bytes(b"Flights\x07 to\x1b Haiti:\x0c 4 flights in March.\x7f")
    assert decoded.text == "Flights to Haiti:\n 4 flights in March."
    assert decoded.notes[0].startswith("control_characters_removed: removed 4")


@pytest.mark.parametrize(("label", "name"), [("utf_8", "utf-8"), ("UTF8", "utf-8"), ("latin_1", "iso8859-1"), ("macroman", "mac-roman"),
                                             ("windows-1252", "cp1252")])
def test_encoding_labels_have_one_spelling(label: str, name: str) -> None:
    assert encoding_name(label) == name


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252", "mac-roman"])
def test_stored_encoding_names_are_normalised(encoding: str) -> None:
    decoded = decode_bytes(LEGACY_CORPUS[0].encode(encoding))
    assert decoded.encoding == encoding_name(decoded.encoding)
