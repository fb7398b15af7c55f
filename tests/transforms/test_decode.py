"""Decoding: encodings that must work and inputs that must be refused with a reason."""

from __future__ import annotations

import pytest

from transforms.decode import decode_bytes

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
