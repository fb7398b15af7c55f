"""Metadata that arrives with a document: what the crawler knew (address, time fetched, date, title, outlet).

It comes as a JSON sidecar (``wire.meta.json`` beside ``wire.txt``), as a row of a folder's
``manifest.csv`` or ``manifest.jsonl`` (``flows.resources`` reads those files), or as YAML front
matter at the head of a Markdown file (read here). Every form gives the same keys: ``url``,
``fetched_at``, ``published``, ``title``, ``publisher``. A value that cannot be read is left out with a
note, never guessed; the document is read all the same.

Precedence: a title or publisher supplied beside the text wins over what the extractor finds at its
head (the crawler read them from the page's own markup); a publication date stated in full in the
text wins over a supplied one, which wins over a date in the address's path (``/2024/03/05/``), and
``documents.published_date_source`` says which one was used.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

from transforms.dates import parse_date
from transforms.document import DocumentMeta
from transforms.domain import DateSource, Precision

KEYS = ("url", "fetched_at", "published", "title", "publisher")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER_CHARS = 20_000
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|[-_.]|$)")
URL_SCHEMES = ("http://", "https://")
MAX_TEXT_CHARS = 500


@dataclass(frozen=True)
class Supplied:
    """The metadata supplied with one document, each value checked, and notes on what was left out."""

    url: str | None = None
    fetched_at: dt.datetime | None = None
    published: dt.date | None = None
    title: str | None = None
    publisher: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


def _text(value: Any) -> str | None:
    return " ".join(str(value).split())[:MAX_TEXT_CHARS] or None if value not in (None, "") else None


def _timestamp(value: Any) -> dt.datetime:
    moment = (
        value
        if isinstance(value, dt.datetime)
        else dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    )
    return moment.astimezone(dt.UTC) if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        parsed = parse_date(text, None)
    if parsed is None:
        raise ValueError(f"no full date in {value!r}")
    return parsed


def read_supplied(mapping: dict[str, Any] | None, where: str) -> Supplied:
    """The known keys of ``mapping``, each checked; ``where`` names its file in the notes."""
    if not mapping:
        return Supplied()
    values: dict[str, Any] = {}
    # what flows.resources could not read
    notes: list[str] = [str(note) for note in mapping.get("_notes", [])]
    readers = {"fetched_at": _timestamp, "published": _day}
    for key in KEYS:
        raw = mapping.get(key)
        if raw in (None, ""):
            continue
        try:
            values[key] = readers[key](raw) if key in readers else _text(raw)
        except (ValueError, TypeError, OverflowError) as error:
            notes.append(f"supplied_value_ignored: {where}: {key} {str(raw)[:60]!r} ({error})")
    if values.get("url") and not str(values["url"]).lower().startswith(URL_SCHEMES):
        notes.append(
            f"supplied_value_ignored: {where}: url {values.pop('url')[:60]!r} is not an http(s) address"
        )
    return Supplied(**values, notes=tuple(notes))


def parse_supplied_json(text: str | None, where: str) -> Supplied:
    """The JSON object a sidecar or manifest row gives (as ``flows.resources`` passes it on), or nothing with
    a note."""
    if not text:
        return Supplied()
    try:
        mapping = json.loads(text)
    except json.JSONDecodeError as error:
        return Supplied(notes=(f"supplied_metadata_unreadable: {where}: {error.msg} at line {error.lineno}",))
    if not isinstance(mapping, dict):
        return Supplied(notes=(f"supplied_metadata_unreadable: {where}: not a JSON object",))
    return read_supplied(mapping, where)


def split_front_matter(text: str) -> tuple[Supplied, str]:
    """YAML front matter at the head of a Markdown text, read, and the text after it."""
    match = FRONT_MATTER.match(text[:MAX_FRONT_MATTER_CHARS])
    if match is None:
        return Supplied(), text
    try:
        mapping = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError as error:
        return Supplied(
            notes=(f"supplied_metadata_unreadable: front matter: {str(error).splitlines()[0]}",)
        ), text[match.end() :]
    if not isinstance(mapping, dict):
        return Supplied(), text  # '---' rules that hold no key: value pairs are the text's own
    return read_supplied(mapping, "front matter"), text[match.end() :]


def url_date(url: str | None) -> dt.date | None:
    """A date in an address's path ('/2024/03/05/', '/2024-03-05-'), if it is a real day."""
    match = URL_DATE.search(url or "")
    if match is None:
        return None
    try:
        return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def combine(meta: DocumentMeta, supplied: Supplied) -> DocumentMeta:
    """The document's metadata with what was supplied beside it, by the precedence in the module's
    docstring."""
    date, precision, source = (
        meta.published_date,
        meta.published_date_precision,
        DateSource.TEXT if meta.published_date else None,
    )
    if date is None and supplied.published is not None:
        date, precision, source = supplied.published, Precision.DAY, DateSource.SUPPLIED
    if date is None and (from_url := url_date(supplied.url)) is not None:
        date, precision, source = from_url, Precision.DAY, DateSource.URL
    return replace(
        meta,
        title=supplied.title or meta.title,
        publisher=supplied.publisher or meta.publisher,
        published_date=date,
        published_date_precision=precision,
        url=supplied.url or meta.url,
        fetched_at=supplied.fetched_at or meta.fetched_at,
        published_date_source=source if date is not None else None,
    )
