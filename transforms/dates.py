"""Find dates and periods in text and resolve them with dateparser, in the document's language.

Regular expressions built from CLDR month and weekday names (babel) only *find* candidate
spans; dateparser, restricted to the document's language, turns each span into a date.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

import dateparser
from babel import Locale

from transforms.cues.periods import RECORD
from transforms.domain import Precision
from transforms.numbers import INPUT_CACHE_SIZE, parse_count
from transforms.spans import EndPattern
from transforms.vocabulary import FLIGHT_NOUNS, LANGUAGES

DATE_LANGUAGES = LANGUAGES
HEAD_CHARS = 1500


@dataclass(frozen=True)
class Period:
    """A resolved span of days with the precision it was stated in (day, month, year)."""

    start: dt.date
    end: dt.date
    precision: str
    text: str
    char_start: int
    char_end: int


@cache
def _cldr_names(kind: str) -> dict[str, int]:
    """CLDR month or weekday names and abbreviations (English, Spanish, Portuguese), lowercased, to their
    number."""
    numbers: dict[str, int] = {}
    for language in DATE_LANGUAGES:
        data = getattr(Locale(language), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in data[context][width].items():
                    numbers.setdefault(str(name).rstrip(".").lower(), number)
    return numbers


@cache
def month_numbers() -> dict[str, int]:
    """Month name to 1-12."""
    return _cldr_names("months") | {"sept": 9}


def weekday_numbers() -> dict[str, int]:
    """Weekday name to Monday=0 ... Sunday=6."""
    return _cldr_names("days")


WORD = re.compile(r"[^\W\d_]+")
# the letters that end a text, before a number
LAST_WORD = EndPattern(re.compile(r"([^\W\d_]+)\.?\s*$"), words=1)
WORDS_CACHE_SIZE = 64  # the sentences and clauses of the document in hand


@lru_cache(maxsize=WORDS_CACHE_SIZE)
def _words(text: str) -> frozenset[str]:
    """The text's words in lowercase. Cached: a sentence is asked for a month, a weekday and a span in
    turn."""
    return frozenset(WORD.findall(text.lower()))


def month_end(day: dt.date) -> dt.date:
    """Last day of ``day``'s month."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def months_within(start: dt.date, end: dt.date) -> list[dt.date]:
    """First days of the months lying wholly inside ``start``..``end``."""
    months, day = [], start.replace(day=1)
    while day <= end:
        if day >= start and month_end(day) <= end:
            months.append(day)
        day = month_end(day) + dt.timedelta(days=1)
    return months


def names_a_month(text: str) -> bool:
    return not _words(text).isdisjoint(month_numbers())


@cache
def _relative_words() -> frozenset[str]:
    """Words one of which every relative period holds: weekdays and the units of ``last week``, ``los últimos
    tres meses``."""
    # "sexta-feira" is read as "sexta", "feira"
    hyphenated = {name.split("-")[0] for name in weekday_numbers() if "-" in name}
    return (
        frozenset(weekday_numbers())
        | hyphenated
        | frozenset(
            "week weeks semana semanas days day días dia dias months month meses mes mês weekend".split()
        )
        | RELATIVE_DAY_WORDS
    )


@cache
def date_words(language: str | None = None) -> frozenset[str]:
    """Month and weekday names and abbreviations of one language (all three when unknown), lowercased, without
    periods.

    Per language, because another language's abbreviation can be an everyday word (Portuguese ``out``,
    ``set``).
    """
    languages = [language] if language in DATE_LANGUAGES else list(DATE_LANGUAGES)
    words: set[str] = set()
    for code in languages:
        for kind in ("months", "days"):
            data = getattr(Locale(code), kind)
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    words |= {str(name).rstrip(".").lower() for name in data[context][width].values()}
    return frozenset(words)


def ends_with_date_word(text: str, language: str | None, months_only: bool = False) -> bool:
    """Whether ``text`` ends with a month (or weekday) name right before a number (``the Jan. 24``,
    ``Published: November``)."""
    match = LAST_WORD.search(text)
    if not match:
        return False
    word = match.group(1).lower()
    return (
        word in month_numbers() and word in date_words(language)
        if months_only
        else word in date_words(language)
    )


def _alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(n) for n in sorted((n for n in names if len(n) >= 3), key=len, reverse=True))


@cache
def month_alternation() -> str:
    """Month names and abbreviations in the supported languages, as a regex alternation."""
    return _alternation(month_numbers())


@cache
def weekday_alternation() -> str:
    """Weekday names in the supported languages (``Friday``, ``viernes``, ``sexta-feira``)."""
    return _alternation(weekday_numbers())


def weekday_or_short_alternation() -> str:
    """Weekday names, and the short Portuguese ones (``terça``) where the context rules out other readings."""
    return f"{weekday_alternation()}|{'|'.join(PT_SHORT_WEEKDAYS)}"


@cache
def _date_parts() -> tuple[str, str, str]:
    """Regex pieces for a month name, a day of the month and a year."""
    return rf"(?:{month_alternation()})\.?", r"\d{1,2}(?:st|nd|rd|th|º|°)?", r"(?:19|20)\d{2}"


@cache
def _date_patterns() -> list[re.Pattern[str]]:
    month, day, year = _date_parts()
    flags = re.IGNORECASE
    return [
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", flags),
        re.compile(rf"\b{day}\s+(?:de\s+)?{month},?\s+(?:de(?:l)?\s+)?{year}\b", flags),
        re.compile(rf"\b{year}-\d{{2}}-\d{{2}}\b"),
    ]


@cache
def _month_day_pattern() -> re.Pattern[str]:
    month, _, _ = _date_parts()
    return re.compile(rf"\b(?:{month}\s+\d{{1,2}}|\d{{1,2}}\s+(?:de\s+)?{month})\b", re.IGNORECASE)


SPELLED_DATE = re.compile(
    r"""
    ^(?:
        # 4 de marzo de 2025, 4 March 2025
        (?P<d1>\d{1,2})(?:st|nd|rd|th|º|°)?\s+(?:de\s+)?(?P<m1>[^\W\d_]+)\.?,?\s+(?:de(?:l)?\s+)?(?P<y1>\d{4})
        # March 4, 2025
      | (?P<m2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4})
    )$
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _spelled_date(text: str) -> dt.date | None:
    """``23 de enero de 2024``, ``December 31, 2023``, ``2024-01-23`` through CLDR month names; None if not
    one."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = SPELLED_DATE.match(text.strip())
    if not match:
        return None
    month = month_numbers().get((match.group("m1") or match.group("m2")).lower())
    if month is None:
        return None
    try:
        return dt.date(
            int(match.group("y1") or match.group("y2")), month, int(match.group("d1") or match.group("d2"))
        )
    except ValueError:
        return None


@lru_cache(maxsize=INPUT_CACHE_SIZE)
def parse_date(text: str, language: str | None) -> dt.date | None:
    """A full calendar date from ``text`` (day, month and year all stated), else None.

    Day-month-year spelled with a CLDR month name is read directly; anything else goes to
    dateparser, restricted to the document's language.
    """
    spelled = _spelled_date(text)
    if spelled:
        return spelled
    languages = [language] if language in DATE_LANGUAGES else list(DATE_LANGUAGES)
    parsed = dateparser.parse(
        text,
        languages=languages,
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class PublicationDate:
    """The document's date as stated at its head; ``date`` is None when no year was given."""

    date: dt.date | None
    precision: str | None
    text: str | None


HEAD_LINES = 15
PIECE_SEPARATOR = re.compile(r"\s*(?:\||·|•|\s[–—-]{1,2}\s|[–—]|\s/\s)\s*")  # "March 4, 2025 / 3:15 PM"
DATE_LABEL = re.compile(
    r"""
    ^(?:
        # the label of a date line
        published|updated|posted|publicado|publicada|actualizado|actualizada|atualizado|fecha|date
        |last\ updated|release\ date|data\ de\ publica[cç][aã]o|data|[uú]ltima\ actualizaci[oó]n
        |[uú]ltima\ atualiza[cç][aã]o
        # "Report released May 5, 2025", "Informe publicado el 5 de mayo", "Relatório divulgado em 5 de maio"
        |(?:report|informe|relat[oó]rio|bolet[ií]n|boletim)\s+(?:released|issued|published|publicad[oa]
          |emitid[oa]|divulgad[oa]|publicad[oa])
        |released|issued|divulgad[oa]
    )
    \b(?:[^:\d\n]{0,30}:)?      # any words up to its colon: "Published in print:"
    (?:\s+(?:on|el|em))?\s*     # "Published on", "Publicado el"
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a date at the head that is not the publication's: a data cut-off ("Fecha de corte: 30/09/2023")
NOT_PUBLICATION_LABEL = re.compile(
    r"^(?:fecha de corte|cut-?off(?: date)?|data de corte|datos al|data as of)\b", re.IGNORECASE
)
# a weekday before a date ("Jueves 9 de noviembre de 2023", "Thu 10 Mar 2022", "Sun, Jun 8, 2025")
WEEKDAY_PREFIX = re.compile(
    r"""
    ^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+          # English
    |^(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo                          # Spanish
       |segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?,?\s+                                 # Portuguese
    """,
    re.IGNORECASE | re.VERBOSE,
)
# where a date in a head line stops: a new sentence, a bracket, a dash, a byline, or the time after it ("July
# 11, 2025 6:00 AM")
# where a date in a head line ends: a sentence, a bracket, a dash ("2025.- Un avión", "2025 -- El"), a byline
# or a time
DATE_END = re.compile(
    r"\.\s+[A-ZÁÉÍÓÚÑ¿¡\"“]|\s+\(|\s+[–—-]{1,2}\s|\s+[–—]|\.?[–—-]{1,2}(?=\s|$)|\s+(?:by|por)\s|"
    r",?\s+(?:at\s+|a\s+las\s+|às\s+)?\d{1,2}[:.h]\d{2}\b"
)
# "Published 9:14 a.m. CT June 3, 2025": the time, and its zone, before the date
LEADING_TIME = re.compile(
    r"^\d{1,2}[:.h]\d{2}\s*(?:[aApP]\.?\s?[mM]\.?)?\s*(?:[A-Z]{1,4}\s+)?"
    r"(?=[A-Za-z]+\.?\s+\d|\d{1,2}\s+(?:de\s+)?[^\W\d_])"  # a month and its day, or a day and its month
)
ISO_TIME = re.compile(r"(?<=\d)T\d{2}:\d{2}\S*")  # "2025-03-04T15:20:00Z": the date before the time
NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})$")
MONTH_FIRST_LANGUAGES = ("en",)


def _numeric_date(text: str, language: str | None) -> dt.date | None:
    """``7/6/20`` (month first in English), ``15/3/21``, ``12.04.2023`` and ``06-03-2025`` (day first
    elsewhere)."""
    match = NUMERIC_DATE.match(text)
    if not match:
        return None
    a, b, year = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    if year < 100:
        year += 2000 if year <= dt.date.today().year % 100 + 1 else 1900
    month, day = (a, b) if language in MONTH_FIRST_LANGUAGES else (b, a)
    if month > 12 >= day:
        month, day = day, month
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _date_candidates(line: str) -> list[str]:
    """Texts in a head line that may be a date alone: each piece between separators, after a dateline's
    place."""
    found = []
    for raw_piece in PIECE_SEPARATOR.split(line.strip(" *_#•")):
        if NOT_PUBLICATION_LABEL.match(raw_piece.strip(" *_•")):
            continue
        piece = LEADING_TIME.sub("", DATE_LABEL.sub("", raw_piece.strip(" *_•")))
        if "T" in piece and ":" in piece:
            piece = ISO_TIME.sub("", piece)
        starts = [0] + [m.end() for m in re.finditer(r"[,/]\s*", piece[:80])]
        for start in starts:
            text = WEEKDAY_PREFIX.sub("", piece[start:])
            end = DATE_END.search(text)
            found.append((text[: end.start()] if end else text).strip().rstrip("."))
    return found


def find_publication_date(text: str, language: str | None) -> PublicationDate:
    """The date at a document's head: a date line (``7/6/20``, ``Published: March 4, 2025``), a byline
    (``By Tess Marlow | November 14, 2024``) or a dateline (``Bogotá, 26 de marzo de 2020. El ...``).

    A month and day without a year (``CARACAS, Aug 19``) is kept as text, not turned into a date.
    """
    month_day = None
    for line in [line for line in text[:HEAD_CHARS].split("\n") if line.strip()][:HEAD_LINES]:
        for candidate in _date_candidates(line):
            date = _numeric_date(candidate, language) or next(
                (parse_date(candidate, language) for p in _date_patterns() if p.fullmatch(candidate)), None
            )
            if date:
                if _within_a_span(line, candidate):
                    # "Weekly removal flights, April 27 – May 3, 2025": the days told of, not publication's
                    break
                return PublicationDate(date, Precision.DAY, candidate)
            if (
                month_day is None
                and _month_day_pattern().fullmatch(candidate)
                and not _within_a_span(line, candidate)
            ):
                month_day = candidate
    return PublicationDate(None, None, month_day)


DAY_NUMBER = re.compile(r"(?<![\d:])\d{1,2}(?![\d:])")  # not the hour or minutes of a time


def _within_a_span(line: str, date: str) -> bool:
    """Whether a date of a line ends or starts a span of days ("April 27 – May 3, 2025", "del 5 al 11 de
    mayo"), not a dateline's before a story that names one; a span has two day numbers, which most date
    lines lack, and the patterns run only then."""
    if len(DAY_NUMBER.findall(line)) < 2 or not names_a_month(line):
        return False
    at = line.find(date)
    return any(
        span.start() <= at < span.end() or at <= span.start() < at + len(date)
        for span in _range_matches(line, line.lower())
    )


def _range_matches(text: str, lowered: str) -> Iterator[re.Match[str]]:
    """The spans of days the range patterns find in ``text``, in their order; a pattern runs only if the
    words it needs are in ``lowered``."""
    for pattern, needs in _range_patterns():
        if needs is None or any(mark in lowered for mark in needs):
            match = pattern.search(text)
            if match:
                yield match


@cache
def _range_patterns() -> list[tuple[re.Pattern[str], tuple[str, ...] | None]]:
    """Each span pattern with the words or marks it cannot match without (None: no cheap test)."""
    month, day, year = _date_parts()
    weekday = rf"(?:(?:{weekday_alternation()}),?\s+)?"
    flags = re.IGNORECASE
    return [
        # del 1 al 21 de enero (de 2024); desde el 1 de diciembre hasta el 5 de enero
        (
            re.compile(
                rf"\b(?:desde\s+el|del|entre\s+el|de)\s+{weekday}(?P<d1>{day})(?:\s+de\s+(?P<m1>{month}))?"
                rf"\s+(?:al|y\s+el|hasta\s+el|a)\s+{weekday}(?P<d2>{day})\s+de\s+(?P<m2>{month})"
                rf"(?:\s+(?:de(?:l)?\s+)?(?P<y>{year}))?",
                flags,
            ),
            None,
        ),
        # from January 1 to 21 (, 2024); between Jan. 1 and Feb. 3, 2024
        (
            # (between Sunday Feb. 9 and Saturday Feb. 15: a weekday may stand before each end)
            re.compile(
                rf"\b(?:from|between)\s+{weekday}(?P<m1>{month})\s+(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?"
                rf"\s+(?:to|and|through|until|-|–)\s+{weekday}(?:(?P<m2>{month})\s+)?(?P<d2>{day})"
                rf"(?:,?\s+(?P<y>{year}))?",
                flags,
            ),
            ("from", "between"),
        ),
        # June 28 – July 4; October 1–31, 2024 (a headline's or a heading's span)
        (
            re.compile(
                rf"\b(?P<m1>{month})\s+(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?\s*[–—-]\s*(?:(?P<m2>{month})\s+)?(?"
                rf"P<d2>{day})(?:,?\s+(?P<y>{year}))?\b",
                flags,
            ),
            ("–", "—", "-"),
        ),
        # 28 de junio – 4 de julio; Semana del 7 al 13 de marzo is above
        (
            re.compile(
                rf"\b(?P<d1>{day})(?:\s+de)?\s+(?P<m1>{month})\s*[–—-]\s*(?P<d2>{day})(?:\s+de)?\s+(?P<m2>"
                rf"{month})(?:,?\s+(?:de\s+)?(?P<y>{year}))?\b",
                flags,
            ),
            ("–", "—", "-"),
        ),
        # 3–9 de agosto, 3-9 August (2025): a span of days of one month, the month said once
        (
            re.compile(
                rf"\b(?P<d1>{day})\s*[–—-]\s*(?P<d2>{day})(?:\s+de)?\s+(?P<m2>{month})(?:,"
                rf"?\s+(?:de\s+)?(?P<y>{year}))?\b",
                flags,
            ),
            ("–", "—", "-"),
        ),
        # 9 and 10 March (2021), el 9 y 10 de marzo, nos dias 9 e 10 de março: two days of one month
        (
            re.compile(
                rf"\b(?P<d1>{day})\s+(?:and|y|e)\s+(?P<d2>{day})(?:\s+de)?\s+(?P<m2>{month})"
                rf"(?:,?\s+(?:de\s+)?(?P<y>{year}))?\b",
                flags,
            ),
            (" and ", " y ", " e "),
        ),
        # March 9 and 10(, 2021)
        (
            re.compile(
                rf"\b(?P<m1>{month})\s+(?P<d1>{day})\s+(?:and|&)\s+(?P<d2>{day})\b(?:,?\s+(?P<y>{year}))?",
                flags,
            ),
            (" and ", "&"),
        ),
        # from 1 to 21 January
        (
            re.compile(
                rf"\b(?:from|between)\s+(?P<d1>{day})(?:\s+(?P<m1>{month}))?\s+(?:to|"
                rf"and)\s+(?P<d2>{day})\s+(?P<m2>{month})(?:,?\s+(?P<y>{year}))?",
                flags,
            ),
            ("from", "between"),
        ),
    ]


@cache
def _month_patterns() -> list[re.Pattern[str]]:
    month = rf"(?:{month_alternation()})"
    year = r"(?:19|20)\d{2}"
    flags = re.IGNORECASE
    return [
        re.compile(
            rf"\b(?:in|during|throughout|for|en|em|durante|para)\s+(?:el\s+mes\s+de\s+|o\s+m[eê]s\s+de\s+|"
            rf"the\s+month\s+of\s+)?(?P<m>{month})(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b"
            # not a day ("in May 5"), unless the number counts flights ("in March 9 flights", "en marzo 9")
            rf"(?!\.?\s+\d+(?!\d)(?!\s+(?:[^\W\d_]+\s+)?(?:{FLIGHT_NOUNS})\b))",
            flags,
        ),
        # "in late January", "a finales de enero", "no fim de janeiro": a part of a month is within that month
        re.compile(
            rf"""
            \b(?:
                (?:in|during)\s+(?:late|early|mid-?)\s*                            # in late January
              | (?:at|toward|towards)\s+the\s+(?:end|start|beginning|middle)\s+of\s+ # at the end of February
              | a\s+(?:finales|fines|principios|inicios|comienzos|mediados)\s+de\s+  # a finales de enero
              | (?:al|hacia\s+el)\s+(?:final|fin|inicio|principio|comienzo)\s+de\s+  # al final de marzo
              | (?:no|ao)\s+(?:fim|final|in[ií]cio|come[çc]o)\s+de\s+                # no fim de janeiro
              | em\s+meados\s+de\s+                                                  # em meados de março
            )
            (?P<m>{month})
            (?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b                              # its year, when stated
            (?!\.?\s+\d)                                                           # not a day: "late May 5"
            """,
            flags | re.VERBOSE,
        ),
        # "October 2024 Removal Flights", "Vuelos por país, enero de 2025": a month and its year standing
        # alone (not "5 October 2024" nor "14 de enero de 2025", a day)
        re.compile(
            rf"""
            (?<!\d\s)(?<!\d)(?<!\d\.)(?<!\d\sde\s)        # not the month of a day: "5 May", "14 de enero"
            (?<!\sto\s)(?<!\sand\s)(?<!through\s)(?<![-–]) # nor the last month of a span: "January to March"
            (?<!\sy\s)(?<!\sa\s)(?<!\se\s)(?<!hasta\s)(?<!até\s) # "enero y marzo", "janeiro a março"
            \b(?P<m>{month})\.?,?\s+
            (?:de(?:l)?\s+)?                                # "enero de 2025", "janeiro de 2025"
            (?P<y>{year})\b
            """,
            flags | re.VERBOSE,
        ),
        # "resumen de abril de 2024", "balance de marzo de 2025": a month and year a report is about (not "14
        # de abril")
        re.compile(
            rf"(?<!\d )(?<!\d)\bde(?:l\s+mes\s+de)?\s+(?P<m>{month})\s+(?:de(?:l)?\s+)?(?P<y>{year})\b", flags
        ),
        # "October's 182 removal flights", "March's flights": a month's own count (not "march's route")
        re.compile(
            rf"\b(?P<m>{month})(?P<y>)['’]s(?=\s+(?:\d|(?:removal|deportation|charter|{FLIGHT_NOUNS})\b))",
            flags,
        ),
        # "two of the April flights", "three May deportation flights": a month, capitalised, naming the
        # flights it is written before (English)
        re.compile(
            rf"\b(?-i:(?=[A-Z]))(?P<m>{month})(?P<y>)(?=[ \t]+(?:(?:removal|deportation|charter|repatriation|"
            rf"military|return)[ \t]+)?(?:{FLIGHT_NOUNS})\b)",  # on its own line: not a heading over a text
            flags,
        ),
        # "los 28 vuelos de marzo", "the 28 flights of March", "os 28 voos de março", "los 28 vuelos de
        # deportación de marzo": the month the flights are of
        re.compile(
            rf"\b(?:{FLIGHT_NOUNS})(?:\s+(?:de|con|com)\s+(?:deport|repatri|expuls|remoci|retorn)[^\W\d_]*)?"
            rf"\s+(?:of|de|do|del\s+mes\s+de|in)\s+(?P<m>{month})\b"
            rf"(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?(?!\.?\s+\d)",
            flags,
        ),
        # "Diciembre fue el mes de mayor actividad", "March saw 74 flights", "En contraste, abril registró
        # 38", "Já março teve 12 voos": a month that is the sentence's subject, after a connective or none
        re.compile(
            rf"""
            ^(?:[^\W\d_]+(?:\s+[^\W\d_]+)?,?\s+)??                         # a connective: "En contraste,"
            (?P<m>{month})(?:['’]s\s+(?:count|total|figure|tally|number))?   # "March", "April's count"
            (?:\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\s+                         # its year, when stated
            (?:fue|was|saw|had|recorded|registr[óo]|registrou|tuvo|teve|sum[óo]|somou|cerr[óo]|fechou|foi
              |dej[óo]|brought|trajo|trouxe)\b                                # its verb
            """,
            flags | re.VERBOSE,
        ),
    ]


@cache
def _day_patterns() -> list[re.Pattern[str]]:
    month, day, year = _date_parts()
    flags = re.IGNORECASE
    return [
        # el 19 de diciembre (de 2023); para el 14 de marzo; el día 3 de mayo; em 14 de março; para o dia 4 de
        # abril; no dia 6 de junho
        re.compile(
            rf"\b(?:el|para\s+el|desde\s+el|em|para|para\s+o|no|desde\s+o)\s+(?:d[ií]a\s+)?(?P<d>{day})\s+de\s+"
            rf"(?P<m>{month})(?:\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b",
            flags,
        ),
        # on March 21 (, 2024); scheduled for Oct. 22
        re.compile(rf"\b(?:on|for)\s+(?P<m>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year}))?", flags),
        # on 6 December (2022), for the 4th of April: the day before the month, as British English writes it
        re.compile(
            rf"\b(?:on|for)\s+(?:the\s+)?(?P<d>{day})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{month})\b"
            rf"(?:,?\s+(?P<y>{year}))?",
            flags,
        ),
    ]


def _strip_suffix(day: str) -> str:
    return re.sub(r"\D", "", day)


def _date_in_year(day: str, month: str, year: int, language: str | None) -> dt.date | None:
    """A date from parts; the month name may be in another language than the document's."""
    return parse_date(f"{_strip_suffix(day)} {month} {year}", language) or parse_date(
        f"{_strip_suffix(day)} {month} {year}", None
    )


def _year_for(month_day: dt.date | None, published: dt.date) -> int:
    """The year of a month-day stated without one: the latest not after publication."""
    if month_day and month_day > published:
        return published.year - 1
    return published.year


@cache
def _week_of_pattern() -> re.Pattern[str]:
    month, day, year = _date_parts()
    return re.compile(
        rf"""
        \b(?:
            # "the week ending May 10", "la semana que terminó el 10 de mayo", "semana encerrada em 10 de
            # maio"
            (?P<ending>week\s+(?:ending|ended|that\s+ended|through)(?:\s+on)?
              |semana\s+(?:que\s+(?:termin[oó]|concluy[oó]|cerr[oó])|terminada|finalizada|encerrada
                |conclu[ií]da)(?:\s+(?:el|em|no\s+dia|a))?)
            # "the week of May 4", "semana del 4 de mayo"
            |week\s+of|semana\s+del?|semana\s+de
        )
        \s+(?:(?P<m1>{month})\.?\s+(?P<d1>{day})\b|(?P<d2>{day})\s+(?:de\s+)?(?P<m2>{month})\b)  # its day
        (?!\s*(?:al|a|to|[–-])\s*\d)                    # not the first day of a span: "semana del 4 al 10"
        (?:,?\s+(?:de\s+)?(?P<y>{year}))?                 # its year, when stated
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _named_month_start(
    match: re.Match[str], language: str | None, published: dt.date | None
) -> dt.date | None:
    """The first day of the month a match names (group ``m``), in its stated year (group ``y``) or the latest
    year not after publication."""
    if match.group("y"):
        year = int(match.group("y"))
    elif published:
        year = _year_for(_month_start(match.group("m"), published.year, language), published)
    else:
        return None
    return _month_start(match.group("m"), year, language)


@cache
def _half_month_pattern() -> re.Pattern[str]:
    month, _day, year = _date_parts()
    return re.compile(
        rf"""
        \b(?:
            (?P<en>first|second|last)\s+half\s+of                               # the first half of May
          | (?P<es>primera|segunda|[uú]ltima)\s+quincena\s+de(?:l\s+mes\s+de)?  # la primera quincena de mayo
          | (?P<pt>primeira|segunda|[uú]ltima)\s+quinzena\s+de                  # a segunda quinzena de maio
        )
        \s+(?P<m>{month})(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _half_month(text: str, language: str | None, published: dt.date | None) -> Period | None:
    """The first fifteen days of a month, or the days after them."""
    match = _half_month_pattern().search(text)
    first = _named_month_start(match, language, published) if match else None
    if match is None or first is None:
        return None
    which = (match.group("en") or match.group("es") or match.group("pt")).lower()
    if which in FIRST_HALF_WORDS:
        start, end = first, first.replace(day=HALF_MONTH_DAYS)
    else:
        start, end = first.replace(day=HALF_MONTH_DAYS + 1), month_end(first)
    return Period(start, end, Precision.DAY, match.group(), match.start(), match.end())


@cache
def _week_of_month_pattern() -> re.Pattern[str]:
    month, _day, year = _date_parts()
    return re.compile(
        rf"""
        \b(?P<which>first|second|third|fourth|last|primera|segunda|tercera|cuarta|[uú]ltima|primeira|terceira
          |quarta)
        \s+(?:week|semana)\s+(?:of|de)\s+(?P<m>{month})(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _week_of_month(text: str, language: str | None, published: dt.date | None) -> Period | None:
    """The first, second, third, fourth or last seven days of a month."""
    match = _week_of_month_pattern().search(text)
    first = _named_month_start(match, language, published) if match else None
    if match is None or first is None:
        return None
    which = match.group("which").lower()
    if which in LAST_WEEK_WORDS:
        end = month_end(first)
        start = end - dt.timedelta(days=DAYS_IN_A_WEEK - 1)
    else:
        start = first + dt.timedelta(days=DAYS_IN_A_WEEK * WEEK_NUMBERS[which])
        end = start + dt.timedelta(days=DAYS_IN_A_WEEK - 1)
    return Period(start, end, Precision.DAY, match.group(), match.start(), match.end())


WEEK_NUMBERS = {
    "first": 0, "primera": 0, "primeira": 0, "second": 1, "segunda": 1, "third": 2, "tercera": 2,
    "terceira": 2, "fourth": 3, "cuarta": 3, "quarta": 3,
}  # fmt: skip
LAST_WEEK_WORDS = frozenset({"last", "última", "ultima"})
DAYS_IN_A_WEEK = 7
FIRST_HALF_WORDS = frozenset({"first", "primera", "primeira"})
HALF_MONTH_DAYS = 15  # "la primera quincena": the 1st to the 15th


def _week_of(text: str, language: str | None, published: dt.date | None) -> Period | None:
    """A week a post names by its first day ("Week of March 9", "semana del 9 de marzo"): that day and the six
    after it, the week as the post defines it; or by its last ("the week ending May 10"): that day and the six
    before it."""
    match = _week_of_pattern().search(text)
    if match is None:
        return None
    day_number, month = match.group("d1") or match.group("d2"), match.group("m1") or match.group("m2")
    if match.group("y"):
        year = int(match.group("y"))
    elif published:
        year = _year_for(_date_in_year(day_number, month, published.year, language), published)
    else:
        return None
    named = _date_in_year(day_number, month, year, language)
    if named is None:
        return None
    first = named - dt.timedelta(days=6) if match.group("ending") else named
    return Period(
        first, first + dt.timedelta(days=6), Precision.WEEK, match.group(), match.start(), match.end()
    )


def find_period(text: str, language: str | None, published: dt.date | None, offset: int = 0) -> Period | None:
    """The first stated period in ``text``: a day range or a month, years from ``published``."""
    if not names_a_month(text):  # every pattern below needs a month's name: a set look-up spares the regexes
        return None
    lowered = text.lower()
    for span in _range_matches(text, lowered):
        parts = span.groupdict()
        # every pattern names a month, at one end or both
        last_month: str = parts.get("m2") or parts.get("m1") or ""
        first_month: str = parts.get("m1") or last_month
        stated_year = parts.get("y") or parts.get("y1")
        if stated_year:
            year_end = int(stated_year)
        elif published:
            year_end = _year_for(_date_in_year(parts["d2"], last_month, published.year, language), published)
        else:
            return None
        end = _date_in_year(parts["d2"], last_month, year_end, language)
        start = _date_in_year(parts["d1"], first_month, year_end, language)
        if start and end and start > end:
            start = _date_in_year(parts["d1"], first_month, year_end - 1, language)
        if start and end:
            return Period(start, end, Precision.DAY, span.group(), offset + span.start(), offset + span.end())
    # "week of March 9": seven days from the one named
    if ("week" in lowered or "semana" in lowered) and (week := _week_of(text, language, published)):
        return replace(week, char_start=offset + week.char_start, char_end=offset + week.char_end)
    # "the first half of September", "la segunda quincena de mayo": half a month
    if ("half" in lowered or "quincena" in lowered or "quinzena" in lowered) and (
        half := _half_month(text, language, published)
    ):
        return replace(half, char_start=offset + half.char_start, char_end=offset + half.char_end)
    # "the first week of March", "la última semana de marzo": seven days of a month
    if ("week" in lowered or "semana" in lowered) and (week := _week_of_month(text, language, published)):
        return replace(week, char_start=offset + week.char_start, char_end=offset + week.char_end)
    for pattern in _month_patterns():
        match = _first_uncompared(pattern, text)
        if not match:
            continue
        month, year = match.group("m"), match.group("y")
        if year:
            year_number = int(year)
        elif published:
            year_number = _year_for(_date_in_year("1", month, published.year, language), published)
        else:
            return None
        start = _date_in_year("1", month, year_number, language)
        if start:
            return Period(
                start,
                month_end(start),
                Precision.MONTH,
                match.group(),
                offset + match.start(),
                offset + match.end(),
            )
    return None


@cache
def _leading_day_patterns() -> list[re.Pattern[str]]:
    month, day, year = _date_parts()
    weekday = rf"(?:(?:{weekday_alternation()}),?\s+)?"
    return [
        # (el) (domingo) 9 de marzo (de 2025), (o dia) 9 de março, 9 March
        re.compile(
            rf"^\s*(?:(?:el|o)\s+)?{weekday}(?:d[ií]a\s+)?(?P<d>{day})\s+(?:de\s+)?(?P<m>{month})"
            rf"(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b",
            re.IGNORECASE,
        ),
        # (the) (Sunday,) March 9(, 2025)
        re.compile(
            rf"^\s*(?:the\s+)?{weekday}(?P<m>{month})\s+(?P<d>{day})\b(?:,?\s+(?P<y>{year}))?", re.IGNORECASE
        ),
    ]


def leading_day(text: str, language: str | None, published: dt.date | None) -> Period | None:
    """The day ``text`` opens with, written without a preposition (after "as of", "hasta", "até"); the year
    from publication when unstated."""
    for pattern in _leading_day_patterns():
        match = pattern.match(text)
        if match is None:
            continue
        day_number, month, year = match.group("d"), match.group("m"), match.group("y")
        if year:
            day = _date_in_year(day_number, month, int(year), language)
        elif published:
            stated = _date_in_year(day_number, month, published.year, language)
            day = _date_in_year(day_number, month, _year_for(stated, published), language)
        else:
            day = None
        if day:
            return Period(day, day, Precision.DAY, match.group().strip(), match.start(), match.end())
    return None


def find_day(text: str, language: str | None, published: dt.date | None) -> Period | None:
    """One day stated with its month ('el 19 de diciembre', 'scheduled for Oct. 22'), the year from
    publication when unstated."""
    if not names_a_month(text):
        return None
    for pattern in _day_patterns():
        match = _first_uncompared(pattern, text)
        if not match:
            continue
        day_number, month, year = match.group("d"), match.group("m"), match.group("y")
        if year:
            year_number = int(year)
        elif published:
            year_number = _year_for(_date_in_year(day_number, month, published.year, language), published)
        else:
            return None
        day = _date_in_year(day_number, month, year_number, language)
        if day:
            return Period(day, day, Precision.DAY, match.group(), match.start(), match.end())
    return None


@cache
def _weekday_pattern() -> re.Pattern[str]:
    """One weekday, or two joined ("on Monday and Tuesday", "el lunes y el martes", "na segunda e na
    terça-feira": a short Portuguese name is read beside a whole one)."""
    day, short = rf"(?:{weekday_alternation()})", "|".join(PT_SHORT_WEEKDAYS)
    return re.compile(
        rf"\b(?:on|last|this past|el|este|el pasado|el último|no|na|em)?\s*"
        rf"(?P<d1>{day}|(?:{short})(?=\s+e\s+(?:n[ao]\s+)?{day}))"
        rf"(?:\s*(?:and|y|e|or|o|,)\s*(?:on|el|la|a|n[ao])?\s*(?P<d2>{day}|(?:{short})(?![-\w])))?\b",
        re.IGNORECASE,
    )


PAST_WEEKDAY_WORD = re.compile(r"\b(?:last|past|pasad[oa]|[uú]ltim[oa]|passad[oa])\b", re.IGNORECASE)


def later_in_the_week(period: Period, published: dt.date) -> Period | None:
    """The weekday a period names, in the week of publication (Monday to Sunday) when that day is still to
    come: "este viernes" written on a Wednesday is two days on, not five days back. None for any other
    period, or for a day of that week gone by."""
    if period.start > published:
        return period
    if (
        period.precision != Precision.DAY
        or period.start != period.end
        or PAST_WEEKDAY_WORD.search(period.text)
        or not _weekday_pattern().search(period.text)
    ):
        return None
    day = published + dt.timedelta(days=period.start.weekday() - published.weekday())
    return replace(period, start=day, end=day) if day > published else None


SPAN_BACK = re.compile(
    r"""
    # "in the last 15 days", "over the past two weeks"
    \b(?:(?:during|in|over|for)\s+)?(?:the\s+)?(?:last|past|previous)\s+(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?)\b
    # "en los últimos 15 días", "durante las pasadas dos semanas", "nos últimos sete dias"
    |\b(?:durante\s+|en\s+)?(?:los|las|n?os|n?as)\s+(?:últim[oa]s|pasad[oa]s|passad[oa]s)\s+(?P<n_es>\w+)\s+
      (?P<unit_es>días|dias|semanas|meses)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
RELATIVE_WEEK = re.compile(
    r"""
    \b(?:
        (?P<last>last\ week|the\ previous\ week|la\ semana\ pasada|la\ semana\ anterior|semana\ passada
          |(?:la|na)\ [uú]ltima\ semana(?!\s+(?:de|del|do|da)\s))  # not "la última semana de marzo"
      | (?P<this>this\ week|esta\ semana|la\ presente\ semana|essa\ semana|nesta\ semana)
      | (?P<next>next\ week|la\ pr[oó]xima\ semana|la\ semana\ pr[oó]xima|la\ semana\ que\ viene
          |pr[oó]xima\ semana)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)


@cache
def _weekday_before_a_week() -> re.Pattern[str]:
    """A weekday, or two joined, right before the week it is of: "Tuesday last week", "Monday and Tuesday this
    week", "el lunes y el martes de esta semana", "na terça da semana passada"."""
    day = rf"(?:{weekday_or_short_alternation()})(?:-feira)?"
    return re.compile(
        rf"\b(?:(?P<d0>{day})\s+(?:and|y|e)\s+(?:(?:on|el|n[ao])\s+)?)?(?P<d>{day})\s+(?:of\s+|de\s+|da\s+)?$",
        re.IGNORECASE,
    )


# the month before or after publication's: "last month", "el mes pasado", "o mês que vem" ("el mes anterior",
# "the previous month" is the one before the month just told of, not publication's)
RELATIVE_MONTH = re.compile(
    r"""
    \b(?:
        (?P<last>last\s+month|el\s+mes\s+pasado|m[eê]s\s+passado)
      | (?P<next>next\s+month|(?:el\s+)?pr[oó]ximo\s+mes|el\s+mes\s+que\s+viene|pr[oó]ximo\s+m[eê]s
          |m[eê]s\s+que\s+vem)
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "next Tuesday", "this coming Friday", "el próximo martes", "la próxima semana" is a week; "o próximo sábado"
NEXT_BEFORE_WEEKDAY = re.compile(r"\b(?:next|this\s+coming|coming|pr[oó]xim[oa])\s+$", re.IGNORECASE)
# "el martes que viene", "o sábado que vem"
NEXT_AFTER_WEEKDAY = re.compile(r"\s+(?:que\s+viene|que\s+vem|pr[oó]xim[oa])\b", re.IGNORECASE)
# words that may follow "el jueves 8" before the rest of the sentence; any other word makes the number a count
# ("on Friday, 16 flights landed")
AFTER_DAY_NUMBER = "con|com|with|a|al|ao|en|em|in|at|y|e|and|o|el|la|los|las|the|por|pelo|pela|para|to|no|na"


@cache
def _day_number_after_weekday() -> re.Pattern[str]:
    """ "sexta-feira, 16", "el jueves 28": a weekday with its day of the month and no month named."""
    return re.compile(
        r",?\s*(?:\(\s*)?(?P<n>[12]?\d|3[01])\b(?:\s*\))?"
        rf"(?!\s+(?:de\s+|of\s+)?(?:{month_alternation()})\b)(?!\s+(?!(?:{AFTER_DAY_NUMBER})\b)[^\W\d_])"
        r"(?![.,:/]\d|\s*(?:%|h\b|am\b|pm\b|a\.m\.|p\.m\.))",
        re.IGNORECASE,
    )


# the day of publication and the days either side: "returned to Tirana today", "llegó ayer", "chega amanhã";
# "the second flight of the day", "el segundo vuelo del día", "o segundo voo do dia" is today's
RELATIVE_DAY = re.compile(
    r"""
    \b(?:
        (?P<today>today|tonight|this\ morning|this\ afternoon
          |hoy(?!\s+(?:en\s+)?d[ií]a)|esta\s+mañana|esta\s+tarde|esta\s+noche     # not "hoy en día"
          |hoje(?!\s+em\s+dia)|esta\s+manhã|nesta\s+manhã|esta\s+noite           # not "hoje em dia"
          |(?<=flight\s)of\s+the\s+day|(?<=vuelo\s)del\s+d[ií]a(?!\s+\d)|(?<=voo\s)do\s+dia(?!\s+\d)
          # "touched down about 20 minutes ago", "hace dos horas", "há 40 minutos": within the day
          |(?:\d{1,2}|an?|one|two|three|a\ few)\s+(?:minutes|hours?)\s+ago
          |hace\s+(?:\d{1,2}|una|dos|tres|unos)\s+(?:minutos|horas?)
          |h[aá]\s+(?:\d{1,2}|uma|duas|tr[eê]s|uns)\s+(?:minutos|horas?))
      | (?P<before_yesterday>the\s+day\s+before\s+yesterday|anteayer|antier|anteontem)
      | (?P<yesterday>yesterday|last\s+night|ayer|anoche|ontem)
      | (?P<tomorrow>tomorrow|(?<!esta\s)(?<!\bla\s)mañana|amanhã)              # not "esta mañana"
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# a day of the month with no month named: "el día 20", "el pasado día 3", "no dia 20", "para o dia 20"
MONTH_DAY = re.compile(
    r"""
    \b(?:el|del|al|o|no|do|ao)\s+                      # el día, no dia, do dia
    (?:(?:pasado|pr[oó]ximo|passado)\s+)?d[ií]a\s+     # el pasado día, o próximo dia
    (?P<n>[12]?\d|3[01])\b
    (?!\s*(?:de|del|do|of)\s)                          # not "el día 20 de marzo", "o dia 5 do mês"
    (?!\s+(?:vuelos?|voos?)\b)                         # not "no dia 3 voos chegaram": a count
    (?![.,:/]\d|\s*(?:%|h\b))                          # not "dia 20/02", "dia 20,5", "dia 20 h"
    """,
    re.IGNORECASE | re.VERBOSE,
)
RELATIVE_DAY_WORDS = frozenset(
    "today tonight morning afternoon hoy mañana tarde noche hoje manhã noite yesterday night ayer anoche "
    "ontem tomorrow amanhã day día dia anteayer antier anteontem minutes minutos hour hours hora "
    "horas".split()
)
WEEKEND = re.compile(
    r"""
    \b(?:over|during|on)\s+the\s+weekend\b|\b(?:this(?:\s+past)?|last)\s+weekend\b      # over the weekend
    |\b(?:durante\s+)?(?:el|este)\s+fin\s+de\s+semana(?:\s+pasado)?\b                 # el fin de semana
    |\b(?:durante\s+o|n[oe]|neste|este)\s+(?:[uú]ltimo\s+)?fim\s+de\s+semana(?:\s+passado)?\b  # no fim
    |\b(?:el|este)\s+[uú]ltimo\s+fin\s+de\s+semana\b                   # el último fin de semana
    """,
    re.IGNORECASE | re.VERBOSE,
)
# 'said on Saturday', 'informó este martes': the day of the report, not of the flights
REPORTED_ON = re.compile(
    r"\b(?:said|says|announced|reported|confirmed|told|informó|informo|dijo|anunció|anuncio|señaló|senalo|"
    r"indicó|indico|explicó|explico|confirmó|confirmo|detalló|detallo|precisó|preciso|reportó|reporto)\s*$",
    re.IGNORECASE,
)
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "días": 1, "dias": 1, "semanas": 7, "meses": 30}
UNIT_PRECISION = {1: Precision.DAY, 7: Precision.WEEK, 30: Precision.MONTH}


def _nearest_day_of_month(number: int, published: dt.date, name: str | None = None) -> dt.date | None:
    """The date nearest publication that is day ``number`` of its month (on the weekday ``name``, if one)."""
    weekday = _weekday_number(name) if name else None
    candidates = []
    for shift in (-1, 0, 1):
        month_index = published.year * 12 + published.month - 1 + shift
        try:
            day = dt.date(month_index // 12, month_index % 12 + 1, number)
        except ValueError:
            continue
        if weekday is None or day.weekday() == weekday:
            candidates.append(day)
    return min(candidates, key=lambda day: abs((day - published).days)) if candidates else None


def _weekday_number(name: str) -> int | None:
    """Monday=0 ... Sunday=6 for a weekday's name, its abbreviation or its short Portuguese form ("terça")."""
    key = name.lower().rstrip(".")
    number = weekday_numbers().get(key)
    return PT_SHORT_WEEKDAYS.get(key) if number is None else number


# "na terça", "nesta sexta (7)": Portuguese weekdays without "-feira", read only after a preposition and
# before no noun ("a segunda vez" is the second time), or as a schedule's day label before its day
# ("Segunda 6")
PT_SHORT_WEEKDAYS = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}


@cache
def _pt_short_weekday_pattern() -> re.Pattern[str]:
    names = "|".join(PT_SHORT_WEEKDAYS)
    return re.compile(
        rf"""
        \b(?:n[ao]|nest[ae]|ness[ae]|dest[ae]|dess[ae]|at[eé]|(?:n?a|d?a)\s+(?:[uú]ltima|pr[oó]xima|passada))
        \s+(?P<d1>{names})(?P<d2>(?!))?(?![-\w])
        (?=\s*(?:[(,.;:!?]|$|\d|e\s|à|ao\s|pela|pelo|de\s+manh|passad[ao]|que\s+vem
          |[^\W\d_]+(?:ram|ou|iu)\b))                      # a verb that reports: "na terça saíram"
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _weekday_date(name: str, language: str | None, published: dt.date, ahead: bool = False) -> dt.date | None:
    """The latest date on or before publication that falls on the named weekday; with ``ahead`` ("next
    Tuesday", "el próximo martes"), the first one after publication."""
    number = _weekday_number(name)
    if number is not None and ahead:
        return published + dt.timedelta(days=(number - published.weekday() - 1) % 7 + 1)
    if number is not None:
        return published - dt.timedelta(days=(published.weekday() - number) % 7)
    languages = [language] if language in DATE_LANGUAGES else list(DATE_LANGUAGES)
    base = dt.datetime.combine(published, dt.time(12))
    parsed = dateparser.parse(
        name, languages=languages, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
    )
    if parsed is None:
        return None
    day = parsed.date()
    return published if day + dt.timedelta(days=7) == published else day


def find_relative_period(
    text: str, language: str | None, published: dt.date | None, offset: int = 0
) -> Period | None:
    """Weeks (``last week``, ``esta semana``: Monday to Sunday), months (``last month``, ``el mes pasado``),
    spans back (``during the last two weeks``),
    weekdays (``on Friday and Saturday``) and days (``today``, ``ayer``, ``amanhã``), resolved against
    publication."""
    if published is None or not (_words(text) & _relative_words()):
        return None
    week = RELATIVE_WEEK.search(text)
    day_of_week = (
        _weekday_before_a_week().search(text, max(0, week.start() - 30), week.start()) if week else None
    )
    if week and day_of_week:
        # "on Tuesday last week", "el martes de la semana pasada": that day of that week
        shift = next(weeks for name, weeks in (("last", -1), ("this", 0), ("next", 1)) if week.group(name))
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        last_day = _weekday_number(day_of_week.group("d"))
        first_day = _weekday_number(day_of_week.group("d0")) if day_of_week.group("d0") else last_day
        if first_day is not None and last_day is not None:
            where = (offset + day_of_week.start(), offset + week.end())
            return Period(
                monday + dt.timedelta(days=min(first_day, last_day)),
                monday + dt.timedelta(days=max(first_day, last_day)),
                Precision.DAY,
                text[day_of_week.start() : week.end()],
                *where,
            )
    if week:
        shift = next(weeks for name, weeks in (("last", -1), ("this", 0), ("next", 1)) if week.group(name))
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        return Period(
            monday,
            monday + dt.timedelta(days=6),
            Precision.WEEK,
            week.group(),
            offset + week.start(),
            offset + week.end(),
        )
    month = RELATIVE_MONTH.search(text)
    if month:
        index = published.year * 12 + published.month - 1 + (-1 if month.group("last") else 1)
        first = dt.date(index // 12, index % 12 + 1, 1)
        last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
        return Period(
            first, last, Precision.MONTH, month.group(), offset + month.start(), offset + month.end()
        )
    weekend = WEEKEND.search(text)
    if weekend:  # the latest Saturday and Sunday up to publication
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return Period(
            saturday,
            saturday + dt.timedelta(days=1),
            Precision.DAY,
            weekend.group(),
            offset + weekend.start(),
            offset + weekend.end(),
        )
    match = SPAN_BACK.search(text)
    if match:
        count = parse_count(match.group("n") or match.group("n_es"), language)
        unit = (match.group("unit") or match.group("unit_es")).lower()
        days = UNIT_DAYS.get(unit.rstrip("s")) or UNIT_DAYS.get(unit)
        if count and days:
            start = published - dt.timedelta(days=count * days)
            return Period(
                start,
                published,
                UNIT_PRECISION[days],
                match.group(),
                offset + match.start(),
                offset + match.end(),
            )
    match = next(
        (
            m
            for m in _weekday_pattern().finditer(text)
            if not REPORTED_ON.search(text[max(0, m.start() - 25) : m.start()])
        ),
        None,
    ) or _pt_short_weekday_pattern().search(text)
    if match:
        ahead = bool(
            NEXT_BEFORE_WEEKDAY.search(text[max(0, match.start() - 20) : match.start("d1")])
            or NEXT_AFTER_WEEKDAY.match(text, match.end())
        )
        numbered = _day_number_after_weekday().match(text, match.end())
        if numbered and not match.group("d2"):
            day = _nearest_day_of_month(int(numbered.group("n")), published, match.group("d1"))
            if day is not None:  # "nesta sexta-feira, 16", "el jueves 28": that day of the month nearest
                end = offset + numbered.end()
                return Period(
                    day,
                    day,
                    Precision.DAY,
                    text[match.start() : numbered.end()].strip(),
                    offset + match.start(),
                    end,
                )
        weekdays = [
            _weekday_date(match.group(g).lower(), language, published, ahead)
            for g in ("d1", "d2")
            if match.group(g)
        ]
        dated = [day for day in weekdays if day is not None]
        if dated and len(dated) == len(weekdays):
            return Period(
                min(dated),
                max(dated),
                Precision.DAY,
                match.group().strip(),
                offset + match.start(),
                offset + match.end(),
            )
    if month_day := MONTH_DAY.search(text):
        day = _nearest_day_of_month(int(month_day.group("n")), published)
        if day is not None:  # "el pasado día 3", "previsto para o dia 20": that day of the month nearest
            where = (offset + month_day.start(), offset + month_day.end())
            return Period(day, day, Precision.DAY, month_day.group(), *where)
    relative = RELATIVE_DAY.search(text)
    if relative:
        days = (
            -2
            if relative.group("before_yesterday")
            else -1
            if relative.group("yesterday")
            else 1
            if relative.group("tomorrow")
            else 0
        )
        date = published + dt.timedelta(days=days)
        return Period(
            date, date, Precision.DAY, relative.group(), offset + relative.start(), offset + relative.end()
        )
    return None


@cache
def _day_label_pattern() -> re.Pattern[str]:
    # a schedule's "Segunda 6" is Monday the 6th: a day number after it leaves no ordinal to read
    weekday, month = (
        rf"(?:{weekday_or_short_alternation()})",
        rf"(?:{month_alternation()})",
    )
    # "Aug 3–9", "3–9 de agosto": a span of days
    span_end = rf"(?:\s*[–—-]\s*(?:{month}\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
    return re.compile(
        rf"""
        ^(?:(?P<wd>{weekday})\.?,?\s+)?                                   # "Monday,"
        (?:
            (?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|º)?{span_end}        # "the 3rd", "3–9"
            (?:\s+(?:de\s+)?(?P<m>{month})\.?)?                            # "de agosto"
          | (?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?{span_end} # "Aug 3", "Aug 3–9"
        )
        (?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}}))?                        # its year, when stated
        (?:\s*\([^()]{{1,30}}\))?$                                         # "Aug 31 (partial week)"
        """,
        re.IGNORECASE | re.VERBOSE,
    )


@cache
def _numeric_day_label_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"""
        ^(?P<wd>{weekday_or_short_alternation()})\.?,?\s+   # "Mon", "Terça"
        (?:\(\s*)?(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})(?:[/.](?P<y>\d{{4}}|\d{{2}}))?  # "3/17", "(7/10)"
        (?:\s*\))?$
        """,
        re.IGNORECASE | re.VERBOSE,
    )


def _numeric_day_label(label: str, published: dt.date | None) -> dt.date | None:
    """A weekday and a numeric date ("Mon 3/17", "Lunes 17/3"), read month first or day first, whichever
    falls on that weekday (nearest to publication)."""
    match = _numeric_day_label_pattern().match(label)
    if not match:
        return None
    if published is None:
        return dt.date.min
    weekday = _weekday_number(match.group("wd"))
    a, b = int(match.group("a")), int(match.group("b"))
    stated = match.group("y")
    years = [int(stated) % 100 + 2000] if stated else [published.year - 1, published.year, published.year + 1]
    candidates = [
        day
        for month, number in ((a, b), (b, a))
        for day in valid_dates(years, month, number)
        if weekday is None or day.weekday() == weekday
    ]
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


# after a month, the year before publication's: "octubre del año pasado", "May of last year"
LAST_YEAR_AFTER_MONTH = (
    r"\s+(?:del|do|of)\s+(?:a[ñn]o|ano|year)\s+(?:pasado|passado|anterior)|\s+(?:of\s+)?last\s+year"
)
MONTH_LABEL = re.compile(
    rf"""
    ^(?P<m>[^\W\d_]+)\.?
    (?:,?\s+(?:de\s+|of\s+)?(?P<y>(?:19|20)\d{{2}})                                  # "August 2025"
      |(?P<last>{LAST_YEAR_AFTER_MONTH}))?$                                      # "octubre del año pasado"
    """,
    re.VERBOSE,
)


def is_month_label(label: str) -> bool:
    """A list row's label that names a month, with or without its year (``Julio``, ``August 2025``)."""
    match = MONTH_LABEL.match(label.strip())
    return match is not None and match.group("m").lower() in month_numbers()


def month_label_number(label: str) -> int | None:
    """The month a list row's label names, when it names one and no year."""
    match = MONTH_LABEL.match(label.strip())
    return None if match is None or match.group("y") else month_numbers().get(match.group("m").lower())


def month_sequence_years(months: list[int], published: dt.date) -> list[int]:
    """The years of a list's months in the order it gives them, none after publication.

    A list runs forwards or backwards in time: "Enero, Febrero, Marzo, Abril" published in January are last
    year's four months, not one this year and three last year; "Noviembre, Diciembre, Enero" crosses a year.
    """
    # the direction whose steps are shorter: December to January is one month forwards, eleven backwards
    pairs = list(itertools.pairwise(months))
    forwards = sum((b - a) % 12 for a, b in pairs) <= sum((a - b) % 12 for a, b in pairs)
    ordered = list(reversed(months)) if forwards else months  # newest first
    years = [published.year if ordered[0] <= published.month else published.year - 1]
    for newer, older in itertools.pairwise(ordered):
        years.append(years[-1] - (older > newer))
    return list(reversed(years)) if forwards else years


def month_label_period(
    label: str, within: Period | None, published: dt.date | None, year: int | None = None
) -> Period | None:
    """The month a list row's label names (``Julio``, ``August 2025``, ``set. de 2024``), in the year it
    states, else in the year of the list's period, else in ``year`` (its place in the list's months, see
    ``month_sequence_years``), else the latest such month up to publication."""
    match = MONTH_LABEL.match(label.strip())
    month = month_numbers().get(match.group("m").lower()) if match else None
    if match is None or month is None:
        return None
    if match.group("y"):
        year = int(match.group("y"))
    elif match.group("last") and published is not None:
        year = published.year - 1
    elif within is not None and within.start.year == within.end.year:
        year = within.start.year
    elif year is None and published is not None:
        year = published.year if month <= published.month else published.year - 1
    elif year is None:
        return None
    start = dt.date(year, month, 1)
    return Period(start, month_end(start), Precision.MONTH, label.strip(), 0, len(label.strip()))


def day_label_date(label: str, published: dt.date | None) -> dt.date | None:
    """The day a schedule row's label names (``Lunes 20 de enero``, ``Martes 14``, ``Mon., Jan. 6``).

    A label needs a weekday or a month besides the day number. Without a year the date nearest to
    publication is taken (schedules look ahead, reports look back); without a month, publication's month.
    Without a publication date, a label that has the shape of a day yields ``dt.date.min``.
    """
    match = _day_label_pattern().match(label.strip())
    if not match:
        return _numeric_day_label(label.strip(), published)
    weekday, month_name = match.group("wd"), match.group("m") or match.group("m2")
    if not (weekday or month_name):
        return None
    day = int(match.group("d") or match.group("d2"))
    if published is None:
        return dt.date.min
    named = _nearest_day_of_month(day, published) if weekday and not month_name else None
    folded = (weekday or "").lower().rstrip(".")
    if named is not None and _weekday_number(folded) != named.weekday() and folded in month_numbers():
        # "Mar. 14" is March unless the 14th nearest publication is a Tuesday ("martes"): a name both a
        # weekday's and a month's is the weekday only when the day falls on it
        month_name = weekday
    month = month_numbers().get(month_name.lower().rstrip(".")) if month_name else published.month
    if month is None:
        return None
    years = (
        [int(match.group("y"))]
        if match.group("y")
        else [published.year - 1, published.year, published.year + 1]
    )
    candidates = valid_dates(years, month, day)
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None


def valid_dates(years: list[int], month: int, day: int) -> list[dt.date]:
    """The dates that exist for a day and month in each of ``years`` (29 February only in leap years)."""
    found = []
    for year in years:
        try:
            found.append(dt.date(year, month, day))
        except ValueError:
            continue
    return found


# Periods longer than a month, or open at one end -------------------------------------------------

ORDINAL_PARTS = {
    "first": 1,
    "primer": 1,
    "primero": 1,
    "1er": 1,
    "second": 2,
    "segundo": 2,
    "third": 3,
    "tercer": 3,
    "tercero": 3,
    "fourth": 4,
    "cuarto": 4,
    "primeiro": 1,
    "terceiro": 3,
    "quarto": 4,
    # written with digits: "1º trimestre", "2nd quarter", "3er trimestre"
    **{f"{n}{suffix}": n for n in range(1, 5) for suffix in ("º", "°", "ª")},
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "2do": 2, "3ro": 3, "3er": 3, "4to": 4},
}
PART_MONTHS = {"quarter": 3, "trimestre": 3, "half": 6, "semestre": 6, "cuatrimestre": 4}


NAME_PARTICLES = frozenset("de del la las los el da do das dos the of o os a as".split())


def _is_clause(words: str) -> bool:
    """Whether the words between "since" and a date make a clause ("the programme began", "Australia shut its
    border"), not a place's name ("Villahermosa", "Ciudad de México"): a lowercase word that no name holds."""
    return any(word[0].islower() and word not in NAME_PARTICLES for word in words.split())


@dataclass(frozen=True)
class OpenPeriod:
    """A period with one bound stated ('since October 18', 'before the end of April'): the other is None."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    text: str


def _month_start(month: str, year: int, language: str | None) -> dt.date | None:
    return _date_in_year("1", month, year, language)


@cache
def _span_patterns() -> dict[str, re.Pattern[str]]:
    month, day, year = _date_parts()
    ordinal = "|".join(ORDINAL_PARTS)
    part = "|".join(PART_MONTHS)
    flags = re.IGNORECASE
    return {
        # entre enero y junio (de 2021); from January to June 2021; January–June
        "months": re.compile(
            rf"""
            # entre enero y junio (de 2021), from January to June 2021
            \b(?:entre|between|from|de|desde)\s+(?P<m1>{month})(?:\s+(?:de(?:l)?\s+)?(?P<y1>{year}))?
            \s+(?:y|e|a|hasta|at[eé]|and|to|through|until)\s+
            (?P<m2>{month})(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b
            # January–June (2021)
            |\b(?P<m3>{month})\s*[–—-]\s*(?P<m4>{month})(?:,?\s+(?:de\s+)?(?P<y2>{year}))?\b
            # a heading's ", enero a junio (de 2025)", "(January to June)": no preposition before the first
            # month, and no "and" after it ("enero y junio" are two months)
            |(?:^|(?<=[,:(])|(?<=[,:(]\s))(?P<m5>{month})\s+(?:a|hasta|at[eé]|to|through|until)\s+
            (?P<m6>{month})(?:,?\s+(?:de(?:l)?\s+)?(?P<y3>{year}))?\b
            """,
            flags | re.VERBOSE,
        ),
        # el segundo trimestre (de 2021); the first half of 2021; primer cuatrimestre de 2024
        "part": re.compile(
            rf"\b(?:the\s+)?(?P<ord>{ordinal})\s+(?P<part>{part})(?:\s+(?:of|de(?:l)?|do)\s+(?:(?:the\s+)?year|"
            rf"año|ano)|\s+(?:of\s+|de(?:l)?\s+|do\s+)?(?:año\s+|ano\s+)?(?P<y>{year}))?\b"
            rf"(?!\s+(?:of|de(?:l)?)\s+(?:the\s+|este\s+)?(?:month|mes|week|semana))",
            flags,
        ),
        # the first four months of the year; los primeros cuatro meses de 2025; os primeiros 4 meses do ano
        "first_months": re.compile(
            rf"""
            \b(?:(?:the|los|os)\s+)?(?:first|primeros|primeiros)\s+(?P<n>\d{{1,2}}|[^\W\d_]+)\s+(?:months|meses)
            \s+(?:of|del?|do|deste)\s+(?:(?:the\s+|this\s+|este\s+)?(?:year|a[ñn]o|ano)|(?P<y>{year}))\b
            """,
            flags | re.VERBOSE,
        ),
        # año fiscal 2024; fiscal year 2024; FY2024 (US federal: October to September)
        "fiscal": re.compile(
            rf"\b(?:a[ñn]o\s+fiscal(?:\s+de(?:l)?)?|fiscal\s+year|FY)\s*(?P<y>{year})\b", flags
        ),
        # en 2019; durante 2023; in 2019
        "year": re.compile(
            rf"\b(?:(?P<since>since|desde)|en|em|durante|in|during|throughout|for|para|a\s+lo\s+largo\s+de|"
            rf"ao\s+longo\s+de)"
            rf"\s+(?:(?:el\s+)?a[ñn]o\s+)?(?P<y>{year})\b(?!\s*[-/])",
            flags,
        ),
        # "2024 ended with 627 flights", "El 2024 cerró con 627 vuelos", "2024 terminou com 32 voos": a year
        # that is the subject of the count
        "year_subject": re.compile(
            rf"""
            \b(?P<y>{year})\s+
            (?:ended|closed|saw|recorded|cerr[óo]|termin[óo]|finaliz[óo]|registr[óo]|tuvo|   # its verb
               terminou|fechou|registrou|teve|acabou)\b
            """,
            flags | re.VERBOSE,
        ),
        # last year; el año pasado; o ano passado
        "last_year": re.compile(
            r"\b(?:last\s+year|(?:el|del)\s+a[ñn]o\s+(?:pasado|anterior)|(?:o|no|do)\s+ano\s+(?:passado|anterior))\b",
            flags,
        ),
        # since January 1; desde el 18 de octubre; since Oct. 18 last year; "since the programme began on
        # March 28" (a clause: "desde Villahermosa el 22 de abril" is where from, then the day)
        "since": re.compile(
            rf"""
            \b(?:since|desde)\s+
            (?:(?P<clause>[^\d,.;:]{{0,40}}?)\s+(?:on|in|el|en)\s+)?    # "since the programme began on"
            (?:el\s+)?
            (?:
                (?P<m1>{month})\s+(?P<d1>{day})(?!\d)                   # since October 18
              | (?P<d2>{day})\s+de\s+(?P<m2>{month})                    # desde el 18 de octubre
              | (?:(?:principios|inicios|comienzos)\s+de\s+|the\s+start\s+of\s+|early\s+)?
                (?P<m3>{month})(?!\s*\d{{1,2}}\b)                       # since (early) October
            )
            (?:,?\s+(?:de\s+)?(?P<y>{year}))?                           # its year, when stated
            (?P<last>\s+(?:last\s+year|del\s+a[ñn]o\s+pasado))?        # "since Oct. 18 last year"
            """,
            flags | re.VERBOSE,
        ),
        # since last month; desde el año pasado; desde a semana passada: open from the start of that unit
        "since_relative": re.compile(
            r"""
            \b(?:since|desde)\s+(?:(?:el|la|o|a)\s+)?
            (?:
                (?P<month>last\s+month|mes\s+pasado|m[eê]s\s+passado)
              | (?P<year>last\s+year|a[ñn]o\s+pasado|ano\s+passado)
              | (?P<week>last\s+week|semana\s+pasada|semana\s+passada)
            )\b
            """,
            flags | re.VERBOSE,
        ),
        # en lo que va de 2024; en lo que va del año; so far this year; this year; este año; since the start
        # of the year; desde el inicio del año; desde o início do ano; durante el año
        "to_date": re.compile(
            rf"""
            \b(?:
                en\s+lo\s+(?:que\s+va|corrido)\s+de(?:l)?\s+                     # "en lo corrido del año"
                (?:(?P<unit>a[ñn]o(?:\s+fiscal)?|mes)|(?P<y>{year})|(?P<m>{month}))   # "del año fiscal"
              | so\s+far\s+in\s+(?P<y2>{year})
              | (?:so\s+far\s+)?this\s+(?P<unit2>(?:fiscal\s+)?year|month)          # "this fiscal year"
              | (?:n)?est[ea]\s+(?P<unit8>(?:a[ñn]o|ano)\s+fiscal)                     # "este año fiscal"
              | since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<unit3>year|month)
              | (?:n)?est[ea]\s+(?P<unit4>a[ñn]o|ano|mes|m[eê]s)                        # este año, neste mês
              | desde\s+(?:el\s+|o\s+)?(?:inicio|principio|comienzo|in[ií]cio)s?\s+(?:del?|do)\s+
                (?P<unit5>a[ñn]o|ano|mes|m[eê]s)
              | year[\s-]+to[\s-]+date
                # "durante el año", "during the year", "no acumulado do ano": the publication's year so far
              | (?:durante|during)\s+(?:el|the|o)\s+(?P<unit6>a[ñn]o|year|ano)
              | acumulado\s+d(?:o|el)\s+(?P<unit7>ano|a[ñn]o)                        # "el acumulado del año"
                # "the total for the year", "the year's total", "el total del año", "o total do ano"
              | total\s+(?:for\s+the|del|do)\s+(?P<unit9>year|a[ñn]o|ano)
              | (?P<unit10>year)['’]s\s+(?:total|tally|count)
            )\b
            """,
            flags | re.VERBOSE,
        ),
        # before the end of April / of the month; antes de mayo; antes de (que termine|finales de|fin de) mayo
        # / el mes
        "before": re.compile(
            rf"""
            \b(?:
                # before the end of April, by the end of the year
                (?:before|by)\s+the\s+end\s+of\s+(?:(?P<m1>{month})|the\s+(?P<unit1>month|year|week))
                # antes de (finales de) mayo, antes de que termine el mes
              | antes\s+de(?:\s+que\s+termine|\s+finales\s+de|\s+fin\s+de)?\s+(?:el\s+|la\s+)?
                (?:(?P<m2>{month})|(?P<unit2>mes|a[ñn]o|semana))
                # up to and through: "até junho", "até o fim do ano", "hasta junio", "hasta fin de año"
              | (?:até|hasta)\s+(?:o\s+|el\s+)?(?:(?:fim|final|finales|fin)\s+(?:de|do|del|da)\s+)?
                (?:o\s+|el\s+|a\s+|la\s+)?(?:(?P<m3>{month})|(?P<unit3>mes|m[eê]s|a[ñn]o|ano|semana))
            )\b
            """,
            flags | re.VERBOSE,
        ),
    }


COMPARED_BEFORE = re.compile(
    r"(?:frente\s+a(?:l)?|compared\s+(?:to|with)|than(?:\s+in)?|que\s+(?:en|no|na|em)|versus|vs\.?|contra|"
    r"respecto\s+a(?:l)?|"
    r"(?:up|down)\s+from|"
    r"comparad[oa]s?\s+con)\s+(?:the\s+|el\s+|la\s+)?$",
    re.IGNORECASE,
)


def _first_uncompared(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(text) if not _compared(text, m.start())), None)


def _compared(text: str, start: int) -> bool:
    """A period named as the term of a comparison ('frente al segundo semestre de 2020') or as a record's
    start ('the most since March 2019') is not the count's own."""
    return bool(COMPARED_BEFORE.search(text[max(0, start - 30) : start])) or _since_a_record(text, start)


def _since_a_record(text: str, start: int) -> bool:
    """Whether the time at ``start`` follows a 'since' that a superlative earlier in its clause governs."""
    head = text[max(0, start - RECORD_CLAUSE_CHARS) : start]
    if not (SINCE_AT.match(text, start) or SINCE_JUST_BEFORE.search(head)):
        return False
    clause = CLAUSE_BREAK.split(head)[-1]
    return RECORD.regex.search(clause) is not None


RECORD_CLAUSE_CHARS = 80  # how far back a record's superlative is looked for
SINCE_AT = re.compile(r"(?:since|desde)\b", re.IGNORECASE)
SINCE_JUST_BEFORE = re.compile(r"\b(?:since|desde)\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,.;:]")


def _part_period(number: int, months: int, year: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, (number - 1) * months + 1, 1)
    last = month_end(dt.date(year, number * months, 1))
    return first, last


# A word every match of a span pattern holds: a text with none of them is not searched with that pattern.
SPAN_WORDS = {
    "fiscal": frozenset({"fiscal", "fy"}),
    "part": frozenset(PART_MONTHS),
    "first_months": frozenset({"first", "primeros", "primeiros"}),
    "since_relative": frozenset({"since", "desde"}),
    "to_date": frozenset(
        {
            "va",
            "corrido",
            "far",
            "date",
            "this",
            "este",
            "esta",
            "neste",
            "nesta",
            "desde",
            "since",
            "durante",
            "during",
            "acumulado",
            "total",
            "year's",
            "year’s",
        }
    ),
    "before": frozenset({"end", "antes", "até", "hasta"}),
    "last_year": frozenset({"year", "pasado", "passado", "anterior"}),
}
# a unit of time by its name in each language
UNIT_NAMES = {
    "month": "month",
    "mes": "month",
    "mês": "month",
    "year": "year",
    "año": "year",
    "ano": "year",
    "week": "week",
    "semana": "week",
}
YEAR_PREFIXES = ("19", "20")  # every year the patterns read starts so
FISCAL_YEAR_START_MONTH = 10  # the US government's fiscal year runs from 1 October


def _span(name: str, text: str) -> re.Match[str] | None:
    """The first match of a span pattern not named as the term of a comparison; the pattern runs only if its
    words are there."""
    if name in SPAN_WORDS and _words(text).isdisjoint(SPAN_WORDS[name]):
        return None
    if name in ("months", "since") and not names_a_month(text):
        return None
    if name in ("year", "year_subject") and not any(prefix in text for prefix in YEAR_PREFIXES):
        return None
    return _first_uncompared(_span_patterns()[name], text)


def find_span_period(
    text: str, language: str | None, published: dt.date | None
) -> Period | OpenPeriod | None:
    """A period of several months or a year, or one open at one end, the year taken from the text or
    publication."""
    match = _span("months", text)
    if match:
        first = match.group("m1") or match.group("m3") or match.group("m5")
        last = match.group("m2") or match.group("m4") or match.group("m6")
        stated = match.group("y") or match.group("y2") or match.group("y3")
        year = int(stated) if stated else (published.year if published else None)
        if year is not None:
            start_year = int(match.group("y1")) if match.group("y1") else year
            start, end_month = _month_start(first, start_year, language), _month_start(last, year, language)
            if start and end_month and published and not stated and end_month > published:
                start, end_month = (
                    start.replace(year=start.year - 1),
                    end_month.replace(year=end_month.year - 1),
                )
            if start and end_month and start > end_month:
                start = start.replace(year=start.year - 1)
            if start and end_month:
                return Period(
                    start, month_end(end_month), Precision.MONTH, match.group(), match.start(), match.end()
                )
    match = _span("fiscal", text)
    if match:
        year = int(match.group("y"))
        return Period(
            dt.date(year - 1, FISCAL_YEAR_START_MONTH, 1),
            dt.date(year, FISCAL_YEAR_START_MONTH, 1) - dt.timedelta(days=1),
            Precision.YEAR,
            match.group(),
            match.start(),
            match.end(),
        )
    match = _span("part", text)
    if match:
        number, months = ORDINAL_PARTS[match.group("ord").lower()], PART_MONTHS[match.group("part").lower()]
        bare_half = (
            match.group("part").lower() == "half"
            and not match.group("y")
            and not re.search(r"year|año", match.group(), re.IGNORECASE)
        )
        if number * months <= 12 and (match.group("y") or published) and not bare_half:
            year = int(match.group("y")) if match.group("y") else published.year if published else 0
            start, end = _part_period(number, months, year)
            if not match.group("y") and published and start > published:
                start, end = _part_period(number, months, year - 1)
            return Period(start, end, Precision.MONTH, match.group(), match.start(), match.end())
    match = _span("first_months", text)
    months_counted = parse_count(match.group("n"), language) if match else None
    if match and months_counted and months_counted <= 12 and (match.group("y") or published):
        year = int(match.group("y")) if match.group("y") else published.year if published else 0
        end = month_end(dt.date(year, months_counted, 1))
        return Period(dt.date(year, 1, 1), end, Precision.MONTH, match.group(), match.start(), match.end())
    match = _span("since", text)
    if match and match.group("clause") and not _is_clause(match.group("clause")):
        match = None
    if match and published:
        month, day = (
            match.group("m1") or match.group("m2") or match.group("m3"),
            match.group("d1") or match.group("d2") or "1",
        )
        year = (
            int(match.group("y")) if match.group("y") else published.year - (1 if match.group("last") else 0)
        )
        start = _date_in_year(day, month, year, language)
        if start and not match.group("y") and not match.group("last") and start > published:
            start = start.replace(year=start.year - 1)
        if start:
            return OpenPeriod(start, None, Precision.DAY, match.group())
    match = _span("since_relative", text)
    if match and published:
        if match.group("month"):
            start = (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        elif match.group("year"):
            start = dt.date(published.year - 1, 1, 1)
        else:  # weeks run Monday to Sunday
            start = published - dt.timedelta(days=published.weekday() + 7)
        return OpenPeriod(start, None, Precision.DAY, match.group())
    match = _span("to_date", text)
    if match:
        stated = match.group("y") or match.group("y2")
        year = int(stated) if stated else (published.year if published else None)
        unit = next(
            (
                match.group(name)
                for name in (
                    "unit",
                    "unit2",
                    "unit3",
                    "unit4",
                    "unit5",
                    "unit6",
                    "unit7",
                    "unit8",
                    "unit9",
                    "unit10",
                )
                if match.group(name)
            ),
            "",
        )
        if unit.lower().endswith("fiscal") or unit.lower().startswith("fiscal"):
            # "en lo que va del año fiscal", "this fiscal year": the US fiscal year, from 1 October
            if published is None:
                return None
            start_year = published.year if published.month >= FISCAL_YEAR_START_MONTH else published.year - 1
            return OpenPeriod(
                dt.date(start_year, FISCAL_YEAR_START_MONTH, 1), None, Precision.DAY, match.group()
            )
        if unit.lower() in ("mes", "month", "mês") and published:
            return OpenPeriod(published.replace(day=1), None, Precision.MONTH, match.group())
        if match.group("m") and published:  # "en lo que va de agosto"
            first = _month_start(match.group("m"), published.year, language)
            if first and first > published:
                first = first.replace(year=first.year - 1)
            return OpenPeriod(first, None, Precision.MONTH, match.group()) if first else None
        if year is not None:
            return OpenPeriod(dt.date(year, 1, 1), None, Precision.YEAR, match.group())
    match = _span("before", text)
    if match and published:
        month = match.group("m1") or match.group("m2") or match.group("m3")
        unit = UNIT_NAMES.get(
            (match.group("unit1") or match.group("unit2") or match.group("unit3") or "").lower()
        )
        if month:
            first = _month_start(month, published.year, language)
            if first and month_end(first) < published:
                first = first.replace(year=first.year + 1)
            if first:
                whole_month = (
                    match.group("m1")
                    or match.group("m3")
                    or re.search(r"finales|fin\s|termine", match.group(), re.IGNORECASE)
                )
                end = month_end(first) if whole_month else first - dt.timedelta(days=1)
                return OpenPeriod(None, end, Precision.DAY, match.group())
        elif unit == "month":
            return OpenPeriod(None, month_end(published), Precision.DAY, match.group())
        elif unit == "week":  # weeks run Monday to Sunday
            return OpenPeriod(
                None, published + dt.timedelta(days=6 - published.weekday()), Precision.DAY, match.group()
            )
        elif unit:
            return OpenPeriod(None, dt.date(published.year, 12, 31), Precision.DAY, match.group())
    match = _span("year", text) or _span("year_subject", text)
    if match:
        year = int(match.group("y"))
        # "since 2019", "since the program began in 2023" (not "desde Estados Unidos en 2024": from a place)
        since = SINCE_BEFORE.search(text[max(0, match.start() - SINCE_WINDOW_CHARS) : match.start()])
        if match.groupdict().get("since") or (since and _is_clause(since.group("between"))):
            return OpenPeriod(dt.date(year, 1, 1), None, Precision.YEAR, match.group())
        return Period(
            dt.date(year, 1, 1),
            dt.date(year, 12, 31),
            Precision.YEAR,
            match.group(),
            match.start(),
            match.end(),
        )
    match = _span("last_year", text)
    if match and published:
        return Period(
            dt.date(published.year - 1, 1, 1),
            dt.date(published.year - 1, 12, 31),
            Precision.YEAR,
            match.group(),
            match.start(),
            match.end(),
        )
    return None


YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d{2}\b")
SINCE_WINDOW_CHARS = 60
SINCE_BEFORE = re.compile(r"\b(?:since|desde)\b(?P<between>[^,.;:]*)$", re.IGNORECASE)
TURNED_YEAR_MONTHS = 6


WEEKDAY_YEARS = 1  # how far from the latest year a text names a wire dateline's weekday may move its year
LEAD_CHARS = 600  # the dateline's own paragraph, where "este jueves" is the day of the dateline


@cache
def _this_weekday() -> re.Pattern[str]:
    names = "|".join(sorted((name for name in weekday_numbers() if len(name) > 3), key=len, reverse=True))
    return re.compile(
        rf"\b(?:informó|dijo|anunció|said|announced|informou|disse|anunciou)\s+(?:este|esta|this|on|nesta|"
        rf"neste|na|no)\s+(?P<wd>{names})\b",
        re.IGNORECASE,
    )


def _lead_weekday(body: str) -> int | None:
    """The weekday on which the lead says the news was given ("informó este jueves", "said on Thursday"),
    Monday = 0."""
    match = _this_weekday().search(body, 0, LEAD_CHARS)
    return weekday_numbers().get(match.group("wd").lower()) if match else None


def dateline_reference(dateline: str | None, body: str, language: str | None) -> dt.date | None:
    """The day a wire dateline without a year ('QUITO, 13 feb') stands for, to resolve 'este martes' against.

    Its year is the latest the text names; a dateline early in the year over a text that names months
    half a year later ('2 ene.' over a story about December) is the next year. Not a publication date:
    it is only a reference for relative dates.
    """
    years = [int(y) for y in YEAR_IN_TEXT.findall(body)]
    if not dateline or not years:
        return None
    day = parse_date(f"{dateline.rstrip('.')} {max(years)}", language) or parse_date(
        f"{dateline.rstrip('.')} {max(years)}", None
    )
    if day is None:
        return None
    weekday = _lead_weekday(body)
    if weekday is not None:  # "GUAYAQUIL, 8 may … informó este jueves": the year in which 8 May is a Thursday
        fitting = [
            d
            for year in range(day.year - WEEKDAY_YEARS, day.year + WEEKDAY_YEARS + 1)
            for d in valid_dates([year], day.month, day.day)
            if d.weekday() == weekday
        ]
        if fitting:
            return min(fitting, key=lambda d: (abs(d.year - day.year), -d.year))
    named = {month_numbers()[w] for w in _words(body) if w in month_numbers() and len(w) > 3}
    if any(month - day.month >= TURNED_YEAR_MONTHS for month in named):
        return day.replace(year=day.year + 1)
    return day
