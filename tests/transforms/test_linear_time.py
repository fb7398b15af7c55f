"""Extraction takes time linear in a document's size, whatever its shape: a property test on pathological text.

The pieces are the shapes that once cost the square of their length (long runs of blanks before a count,
a flight noun repeated with no sentence end, a count before every noun, one sentence restated thousands of
times). The property compares the time of a text with the time of the same text four times over; a quadratic
rule makes that ratio about 16, a linear one about 4. The ratio is read off the best of three timings.
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.extract import article_text, document_rows

PIECES = [
    "Guatemala" + " " * 300 + "36 vuelos ",
    "vuelos ",
    "flights ",
    "{n} flights ",
    "{n} ",
    "Two deportation flights landed in Honduras on Friday. ",
    "más de {n} vuelos de deportación a Guatemala, ",
    " | ",
    "\n",
    "El Salvador, Honduras, Guatemala and Mexico ",
    "1,234,567 ",
    "- Guatemala (6)\n",
]
REPEATS = 4
ALLOWED_RATIO = 9.0  # 4 for linear work; 16 for quadratic
BASE_CHARS = 6000


def _extract(text: str) -> None:
    body, meta = article_text("text", text)
    document_rows("0" * 64, body, meta)


def _best_time(text: str) -> float:
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        _extract(text)
        timings.append(time.perf_counter() - started)
    return min(timings)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4), st.integers(min_value=0, max_value=999))
def test_extraction_time_grows_linearly_with_the_text(pieces: list[str], number: int) -> None:
    unit = "".join(piece.format(n=number + i) for i, piece in enumerate(pieces))
    text = unit * max(1, BASE_CHARS // len(unit))
    _extract("Two flights landed in Guatemala on Monday, 4 March 2024.")  # word lists and models loaded before timing
    small, large = _best_time(text), _best_time(text * REPEATS)
    assert large <= ALLOWED_RATIO * small + 0.05, f"{len(text)} chars: {small:.3f} s; {REPEATS}x: {large:.3f} s ({pieces})"
