"""Every cue does what its examples say, in every language it claims, and every word of it has an example."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

from transforms.context import flight_routes, read_context
from transforms.cues import Cue, Decision
from transforms.cues.registry import ALL_CUES
from transforms.document import clean_body
from transforms.domain import Status
from transforms.mentions import find_mentions, status_of
from transforms.places import find_places
from transforms.routes import sentence_route
from transforms.spans import lines_containing
from transforms.tables import find_flight_tables, is_people, parse_line
from transforms.vocabulary import FLIGHT_STEMS

PUBLISHED = dt.date(2025, 8, 1)
ARTICLE_ABOVE = "Guatemala received 12 removal flights in July, the agency said."


def _list_status(intro: str, language: str) -> str | None:
    """The status of a two-line flight list under ``intro``."""
    tables = find_flight_tables(f"{intro}\n\n- Guatemala: 5\n- Honduras: 3\n", language, PUBLISHED)
    return tables[0].status if tables else None


def _to_a_region(sentence: str, language: str) -> bool:
    """Counts were taken and none names a country: they went to a region."""
    found = find_mentions(sentence, language, PUBLISHED, tables=[])
    return bool(found) and not any(m.destination_countries for m in found)


def _one_flight_to_each(sentence: str, language: str) -> bool:
    mentions = find_mentions(sentence, language, PUBLISHED, tables=[])
    return len(mentions) > 1 and all(m.flights == 1 and len(m.destination_countries) == 1 for m in mentions)


def _one_place_each(sentence: str, language: str) -> bool:
    mentions = find_mentions(sentence, language, PUBLISHED, tables=[])
    return len(mentions) > 1 and all(len(m.destination_countries) == 1 for m in mentions)


def _running_total(sentence: str, language: str, ends_on_a_day: bool) -> bool:
    mentions = find_mentions(sentence, language, PUBLISHED, tables=[])
    total = max(mentions, key=lambda m: m.flights, default=None)  # the running total, beside this week's few
    if total is None or total.period_start is None:
        return False
    start, end = total.period_start, total.period_end
    from_new_year = (start.month, start.day) == (1, 1)
    return from_new_year and (end is not None and (end.month, end.day) != (12, 31) if ends_on_a_day else end is None)


def _record_start_left_out(sentence: str, language: str) -> bool:
    """The sentence counts flights, and none of its counts is dated from the record's start in 2019."""
    mentions = find_mentions(sentence, language, PUBLISHED, tables=[])
    return bool(mentions) and all(m.period_start is None or m.period_start.year != 2019 for m in mentions)


# a headline about one country over a story that counts flights to two others
STORY_OF_SEVERAL_PLACES = {
    "en": "Removal flights to Mexico rise\n\nGuatemala received 45 removal flights and Honduras 38.",
    "es": "Suben los vuelos a México\n\nGuatemala recibió 45 vuelos y Honduras 38.",
    "pt": "Sobem os voos para o México\n\nA Guatemala recebeu 45 voos e Honduras 38.",
}
# a headline and a story about one flight to one country
STORY_OF_ONE_PLACE = {
    "en": "Deportation flight lands in Guatemala\n\nA deportation flight landed in Guatemala City on Monday.",
    "es": "Llega a Guatemala un vuelo de deportación\n\nUn vuelo de deportación aterrizó en Guatemala el lunes.",
    "pt": "Chega à Guatemala um voo de deportação\n\nUm voo de deportação pousou na Guatemala na segunda-feira.",
}


def _mentions_after(story: str, sentence: str, language: str) -> list:
    """The counts of a story with the sentence added at its end, read with the story's context."""
    body = f"{story}\n\n{sentence}"
    return find_mentions(body, language, PUBLISHED, tables=[],
                         context=read_context(body, body.split("\n", 1)[0], flight_routes(body, language)))


def _over_every_place(sentence: str, language: str) -> bool:
    """The sentence's count, ending a story of several places under a one-country headline, names no place."""
    return _mentions_after(STORY_OF_SEVERAL_PLACES[language], sentence, language)[-1].destination_countries == []


def _over_every_place_it_flies_to(sentence: str, language: str) -> bool:
    """A sender's tally after a story of one flight to one country names no place (not the story's)."""
    found = _mentions_after(STORY_OF_ONE_PLACE[language], sentence, language)
    return len(found) == 2 and found[-1].destination_countries == []


def _paid_for_by_neither_end(cue: Cue, sentence: str, language: str) -> bool:
    """The country named after who paid for the flights is neither where they left from nor where they went."""
    paid = cue.regex.search(sentence)
    if paid is None:
        return False
    route = sentence_route(sentence, language)
    payer = {place.country for place in find_places(sentence[paid.end():])}
    return bool(route.destinations) and route.origin not in payer and not payer & set(route.destinations)


def _qualifiers(sentence: str, language: str) -> set[str]:
    return {mention.qualifier for mention in find_mentions(sentence, language, PUBLISHED, tables=[])}


# what it means for a cue of each decision to hold in a sentence: the extractor's own decision, not a regex
HOLDS: dict[Decision, Callable[[Cue, str, str], bool]] = {
    Decision.QUALIFIER: lambda cue, sentence, language: cue.name in _qualifiers(sentence, language),
    Decision.STATUS: lambda cue, sentence, language: (
        _list_status(sentence, language) == Status.PLANNED if cue.name == "planned_list"
        # a present-tense arrival holds when the day it names is still to come in the week of publication
        else find_mentions(sentence, language, PUBLISHED, tables=[])[-1].status == Status.PLANNED if cue.name == "present_movement"
        else status_of(sentence) == Status.PLANNED if cue.name == "headline_future"
        else status_of(sentence) == cue.name),
    # a count cue holds when the sentence gives a count of flights
    # (next_one: the count of the sentence after the one that counts a flight)
    Decision.COUNT: lambda cue, sentence, language: len(find_mentions(sentence, language, PUBLISHED, tables=[])) > (
        1 if cue.name == "next_one" else 0),
    # an elision cue holds when the sentence's last number is taken as a count of flights (first_of_them: one
    # flight is counted, and no more)
    Decision.ELISION: lambda cue, sentence, language: (
        [m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [1]
        if cue.name == "first_of_them"
        else int(re.findall(r"\d+", sentence)[-1]) in {
            m.flights for m in find_mentions(sentence, language, PUBLISHED, tables=[])}),
    # a route cue holds when the sentence routes its flights from a place (origin) or to one (the others)
    # (a charterer is the origin; a government spoken to is no origin; a share's place is not the whole's; who paid
    # is neither end)
    Decision.ROUTE: lambda cue, sentence, language: (
        _to_a_region(sentence, language) if cue.name == "region"
        else sentence_route(sentence, language).origin is None if cue.name == "addressed"
        else find_mentions(sentence, language, PUBLISHED, tables=[])[-1].origin_country == "MX" if cue.name == "continuation"
        else find_mentions(sentence, language, PUBLISHED, tables=[])[-1].destination_countries == ["GT"] if cue.name == "with_these"
        else _one_flight_to_each(sentence, language) if cue.name == "one_each"
        else _one_place_each(sentence, language) if cue.name == "respectively"
        else _over_every_place(sentence, language) if cue.name == "grand_total"
        else find_mentions(sentence, language, PUBLISHED, tables=[])[-1].destination_countries == [] if cue.name == "share"
        else _paid_for_by_neither_end(cue, sentence, language) if cue.name == "funder"
        else _over_every_place_it_flies_to(sentence, language) if cue.name == "sender_tally"
        else bool(sentence_route(sentence, language).origin) if cue.name in ("origin", "charterer", "deported_from")
        else bool(sentence_route(sentence, language).destinations)
    ),
    # a list-line cue holds when the line, parsed as a list line, is left out of the rows (or, for a unit, counts people)
    Decision.LIST_LINE: lambda cue, line, _language: bool(
        (parsed := parse_line(line, 0)) and (is_people(parsed) if cue.name == "people_unit" else parsed.excluded)),
    # a boilerplate cue holds when the line is cut from the article it ends
    Decision.BOILERPLATE: lambda _cue, line, _language: line not in clean_body(f"{ARTICLE_ABOVE}\n\n{line}\n"),
    # a period cue holds when the sentence's count is a running total from 1 January (to the day stated, for as_of;
    # record: the count's period does not start at the record's "since 2019")
    Decision.PERIOD: lambda cue, sentence, language: (
        _record_start_left_out(sentence, language) if cue.name == "record"
        else _running_total(sentence, language, ends_on_a_day=cue.name == "as_of")),
    # a trap holds when the sentence's count of flights is not taken
    Decision.TRAP: lambda _cue, sentence, language: not find_mentions(sentence, language, PUBLISHED, tables=[]),
}


def _cases(attribute: str) -> list:
    return [pytest.param(cue, language, text, id=f"{cue.name}-{language}-{index}")
            for cue in ALL_CUES for language, texts in getattr(cue, attribute).items() for index, text in enumerate(texts)]


def test_every_cue_every_word_and_every_language_has_an_example() -> None:
    gaps = [gap for cue in ALL_CUES for gap in cue.gaps()]
    assert not gaps, "\n".join(gaps)


def test_cue_names_are_unique_within_a_decision() -> None:
    keys = [(cue.decision, cue.name) for cue in ALL_CUES]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(("cue", "language", "sentence"), _cases("examples"))
def test_a_cue_holds_on_its_examples(cue: Cue, language: str, sentence: str) -> None:
    assert cue.regex.search(sentence), "the example holds none of the cue's words"
    assert HOLDS[cue.decision](cue, sentence, language)


@pytest.mark.parametrize(("cue", "language", "sentence"), _cases("not_examples"))
def test_a_cue_does_not_hold_on_its_near_misses(cue: Cue, language: str, sentence: str) -> None:
    assert not HOLDS[cue.decision](cue, sentence, language)


@pytest.mark.parametrize("cue", [cue for cue in ALL_CUES if cue.decision == Decision.COUNT], ids=lambda cue: cue.name)
def test_the_cheap_flight_noun_test_lets_every_count_example_through(cue: Cue) -> None:
    """FLIGHT_STEMS skips a document with none of them: a noun added to a count cue needs its stem there too."""
    for sentence in (text for texts in cue.examples.values() for text in texts):
        assert lines_containing(sentence, FLIGHT_STEMS), sentence
