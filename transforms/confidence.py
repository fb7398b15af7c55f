"""A claim's confidence: the precision its path of steps was measured to have on a labelled corpus.

Every claim records the path of steps that produced it (``row/list/country/destination/adds_up``,
``total/intro/adds_up``, ``mention/bound/dest:clause/status:clause/origin:context``). ``flightwatch
evaluate --calibrate`` judges every claim of a labelled corpus right or wrong and counts, for every
prefix of every path, how many were judged and how many were right (``transforms/path_precision.py``,
versioned with the extractor). A path's confidence is its precision shrunk towards its parent's:

    confidence(path) = (right + PRIOR_WEIGHT × confidence(parent)) / (judged + PRIOR_WEIGHT)

so a path seen a handful of times says little more than the shorter path it extends, and a kind of
claim never judged gets ``FLOOR``. "0.9" means: of the claims with this path in the calibration
corpus, about nine in ten were right, after that shrinkage.
"""

from __future__ import annotations

from functools import lru_cache

from transforms import path_precision

PRIOR_WEIGHT = 5.0  # how many judged claims a path needs before its own precision outweighs its parent's
FLOOR = 0.5  # the confidence of a kind of claim the calibration corpus never judged
ROOT_OF_KIND = {"table_row": "row", "table_total": "total", "mention": "mention"}
Counts = dict[str, tuple[int, int]]


def prefixes(path: str) -> list[str]:
    """Every prefix of a path, shortest first: 'row', 'row/list', 'row/list/country', ..."""
    parts = path.split("/")
    return ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]


def path_confidence(path: str, judged: Counts) -> float:
    """The shrunk precision of ``path`` under ``judged`` (right, judged) counts per prefix, rounded to three
    places."""
    value = FLOOR
    for prefix in prefixes(path):
        right, seen = judged.get(prefix, (0, 0))
        value = (right + PRIOR_WEIGHT * value) / (seen + PRIOR_WEIGHT)
    return round(value, 3)


@lru_cache(maxsize=4096)
def confidence(path: str) -> float:
    """A path's confidence under the package's calibration (``transforms/path_precision.py``)."""
    return path_confidence(path, path_precision.JUDGED)


def claim_path(kind: str, path: str | None) -> str:
    """The path a claim is judged by: its own, or its kind alone when it was extracted before paths were
    kept."""
    return path or ROOT_OF_KIND[kind]
