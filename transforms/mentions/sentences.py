"""One sentence's claims: each count with the route, status, passengers and period of the clause it sits
in."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from transforms.cues.elision import DESTINATIONS_LEAD, INCLUDING
from transforms.cues.periods import CUMULATIVE
from transforms.cues.routes import ONE_EACH, REGION, RESPECTIVELY, SHARE
from transforms.cues.statuses import PRESENT_MOVEMENT
from transforms.dates import (
    OpenPeriod,
    Period,
    find_day,
    find_relative_period,
    later_in_the_week,
    month_end,
    month_label_period,
)
from transforms.domain import Precision, Qualifier, Status
from transforms.mentions.candidates import (
    CLAUSE_BREAK,
    OF_A_SET,
    PERCENT_WORDS,
    bound_counts,
    find_elided,
    semicolon_clause,
)
from transforms.mentions.claims import Mention
from transforms.mentions.counts import RESTATED, Candidate, Count, parse_ordinal
from transforms.mentions.passengers import people_on_board
from transforms.mentions.periods import (
    SAME_PERIOD_LAST_YEAR,
    planned_ahead,
    same_period_back,
    shared_period,
    stated_period,
)
from transforms.mentions.status import PAST_REPORT, status_of
from transforms.numbers import parse_count_word
from transforms.places import find_places
from transforms.routes import Route, mixes_senders, place_roles, sentence_route
from transforms.spans import EndPattern
from transforms.vocabulary import MOVEMENT_WORDS

# "to 7 countries", "to more than 145 countries", "a otros países", "para a América Central": flights to a
# region, no one country
REGION_DESTINATION = re.compile(
    rf"""
    \b(?:to|a|hacia|para|ao|à|aos
      # "landed in Central America", "aterrizaron en Centroamérica", "pousaram na América Central"
      |(?:landed|arrived|touched\s+down)\s+in|(?:aterriz|lleg)\w*\s+en|(?:pous|cheg)\w*\s+(?:em|n[oa]))
    \s+(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|m[aá]s\s+de\s+|mais\s+de\s+|about\s+|some\s+)?
    # "a range of", "una serie de", or a word or two: "7 countries", "other countries", "17 other countries"
    (?:(?:a\s+(?:range|number|variety)\s+of|una\s+(?:serie|variedad)\s+de|uma\s+s[eé]rie\s+de)\s+
      |\w+\s+(?:\w+\s+)?)?
    (?:{REGION.verbose_alternation})\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
# between a count and the region it went to, only its noun and a verb of going: "three flights went to
# Africa", "dos vuelos fueron a Sudamérica", "dois voos seguiram para a África"
NOUNS_ONLY = re.compile(
    r"""
    \s*(?:(?:flights?|vuelos?|voos?|planes?|aviones|avi[oõ]es)\s+)?        # the noun, when not in the count
    (?:d[eo]\s+[^\W\d_]+\s+)?                                               # "de deportación", "de retorno"
    (?:(?:went|flew|headed|were\s+(?:sent|flown|bound)|fueron|volaron|     # a verb of going
        salieron|partieron|foram|seguiram|partiram|voaram)\s+)?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# the year right after a count without its noun: "los 129 de 2021", "98 in 2023", "11 de todo 2020"
YEAR_AFTER_COUNT = re.compile(
    r"\s+(?:in|en|em|de|del|do|durante|during)\s+(?:(?:all\s+of|todo|todo\s+el|el\s+año|o\s+ano)\s+)?"
    r"(?P<y>(?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)
# destination steps that decide a count goes to no one country: to a region, or a whole that only a share of
# went to the place named
UNPLACED = ("region", "share")
OWN_PHRASE_CHARS = 80  # how far after a count its own phrase may name where the flights left from
PHRASE_END = re.compile(r"[;.]|,\s|\s(?:y|and|e|while|mientras)\s")
# (a time may stand before the colon: "Foram três voos na última semana: dois para Fortaleza e um para
# Confins")
PARTS_FOLLOW = re.compile(
    r"\s*(?:m[aá]s|more|adicionales|additional|in all|en total)?[^\d:.;]{0,40}?\s*:\s*", re.IGNORECASE
)


def _boundary(sentence: str, start: int, end: int) -> int:
    """Where the clause of the count before ``end`` stops: the last clause break in
    ``sentence[start:end]``."""
    breaks = list(CLAUSE_BREAK.finditer(sentence, start, end))
    return breaks[-1].start() if breaks else end


def _clause(sentence: str, candidate: Candidate) -> str:
    """The clause around a count: between the clause breaks before and after it."""
    before = list(CLAUSE_BREAK.finditer(sentence, 0, candidate.start))
    after = CLAUSE_BREAK.search(sentence, candidate.end)
    return sentence[before[-1].end() if before else 0 : after.start() if after else len(sentence)]


def _time_right_before(
    sentence: str, candidates: list[Candidate], index: int, language: str | None, published: dt.date | None
) -> Period | OpenPeriod | None:
    """The time set off right before a count that no clause break parts from the count before it: "pousaram
    3 voos em Fortaleza e, na quarta-feira, mais dois" (the last piece of words between commas and "and"s)."""
    if (
        not index
        or _boundary(sentence, candidates[index - 1].end, candidates[index].start) != candidates[index].start
    ):
        return None
    between = sentence[candidates[index - 1].end : candidates[index].start]
    # (a lone word before the count is its own: "mais dois", "otros dos")
    pieces = [piece for piece in TIME_PIECE_BREAK.split(between) if len(piece.split()) > 1]
    return stated_period(pieces[-1], language, published) if pieces else None


TIME_PIECE_BREAK = re.compile(r",|\b(?:and|y|e)\b", re.IGNORECASE)


def _segment(sentence: str, candidates: list[Candidate], index: int) -> str:
    """The clause a count owns: between the clause breaks that separate it from the counts around it."""
    start = _boundary(sentence, candidates[index - 1].end, candidates[index].start) if index else 0
    end = (
        _boundary(sentence, candidates[index].end, candidates[index + 1].start)
        if index + 1 < len(candidates)
        else len(sentence)
    )
    return sentence[start:end]


def _time_after_the_elided_parts(
    sentence: str, candidates: list[Candidate], period: Period | OpenPeriod | None
) -> bool:
    """Whether the sentence's time closes it after a last count without its own noun: "two planes landed in
    Tegucigalpa and one in San Pedro Sula on Friday" dates both counts."""
    last = candidates[-1]
    return bool(period and period.text and not last.bound and sentence.find(period.text, last.end) >= 0)


def _place_after_the_elided_parts(
    sentence: str, candidates: list[Candidate], route: Route, language: str | None
) -> bool:
    """Whether the sentence's destinations close it after a last count without its own noun: "tres aviones en
    enero, dos en febrero y cuatro en marzo a Guatemala" sends all three counts there."""
    last = candidates[-1]
    return (
        len(candidates) > 1
        and not last.bound
        and bool(route.destinations)
        and sentence_route(sentence[last.end :], language).destinations == route.destinations
    )


def sentence_mentions(
    sentence: str,
    offset: int,
    language: str | None,
    published: dt.date | None,
    previous: Route | None,
    flight_context: bool,
    known: set[int],
    has_noun: bool,
    them_are_people: bool = False,
    answer: bool = False,
    headline: bool = False,
) -> list[Mention]:
    """Every count of one sentence, each with the route, status and period of the clause it sits in.

    ``them_are_people``: the sentence before counted people last, so "120 of them" are people. ``answer``:
    the sentence before is a question, so "Guatemala, with 132" answers it with a place and its count.
    ``headline``: the document's first line, which drops its articles.
    """
    if not (has_noun or flight_context):
        return []
    status = status_of(sentence) if has_noun else None
    candidates = (
        list(bound_counts(sentence, language, status or Status.UNKNOWN, headline)) if has_noun else []
    )
    candidates += find_elided(
        sentence,
        language,
        [(c.start, c.end) for c in candidates],
        has_noun or flight_context,
        bool(candidates)
        or has_noun
        or bool(
            flight_context
            and (
                SHARE_LEAD.match(sentence)
                or DESTINATIONS_LEAD_RE.match(sentence)
                or a_run_of_place_pairs(sentence)
                or (answer and opens_with_a_place_and_count(sentence))
            )
        ),
        them_are_people,
    )
    candidates = _parts_of_a_set(sentence, candidates, language)
    candidates += _one_more_by_its_rank(sentence, candidates, language)
    candidates = [c for c in candidates if not _restated(c.count, known)]
    candidates = _drop_same_clause_articles(sentence, sorted(candidates, key=lambda c: c.start))
    if not candidates:
        return []
    status = status or status_of(sentence)
    route = sentence_route(sentence, language)
    period = stated_period(sentence, language, published)
    _union_of_parts(sentence, candidates)
    split_by_origin = any(c.origin and not c.bound for c in candidates)
    part_origins = {c.origin for c in candidates if c.origin and not c.bound}
    parts_total = sum(c.count.flights for c in candidates if c.origin and not c.bound)
    # "three of the four had landed; the fourth was rescheduled": parts of a set the sentence before counted,
    # in a sentence that names no place, go where it went
    parts_of_a_set = (
        not route.destinations
        and not any(c.destinations for c in candidates)
        and any(SET_OF_A_PART.match(sentence, c.start) for c in candidates)
    )
    mentions: list[Mention] = []
    periods: dict[int, Period | OpenPeriod | None] = {}  # each candidate's, by its index
    parts: set[int] = set()  # the candidates that are parts of a count before them
    first_mention: dict[int, int] = {}  # each candidate's first mention, by the candidate's index
    for index, candidate in enumerate(candidates):
        first_mention[index] = len(mentions)
        count = candidate.count
        routed = (
            route.origin or route.destinations or (previous and (previous.origin or previous.destinations))
        )
        if count.article and not routed and status not in (Status.CANCELLED, Status.DENIED, Status.PLANNED):
            # "a flight" with no route is a figure of speech unless something happened to it or is to
            continue
        segment = _segment(sentence, candidates, index)
        set_off_whole = (
            WHOLE_BEFORE.match(sentence, 0, candidate.start) is not None
            and (comma := sentence.find(",", candidate.end)) > 0
        )
        if set_off_whole:
            # "Of the 228 flights in August, Guatemala received 58", "Of the 230 flights, 40% went to
            # Guatemala": the whole ends at its comma, and the places after it are its parts'
            segment = sentence[:comma]
        own = sentence_route(segment, language) if len(candidates) > 1 or set_off_whole else route
        if (
            len(candidates) == 1
            and ";" in sentence
            and (
                clause_places := sentence_route(semicolon_clause(sentence, candidate.start), language)
            ).destinations
        ):
            # "A flight to Bogotá on Nov. 19 departed from Louisiana; another left Houston for Quito": the
            # places of the count's own clause
            own = replace(own, destinations=clause_places.destinations)
        # "7 flights, 4 from Texas and 3 from Arizona"
        whole_split = len(part_origins) == 1 and parts_total == count.flights
        # "…, including two from Mexico"
        sentence_origin = route.origin if not split_by_origin or whole_split or candidate.origin else None
        if sentence_origin in own.destinations:
            # "37 flights landed in Mexico, ..., while Mexico itself flew 12": another clause's sender
            sentence_origin = None
        following = candidates[index + 1].start if index + 1 < len(candidates) else len(sentence)
        after = None if candidate.origin else _origin_after(sentence, candidate, following, language)
        # a step of its own only where it changes the origin
        after = None if after == (own.origin or sentence_origin) else after
        # "seven flights, two of them from Mexico": a whole that a part of another sender mixes
        mixed_whole = (
            split_by_origin
            and not whole_split
            and candidate.bound
            and not (candidate.origin or after or own.origin)
            # its parts come from two senders ("56 flights: 48 from the US and 8 from Mexico"), or one part
            # of another sender is named as its part
            and (len(part_origins) > 1 or _opens_the_parts(sentence, candidates, index + 1))
        )
        origin = (
            None
            if mixed_whole
            else candidate.origin
            or after
            or own.origin
            or sentence_origin
            or (previous.origin if previous else None)
        )
        steps = {
            "count": "article" if count.article else "ordinal" if count.ordinal else candidate.shape,
            "origin": "count"
            if after
            else "sentence"
            if candidate.origin or own.origin or sentence_origin
            else "previous"
            if origin
            else "mixed"
            if mixed_whole or own.mixed_senders or (route.mixed_senders and not split_by_origin)
            else "none",
        }
        destinations = candidate.destinations or list(own.destinations)
        steps["dest"] = "count" if candidate.destinations else "clause"
        if split_by_origin:  # "Seven flights, 4 of them from Texas and 3 from Arizona, landed in Guatemala"
            destinations, steps["dest"] = list(route.destinations), "sentence"
        if SHARE_OF_BEFORE.search(sentence[: candidate.start]):
            # "Guatemala received 40% of the 230 flights": the place is the share's, not the whole's
            destinations, steps["dest"] = [], "share"
        elif not destinations and not set_off_whole and (len(candidates) == 1 or parts_of_a_set):
            steps["dest"] = "sentence" if route.destinations else "previous"
            carried = [d for d in previous.destinations if d != origin] if previous else []
            # "Con este, ya son 9 los vuelos": a running total of flights is not over the stops of the one
            # flight told before it
            if len(carried) > 1 and CUMULATIVE.regex.search(sentence):
                carried = []
            destinations = list(route.destinations) or carried
        # "19 removal flights to 7 countries, the busiest week for Mexico"
        region = REGION_DESTINATION.search(sentence, candidate.end)
        # (a noun may end the count before its own: "11 further charter flights to a range of destinations")
        if region and NOUNS_ONLY.fullmatch(sentence, candidate.end, region.start()):
            destinations, steps["dest"] = [], "region"
        if (
            not destinations
            and steps["dest"] not in UNPLACED
            and not set_off_whole
            and _place_after_the_elided_parts(sentence, candidates, route, language)
        ):
            # "Llegaron tres aviones en enero, dos en febrero y cuatro en marzo a Guatemala"
            destinations, steps["dest"] = list(route.destinations), "sentence"
        if (
            not destinations
            and index
            and mentions
            and steps["dest"] not in UNPLACED
            and not REGION_DESTINATION.search(segment)
        ):
            # "it had received three flights ... and would receive another four"
            destinations = list(mentions[-1].destination_countries)
            steps["dest"] = "count_before"
        if not destinations and steps["dest"] not in UNPLACED:
            steps["dest"] = "none"
        clause_status = status_of(segment if len(candidates) > 1 else _clause(sentence, candidate))
        steps["status"] = "clause"
        if clause_status == Status.UNKNOWN:
            # "Total for March: 4 flights; one more was cancelled": another semicolon clause's verb is not
            # the count's
            sentence_status = (
                status_of(semicolon_clause(sentence, candidate.start)) if ";" in sentence else status
            )
            clause_status, steps["status"] = sentence_status, "sentence"
        if clause_status == Status.UNKNOWN and PAST_REPORT.search(sentence):
            clause_status, steps["status"] = Status.COMPLETED, "past_tense"
        if clause_status == Status.UNKNOWN:
            steps["status"] = "unknown"
        clause_period = (
            (
                stated_period(segment, language, published)
                or _time_right_before(sentence, candidates, index, language, published)
            )
            if len(candidates) > 1
            else None
        ) or shared_period(
            period,
            sentence,
            segment,
            len(candidates),
            elided=not candidate.bound or _time_after_the_elided_parts(sentence, candidates, period),
        )
        if index and (same := SAME_PERIOD_LAST_YEAR.match(sentence, candidate.end)) and period is not None:
            # "412 flights so far this year, compared with 388 over the same period last year"
            clause_period = same_period_back(period, same)
        if len(candidates) == 1 and ";" in sentence and clause_period and clause_period.text:
            # "Llegan 241 hondureños en dos vuelos; hoy se esperan 16 buses": a time in another clause is not
            # the count's
            count_clause = _clause(sentence, candidate)
            clause_period = (
                clause_period
                if clause_period.text in count_clause
                else stated_period(count_clause, language, published)
            )
        if candidate.when:  # "the May flight": the month, unless its clause gives the day ("on December 6")
            within = period if isinstance(period, Period) else None  # a month in the year the sentence states
            clause_period = (
                timed_period(candidate.when, segment, language, published, within) or clause_period
            )
        elif not candidate.bound and (year := YEAR_AFTER_COUNT.match(sentence, candidate.end)):
            # "frente a los 129 de 2021", "compared with 98 in 2023": the year the count is given for
            first, last = dt.date(int(year.group("y")), 1, 1), dt.date(int(year.group("y")), 12, 31)
            clause_period = Period(first, last, Precision.YEAR, year.group().strip(), 0, 0)
        if count.ordinal and clause_period is not None and clause_period.precision == Precision.YEAR:
            # "o 4º voo com deportados em 2025", "the fifth flight this year": the year ranks the flight in
            # its series, and says nothing of its day
            clause_period = None
        if (
            clause_status in (Status.COMPLETED, Status.UNKNOWN)
            and published
            and isinstance(clause_period, Period)
            and PRESENT_MOVEMENT.regex.search(
                _clause(sentence, candidate) if len(candidates) == 1 else segment
            )
            and (later := later_in_the_week(clause_period, published))
        ):
            # "O oitavo voo chega a Fortaleza nesta sexta-feira, 16", written on the Wednesday: to come
            clause_period, clause_status, steps["status"] = later, Status.PLANNED, "present_ahead"
        if clause_period is None and index and _part_of_the_count_before(sentence, candidates, index, parts):
            # "14 flights departed on Monday, including 3 to Honduras and 2 to El Salvador": the parts' Monday
            clause_period = periods.get(index - 1)
            parts.add(index)
        periods[index] = clause_period
        if (
            clause_status == Status.PLANNED
            and isinstance(clause_period, Period)
            and published
            and clause_period.end < published
        ):
            # "30 flights are planned for February", written in January
            clause_period = planned_ahead(clause_period)
        if (
            clause_status == Status.PLANNED
            and isinstance(clause_period, OpenPeriod)
            and clause_period.start is not None
            and clause_period.end is None
            and clause_period.precision == Precision.MONTH
        ):
            # "a flight is planned for later this month": the month, not so far in it
            clause_period = Period(
                clause_period.start, month_end(clause_period.start), Precision.MONTH, clause_period.text, 0, 0
            )
        total, per_flight = people_on_board(
            segment, count.flights, language, 1 if count.each else len(destinations)
        )
        # "Three flights went to Ecuador, Colombia and Peru, one to each": a flight to each place
        one_each = count.flights == len(destinations) > 1 and bool(ONE_EACH.regex.search(segment))
        if one_each:
            steps["dest"] = "one_each"
        for destination_set in [[d] for d in destinations] if one_each else _each(candidate, destinations):
            mentions.append(
                Mention(
                    flights=1 if one_each else count.flights,
                    qualifier=count.qualifier,
                    status=clause_status,
                    evidence=sentence,
                    char_start=offset,
                    char_end=offset + len(sentence),
                    origin_country=origin,
                    destination_countries=destination_set,
                    flights_max=count.flights_max,
                    ordinal=count.ordinal,
                    another=count.another,
                    passengers=total,
                    passengers_per_flight=per_flight,
                    period_start=clause_period.start if clause_period else None,
                    period_end=clause_period.end if clause_period else None,
                    period_precision=clause_period.precision if clause_period else None,
                    steps=dict(steps),
                )
            )
    for index in range(1, len(candidates)):
        # "31 charter flights, including 9 to Albania": a whole whose parts went somewhere named went to more
        # than a headline's one country
        # (the whole is the count before, when it gave a mention)
        whole = (
            mentions[first_mention[index - 1]] if first_mention[index - 1] < first_mention[index] else None
        )
        if (
            whole is not None
            and not whole.destination_countries
            and _opens_the_parts(sentence, candidates, index)
            and any(mention.destination_countries for mention in mentions[first_mention[index] :])
        ):
            whole.steps["dest"] = "over_parts"
    return _respectively(mentions) if len(mentions) > 1 and RESPECTIVELY.regex.search(sentence) else mentions


def _respectively(mentions: list[Mention]) -> list[Mention]:
    """Counts that share the places a sentence names, as many counts as places, each go to the place in the
    same position: "El Salvador y Honduras recibieron 12 y 9 vuelos, respectivamente"."""
    shared: dict[tuple[str, ...], list[Mention]] = {}
    for mention in mentions:
        shared.setdefault(tuple(mention.destination_countries), []).append(mention)
    for places, counted in shared.items():
        if len(places) == len(counted) > 1:
            for place, mention in zip(places, counted, strict=True):
                mention.destination_countries, mention.steps["dest"] = [place], "respectively"
    return mentions


PART_JOINER = re.compile(r"\s*(?:,|;|\band\b|\by\b|\be\b)\s*(?:(?:and|y|e)\s+)?", re.IGNORECASE)


def _part_of_the_count_before(
    sentence: str, candidates: list[Candidate], index: int, parts: set[int]
) -> bool:
    """Whether a count opens the parts of the count before it ("including 3 to Honduras", "two of them from
    Mexico") or goes on with them ("and 2 to El Salvador")."""
    gap = sentence[candidates[index - 1].end : candidates[index].start]
    return _opens_the_parts(sentence, candidates, index) or (
        index - 1 in parts and PART_JOINER.fullmatch(gap) is not None
    )


def _opens_the_parts(sentence: str, candidates: list[Candidate], index: int) -> bool:
    """Whether a count is the first part of the count before it: "including 3 to Honduras", "two of them
    from Mexico", which names its whole inside its own words, or the first of the counts after a colon that
    add up to it ("cuatro vuelos: tres desde Estados Unidos y uno desde México")."""
    if not 0 < index < len(candidates):
        return False
    gap = sentence[candidates[index - 1].end : candidates[index].start]
    own_words = sentence[candidates[index].start : candidates[index].end]
    return bool(INCLUDING.regex.search(gap) or INCLUDING.regex.search(own_words)) or (
        gap.rstrip().endswith(":")
        and sum(c.count.flights for c in candidates[index:]) == candidates[index - 1].count.flights
    )


def _origin_after(sentence: str, candidate: Candidate, following: int, language: str | None) -> str | None:
    """An origin cued in the count's own phrase, right after it ('los tres vuelos que Conviasa realizó desde
    Ciudad de México'): it outweighs another origin the sentence names first. The phrase ends where the next
    count starts ('seven flights, two of them from Mexico')."""
    end = PHRASE_END.search(sentence, candidate.end, candidate.end + OWN_PHRASE_CHARS)
    limit = min(end.start() if end else candidate.end + OWN_PHRASE_CHARS, following)
    own = [place for place in find_places(sentence) if candidate.end <= place.start and place.end <= limit]
    if not own:
        return None
    origins, _ = place_roles(sentence, own, language)
    origin = next((country for country, how in origins if how == "cue"), None)
    if origin is not None:
        # "carried 85 people from Germany, Austria and Italy": the places joined to it mix senders
        joined = [
            p for p in find_places(sentence) if candidate.end <= p.start < candidate.end + OWN_PHRASE_CHARS
        ]
        mixed, _ = place_roles(sentence, joined, language)
        if mixes_senders(mixed):
            return None
    return origin


def _drop_same_clause_articles(sentence: str, candidates: list[Candidate]) -> list[Candidate]:
    """``its third flight ... on a chartered plane`` is one flight: an article count in the clause of another
    count goes.

    ``Um avião … pousou …, o 24º voo desde o acordo``: an ordinal beside an article count names the same
    flight, and lends it its number.
    """
    # "the first flight ... as another plane flew over": another is no name of the first
    articles = [c for c in candidates if c.count.article and not c.count.another]
    # (not "a second is expected on Friday": a flight after the one counted)
    ordinals = [c for c in candidates if c.count.ordinal and c.count.flights == 1 and not c.count.another]
    if articles and ordinals:
        articles[0].count.ordinal = ordinals[0].count.ordinal
        return [c for c in candidates if c not in ordinals]
    kept = []
    for candidate in candidates:
        if candidate.count.article:
            # (not "another to Honduras" after "a flight to Guatemala": one flight more)
            near = [c for c in candidates if not (c.count.article or c.count.another) and c is not candidate]
            if any(
                "," not in sentence[min(c.end, candidate.end) : max(c.start, candidate.start)] for c in near
            ):
                continue
        kept.append(candidate)
    return kept


# the part a count before a whole states, and a part with its whole
PERCENT_ENDS = re.compile(rf"(?:{PERCENT_WORDS})$", re.IGNORECASE)
PART_OF_A_SET_BEFORE = EndPattern(re.compile(rf"(?P<part>\b[^\W_]+){OF_A_SET}$", re.IGNORECASE), words=4)
SET_OF_A_PART = re.compile(rf"[^\W_]+{OF_A_SET}(?P<whole>[^\W_]+)\b", re.IGNORECASE)
# "...; el cuarto fue reprogramado", "the fourth was rescheduled", "o quarto foi adiado": the next of the set
DEFINITE_ORDINAL = re.compile(
    r"\b(?:the|el|la|o|a)\s+(?P<ordinal>[^\W\d_]+)\b(?!\s+(?:of|de|do|da)\b)", re.IGNORECASE
)


def _parts_of_a_set(sentence: str, candidates: list[Candidate], language: str | None) -> list[Candidate]:
    """``three of the four flights had landed; the fourth was rescheduled``: the three is the count (the four
    is the set it comes from) and the fourth is one flight of its own."""
    kept: list[Candidate] = []
    for found in candidates:
        part = PART_OF_A_SET_BEFORE.search(sentence[: found.start])
        if part and PERCENT_ENDS.search(sentence, 0, part.end("part")):
            part = None  # "el 40 por ciento de los 230 vuelos": the "ciento" of a share is no hundred
        value = parse_count_word(part.group("part"), language) if part else None
        candidate = (
            replace(found, count=Count(value, Qualifier.EXACT), start=part.start("part"))
            if part and value is not None and 0 < value < found.count.flights
            else found
        )
        kept.append(candidate)
        the_set = SET_OF_A_PART.match(sentence, candidate.start)
        whole = parse_count_word(the_set.group("whole"), language) if the_set else None
        if the_set is None or whole is None or not candidate.count.flights < whole:
            continue
        following = DEFINITE_ORDINAL.search(sentence, the_set.end())
        if following and parse_ordinal(following.group("ordinal"), language) == candidate.count.flights + 1:
            kept.append(
                Candidate(
                    Count(1, Qualifier.EXACT, ordinal=candidate.count.flights + 1),
                    following.start(),
                    following.end(),
                    bound=False,
                    shape="next_of_the_set",
                )
            )
    return kept


# "and a third is due tomorrow", "y mañana llegará un tercero", "e o terceiro chega amanhã": a flight ranked
# right after the ones just counted
# (the rank ends its clause or a verb follows it: "el segundo día" ranks a day)
RANKED_NEXT = re.compile(
    rf"""\b(?:a|an|the|un|una|el|la|um|uma|o)\s+(?P<ordinal>[^\W\d_]+)
    (?=\s*(?:[.,;:)]|$)
      |\s+(?:is|was|will|would|could|should|has|had|es|fue|ser[aá]|est[aá]|ha|foi|est[aá]|tem
            |lleg[oó]|llegar[aá]|aterriz[oó]|aterrizar[aá]|sali[oó]|saldr[aá]|chegou|chegar[aá]|pousou|pousar[aá]
            |saiu|sair[aá]|{MOVEMENT_WORDS.replace(" ", "[ ]")})\b)""",
    re.IGNORECASE | re.VERBOSE,
)


def _one_more_by_its_rank(
    sentence: str, candidates: list[Candidate], language: str | None
) -> list[Candidate]:
    """One flight more, named by its rank after the flights the sentence just counted ("two planes landed
    today and a third is due tomorrow")."""
    if not candidates:
        return []
    last = max(candidates, key=lambda c: c.end)
    ranked, rank = next(
        (
            (match, rank)
            for match in RANKED_NEXT.finditer(sentence, last.end)
            if (rank := parse_ordinal(match.group("ordinal"), language)) is not None
        ),
        (None, None),
    )
    if (
        ranked is None
        or rank != last.count.flights + 1
        or last.count.ordinal
        # "A flight landed on Monday, the second.": the same flight, ranked
        or sentence[: ranked.start()].rstrip().endswith(",")
    ):
        return []
    return [
        Candidate(
            Count(1, Qualifier.EXACT, ordinal=rank, another=True),
            ranked.start(),
            ranked.end(),
            bound=False,
            shape="ranked_next",
        )
    ]


def _union_of_parts(sentence: str, candidates: list[Candidate]) -> None:
    """``cinco vuelos más: tres a Honduras y dos a Guatemala``: the total goes where its parts go."""
    for index, candidate in enumerate(candidates):
        parts = [c for c in candidates[index + 1 :] if not c.bound and c.destinations]
        if (
            candidate.bound
            and not candidate.destinations
            and parts
            and PARTS_FOLLOW.fullmatch(sentence[candidate.end : parts[0].start])
        ):
            candidate.destinations = list(dict.fromkeys(d for part in parts for d in part.destinations or []))


def _restated(count: Count, known: set[int]) -> bool:
    """A flight or a total already counted, named again: ``called it the 23rd flight``, ``the same 40
    flights``."""
    return count.reference in RESTATED or (count.reference == "definite" and count.flights in known)


# "Of the 228 flights, ...", "De los 312 vuelos, ...", "Dos 312 voos, ...": a whole whose parts the sentence
# goes on to give
WHOLE_BEFORE = re.compile(
    r"\W*(?:of the|of all(?: the)?|de los|de las|del total de|dos|das|do total de)\s+$", re.IGNORECASE
)
# "40% of the 230 flights", "el 40% de los 230 vuelos", "40% dos 230 voos": a share of a whole
SHARE_OF_BEFORE = EndPattern(re.compile(rf"\d[\d,.]*\s*(?:{SHARE.alternation})\s+$", re.IGNORECASE), words=7)
# "De ellos, 50 ..."
SHARE_LEAD = re.compile(r"^\s*(?:de ellos|de estos|de los cuales|of them|of these|of those)\b", re.IGNORECASE)
# "Top destinations this week:", "Por país:": a few words, a colon, then places with their counts
DESTINATIONS_LEAD_RE = re.compile(
    rf"^\W*(?:[^\W\d_]+\s+){{0,3}}(?:{DESTINATIONS_LEAD.alternation})\b[^:\n]{{0,40}}:", re.IGNORECASE
)


# "2/ Guatemala 12, Honduras 10, Mexico 7.": a post's numbering, then places, each with its count
ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}/|[-•*])\s*")
PAIR_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+", re.IGNORECASE)
PLACE_AND_COUNT = re.compile(r"(?P<label>[^\W\d_][^\d(:]{0,40}?)\s*(?::\s*|\(\s*)?\d{1,3}\s*\)?")
MIN_PAIRS = 2
FIRST_PAIR = re.compile(
    r"\s*(?:\d{1,2}/|[-•*])?\s*[^\W\d_][^\d(:,;]{0,40}?\s*(?::\s*|\(\s*)?\d{1,3}\s*\)?\s*(?:[,;]|\s(?:and|y|e)\s)",
    re.IGNORECASE,
)


# "Guatemala, with 132.", "Guatemala: 132", "Honduras (118)": a place and its count opening an answer
ANSWER_PAIR = re.compile(
    r"\s*(?P<label>[^\W\d_][^\d(:,;]{0,40}?)\s*(?:,?\s+(?:with|con|com)\s+|:\s*|\(\s*)\d{1,3}\b",
    re.IGNORECASE,
)


def opens_with_a_place_and_count(sentence: str) -> bool:
    """Whether a sentence opens with one place and a count of it."""
    pair = ANSWER_PAIR.match(sentence)
    return pair is not None and _names_one_place(pair.group("label"))


def a_run_of_place_pairs(sentence: str) -> bool:
    """Whether a sentence is nothing but places, each with its count ("Guatemala 12, Honduras 10, Mexico 7"):
    after a sentence about flights, a list of where they went."""
    if not FIRST_PAIR.match(sentence):  # a cheap first test: most sentences open with no place and its count
        return False
    pieces = PAIR_SEPARATOR.split(ENUMERATOR.sub("", sentence).strip().rstrip("."))
    return len(pieces) >= MIN_PAIRS and all(
        (pair := PLACE_AND_COUNT.fullmatch(piece)) and _names_one_place(pair.group("label"))
        for piece in pieces
    )


def _names_one_place(label: str) -> bool:
    places = find_places(label)
    return len(places) == 1 and places[0].start == 0 and places[0].end == len(label.rstrip())


def _each(candidate: Candidate, destinations: list[str]) -> list[list[str]]:
    """``six each to Guatemala and Ecuador`` is six to each; any other count keeps its destinations
    together."""
    if candidate.count.each and len(destinations) > 1:
        return [[d] for d in destinations]
    return [destinations]


def timed_period(
    when: str, clause: str, language: str | None, published: dt.date | None, within: Period | None = None
) -> Period | None:
    """The period of a flight named by its time: a day its clause states, else the month or the relative day
    or week it is named by ("the May flight", "last week's flight", "el vuelo del martes")."""
    return (
        find_day(clause, language, published)
        or month_label_period(when, within, published)
        or find_relative_period(when, language, published)
    )
