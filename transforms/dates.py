"""Find dates and periods in text and resolve them with dateparser, in the document's language.

Regular expressions built from CLDR month and weekday names (babel) only *find* candidate
spans; dateparser, restricted to the document's language, turns each span into a date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import dateparser
from babel import Locale

from transforms.numbers import INPUT_CACHE_SIZE, parse_count
from transforms.vocabulary import LANGUAGES

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
    """CLDR month or weekday names and abbreviations (English, Spanish, Portuguese), lowercased, to their number."""
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


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def _names_a_month(text: str) -> bool:
    return not _words(text).isdisjoint(month_numbers())


@cache
def _relative_words() -> frozenset[str]:
    """Words one of which every relative period holds: weekdays and the units of ``last week``, ``los últimos tres meses``."""
    return frozenset(weekday_numbers()) | frozenset(
        "week weeks semana semanas days day días dia dias months month meses mes weekend".split())


@cache
def date_words(language: str | None = None) -> frozenset[str]:
    """Month and weekday names and abbreviations of one language (all three when unknown), lowercased, without periods.

    Per language, because another language's abbreviation can be an everyday word (Portuguese ``out``, ``set``).
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
    """Whether ``text`` ends with a month (or weekday) name right before a number (``the Jan. 24``, ``Published: November``)."""
    match = re.search(r"([^\W\d_]+)\.?\s*$", text)
    if not match:
        return False
    word = match.group(1).lower()
    return word in month_numbers() and word in date_words(language) if months_only else word in date_words(language)


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
    r"^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th|º|°)?\s+(?:de\s+)?(?P<m1>[^\W\d_]+)\.?,?\s+(?:de(?:l)?\s+)?(?P<y1>\d{4})"
    r"|(?P<m2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{4}))$",
    re.IGNORECASE,
)


def _spelled_date(text: str) -> dt.date | None:
    """``23 de enero de 2024``, ``December 31, 2023``, ``2024-01-23`` through CLDR month names; None if not one."""
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
        return dt.date(int(match.group("y1") or match.group("y2")), month, int(match.group("d1") or match.group("d2")))
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
PIECE_SEPARATOR = re.compile(r"\s*(?:\||·|•|\s[–—-]{1,2}\s|[–—])\s*")
DATE_LABEL = re.compile(
    r"^(?:published|updated|posted|publicado|publicada|actualizado|actualizada|atualizado|fecha|date|last updated)\b[^:\d]{0,20}?:?\s*",
    re.IGNORECASE,
)
DATE_END = re.compile(r"\.\s+[A-ZÁÉÍÓÚÑ¿¡\"“]|\s+\(|\s+[–—-]{1,2}\s|\s+[–—]")
NUMERIC_DATE = re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})$")
MONTH_FIRST_LANGUAGES = ("en",)


def _numeric_date(text: str, language: str | None) -> dt.date | None:
    """``7/6/20`` (month first in English), ``15/3/21`` and ``12.04.2023`` (day first elsewhere)."""
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
    """Texts in a head line that may be a date alone: each piece between separators, after a dateline's place."""
    found = []
    for raw_piece in PIECE_SEPARATOR.split(line.strip(" *_#")):
        piece = DATE_LABEL.sub("", raw_piece.strip(" *_"))
        starts = [0] + [m.end() for m in re.finditer(r"[,/]\s*", piece[:80])]
        for start in starts:
            text = piece[start:]
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
            numeric = _numeric_date(candidate, language)
            if numeric:
                return PublicationDate(numeric, "day", candidate)
            for pattern in _date_patterns():
                if pattern.fullmatch(candidate):
                    date = parse_date(candidate, language)
                    if date:
                        return PublicationDate(date, "day", candidate)
            if month_day is None and _month_day_pattern().fullmatch(candidate):
                month_day = candidate
    return PublicationDate(None, None, month_day)


@cache
def _range_patterns() -> list[re.Pattern[str]]:
    month, day, year = _date_parts()
    flags = re.IGNORECASE
    return [
        # del 1 al 21 de enero (de 2024); desde el 1 de diciembre hasta el 5 de enero
        re.compile(
            rf"\b(?:desde\s+el|del|entre\s+el|de)\s+(?P<d1>{day})(?:\s+de\s+(?P<m1>{month}))?"
            rf"\s+(?:al|y\s+el|hasta\s+el|a)\s+(?P<d2>{day})\s+de\s+(?P<m2>{month})"
            rf"(?:\s+(?:de(?:l)?\s+)?(?P<y>{year}))?",
            flags,
        ),
        # from January 1 to 21 (, 2024); between Jan. 1 and Feb. 3, 2024
        re.compile(
            rf"\b(?:from|between)\s+(?P<m1>{month})\s+(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?"
            rf"\s+(?:to|and|through|until|-|–)\s+(?:(?P<m2>{month})\s+)?(?P<d2>{day})(?:,?\s+(?P<y>{year}))?",
            flags,
        ),
        # June 28 – July 4; October 1–31, 2024 (a headline's or a heading's span)
        re.compile(
            rf"\b(?P<m1>{month})\s+(?P<d1>{day})(?:,?\s+(?P<y1>{year}))?\s*[–—-]\s*(?:(?P<m2>{month})\s+)?(?P<d2>{day})(?:,?\s+(?P<y>{year}))?\b",
            flags,
        ),
        # 28 de junio – 4 de julio; Semana del 7 al 13 de marzo is above
        re.compile(
            rf"\b(?P<d1>{day})(?:\s+de)?\s+(?P<m1>{month})\s*[–—-]\s*(?P<d2>{day})(?:\s+de)?\s+(?P<m2>{month})(?:,?\s+(?:de\s+)?(?P<y>{year}))?\b",
            flags,
        ),
        # from 1 to 21 January
        re.compile(
            rf"\b(?:from|between)\s+(?P<d1>{day})(?:\s+(?P<m1>{month}))?\s+(?:to|and)\s+(?P<d2>{day})\s+(?P<m2>{month})"
            rf"(?:,?\s+(?P<y>{year}))?",
            flags,
        ),
    ]


@cache
def _month_patterns() -> list[re.Pattern[str]]:
    month = rf"(?:{month_alternation()})"
    year = r"(?:19|20)\d{2}"
    flags = re.IGNORECASE
    return [
        re.compile(rf"\b(?:in|during|throughout|for|en|durante|para)\s+(?:el\s+mes\s+de\s+|the\s+month\s+of\s+)?"
                   rf"(?P<m>{month})(?:,?\s+(?:de(?:l)?\s+)?(?P<y>{year}))?\b", flags),
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


def find_period(text: str, language: str | None, published: dt.date | None, offset: int = 0) -> Period | None:
    """The first stated period in ``text``: a day range or a month, years from ``published``."""
    if not _names_a_month(text):  # every pattern below needs a month's name: a set look-up spares the regexes
        return None
    for pattern in _range_patterns():
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month_end = parts["m2"] or parts["m1"]
        month_start = parts["m1"] or month_end
        stated_year = parts.get("y") or parts.get("y1")
        if stated_year:
            year_end = int(stated_year)
        elif published:
            year_end = _year_for(_date_in_year(parts["d2"], month_end, published.year, language), published)
        else:
            return None
        end = _date_in_year(parts["d2"], month_end, year_end, language)
        start = _date_in_year(parts["d1"], month_start, year_end, language)
        if start and end and start > end:
            start = _date_in_year(parts["d1"], month_start, year_end - 1, language)
        if start and end:
            return Period(start, end, "day", match.group(), offset + match.start(), offset + match.end())
    for pattern in _month_patterns():
        match = pattern.search(text)
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
            next_month = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            end = next_month - dt.timedelta(days=1)
            return Period(start, end, "month", match.group(), offset + match.start(), offset + match.end())
    return None


@cache
def _weekday_pattern() -> re.Pattern[str]:
    day = rf"(?:{weekday_alternation()})"
    return re.compile(
        rf"\b(?:on|last|this past|el|este|el pasado|el último|no|na|em)?\s*(?P<d1>{day})"
        rf"(?:\s*(?:and|y|e|or|o|,)\s*(?:on|el|la|a)?\s*(?P<d2>{day}))?\b",
        re.IGNORECASE,
    )


SPAN_BACK = re.compile(
    r"\b(?:(?:during|in|over|for)\s+)?(?:the\s+)?(?:last|past|previous)\s+(?P<n>\w+)\s+(?P<unit>days?|weeks?|months?)\b"
    r"|\b(?:durante\s+|en\s+)?(?:los|las)\s+(?:últim[oa]s|pasad[oa]s)\s+(?P<n_es>\w+)\s+(?P<unit_es>días|semanas|meses)\b",
    re.IGNORECASE,
)
RELATIVE_WEEK = re.compile(
    r"\b(?:(?P<last>last week|the previous week|la semana pasada|la semana anterior|semana passada)|"
    r"(?P<this>this week|esta semana|la presente semana|essa semana|nesta semana)|"
    r"(?P<next>next week|la pr[oó]xima semana|la semana pr[oó]xima|la semana que viene|pr[oó]xima semana))\b",
    re.IGNORECASE,
)
UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "días": 1, "semanas": 7, "meses": 30}
UNIT_PRECISION = {1: "day", 7: "week", 30: "month"}


def _weekday_date(name: str, language: str | None, published: dt.date) -> dt.date | None:
    """The latest date on or before publication that falls on the named weekday."""
    number = weekday_numbers().get(name.lower().rstrip("."))
    if number is not None:
        return published - dt.timedelta(days=(published.weekday() - number) % 7)
    languages = [language] if language in DATE_LANGUAGES else list(DATE_LANGUAGES)
    base = dt.datetime.combine(published, dt.time(12))
    parsed = dateparser.parse(name, languages=languages, settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    if parsed is None:
        return None
    day = parsed.date()
    return published if day + dt.timedelta(days=7) == published else day


def find_relative_period(text: str, language: str | None, published: dt.date | None, offset: int = 0) -> Period | None:
    """Weeks (``last week``, ``esta semana``: Monday to Sunday), spans back (``during the last two weeks``) and weekdays
    (``on Friday and Saturday``), resolved against publication."""
    if published is None or not (_words(text) & _relative_words()):
        return None
    week = RELATIVE_WEEK.search(text)
    if week:
        shift = next(weeks for name, weeks in (("last", -1), ("this", 0), ("next", 1)) if week.group(name))
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        return Period(monday, monday + dt.timedelta(days=6), "week", week.group(), offset + week.start(), offset + week.end())
    match = SPAN_BACK.search(text)
    if match:
        count = parse_count(match.group("n") or match.group("n_es"), language)
        unit = (match.group("unit") or match.group("unit_es")).lower()
        days = UNIT_DAYS.get(unit.rstrip("s")) or UNIT_DAYS.get(unit)
        if count and days:
            start = published - dt.timedelta(days=count * days)
            return Period(start, published, UNIT_PRECISION[days], match.group(), offset + match.start(), offset + match.end())
    match = _weekday_pattern().search(text)
    if match:
        weekdays = [_weekday_date(match.group(g).lower(), language, published) for g in ("d1", "d2") if match.group(g)]
        dated = [day for day in weekdays if day is not None]
        if dated and len(dated) == len(weekdays):
            return Period(min(dated), max(dated), "day", match.group().strip(), offset + match.start(), offset + match.end())
    return None


@cache
def _day_label_pattern() -> re.Pattern[str]:
    weekday, month = rf"(?:{weekday_alternation()})", rf"(?:{month_alternation()})"
    return re.compile(
        rf"^(?:(?P<wd>{weekday})\.?,?\s+)?(?:(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|º)?(?:\s+(?:de\s+)?(?P<m>{month})\.?)?"
        rf"|(?P<m2>{month})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}}))?$",
        re.IGNORECASE,
    )


def day_label_date(label: str, published: dt.date | None) -> dt.date | None:
    """The day a schedule row's label names (``Lunes 20 de enero``, ``Martes 14``, ``Mon., Jan. 6``).

    A label needs a weekday or a month besides the day number. Without a year the date nearest to
    publication is taken (schedules look ahead, reports look back); without a month, publication's month.
    Without a publication date, a label that has the shape of a day yields ``dt.date.min``.
    """
    match = _day_label_pattern().match(label.strip())
    if not match:
        return None
    weekday, month_name = match.group("wd"), match.group("m") or match.group("m2")
    if not (weekday or month_name):
        return None
    day = int(match.group("d") or match.group("d2"))
    if published is None:
        return dt.date.min
    month = month_numbers().get(month_name.lower().rstrip(".")) if month_name else published.month
    if month is None:
        return None
    years = [int(match.group("y"))] if match.group("y") else [published.year - 1, published.year, published.year + 1]
    candidates = []
    for year in years:
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs((d - published).days)) if candidates else None
