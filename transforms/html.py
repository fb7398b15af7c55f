"""Main article text and metadata of an HTML page, through trafilatura (no network, comments excluded)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from html import unescape

import lxml.html
import trafilatura
from lxml import etree

from transforms.vocabulary import COMMENT_CONTAINER_RE, COMMENT_HEADING_RE

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


# an embedded social-media post ("Hoy llegaron 5 vuelos" in a quoted tweet) is not the article's text
EMBEDDED_POST_RE = re.compile(
    r"\b(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|fb-video|bluesky-embed|"
    r"threads-post|social-embed|embedded-post)\b",
    re.IGNORECASE,
)


def _without_comments(html: str) -> str:
    """The page without its comment threads (containers named for comments in any language, or opened by a
    comments heading) and without embedded social-media posts."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return html
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body", "article", "main"):
            continue
        names = f"{element.get('id', '')} {element.get('class', '')}"
        heading = next(
            (h for h in element.iter("h1", "h2", "h3", "h4", "h5", "h6") if h is not element), None
        )
        opened_by_heading = (
            element.tag in ("section", "div", "aside", "ol", "ul")
            and heading is not None
            and bool(COMMENT_HEADING_RE.match(heading.text_content().strip()))
            and next(element.iter("article"), None) is None
        )
        if COMMENT_CONTAINER_RE.search(names) or opened_by_heading or EMBEDDED_POST_RE.search(names):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode")


def visible_text(html: str) -> str:
    """What a reader of the page sees, block by block on lines of its own: no markup, scripts or styles
    (nothing for a page the parser cannot read)."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for element in list(tree.iter("script", "style", "head", "noscript", "template")):
        if element.getparent() is not None:
            element.drop_tree()
    for block in tree.iter(*BLOCK_TAGS):
        block.tail = f"\n{block.tail or ''}"
    return tree.text_content()


BLOCK_TAGS = (
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "figcaption",
    "section",
    "aside",
    "br",
)


def html_article(html: str) -> HtmlArticle | None:
    """The page's main text, title, site name and stated date; None when it has no main text."""
    found = trafilatura.bare_extraction(
        _without_comments(html),
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None or isinstance(found, dict) or not (found.text or "").strip():
        return None
    published = None
    if found.date:
        try:
            published = dt.date.fromisoformat(found.date[:10])
        except ValueError:
            published = None
    title = _full_headline(html, found.title)
    return HtmlArticle(
        text=found.text or "",
        title=title,
        publisher=found.sitename or _site_in_title(html, title),
        published_date=published,
    )


HEADLINE_ELEMENT = re.compile(r"<h1[^>]*>(?P<text>[^<]{1,400})</h1>", re.IGNORECASE)


def _full_headline(html: str, meta_title: str | None) -> str | None:
    """The page's own headline (its ``<h1>``) where the title its metadata gives is a shortened start of it
    ("627 vuelos de deportados desde EE. UU." above "..., la cifra más alta en una década")."""
    element = HEADLINE_ELEMENT.search(html)
    if not element or not meta_title:
        return meta_title or None
    headline = " ".join(unescape(element.group("text")).split())
    shown = " ".join(meta_title.split())
    return (
        headline
        if len(headline) > len(shown) and headline.casefold().startswith(shown.casefold())
        else meta_title
    )


TITLE_ELEMENT = re.compile(r"<title[^>]*>(?P<text>[^<]{1,300})</title>", re.IGNORECASE)
TITLE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")
MAX_SITE_NAME_WORDS = 6
MIN_TITLE_PARTS = 2  # a headline and a name


def _site_in_title(html: str, headline: str | None) -> str | None:
    """The site's name a page's ``<title>`` sets beside its headline: "Two flights land - The Valley Herald",
    "El Heraldo | Llegan dos vuelos"."""
    element = TITLE_ELEMENT.search(html)
    if not element or not headline:
        return None
    parts = TITLE_SEPARATOR.split(unescape(element.group("text")).strip())
    if len(parts) < MIN_TITLE_PARTS:
        return None
    wanted = headline.strip().casefold()
    for site, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        joined = " - ".join(rest).casefold()
        if (joined == wanted or wanted.startswith(joined)) and 0 < len(site.split()) <= MAX_SITE_NAME_WORDS:
            return site.strip()
    return None
