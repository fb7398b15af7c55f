"""Searching an end-anchored pattern from where the last few words of a text begin finds what a search of the whole text finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms import mentions, routes
from transforms.spans import last_words_start

# Every pattern searched from last_words_start, with the number of words it is searched over.
BOUNDED_PATTERNS = {
    "range": (mentions.RANGE_BEFORE, mentions.RANGE_WORDS),
    "listed place": (routes.LISTED_PLACE_BEFORE, routes.CUE_WORDS),
    "actor": (routes.ACTOR_BEFORE, routes.CUE_WORDS),
    "actor noun": (routes.ACTOR_NOUN_BEFORE, routes.CUE_WORDS),
    "distance": (routes.DISTANCE_BEFORE, routes.CUE_WORDS),
    "diplomat": (routes.DIPLOMAT_BEFORE, routes.CUE_WORDS),
    "flight of place": (routes.FLIGHT_OF_PLACE, routes.CUE_WORDS),
    "departure": (routes.DEPARTURE_BEFORE, routes.CUE_WORDS),
    "deportees": (routes.DEPORTEES_BEFORE, routes.CUE_WORDS),
    "flight adjective": (routes.FLIGHT_ADJECTIVE_BEFORE, routes.CUE_WORDS),
    "of": (routes.OF_BEFORE, routes.CUE_WORDS),
    "locative": (routes.LOCATIVE_BEFORE, routes.CUE_WORDS),
    "airport": (routes.AIRPORT_BEFORE, routes.CUE_WORDS),
    "pickup": (routes.PICKUP_BEFORE, routes.PICKUP_WORDS),
    **{f"{cues} cue {language}": (routes._cue(cues, language), routes.CUE_WORDS)
       for cues in ("origin", "destination") for language in ("en", "es", "pt", None)},
}
WORDS = st.lists(st.sampled_from(["de", "los", "to", "the", "10", "12,5", "vuelos", "from", "x", "-", "–", "a", "Texas,", "  ", "\n"]),
                 max_size=12).map(" ".join)


def _found(match: re.Match[str] | None) -> tuple | None:
    return (match.span(), match.groupdict()) if match else None


@pytest.mark.parametrize("name", sorted(BOUNDED_PATTERNS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_bounded_search_finds_the_match_of_a_whole_search(name: str, data: st.DataObject) -> None:
    pattern, words = BOUNDED_PATTERNS[name]
    text = data.draw(WORDS) + data.draw(st.sampled_from(["", " ", "x", "10 "])) + data.draw(st.from_regex(pattern))
    assert _found(pattern.search(text, last_words_start(text, words))) == _found(pattern.search(text))


@pytest.mark.parametrize(("text", "words", "start"), [
    ("flights from 10 to", 3, 7), ("  10 to", 3, 0), ("10 to", 3, 0), ("", 3, 0), ("a b c d  ", 3, 1), ("a\tb\nc d", 2, 3),
])
def test_last_words_start(text: str, words: int, start: int) -> None:
    assert last_words_start(text, words) == start
