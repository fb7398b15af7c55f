"""Cues: the words and patterns the extractor decides by, each named, per language, with its examples beside
it.

A cue is data, not a rule language: a name, the decision it feeds, its words (regular-expression fragments,
one alternative each) per language, and sentences written for it that show each word at work
(``examples``) and near misses it must not fire on (``not_examples``). The decisions stay in Python and
refer to cues by name. ``tests/transforms/test_cues.py`` runs every cue on its examples and fails a cue,
a word or a language without one, so a linguist can extend a list here and see at once what it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Decision(StrEnum):
    """What a cue helps decide."""

    COUNT = "count"
    ELISION = "elision"
    TRAP = "trap"
    QUALIFIER = "qualifier"
    STATUS = "status"
    ROUTE = "route"
    PASSENGERS = "passengers"
    PERIOD = "period"
    LIST_LINE = "list_line"
    LIST_ORIENTATION = "list_orientation"
    BOILERPLATE = "boilerplate"
    METADATA = "metadata"


Texts = dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Cue:
    """A named set of words per language (``en``, ``es``, ``pt``) feeding one decision, with examples and near
    misses."""

    name: str
    decision: Decision
    words: Texts
    examples: Texts
    not_examples: Texts = field(default_factory=dict)

    @cached_property
    def alternation(self) -> str:
        """Every word of every language as one regular-expression alternation (group it before use)."""
        return "|".join(word for language in self.words for word in self.words[language])

    @cached_property
    def verbose_alternation(self) -> str:
        """The alternation for a pattern in verbose mode: its spaces and ``#`` escaped, which verbose mode
        would otherwise drop or read as a comment."""
        return re.sub(r"(?<!\\)([ #])", r"\\\1", self.alternation)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The cue as a case-insensitive search for any of its words, on word boundaries."""
        return re.compile(rf"\b(?:{self.alternation})\b", re.IGNORECASE)

    def gaps(self) -> list[str]:
        """What lacks an example: a language with words and no example, a word no example of its language
        holds."""
        found = []
        for language, words in self.words.items():
            examples = self.examples.get(language, ())
            if not examples:
                found.append(f"{self.name}: no {language} example")
            found += [
                f"{self.name}: {language} word {word!r} in no example"
                for word in words
                if not any(re.search(rf"\b(?:{word})\b", text, re.IGNORECASE) for text in examples)
            ]
        found += [
            f"{self.name}: examples in {language}, which it has no words for"
            for language in self.examples
            if language not in self.words
        ]
        return found
