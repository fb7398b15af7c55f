"""The period a count is about: stated in its sentence, read back from an earlier count (``that same week``),
or the document's topic period for a completed count that states none.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from transforms.cues.periods import AS_OF, CUMULATIVE
from transforms.dates import (
    COMPARED_BEFORE,
    YEAR_IN_TEXT,
    OpenPeriod,
    Period,
    find_day,
    find_period,
    find_relative_period,
    find_span_period,
    leading_day,
    month_end,
    names_a_month,
)
from transforms.domain import Precision, Status
from transforms.mentions.claims import Mention
from transforms.mentions.counts import parse_ordinal
from transforms.spans import sentences

# ", the third this week", ", el quinto en lo que va del año", ", o primeiro desde março": an ordinal set off
# after a count, up to the next clause break, with the time of the series it ranks the flight in
ORDINAL_APPOSITION = re.compile(
    r",\s+(?:the|el|la|o|a)\s+(?P<ordinal>[^\W\d_]+|\d+(?:st|nd|rd|th|\.?º|\.?ª|°))\b[^,;.]*", re.IGNORECASE
)


def stated_period(
    sentence: str, language: str | None, published: dt.date | None
) -> Period | OpenPeriod | None:
    """The period a sentence states, outside the time of a series an ordinal set off in it ranks its flight in
    ("landed on Thursday, the third this week" is Thursday's); that time when the sentence states no other."""
    apposition = next(
        (m for m in ORDINAL_APPOSITION.finditer(sentence) if parse_ordinal(m.group("ordinal"), language)),
        None,
    )
    if apposition:
        own = sentence[: apposition.start()] + " " * len(apposition.group()) + sentence[apposition.end() :]
        period = _stated_period(own, language, published)
        if period is not None:
            return period
    return _stated_period(sentence, language, published)


def _stated_period(
    sentence: str, language: str | None, published: dt.date | None
) -> Period | OpenPeriod | None:
    """The period a sentence states: days or a month, then relative words, then several months, a year or an
    open end.

    A month inside a span of months ('between January and June 2024') is the span's end, not the period.
    """
    period = find_period(sentence, language, published)
    if (
        isinstance(period, Period)
        and period.precision == Precision.MONTH
        and SPAN_JOINER.search(sentence, max(0, period.char_start - 12), period.char_start + 4)
    ):
        span = find_span_period(sentence, language, published)
        if (
            isinstance(span, Period)
            and span.char_start <= period.char_start
            and period.char_end <= span.char_end
        ):
            return span
    chosen: Period | OpenPeriod | None = period or _counted_day(sentence, language, published)
    lowered = sentence.lower()
    cumulative = (
        chosen is not None
        and chosen.precision in (Precision.DAY, Precision.WEEK)
        and CUMULATIVE.regex.search(sentence) is not None
    )
    as_of = AS_OF.regex.search(sentence) is not None
    # the spans are read only where one may change the answer: most sentences state one time or none
    if not (chosen is None or cumulative or as_of or "since" in lowered or "desde" in lowered):
        return chosen
    span = find_span_period(sentence, language, published)
    if span is not None and (
        chosen is None
        # "Con los de esta semana, ya suman 96 vuelos en lo que va de 2025": a running total is the year's
        or cumulative
        # "since March 2020", "Since the programme began on March 28": the time named inside the span opens it
        or (isinstance(span, OpenPeriod) and bool(chosen.text) and chosen.text.lower() in span.text.lower())
    ):
        chosen = span
    return _as_of(chosen, span, sentence, language, published) if as_of else chosen


def _counted_day(sentence: str, language: str | None, published: dt.date | None) -> Period | None:
    """A relative time or a day the sentence's flights are counted for; not the day someone reported them
    ("informou nesta quinta-feira que 30 voos chegaram no primeiro semestre")."""
    for find in (find_relative_period, find_day):
        found = find(sentence, language, published)
        if found is not None and (since := SINCE_CLAUSE_BEFORE.search(sentence, 0, found.char_start)):
            # "on Monday, the first since the two governments reached an agreement last month": the time of
            # the since clause is its own; the count's is before it
            found = find(sentence[: since.start()], language, published)
        if found is not None and REPORTED_BEFORE.search(sentence, 0, found.char_start):
            skip = found.char_end
            later = find(sentence[skip:], language, published)
            found = (
                replace(later, char_start=later.char_start + skip, char_end=later.char_end + skip)
                if later
                else None
            )
        if found is not None:
            return found
    return None


# a clause opened by "since" with words of its own before a time: the time that clause tells of ("since the
# two governments reached an agreement last month", "desde que firmaron un acuerdo el mes pasado")
SINCE_CLAUSE_BEFORE = re.compile(r"\b(?:since|desde\s+que)\s+[^\W\d_]+\s+[^\W\d_]+[^,.;]*$", re.IGNORECASE)
# a reporting verb right before a time: the time of the report ("said on Thursday", "informó este lunes")
REPORTED_BEFORE = re.compile(
    r"""
    \b(?:said|says|announced|reported|told\s+\w+|confirmed                          # English
      |informó|inform[oó]|dijo|anunci[oó]|declar[oó]|confirm[oó]                     # Spanish
      |inform(?:ou|a)|disse|anunciou|afirmou|confirmou|declarou)                     # Portuguese
    (?:\s+(?:on|this|last|el|este|esta|no|na|nesta|neste))?\s*$  # "said on", "informó este"
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _as_of(
    period: Period | OpenPeriod | None,
    span: Period | OpenPeriod | None,
    sentence: str,
    language: str | None,
    published: dt.date | None,
) -> Period | OpenPeriod | None:
    """A running total stated as of a day ends that day: "As of June 13, 612 flights in fiscal year 2025" is
    October 2024 to 13 June 2025; "Hasta el 9 de marzo ... durante el año" is 1 January to 9 March."""
    if span is None or span.start is None:
        return period
    for cue in AS_OF.regex.finditer(sentence):
        day = leading_day(sentence[cue.end() : cue.end() + AS_OF_DAY_CHARS], language, published)
        if day is not None and span.start <= day.start:
            text = sentence[cue.start() : cue.end() + day.char_end]
            return Period(span.start, day.start, Precision.DAY, text, cue.start(), cue.end() + day.char_end)
    return period


AS_OF_DAY_CHARS = 30  # text after "as of", "hasta" or "até" read for its day


def shared_period(
    period: Period | OpenPeriod | None, sentence: str, segment: str, n_counts: int, elided: bool = False
) -> Period | OpenPeriod | None:
    """The sentence's period for a clause that states none, unless a day or week is stated inside another
    count's clause: an elided count ("two planes landed on Tuesday and one in Tegucigalpa") shares even that.

    'frente a 48 en el mismo periodo de 2024' is the sentence's period in that year.
    """
    same = SAME_PERIOD_PHRASE.search(segment)
    if same and (not same.group("y") or (n_counts == 1 and _compared_to(segment, same))):
        # "45 vuelos, cinco menos que en el mismo periodo de 2024": the term of a comparison, not the count's
        same = None
    if isinstance(period, Period) and same:
        year = int(same.group("y"))
        return replace(period, start=_in_year(period.start, year), end=_in_year(period.end, year))
    if isinstance(period, OpenPeriod) and same:
        year = int(same.group("y"))
        return replace(
            period,
            start=period.start and _in_year(period.start, year),
            end=period.end and _in_year(period.end, year),
        )
    if period is None or n_counts == 1 or period.text in segment or period.text not in sentence:
        return period
    if SAME_PERIOD.search(segment):
        return None  # "192 flights during the month, compared with 171 in January": the month told before

    return None if period.precision in (Precision.DAY, Precision.WEEK) and not elided else period


# "the same period of 2024", "el mismo periodo del año pasado", "o mesmo período de 2023": a period told
# before, in another year
SAME_PERIOD_PHRASE = re.compile(
    r"""
    \b(?:
        (?:
            # the same period of; el mismo mes de; o mesmo mês de
            the\s+same\s+(?:period|months?|weeks?)\s+(?:(?:of|in)\s+)?
          | (?:el|la|del|al)\s+mism[oa]\s+(?:per[ií]odo|mes|semana|[eé]poca)\s+(?:de|del)\s+
          | (?:o|a|do|da|no|na)\s+mesm[oa]\s+(?:per[ií]odo|m[eê]s|semana)\s+(?:de|do)\s+
        )
        (?:last\s+year|a[ñn]o\s+(?:pasado|anterior)|ano\s+(?:passado|anterior)             # last year
          | (?:a[ñn]o\s+|ano\s+(?:de\s+)?)?(?P<y>(?:19|20)\d{2})                           # or that year
        )
        # "a year earlier", "un año antes", "hace un año", "um ano antes", "há um ano": last year's
      | a\s+year\s+(?:earlier|before|ago)|un\s+a[ñn]o\s+antes|hace\s+un\s+a[ñn]o
      | um\s+ano\s+antes|h[aá]\s+um\s+ano
    )\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
SAME_WORD = re.compile(r"\b(?:same|mism[oa]|mesm[oa])\b", re.IGNORECASE)


def _compared_to(text: str, same: re.Match[str]) -> bool:
    """Whether a "same period" phrase is what something is compared to ("than in the same period", "que en el
    mismo periodo", "que no mesmo período": the article may be fused with the preposition)."""
    word = SAME_WORD.search(text, same.start())
    return word is not None and COMPARED_BEFORE.search(text, 0, word.start()) is not None


# "compared with 388 over the same period last year", "frente a 301 en el mismo periodo del año pasado",
# "contra 4 no mesmo período de 2024": a few words after a count, then the period it is of
SAME_PERIOD_LAST_YEAR = re.compile(
    rf"[^\d.;]{{0,30}}?{SAME_PERIOD_PHRASE.pattern}", re.IGNORECASE | re.VERBOSE
)


def years_back(period: Period | OpenPeriod | None, years: int = 1) -> Period | OpenPeriod | None:
    """The same period ``years`` before: what "the same period last year" (or "of 2023") counts against."""
    if isinstance(period, Period):
        end = _in_year(period.end, period.end.year - years)
        # a month's last day stays its last: February 2025 back a year ends on the 29th
        return replace(
            period,
            start=_in_year(period.start, period.start.year - years),
            end=month_end(end) if period.end == month_end(period.end) else end,
        )
    if isinstance(period, OpenPeriod):
        return replace(
            period,
            start=period.start and _in_year(period.start, period.start.year - years),
            end=period.end and _in_year(period.end, period.end.year - years),
        )
    return None


def same_period_back(period: Period | OpenPeriod, same: re.Match[str]) -> Period | OpenPeriod | None:
    """The period a "same period" phrase (a ``SAME_PERIOD_LAST_YEAR`` match) names: last year's, or that of
    the year it states."""
    stated = same.group("y")
    start = period.start or period.end
    if not stated or start is None:
        return years_back(period)
    return years_back(period, start.year - int(stated))


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day in another year; 29 February becomes the 28th where that year has none."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def planned_ahead(period: Period) -> Period:
    """Planned flights lie ahead: a weekday or week resolved into the past is the next one, a month or a dated
    day the next year's."""
    if (
        period.precision in (Precision.DAY, Precision.WEEK)
        and (period.end - period.start).days < 7
        and not names_a_month(period.text)
    ):
        return replace(
            period, start=period.start + dt.timedelta(days=7), end=period.end + dt.timedelta(days=7)
        )
    return replace(
        period,
        start=_in_year(period.start, period.start.year + 1),
        end=_in_year(period.end, period.end.year + 1),
    )


# a time read back from the last dated count: 'over the same period', 'that same week', 'during the month',
# 'en la misma semana', 'durante ese mes', 'no mesmo dia', 'naquele mês'; not 'the same period of 2023', 'el
# mismo mes del año pasado' (another year), nor 'the week ending May 10', 'el mes de marzo' (times of their
# own)
SAME_PERIOD = re.compile(
    r"""
    \b(?:
        (?:(?:the|that)\s+same|(?:during|over|throughout|in)\s+the|that)   # the same week, during the month
        \s+(?P<en>period|month|week|day|quarter)
      | (?:(?:el|la|ese|esa|aquel|aquella)\s+mism[oa]                      # la misma semana
         |durante\s+(?:el|la|ese|esa)|en\s+(?:el|la|ese|esa)|ese|esa)     # durante el mes, en el trimestre
        \s+(?P<es>per[ií]odo|mes|semana|d[ií]a|trimestre|semestre)
      | (?:(?:n[oa]|d[oa]|nesse|nessa|naquele|naquela)\s+mesm[oa]          # no mesmo dia
         |durante\s+(?:o|a|esse|essa)|n[oa]|nesse|nessa|naquele|naquela)   # durante o mês, no trimestre
        \s+(?P<pt>per[ií]odo|m[eê]s|semana|dia|trimestre|semestre)
    )\b
    (?!\s+(?:of|in|last|a\s+year|del?|do|da|ending|ended|que|before|after|prior|anterior|pasad[oa]|passad[oa])\b
      |\s*\d)                                                 # nor a day: "no dia 4"
    """,
    re.IGNORECASE | re.VERBOSE,
)
REMOVAL_WORD = re.compile(
    r"\b(?:deport|remov|remoci|repatri|expuls|retorn|returned|returnee)\w*", re.IGNORECASE
)
SAME_UNITS = {
    "period": "period",
    "periodo": "period",
    "período": "period",
    "month": "month",
    "mes": "month",
    "mês": "month",
    "week": "week",
    "semana": "week",
    "day": "day",
    "dia": "day",
    "día": "day",
    # a quarter or half told before is read back whole
    "quarter": "period",
    "trimestre": "period",
    "semestre": "period",
}
# before the end of a span of months
SPAN_JOINER = re.compile(r"\b(?:and|to|through|until|y|a|hasta|e|at[eé])\b|[–—-]", re.IGNORECASE)
MONTH_BY_MONTH = ("month_list", "month_item")  # count shapes of a sentence that lists a count a month
PREVIOUS_MONTH = re.compile(
    r"\b(?:el\s+mes\s+(?:anterior|pasado)|the\s+(?:previous|prior)\s+month|last\s+month)\b", re.IGNORECASE
)


# what happened: completed, or told with no cue of plans or refusals ("ICE ran 600 flights"), which a report
# counts as completed; such a count sets the topic, but only one said to be completed takes it ("an earlier
# version gave 12 flights" is no count of the topic's)
REPORTED = (Status.COMPLETED, Status.UNKNOWN)


# "has landed", "have just arrived", "ha aterrizado", "acaban de llegar", "acaba de pousar": a flight that
# moved just now, on the day of the report that tells of it
JUST_MOVED = re.compile(
    r"""\b(?:
        (?:has|have)\s+(?:just\s+)?(?:landed|arrived|touched\s+down|departed|taken\s+off)
      | han?\s+(?:aterrizado|llegado|arribado|despegado)
      | acaba(?:n|m)?\s+de\s+(?:aterrizar|llegar|arribar|despegar|salir|pousar|chegar|aterrissar|decolar|sair)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


class TopicPeriods:
    """The period a document is about, for counts that state none ('Honduras logged 33', 'llegaron 3 vuelos
    desde México').

    The topic is the latest closed period of completed flights stated before a sentence, by a list or
    a count. A completed count with no period takes it; so does any count said to be 'over the same
    period'; 'el mes anterior' is the month before the topic's month (or before publication).
    """

    def __init__(self, tables: list[dict], published: dt.date | None) -> None:
        self.published = published
        self.tables = sorted(
            (t["char_end"], t["period_start"], t["period_end"])
            for t in tables
            if t.get("period_start")
            and t.get("period_end")
            and (t.get("status") or Status.COMPLETED) == Status.COMPLETED
        )
        self.stated: tuple[int, dt.date, dt.date] | None = None
        # the latest count with both bounds, whatever its status
        self.last_dated: tuple[dt.date, dt.date] | None = None

    def lead(self, body: str, first_flight: int, language: str | None) -> None:
        """A removal report's period stated before any flight is counted ('during fiscal year 2024 ICE removed
        271,000 people')."""
        if not REMOVAL_WORD.search(body, 0, first_flight):
            return
        for start, end in reversed(sentences(body, 0, first_flight)):
            sentence = body[start:end]
            if not REMOVAL_WORD.search(sentence) or not (
                YEAR_IN_TEXT.search(sentence) or names_a_month(sentence)
            ):
                continue
            period = stated_period(sentence, language, self.published)
            if isinstance(period, Period) and period.precision not in (Precision.DAY, Precision.WEEK):
                self.stated = (start, period.start, period.end)
                return

    def _topic(self, position: int) -> tuple[dt.date, dt.date] | None:
        before = [t for t in self.tables if t[0] <= position]
        candidates = ([before[-1]] if before else []) + (
            [self.stated] if self.stated and self.stated[0] <= position else []
        )
        if not candidates:
            return None
        _, start, end = max(candidates, key=lambda c: c[0])
        return start, end

    def date(self, mentions: list[Mention], sentence: str, position: int) -> None:
        """Give the sentence's undated counts the topic's period, then take any period they state as the new
        topic.

        A period read back from an earlier count ('that same week', 'the same period of 2024') is no new
        topic.
        """
        if not mentions:
            return
        topic = self._topic(position)
        previous_month = PREVIOUS_MONTH.search(sentence)
        same = SAME_PERIOD.search(sentence)
        unit = (
            SAME_UNITS[(same.group("en") or same.group("es") or same.group("pt")).lower()] if same else None
        )
        other_year = SAME_PERIOD_PHRASE.search(sentence)
        other_year = other_year if other_year and other_year.group("y") else None
        read_back: list[Mention] = []
        for mention in mentions:
            if mention.period_start is not None or mention.period_end is not None:
                continue
            if other_year and topic:  # 'in the same period of 2024', with the period in the sentence before
                year = int(other_year.group("y"))
                mention.period_start, mention.period_end = _in_year(topic[0], year), _in_year(topic[1], year)
                mention.period_precision = Precision.MONTH if topic[0].day == 1 else Precision.DAY
                read_back.append(mention)
            elif unit and unit != "period" and self.last_dated:
                within = _unit_around(self.last_dated, unit)
                if within:
                    mention.period_start, mention.period_end = within
                    mention.period_precision = unit
                    read_back.append(mention)
            elif previous_month:
                anchor = topic[0] if topic else self.published
                if anchor:
                    end = anchor.replace(day=1) - dt.timedelta(days=1)
                    mention.period_start, mention.period_end, mention.period_precision = (
                        end.replace(day=1),
                        end,
                        Precision.MONTH,
                    )
            elif (
                topic
                and (mention.status == Status.COMPLETED or unit == "period")
                # "Con este, ya son 9 los vuelos": a running total is not over the topic's period
                and not (unit is None and CUMULATIVE.regex.search(sentence))
            ):
                mention.period_start, mention.period_end = topic
                mention.period_precision = Precision.MONTH if topic[0].day == 1 else Precision.DAY
            elif self.published and mention.status == Status.COMPLETED and JUST_MOVED.search(sentence):
                # "The second flight has landed at Maiquetía": a live report's arrival is of its day
                mention.period_start = mention.period_end = self.published
                mention.period_precision = Precision.DAY
        bounded = [
            m for m in mentions if m.period_start and m.period_end and not any(m is r for r in read_back)
        ]
        if bounded:
            self.last_dated = (bounded[-1].period_start, bounded[-1].period_end)  # type: ignore[assignment]
        dated = [m for m in bounded if m.status in REPORTED and not m.ordinal]
        if any(m.steps.get("count") in MONTH_BY_MONTH for m in mentions):
            # "en enero, 11 vuelos; en febrero, 12; …": the topic broken down by month, not a new topic
            return
        # the sentence's first dated count is its topic; later ones are often comparisons ("up from 61 in
        # February"); a first count read back keeps the topic it read ("192 during the month, against 171 in
        # January")
        if dated and not (read_back and read_back[0] is mentions[0]):
            first = dated[0]
            self.stated = (position, first.period_start, first.period_end)  # type: ignore[assignment]


def _unit_around(period: tuple[dt.date, dt.date], unit: str) -> tuple[dt.date, dt.date] | None:
    """The day, week (Monday to Sunday) or month that holds the whole period; None when the period spills over
    it."""
    start, end = period
    if unit == "day":
        first, last = start, start
    elif unit == "week":
        first = start - dt.timedelta(days=start.weekday())
        last = first + dt.timedelta(days=6)
    else:
        first = start.replace(day=1)
        last = (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return (first, last) if end <= last else None
