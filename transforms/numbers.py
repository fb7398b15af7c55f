"""Read counts written as digits or as words (``36``, ``1,250``, ``two``, ``veintitrés``)."""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from transforms.vocabulary import LANGUAGES

NUMBER_LANGUAGES = LANGUAGES
INPUT_CACHE_SIZE = 65_536  # bound for caches keyed by words or phrases of the input text
DIGITS = re.compile(r"^\d{1,3}(?:[,.\u00a0 ]\d{3})+$|^\d+$")
DOZEN = re.compile(r"^(?:a|one|una|uma)?\s*(?:dozen|docena|dúzia)$", re.IGNORECASE)
# A count written in digits, with thousands separators (1,234 or 1.234) or without; never the start of a
# decimal.
DIGIT_COUNT = r"\d{1,3}(?:[.,]\d{3})+(?![\d,.]\d)|\d+(?![.,]\d)"
NOT_COUNT_WORDS = frozenset({"a", "an", "one", "un", "una", "uno", "um", "uma", "o", "y", "e"})
# "un tercer vuelo" is the third flight; text2num reads the word as three
ORDINALS_READ_AS_COUNTS = frozenset({"tercer"})


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def parse_count(token: str, language: str | None = None) -> int | None:
    """The integer a token states, or None when it is not a number."""
    token = token.strip()
    if not token:
        return None
    if DIGITS.match(token):
        return int(re.sub(r"\D", "", token))
    if DOZEN.match(token):
        return 12
    if token.lower() in ORDINALS_READ_AS_COUNTS:
        return None
    languages = [language] if language in NUMBER_LANGUAGES else list(NUMBER_LANGUAGES)
    for candidate in languages:
        try:
            return int(text2num(token.lower(), candidate))
        except (ValueError, TypeError):
            continue
    return None


def parse_count_word(token: str, language: str | None = None) -> int | None:
    """Like :func:`parse_count`, but articles (``a``, ``un``) do not count as one."""
    if token.lower() in NOT_COUNT_WORDS:
        return None
    return parse_count(token, language)
