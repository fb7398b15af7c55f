"""Split text into lines and sentences as (start, end) spans into the original string."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# a sentence may close with a quote or bracket and a footnote mark ("… last year.[1] In September …")
SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?(?=\s+[\"“‘(¿¡]?[A-ZÁÉÍÓÚÑ0-9])")
# A period after one of these does not end a sentence: "U.S.", "Jan.", "Sr.", "EE.UU.".
ABBREVIATION = re.compile(
    r"""
    (?:
        \b[A-Za-z]\.(?:[A-Za-z]\.)*                                  # initials: "U.S.", "J."
      | \b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Lic|Gen|Gov|Sen|Rep|St|Jr|No|Nos|vs|etc   # titles and short words
          |Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|ene|feb|abr|ago|dic   # months
          |EE|UU|Inc|Corp|Co|Ltd|Ave|Dept|(?i:approx|aprox))\.         # "EE.UU.", "Inc.", "approx."
    )$
    """,
    re.VERBOSE,
)


LINES_CACHE_SIZE = 8
# A sentence longer than this is cut into pieces at a space: the rules read a sentence several times over
# (the words before each flight noun, each place), so an unbounded one costs the square of its length. The
# longest sentence of the dev corpus and the seeds is about 400 characters.
MAX_SENTENCE_CHARS = 600
ABBREVIATION_WINDOW = 12  # longest abbreviation checked before a period, with room for its boundary


def lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans of every line, without its newline."""
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``; a line break always ends a sentence."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line_start, line_end in lines(text[start:end]):
        base = start + line_start
        line = text[base : start + line_end]
        cursor = 0
        for match in SENTENCE_END.finditer(line):
            if ABBREVIATION.search(line[max(0, match.start() - ABBREVIATION_WINDOW) : match.start() + 1]):
                continue
            spans.append((base + cursor, base + match.end()))
            cursor = match.end()
        spans.append((base + cursor, base + len(line)))
    return _trimmed(text, [piece for span in spans for piece in _pieces(text, *span)])


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as one span, or cut before the last space of every ``MAX_SENTENCE_CHARS``
    characters."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = space if space > start else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for span_start, span_end in spans:
        start, end = span_start, span_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out


DOTTED_CAPITAL_I = "\u0130"


def lowercase(text: str) -> str:
    """``text.lower()`` one character for one, as ``re.IGNORECASE`` compares them.

    Only the dotted capital I (``İ``) lowers to two characters, ``i`` and a combining dot; here it
    lowers to ``i``, so a position in the lowered text is the same position in the text.
    """
    return text.replace(DOTTED_CAPITAL_I, "i").lower() if DOTTED_CAPITAL_I in text else text.lower()


@lru_cache(maxsize=LINES_CACHE_SIZE)
def lines_containing(text: str, stems: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Spans of the lines whose lowercase text holds any of ``stems``, in order: plain substring search, no
    regex.

    Cached for the few documents in hand: the context and the mentions both ask for a document's flight lines.
    """
    lowered = lowercase(text)
    starts: set[int] = set()
    for stem in stems:
        position = lowered.find(stem)
        while position >= 0:
            starts.add(lowered.rfind("\n", 0, position) + 1)
            position = lowered.find(stem, position + len(stem))
    spans = []
    for start in sorted(starts):
        end = text.find("\n", start)
        spans.append((start, len(text) if end < 0 else end))
    return tuple(spans)


def last_words_start(text: str, words: int) -> int:
    """Where the last ``words`` whitespace-separated words of ``text`` begin, the whitespace before them
    included.

    A pattern anchored at the end of a text that can span no more words than that cannot start
    earlier: searching from here finds the same match as searching the whole text, at a cost that
    does not grow with the text.
    """
    parts = text.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


class EndPattern:
    """A regular expression anchored at the end of the text it searches, that spans at most ``words`` words.

    It is searched for from where the text's last ``words`` words begin: the match a search of the
    whole text finds, at a cost that does not grow with the text. The clause before a count or a
    place is searched for dozens of such cues and can run to hundreds of characters.
    """

    __slots__ = ("regex", "words")

    def __init__(self, regex: re.Pattern[str], words: int) -> None:
        self.regex = regex
        self.words = words

    def search(self, text: str) -> re.Match[str] | None:
        """The pattern's match at the end of ``text``, or None."""
        return self.regex.search(text, last_words_start(text, self.words))


class LowercasePattern:
    """A case-insensitive pattern that only says whether a text holds it, searched in the text lowercased.

    Python's ``re`` scans a long alternation of words three to four times slower with IGNORECASE.
    A pattern that names no uppercase letter, compiled case-sensitively, finds in the lowercased
    text what the IGNORECASE pattern finds in the text, for the Latin alphabets documents use.
    """

    __slots__ = ("regex",)

    def __init__(self, source: str) -> None:
        named = re.sub(r"\\.", "", source)  # escapes such as \W and \S are classes, not letters
        if any(character.isupper() for character in named):
            raise ValueError(f"a LowercasePattern names only lowercase letters: {source[:80]!r}")
        self.regex = re.compile(source)

    def found_in(self, lowered: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``lowered[start:end]`` (a text already lowercased by :func:`lowercase`) holds the
        pattern."""
        return self.regex.search(lowered, start, len(lowered) if end is None else end) is not None

    def blanked_in(self, lowered: str) -> str:
        """``lowered`` with every match replaced by a space, so that later patterns do not see it."""
        return self.regex.sub(" ", lowered)
