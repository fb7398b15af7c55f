"""Turn a document's raw bytes into text, or into a reason why it cannot be read.

Nothing here is silently wrong: when decoding had to repair the text (control characters
removed, mojibake undone) or choose between legacy code pages that read the bytes almost
equally well, the result carries a note saying so, which the warehouse keeps and alerts on.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

import ftfy
from charset_normalizer import from_bytes
from ftfy.badness import is_bad

from transforms.domain import QuarantineReason

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_CONTROL_CHAR_SHARE = 0.01
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
BINARY_SIGNS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
ANY_CONTROL_OR_BINARY_SIGN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
NON_ASCII = re.compile("[^\x00-\x7f]")
# A UTF-8 lead byte read as latin-1 or cp1252 (Ã, Â, â...) followed by what a continuation byte becomes:
# every double encoding leaves this trace, and ordinary prose almost never does.
MOJIBAKE_TRACE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
PAGE_BREAKS = "\x0b\x0c"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
LEGACY_WESTERN = ("cp1252", "iso8859-1", "mac-roman")
WIDE_ENCODINGS = ("utf-16", "utf-32")
CLOSE_SCORE = 2
WIDE_NUL_SHARE = 0.1
MIN_BINARY_SIGNS = 8

CONTROL_CHARACTERS_REMOVED = "control_characters_removed"
ENCODING_GUESSED = "encoding_guessed"
MOJIBAKE_REPAIRED = "mojibake_repaired"
MOJIBAKE_SUSPECTED = "mojibake_suspected"

WESTERN_LETTERS = frozenset("áéíóúýàèìòùâêîôûãõñçäëïöüÿœæåøßÁÉÍÓÚÝÀÈÌÒÙÂÊÎÔÛÃÕÑÇÄËÏÖÜŒÆÅØ")
WESTERN_MARKS = frozenset("¿¡«»“”‘’–—…°ºª€£·§©®×")
INSIDE_WORD_MARKS = frozenset("’·")
ONE_LETTER_WORDS = frozenset("éàèÀÉ")


@dataclass(frozen=True)
class Decoded:
    """Either ``text`` with its ``encoding`` and any repair ``notes``, or a quarantine ``reason`` with a
    ``detail``."""

    text: str | None
    encoding: str | None
    reason: str | None = None
    detail: str | None = None
    notes: tuple[str, ...] = ()


def _rejected(reason: str, detail: str) -> Decoded:
    return Decoded(text=None, encoding=None, reason=reason, detail=detail)


def encoding_name(label: str) -> str:
    """One spelling per codec (``utf_8``, ``UTF8`` and ``utf-8`` are all ``utf-8``)."""
    try:
        return codecs.lookup(label).name
    except LookupError:
        return label.lower().replace("_", "-")


def plausibility(text: str) -> int:
    """How much a decoding's non-ASCII characters look like Western European prose.

    Letters of Spanish, Portuguese, French or German score; punctuation inside a word, a capital
    after a small letter, runs of accented letters, an accented letter standing alone that is no
    word (``é`` and ``à`` are), symbols and control characters cost. Reading
    the same bytes in the wrong code page turns ``niños`` into ``ni–os`` or ``niÒos``: that costs.
    """
    score = 0
    for match in NON_ASCII.finditer(text):
        position = match.start()
        char = match.group()
        before = text[position - 1] if position else " "
        after = text[position + 1] if position + 1 < len(text) else " "
        if char in WESTERN_LETTERS:
            wrong_case = (char.isupper() and before.islower()) or (char.islower() and after.isupper())
            inside_foreign_run = (
                not before.isascii() and before.isalpha() and not after.isascii() and after.isalpha()
            )
            alone = not before.isalnum() and not after.isalnum() and char not in ONE_LETTER_WORDS
            score += -2 if wrong_case or inside_foreign_run or alone else 2
        elif char.isalpha():
            score += _other_letter(char, before, after)
        elif char in WESTERN_MARKS:
            score += -3 if before.isalpha() and after.isalpha() and char not in INSIDE_WORD_MARKS else 1
        elif unicodedata.category(char).startswith("C"):
            score -= 5
        else:
            score -= 1
    return score


def _other_letter(char: str, before: str, after: str) -> int:
    """A letter outside the Western set: unlikely in Latin script (``ń`` for ``ñ``), plausible in a word of
    its own script."""
    if unicodedata.name(char, "").startswith("LATIN"):
        return -1
    return -2 if (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha()) else 1


def _legacy_candidates(raw: bytes) -> list[tuple[str, str]]:
    """(encoding, text) for every Western code page and the detector's guess that decode the bytes."""
    names = list(LEGACY_WESTERN)
    best = from_bytes(raw).best()
    if best is not None and encoding_name(best.encoding) not in names:
        names.append(encoding_name(best.encoding))
    candidates = []
    for name in names:
        try:
            candidates.append((name, raw.decode(name)))
        except UnicodeDecodeError:
            continue
    return candidates


def _decode_legacy(raw: bytes) -> tuple[str, str, list[str]] | None:
    """The most plausible legacy decoding, noted as a guess when another reads almost as well."""
    scored = sorted(
        ((plausibility(text), name, text) for name, text in _legacy_candidates(raw)), key=lambda c: -c[0]
    )
    if not scored:
        return None
    score, name, text = scored[0]
    rivals = [
        rival
        for rival_score, rival, rival_text in scored[1:]
        if rival_text != text and score - rival_score <= CLOSE_SCORE
    ]
    notes = (
        [f"{ENCODING_GUESSED}: read as {name}, but {', '.join(rivals)} read the bytes almost as well"]
        if rivals
        else []
    )
    return text, name, notes


def _decode_wide(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 or UTF-32 without a byte order mark: the only text with NUL bytes throughout."""
    best = from_bytes(raw).best()
    if best is None or not encoding_name(best.encoding).startswith(WIDE_ENCODINGS):
        return None
    return str(best), encoding_name(best.encoding)


def _remove_controls(text: str) -> tuple[str, list[str]]:
    """Text without control characters (page breaks become line breaks), and a note of what was removed."""
    found = Counter(CONTROL_CHARACTERS.findall(text))
    if not found:
        return text, []
    cleaned = CONTROL_CHARACTERS.sub(lambda m: "\n" if m.group() in PAGE_BREAKS else "", text)
    listed = ", ".join(f"{unicodedata.name(c, f'U+{ord(c):04X}')} x{n}" for c, n in found.most_common())
    return cleaned, [f"{CONTROL_CHARACTERS_REMOVED}: removed {found.total()} control character(s): {listed}"]


def _undo_mojibake(text: str) -> tuple[str, list[str]]:
    """Text decoded twice (``niÃ±os``) repaired when ftfy can, flagged when it cannot."""
    if text.isascii() or not MOJIBAKE_TRACE.search(text) or not is_bad(text):
        return text, []
    repaired = ftfy.fix_encoding(text)
    if repaired != text and not is_bad(repaired):
        return repaired, [
            f"{MOJIBAKE_REPAIRED}: text was encoded twice; repaired (e.g. {_first_bad(text)!r})"
        ]
    return text, [
        f"{MOJIBAKE_SUSPECTED}: characters typical of a wrong decoding remain (e.g. {_first_bad(text)!r})"
    ]


def _first_bad(text: str) -> str:
    """The first line that looks mis-decoded, shortened, to show in a note."""
    line = next((line for line in text.splitlines() if is_bad(line)), text)
    return line.strip()[:60]


def decode_bytes(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode ``raw``: a BOM wins, then strict UTF-8, then the most plausible legacy code page."""
    if len(raw) > max_bytes:
        return _rejected(
            QuarantineReason.TOO_LARGE, f"{len(raw)} bytes is over the limit of {max_bytes} bytes"
        )
    if not raw.strip():
        return _rejected(QuarantineReason.EMPTY, "no bytes" if not raw else "only whitespace")
    notes: list[str] = []
    bom = next((name for bom, name in BOMS if raw.startswith(bom)), None)
    if bom:
        try:
            text, encoding = raw.decode(bom), bom
        except UnicodeDecodeError as error:
            return _rejected(
                QuarantineReason.UNDECODABLE, f"{bom} byte order mark but invalid: {error.reason}"
            )
    elif raw.count(b"\x00") > WIDE_NUL_SHARE * len(raw):
        wide = _decode_wide(raw)
        if wide is None:
            return _rejected(
                QuarantineReason.BINARY, "contains NUL bytes throughout and no text encoding fits"
            )
        text, encoding = wide
    else:
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            legacy = _decode_legacy(raw)
            if legacy is None:
                return _rejected(
                    QuarantineReason.UNDECODABLE, "neither UTF-8 nor any detected encoding decodes it"
                )
            text, encoding, notes = legacy
    removed: list[str] = []
    if ANY_CONTROL_OR_BINARY_SIGN.search(text):  # one scan for the common case of clean text
        signs = len(BINARY_SIGNS.findall(text))
        if signs > max(MIN_BINARY_SIGNS, MAX_CONTROL_CHAR_SHARE * len(text)):
            return _rejected(
                QuarantineReason.BINARY,
                f"{signs / len(text):.1%} control characters after decoding as {encoding}",
            )
        text, removed = _remove_controls(text)
    text, mojibake = _undo_mojibake(text)
    if not text.strip():
        return _rejected(QuarantineReason.EMPTY, "only whitespace")
    return Decoded(
        text=text.replace("\r\n", "\n").replace("\r", "\n"),
        encoding=encoding_name(encoding),
        notes=(*notes, *removed, *mojibake),
    )
