"""Property tests: any text goes through every transform without raising, and every span is its evidence."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.decode import decode_bytes
from transforms.document import clean_body, read_metadata
from transforms.mentions import find_mentions
from transforms.tables import find_flight_tables

VOCABULARY = [
    "Guatemala", "Honduras", "Perú", "EE.UU.", "U.S.", "Venezuelans", "vuelos", "vuelo", "flights", "flight", "two", "dos",
    "36", "1,250", "more than", "más de", "about", "landed in", "departed", "denied", "cancelled", "will", "from", "to",
    "–", "-", ":", "(", ")", "|", "•", "\n", "\n\n", ".", ",", "del 1 al 21 de enero", "on Friday", "its third", "a",
    "Recent Comments", "  • reader", "Total", "/", "y", "and", "each carrying 80 migrants", "0", "99999999",
]
documents = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=12)), max_size=60).map(" ".join)
dates = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents, published=dates, language=st.sampled_from(["en", "es", "pt", None]))
def test_extraction_never_raises_and_spans_are_exact(text: str, published: dt.date | None, language: str | None) -> None:
    body = clean_body(text)
    read_metadata(body)
    tables = find_flight_tables(body, language, published)
    for table in tables:
        assert body[table.char_start:table.char_end] == table.evidence
        for row in table.rows:
            assert body[row.char_start:row.char_end] == row.evidence
    spans = [{"char_start": t.char_start, "char_end": t.char_end} for t in tables]
    for mention in find_mentions(body, language, published, spans):
        assert body[mention.char_start:mention.char_end] == mention.evidence
        assert mention.flights >= 0


@settings(max_examples=150, deadline=None)
@given(raw=st.binary(max_size=2048))
def test_decoding_never_raises(raw: bytes) -> None:
    decoded = decode_bytes(raw, max_bytes=1024)
    assert (decoded.text is None) == (decoded.reason is not None)
