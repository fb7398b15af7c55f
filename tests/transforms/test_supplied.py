"""Metadata supplied beside a document: read, checked, and combined with what the text says by a fixed precedence."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms.document import DocumentMeta
from transforms.domain import DateSource
from transforms.supplied import Supplied, combine, parse_supplied_json, read_supplied, split_front_matter, url_date

TEXT_META = DocumentMeta(title="Headline at the head", publisher=None, language="en", published_date=None, published_date_precision=None,
                         dateline_text=None)


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example/2024/03/05/flights-land/", dt.date(2024, 3, 5)),
    ("https://news.example/world/2024-03-05-flights-land.html", dt.date(2024, 3, 5)),
    ("https://noticias.example/2025/1/9/vuelos", dt.date(2025, 1, 9)),
    ("https://news.example/2024/02/30/no-such-day/", None),
    ("https://news.example/story/12345/", None),
    (None, None),
])
def test_a_date_in_an_address_path(url: str | None, day: dt.date | None) -> None:
    assert url_date(url) == day


def test_front_matter_is_read_and_cut_from_the_text() -> None:
    text = "---\nurl: https://example.org/a\nfetched_at: 2025-03-06T04:00:00Z\npublished: 2025-03-05\ntitle: Dois voos\n---\n# Dois voos\nCorpo.\n"
    supplied, rest = split_front_matter(text)
    assert rest == "# Dois voos\nCorpo.\n"
    assert (supplied.url, supplied.published, supplied.title) == ("https://example.org/a", dt.date(2025, 3, 5), "Dois voos")
    assert supplied.fetched_at == dt.datetime(2025, 3, 6, 4, tzinfo=dt.UTC)


@pytest.mark.parametrize("text", ["---\n\n---\nA rule, then text.\n", "No front matter.\n---\nkey: value\n---\n"])
def test_rules_that_are_no_front_matter_stay_text(text: str) -> None:
    supplied, rest = split_front_matter(text)
    assert supplied == Supplied() and rest == text


def test_a_value_that_cannot_be_read_is_left_out_with_a_note_and_the_rest_is_kept() -> None:
    supplied = read_supplied({"url": "ftp://example.org/x", "published": "someday", "fetched_at": "yesterday", "title": "Kept"}, "x.meta.json")
    assert (supplied.url, supplied.published, supplied.fetched_at, supplied.title) == (None, None, None, "Kept")
    assert len(supplied.notes) == 3 and all(note.startswith("supplied_value_ignored: x.meta.json") for note in supplied.notes)
    broken = parse_supplied_json("{not json", "sidecar")
    assert broken.notes and broken.notes[0].startswith("supplied_metadata_unreadable: sidecar")


def test_the_text_date_wins_then_the_supplied_date_then_the_address() -> None:
    dated = DocumentMeta(**{**TEXT_META.__dict__, "published_date": dt.date(2025, 1, 2), "published_date_precision": "day"})
    supplied = Supplied(url="https://example.org/2025/01/03/x", published=dt.date(2025, 1, 4), title="From the page", publisher="Outlet")
    assert (combine(dated, supplied).published_date, combine(dated, supplied).published_date_source) == (dt.date(2025, 1, 2), DateSource.TEXT)
    undated = combine(TEXT_META, supplied)
    assert (undated.published_date, undated.published_date_source) == (dt.date(2025, 1, 4), DateSource.SUPPLIED)
    from_url = combine(TEXT_META, Supplied(url="https://example.org/2025/01/03/x"))
    assert (from_url.published_date, from_url.published_date_source, from_url.url) == (dt.date(2025, 1, 3), DateSource.URL,
                                                                                     "https://example.org/2025/01/03/x")
    assert (undated.title, undated.publisher) == ("From the page", "Outlet"), "a supplied title and outlet win over the text's guess"
    assert combine(TEXT_META, Supplied()).published_date_source is None
