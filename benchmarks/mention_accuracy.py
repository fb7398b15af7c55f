"""Precision and recall of the prose extractor on the hand-labelled sentences in tests/.

Run: ``python benchmarks/mention_accuracy.py``. A claim matches when flights, qualifier, status,
origin and destinations all agree (strict) or when the flight count alone agrees (count).
"""

from __future__ import annotations

from collections import Counter

from benchmarks.mention_cases import ENGLISH, HELD_OUT_ENGLISH, HELD_OUT_SPANISH, SPANISH
from transforms.mentions import find_mentions

STRICT = ("flights", "qualifier", "status", "origin_country", "destination_countries")


def _key(claim: dict, fields: tuple[str, ...]) -> tuple:
    return tuple(tuple(sorted(claim[f])) if isinstance(claim[f], list) else claim[f] for f in fields)


def score(cases: list, language: str, fields: tuple[str, ...]) -> tuple[int, int, int]:
    """(true positives, extracted, expected) over a list of labelled sentences."""
    hits = extracted = expected_total = 0
    for sentence, published, expected in cases:
        found = Counter(_key(m.as_row(), fields) for m in find_mentions(sentence, language, published, tables=[]))
        wanted = Counter(_key(e, fields) for e in expected)
        hits += sum((found & wanted).values())
        extracted += sum(found.values())
        expected_total += sum(wanted.values())
    return hits, extracted, expected_total


def main() -> None:
    """Print precision and recall per set and language, strict and count-only."""
    sets = (("tuned", "en", ENGLISH), ("tuned", "es", SPANISH), ("held-out", "en", HELD_OUT_ENGLISH), ("held-out", "es", HELD_OUT_SPANISH))
    for label, language, cases in sets:
        for name, fields in (("strict", STRICT), ("count", ("flights",))):
            hits, extracted, expected = score(cases, language, fields)
            precision = hits / extracted if extracted else 1.0
            recall = hits / expected if expected else 1.0
            print(f"{label:8} {language} {name:6} sentences={len(cases)} claims={expected} extracted={extracted} "
                  f"precision={precision:.3f} recall={recall:.3f}")


if __name__ == "__main__":
    main()
