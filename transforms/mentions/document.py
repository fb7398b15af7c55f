"""A document's prose claims: the sentences worth reading, the route, status and period carried from one
sentence to the next, the document's context, and what ``flightwatch explain`` shows of every number weighed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from transforms.context import DocumentContext
from transforms.cues.elision import ANOTHER
from transforms.cues.routes import CONTINUATION, GRAND_TOTAL, SENDER_TALLY, WITH_THESE
from transforms.domain import Status
from transforms.mentions.candidates import find_elided, headline_count, reference_of
from transforms.mentions.claims import Mention, merge_restatements
from transforms.mentions.counts import FLIGHT_NOUN, NUMBER_TOKEN, RESTATED, bound_count_before, number_at
from transforms.mentions.passengers import THE_AIRCRAFT, THE_FLIGHTS, people_on_board
from transforms.mentions.periods import TopicPeriods
from transforms.mentions.sentences import (
    DESTINATIONS_LEAD_RE,
    REGION_DESTINATION,
    a_run_of_place_pairs,
    sentence_mentions,
)
from transforms.mentions.status import status_of
from transforms.mentions.traps import trap_of
from transforms.routes import Route, sentence_route
from transforms.spans import LowercasePattern, lines_containing, lowercase, sentences
from transforms.vocabulary import (
    FLIGHT_NOUN_RE,
    FLIGHT_STEMS,
    MULTI_SENDER_AGENCIES,
    PASSENGER_NOUNS,
    REMOVAL_AGENCIES,
    US_REMOVAL_AGENCY_ACRONYMS,
    US_REMOVAL_AGENCY_NAMES,
    names_a_flight,
)

PEOPLE_COUNT = re.compile(rf"\b\d[\d,.]*\s+(?:[^\W\d_]+\s+)?(?:{PASSENGER_NOUNS})\b", re.IGNORECASE)
ARRIVAL_HERE = LowercasePattern(
    r"\b(?:lleg\w*|aterriz\w*|arrib\w*|se recibi\w*|recibi\w*|arrived|arriving|landed|landing|al pa[ií]s|el "
    r"pa[ií]s|the country|chegaram|pousaram)\b"
)
NEXT_TEXT_LINE = re.compile(r"\n\s*([^\n]*\S[^\n]*)")
# the next line, no blank line between, goes on in lowercase
WRAPPED_ON = re.compile(r"\n[ \t]*(?=[a-záéíóúñãõç])")


def find_mentions(
    body: str,
    language: str | None,
    published: dt.date | None,
    tables: list[dict],
    context: DocumentContext | None = None,
    rows: list[dict] | None = None,
) -> list[Mention]:
    """Every flight-count claim in ``body`` outside its flight tables, one per claim.

    A sentence that names no route takes its origin from the flight sentence right before it, and its
    destinations too when that sentence is in the same paragraph. A sentence right after one about
    flights may count them without the noun (``April's count was 34``).
    """
    table_spans = [(t["char_start"], t["char_end"]) for t in tables]
    known = {t["stated_total"] for t in tables if t.get("stated_total") is not None} | {
        r["flights"] for r in rows or []
    }
    topics = TopicPeriods(tables, published)
    candidates = _candidate_sentences(body)
    topics.lead(body, candidates[0][0] if candidates else len(body), language)
    found: list[Mention] = []
    previous: Route | None = None
    # "Top destinations this week: Guatemala (12), ..." under a headline about flights counts flights
    headline_start, headline_end = first_line(body)
    headline_names_flights = names_a_flight(body[headline_start:headline_end])
    previous_status: str | None = None
    previous_end = -1
    previous_start = 0
    # the one count of flown or stopped flights the sentence before gave, with no one said to be on them
    single: Mention | None = None
    for start, end in candidates:
        gap = body[previous_end:start] if previous_end >= 0 else "\n\n"
        adjacent = previous_end >= 0 and not gap.strip()
        if not adjacent:
            previous, previous_status = None, None
        last_start, last_end, previous_end = previous_start, previous_end, end
        previous_start = start
        if any(s <= start < e or s < end <= e for s, e in table_spans):
            previous = None
            continue
        sentence = body[start:end]
        # a new paragraph starts afresh from the document's sender, unless its count goes on from the last
        carried = (
            previous
            if previous is None
            or "\n\n" not in gap
            or WITH_THESE.regex.search(sentence)
            or CONTINUATION.regex.search(sentence)
            or LIVE_ENTRY.match(sentence)
            else Route(None, ())
        )
        has_noun = names_a_flight(sentence)
        mentions = sentence_mentions(
            sentence,
            start,
            language,
            published,
            carried,
            flight_context=previous is not None
            or (headline_names_flights and DESTINATIONS_LEAD_RE.match(sentence) is not None)
            # "2/ Guatemala 12, Honduras 10" on the line under one that counts flights
            or (a_run_of_place_pairs(sentence) and names_a_flight(_line_before(body, start))),
            known=known,
            has_noun=has_noun,
            them_are_people=adjacent and _counts_people_last(body[last_start:start]),
            answer=adjacent and _is_question(body[last_start:last_end]),
            headline=is_headline(body, start, end, headline_end),
        )
        if (
            not mentions
            and adjacent
            and single
            and (THE_AIRCRAFT if single.flights == 1 else THE_FLIGHTS).match(sentence)
        ):
            single.passengers, single.passengers_per_flight = people_on_board(
                sentence, single.flights, language, len(single.destination_countries)
            )
        alone = mentions[0] if len(mentions) == 1 else None
        # the one count, flown or stopped, the sentence before gave with no one said to be on it
        single = alone if alone and alone.passengers is None and alone.status != Status.PLANNED else None
        # "Vuelos programados para hoy:" then one line a flight: the lines are scheduled too
        for mention in mentions:
            if mention.status == Status.UNKNOWN and previous_status and "\n\n" not in gap:
                mention.status, mention.steps["status"] = previous_status, "line_before"
        topics.date(mentions, sentence, start)
        if has_noun:
            previous_status = status_of(sentence) if not mentions else mentions[-1].status
            previous_status = None if previous_status == Status.UNKNOWN else previous_status
        found += mentions
        known |= {m.flights for m in mentions}
        if has_noun:
            route = sentence_route(sentence, language)
            # "Guatemala expected four flights": where a lone count went, when no cue routes the sentence
            counted = tuple(mentions[0].destination_countries) if len(mentions) == 1 else ()
            # "19 vuelos, la mayoría a Centroamérica, y uno a Venezuela": counts that went to different places
            # leave no one place for the next sentence's count
            split = len({tuple(m.destination_countries) for m in mentions}) > 1
            previous = Route(
                route.origin or (carried.origin if carried else None),
                ()
                if split
                else route.destinations
                or counted
                or (carried.destinations if carried and len(mentions) <= 1 else ()),
            )
        elif not mentions and not _is_question(sentence):
            # a sentence that counts flights without the noun ("Harlingen was second with 61") keeps the
            # thread, and so does a question its answer takes up ("Which country got the most?")
            previous = None
    for mention in found:
        _as_list_total(mention, tables)
        ahead = (
            mention.period_start > published
            if published and mention.period_start
            else bool(published and mention.period_end and mention.period_end > published)
        )
        if ahead and mention.status in (Status.UNKNOWN, Status.COMPLETED):
            # "chegam na próxima segunda-feira", "are due next Monday", "could arrive before the end of
            # April": a time still to come is planned
            mention.status, mention.steps["status"] = Status.PLANNED, "future_day"
        # reports count what happened: no cue of plans, refusals or cancellations
        if mention.status == Status.UNKNOWN:
            mention.status, mention.steps["status"] = Status.COMPLETED, "default"
    if not context:
        return merge_restatements(found)
    # a story that counts flights to two places besides the headline's: a total that names no place may be
    # over them all ("a total of 192 flights")
    elsewhere = {d for m in found for d in m.destination_countries} - {context.destination, context.origin}
    return merge_restatements([_with_context(m, context, len(elsewhere) > 1) for m in found])


def _is_question(text: str) -> bool:
    """Whether a sentence or line asks: its answer, next, goes on with what it asks about."""
    return text.rstrip().endswith("?")


def _line_before(body: str, position: int) -> str:
    """The last line holding text before the line ``position`` is on."""
    end = body.rfind("\n", 0, position)
    while end > 0:
        start = body.rfind("\n", 0, end) + 1
        if body[start:end].strip():
            return body[start:end]
        end = start - 1
    return ""


def _counts_people_last(sentence: str) -> bool:
    """Whether a sentence's last count is of people ("the flights carried 260 deportees"): the "120 of them"
    of the sentence after it are people too."""
    people = [match.end() for match in PEOPLE_COUNT.finditer(sentence)]
    if not people:
        return False
    flights = [match.end() for match in FLIGHT_NOUN_RE.regex.finditer(lowercase(sentence))]
    return not flights or people[-1] > flights[-1]


def _as_list_total(mention: Mention, tables: list[dict]) -> None:
    """'• 137 vuelos de repatriación en junio' over a list that states 137 for June: the list's total, with
    the list's status."""
    if mention.status != Status.UNKNOWN:
        return
    for table in tables:
        same_period = mention.period_start is None or (mention.period_start, mention.period_end) == (
            table["period_start"],
            table["period_end"],
        )
        same_origin = (
            None in (mention.origin_country, table["origin_country"])
            or mention.origin_country == table["origin_country"]
        )
        if table["stated_total"] == mention.flights and same_period and same_origin:
            mention.status, mention.steps["status"] = table.get("status") or Status.COMPLETED, "list_total"
            return


# a line that opens with more flights than those just counted, after a post's number ("3/ Another 3 are ...")
MORE_OF_THEM_START = re.compile(rf"\W*(?:\d{{1,2}}/\s*)?(?:{ANOTHER.alternation})\s+\w", re.IGNORECASE)
# "08:40 — The first flight of the day arrived": a live blog's entry goes on with the story above it
LIVE_ENTRY = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?[—–-]\s")
MAX_HEADLINE_WORDS = 20  # a first line longer than this is a sentence of the story, articles and all
MAX_CHAINED_LINES = 3  # lines read on after the one below a flight line, while each opens with more of them


def first_line(body: str) -> tuple[int, int]:
    """Where the body's first line of text starts and ends: read once a document, it may be a headline."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    return start, len(body) if end < 0 else end


def is_headline(body: str, start: int, end: int, first_line_end: int) -> bool:
    """Whether the sentence at ``start``-``end`` lies on the body's first line (ending at ``first_line_end``),
    short and unstopped as headlines are (not the story's first sentence): a headline drops its articles."""
    line = body[start:end]
    return (
        end <= first_line_end
        and len(line.split()) <= MAX_HEADLINE_WORDS
        and not line.rstrip().endswith((".", "!", "?"))
    )


def _next_text_line(body: str, position: int) -> tuple[int, int] | None:
    """The next line after ``position`` that holds text."""
    match = NEXT_TEXT_LINE.search(body, position)
    return (match.start(1), match.end(1)) if match else None


def _wrapped_line(body: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The line right below, when this line's last sentence runs on into it: text wrapped at a fixed width, as
    reports converted from PDF are ("En 2022 se realizaron 153 vuelos,\nfrente a los 129 de 2021.").

    The line ends without a sentence's closing mark and the next line, with no blank line between, opens in
    lowercase.
    """
    if body[line_start:line_end].rstrip()[-1:] in ("", ".", "!", "?", ":", ";", "|") or not (
        run_on := WRAPPED_ON.match(body, line_end)
    ):
        return None
    end = body.find("\n", run_on.end())
    return run_on.end(), len(body) if end < 0 else end


def _candidate_sentences(body: str) -> list[tuple[int, int]]:
    """Sentences of the lines that name a flight noun, and the sentence right after each of them.

    A sentence wrapped onto the next line is one sentence: its part on that line is not read again on its own.
    """
    spans: list[tuple[int, int]] = []
    absorbed: set[tuple[int, int]] = set()
    lowered = lowercase(body)
    flight_lines = [
        (s, e) for s, e in lines_containing(body, FLIGHT_STEMS) if FLIGHT_NOUN_RE.found_in(lowered, s, e)
    ]
    for index, (line_start, line_end) in enumerate(flight_lines):
        own = sentences(body, line_start, line_end)
        following = _next_text_line(body, line_end)
        if own and (wrapped := _wrapped_line(body, line_start, line_end)):
            below = sentences(body, *wrapped)
            absorbed.add(below[0])
            own[-1] = (own[-1][0], below[0][1])
            following = below[1] if len(below) > 1 else _next_text_line(body, wrapped[1])
        spans += own
        if following and (index + 1 >= len(flight_lines) or flight_lines[index + 1][0] != following[0]):
            spans += sentences(body, *following)[:1]
            # "Of those, 9 went to Villahermosa." then "Another 3 are scheduled for Saturday.": a line that
            # opens with more of the same flights goes on with them
            for _ in range(MAX_CHAINED_LINES):
                chained = _next_text_line(body, following[1])
                if chained is None or not MORE_OF_THEM_START.match(body, chained[0], chained[1]):
                    break
                spans += sentences(body, *chained)[:1]
                following = chained
            if _is_question(body[following[0] : following[1]]) and (
                answer := _next_text_line(body, following[1])
            ):
                # "Which country got the most?" then "Guatemala, with 132.": the answer goes on with the
                # flights
                spans += sentences(body, *answer)
    return sorted(set(spans) - absorbed)


@dataclass(frozen=True)
class CountVerdict:
    """A number or flight noun of a sentence the extractor weighed, and what it decided: ``reason`` None when
    it was taken."""

    start: int
    end: int
    step: str
    reason: str | None


RESTATED_REASON = "names a flight or total told before ('it was the fifth flight', 'the same 40 flights')"


def count_verdicts(
    sentence: str, language: str | None, flight_context: bool, headline: bool = False
) -> list[CountVerdict]:
    """What became of every flight noun and number of one sentence, by the step that decided it (``flightwatch
    explain``).

    ``bound_count``: a count right before a flight noun, unless a named trap catches it; ``elided``: a number
    whose noun is left out, taken when its shape says it counts flights; every other number is left with the
    reason.
    """
    status = status_of(sentence)
    verdicts: list[CountVerdict] = []
    for noun in FLIGHT_NOUN.finditer(sentence):
        bound = bound_count_before(sentence, noun, language) or (
            headline_count(sentence, noun, language, status) if headline else None
        )
        if bound is None:
            verdicts.append(
                CountVerdict(
                    noun.start(), noun.end(), "bound_count", "no count right before this flight noun"
                )
            )
            continue
        count, start = bound
        trap = trap_of(sentence, noun, count, status, start, language)
        restated = not trap and reference_of(count, sentence[:start]) in RESTATED
        reason = f"trap '{trap}'" if trap else RESTATED_REASON if restated else None
        verdicts.append(CountVerdict(start, noun.end(), "bound_count", reason))
    taken = [(v.start, v.end) for v in verdicts if v.reason is None]
    has_noun = bool(verdicts)
    for candidate in find_elided(
        sentence, language, taken, has_noun or flight_context, bool(taken) or has_noun
    ):
        verdicts.append(CountVerdict(candidate.start, candidate.end, "elided", None))
    weighed = [(v.start, v.end) for v in verdicts]
    for token in NUMBER_TOKEN.finditer(sentence):
        if number_at(sentence, token, language) is None or any(s <= token.start() < e for s, e in weighed):
            continue
        verdicts.append(
            CountVerdict(
                token.start(), token.end(), "elided", "no flight noun, and no shape of a count without one"
            )
        )
    return sorted(verdicts, key=lambda v: v.start)


def weighed_sentences(body: str) -> list[tuple[int, int]]:
    """The sentences prose extraction reads: those of lines naming a flight noun, and the sentence after
    each."""
    return _candidate_sentences(body)


SENDER_NAMES = (
    *US_REMOVAL_AGENCY_NAMES,
    *US_REMOVAL_AGENCY_ACRONYMS,
    *(name for names in REMOVAL_AGENCIES.values() for name in names),
    *MULTI_SENDER_AGENCIES,
)
# "ICE has operated 1,200 removal flights", "Frontex supported 420 return flights": a sender, then its verb of
# running flights
SENDER_TALLY_RE = re.compile(
    rf"\b(?:{'|'.join(re.escape(name) for name in SENDER_NAMES)})\b[^.;,]{{0,30}}?"
    rf"\b(?:{SENDER_TALLY.alternation})\b",
    re.IGNORECASE,
)


def _with_context(mention: Mention, context: DocumentContext, counts_elsewhere: bool) -> Mention:
    """Fill the route a sentence omits from what the document implies; the headline's country is not that of
    a total when the story counts flights to other places too."""
    # a count whose sentence mixes senders keeps no origin
    if mention.origin_country is None and context.origin and mention.steps.get("origin") != "mixed":
        mention.origin_country, mention.steps["origin"] = context.origin, "context"
    # "to Cameroon ... returned to Louisiana": the way back is not a destination; and no removal flight lands
    # where it left
    mention.destination_countries = [d for d in mention.destination_countries if d != mention.origin_country]
    arrival = (
        context.dateline
        if ARRIVAL_HERE.found_in(lowercase(mention.evidence))
        or mention.status in (Status.CANCELLED, Status.DENIED)
        else None
    )
    # a sender's tally of the flights it runs is over every place it flies to
    several_places = (
        counts_elsewhere and GRAND_TOTAL.regex.search(mention.evidence) is not None
    ) or SENDER_TALLY_RE.search(mention.evidence) is not None
    default = context.home or (None if several_places else context.destination) or arrival
    region = REGION_DESTINATION.search(mention.evidence)
    over_parts = mention.steps.get("dest") == "over_parts"  # "31 flights, including 9 to Albania"
    if (
        not mention.destination_countries
        and default
        and default != mention.origin_country
        and not region
        and not over_parts
    ):
        mention.destination_countries, mention.steps["dest"] = [default], "context"
    return mention
