"""Main article text and metadata of an HTML page, through trafilatura (no network, comments excluded)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

HTML_SUFFIXES = (".html", ".htm")


@dataclass(frozen=True)
class HtmlArticle:
    """What trafilatura finds in a page; any field may be missing."""

    text: str
    title: str | None
    publisher: str | None
    published_date: dt.date | None


def is_html(source_uri: str) -> bool:
    """Whether a source file is read as HTML."""
    return source_uri.lower().endswith(HTML_SUFFIXES)


def html_article(html: str) -> HtmlArticle | None:
    """The page's main text, title, site name and stated date; None when it has no main text."""
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None or not (found.text or "").strip():
        return None
    published = None
    if found.date:
        try:
            published = dt.date.fromisoformat(found.date[:10])
        except ValueError:
            published = None
    return HtmlArticle(text=found.text, title=found.title or None, publisher=found.sitename or None, published_date=published)
