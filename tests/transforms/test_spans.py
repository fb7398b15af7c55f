"""Patterns searched a faster way answer as the plain search would: end-anchored ones from the last words, caseless ones in lowercase."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import transforms
from transforms import routes
from transforms.document import MAX_BLANK_RUN, clean_body
from transforms.spans import MAX_SENTENCE_CHARS, EndPattern, LowercasePattern, last_words_start, lines_containing, lowercase, sentences

T = TypeVar("T")


def _defined(kind: type[T]) -> dict[str, T]:
    """Every ``kind`` the transforms define, at module level or in a list of named patterns."""
    found: dict[str, T] = {}
    for module_info in pkgutil.walk_packages(transforms.__path__, "transforms."):
        module = importlib.import_module(module_info.name)
        where = module_info.name.removeprefix("transforms.")
        for name, value in vars(module).items():
            if isinstance(value, kind):
                found[f"{where}.{name}"] = value
            elif isinstance(value, list) and all(isinstance(item, tuple) and len(item) == 2 for item in value):
                found |= {f"{where}.{name}[{key}]": item for key, item in value if isinstance(item, kind)}
    return found


def _end_patterns() -> dict[str, EndPattern]:
    """Every EndPattern the transforms define and every language's route cues."""
    found = _defined(EndPattern)
    for cues in ("origin", "destination"):
        for language in ("en", "es", "pt", None):
            found[f"routes.{cues} cue {language}"] = routes._cue(cues, language)
    return found


END_PATTERNS = _end_patterns()
LOWERCASE_PATTERNS = _defined(LowercasePattern)
WORDS = st.lists(st.sampled_from(["de", "los", "to", "the", "10", "12,5", "vuelos", "from", "x", "-", "–", "a", "Texas,", "  ", "\n"]),
                 max_size=12).map(" ".join)


def _found(match: re.Match[str] | None) -> tuple | None:
    return (match.span(), match.groupdict()) if match else None


def test_the_patterns_bounded_by_words_are_all_found() -> None:
    assert {"mentions.counts.RANGE_BEFORE", "mentions.counts.QUALIFIER_RE", "routes.PICKUP_BEFORE", "routes.destination cue es"} <= set(END_PATTERNS)
    assert len(END_PATTERNS) > 35


@pytest.mark.parametrize("name", sorted(END_PATTERNS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_a_search_of_the_last_words_finds_the_match_of_a_whole_search(name: str, data: st.DataObject) -> None:
    pattern = END_PATTERNS[name]
    text = data.draw(WORDS) + data.draw(st.sampled_from(["", " ", "x", "10 "])) + data.draw(st.from_regex(pattern.regex))
    assert _found(pattern.search(text)) == _found(pattern.regex.search(text))


@pytest.mark.parametrize(("text", "words", "start"), [
    ("flights from 10 to", 3, 7), ("  10 to", 3, 0), ("10 to", 3, 0), ("", 3, 0), ("a b c d  ", 3, 1), ("a\tb\nc d", 2, 3),
])
def test_last_words_start(text: str, words: int, start: int) -> None:
    assert last_words_start(text, words) == start


def test_the_lowercase_patterns_are_all_found() -> None:
    assert {"mentions.status.TECHNICAL_TURNBACK", "mentions.status.FUTURE_TENSE", "mentions.status.STATUS_RES[denied]"} <= set(LOWERCASE_PATTERNS)


@pytest.mark.parametrize("name", sorted(LOWERCASE_PATTERNS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_lowercase_pattern_answers_as_its_ignorecase_twin(name: str, data: st.DataObject) -> None:
    pattern = LOWERCASE_PATTERNS[name]
    ignorecase = re.compile(pattern.regex.pattern, re.IGNORECASE)
    found = data.draw(st.from_regex(pattern.regex))
    flips = data.draw(st.lists(st.booleans(), min_size=len(found), max_size=len(found)))
    text = "".join(c.upper() if flip else c for c, flip in zip(found, flips, strict=True))
    text = data.draw(WORDS) + " " + text + data.draw(st.sampled_from(["", " ", ".", " LLEGARÁN"]))
    assert pattern.found_in(lowercase(text)) == bool(ignorecase.search(text))


def test_a_dotted_capital_i_lowers_to_one_letter() -> None:
    """``str.lower`` makes ``İ`` two characters: the pattern missed ``İará`` and a line's span moved by one."""
    assert lowercase("İARÁ, Iará") == "iará, iará"
    assert LOWERCASE_PATTERNS["mentions.status.FUTURE_TENSE"].found_in(lowercase(" İará"))
    text = "İzmir İİ\nDos vuelos llegaron"
    [(start, end)] = lines_containing(text, ("vuelo",))
    assert text[start:end] == "Dos vuelos llegaron"


def test_a_lowercase_pattern_refuses_an_uppercase_letter() -> None:
    assert LowercasePattern(r"\bvuelos?\W").found_in("dos vuelos.")
    with pytest.raises(ValueError, match="only lowercase"):
        LowercasePattern(r"\bEE\.UU\.")


def test_a_sentence_over_the_length_bound_is_cut_at_spaces_and_a_shorter_one_is_not() -> None:
    words = "vuelos deportados hacia Guatemala y Honduras " * 40  # about 1,800 characters and no sentence end
    pieces = sentences(words)
    assert len(pieces) > 1 and all(end - start <= MAX_SENTENCE_CHARS for start, end in pieces)
    assert all(words[end - 1] != " " and (end == len(words.rstrip()) or words[end] == " ") for _, end in pieces), "cut at spaces"
    short = "Two deportation flights landed in Guatemala on Friday, officials said, " * 8  # under the bound
    assert len(short.rstrip()) < MAX_SENTENCE_CHARS and sentences(short) == [(0, len(short.rstrip()))]


def test_a_long_run_of_blanks_is_cut_and_a_short_one_kept() -> None:
    assert clean_body("Guatemala" + " " * 500 + "36 vuelos") == "Guatemala" + " " * MAX_BLANK_RUN + "36 vuelos"
    aligned = "Honduras" + " " * 70 + "12"  # a column of a report converted from PDF
    assert clean_body(aligned) == aligned


@pytest.mark.parametrize("text", [
    "It rose 71 percent over last year.[1] In September the agency flew 187 flights.",
    "Subió 71 % respecto al año pasado.² En septiembre hubo 187 vuelos.",
])
def test_a_footnote_mark_after_a_sentence_ends_it(text: str) -> None:
    assert len(sentences(text)) == 2
