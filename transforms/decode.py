"""Turn a document's raw bytes into text, or into a reason why it cannot be read."""

from __future__ import annotations

import codecs
import contextlib
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_CONTROL_CHAR_SHARE = 0.01
CONTROL_CHAR = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    """Either ``text`` with its ``encoding``, or a quarantine ``reason`` with a ``detail``."""

    text: str | None
    encoding: str | None
    reason: str | None = None
    detail: str | None = None


def _rejected(reason: str, detail: str) -> Decoded:
    return Decoded(text=None, encoding=None, reason=reason, detail=detail)


def _control_share(text: str) -> float:
    """Share of characters no prose contains (NUL, bell, ...): a sign of a binary file."""
    if not text or not CONTROL_CHAR.search(text):
        return 0.0
    return len(CONTROL_CHAR.findall(text)) / len(text)


def decode_bytes(raw: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Decode ``raw``: a BOM wins, then strict UTF-8, then charset-normalizer's best guess."""
    if len(raw) > max_bytes:
        return _rejected("too_large", f"{len(raw)} bytes is over the limit of {max_bytes} bytes")
    if not raw.strip():
        return _rejected("empty", "no bytes" if not raw else "only whitespace")
    text, encoding = None, None
    for bom, name in BOMS:
        if raw.startswith(bom):
            try:
                text, encoding = raw.decode(name), name
            except UnicodeDecodeError as error:
                return _rejected("undecodable", f"{name} byte order mark but invalid: {error.reason}")
            break
    if text is None and b"\x00" not in raw:
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = raw.decode("utf-8"), "utf-8"
    if text is None:
        best = from_bytes(raw).best()
        if best is not None:
            text, encoding = str(best), best.encoding
    if text is None:
        if b"\x00" in raw:
            return _rejected("binary", "contains NUL bytes and no text encoding fits")
        return _rejected("undecodable", "neither UTF-8 nor any detected encoding decodes it")
    share = _control_share(text)
    if share > MAX_CONTROL_CHAR_SHARE:
        return _rejected("binary", f"{share:.1%} control characters after decoding as {encoding}")
    if not text.strip():
        return _rejected("empty", "only whitespace")
    return Decoded(text=text.replace("\r\n", "\n").replace("\r", "\n"), encoding=encoding)
