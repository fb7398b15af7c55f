"""Turn a batch of raw documents into the warehouse's frames, one pure function per batch.

Input is a polars frame of files (``source_uri``, ``doc_id``, ``n_bytes``, ``raw``, ``format``); output is
one typed frame per warehouse table. A document that cannot be decoded goes to quarantine; a
document whose extraction raises goes to quarantine too, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

import polars as pl

from transforms.context import flight_routes, read_context
from transforms.dates import dateline_reference
from transforms.decode import DEFAULT_MAX_BYTES, decode_bytes
from transforms.document import DocumentMeta, clean_body, copyright_holder, read_metadata
from transforms.domain import InputFormat, Precision, QuarantineReason
from transforms.flight_logs import find_flight_logs
from transforms.html import html_article, is_html, visible_text
from transforms.mentions import find_mentions
from transforms.spans import lines_containing
from transforms.supplied import KEYS, Supplied, combine, parse_supplied_json, split_front_matter
from transforms.tables import FlightList, find_flight_tables
from transforms.vocabulary import FLIGHT_STEMS, LANGUAGES

# 2.3.0: logs of individual flights, tables keyed by their first column and plain pipe tables, lists that add
# up to a count above, removal agencies beyond the US, boilerplate of real pages, and the shapes of
# tests/transforms/test_shapes.py
# 2.4.0: every row, total and mention records the path of steps that produced it (transforms.confidence)
# 2.5.0: prose as a package of decisions; tables in columns, by month, on one line and headed by origin;
# senders from datelines, charterers and a count's own phrase; completed by default; the shapes of
# tests/transforms/test_shapes.py
# 2.8.0: the shapes of the prose, list and table tests added with it (round amounts, parts "of them",
# counts "each", senders that fetch, headlines in the present, tables by year or month, route arrows,
# semicolon items)
EXTRACTOR_VERSION = "2.78.0"
PROSE_LANGUAGES = LANGUAGES
# supplied: the JSON object of metadata that came with the file (transforms.supplied), or null
RAW_COLUMNS = {
    "source_uri": pl.String,
    "doc_id": pl.String,
    "n_bytes": pl.Int64,
    "raw": pl.Binary,
    "format": pl.String,
    "supplied": pl.String,
}
TEXT, HTML = InputFormat.TEXT, InputFormat.HTML
MARKDOWN_SUFFIXES = (".md", ".markdown")
STORED_TEXT = "stored_text"


@dataclass(frozen=True)
class Extraction:
    """The frames one batch produces, named as the warehouse tables they load into."""

    documents: pl.DataFrame
    flight_tables: pl.DataFrame
    flight_table_rows: pl.DataFrame
    flight_table_totals: pl.DataFrame
    flight_mentions: pl.DataFrame
    quarantine: pl.DataFrame
    document_sources: pl.DataFrame

    def frames(self) -> dict[str, pl.DataFrame]:
        """Table name to frame."""
        return {
            "documents": self.documents,
            "flight_tables": self.flight_tables,
            "flight_table_rows": self.flight_table_rows,
            "flight_table_totals": self.flight_table_totals,
            "flight_mentions": self.flight_mentions,
            "quarantine": self.quarantine,
            "document_sources": self.document_sources,
        }


def input_format(source_uri: str) -> str:
    """How a source file is read: as HTML or as plain text."""
    return HTML if is_html(source_uri) else TEXT


def article_text(input_format: str, text: str, kept: DocumentMeta | None = None) -> tuple[str, DocumentMeta]:
    """Article text and metadata; an HTML page's own title, site name and date win over the text's.

    Stored article text (a document loaded before its bytes were kept) is already clean: its
    metadata is the one stored with it, which the text alone may no longer give.
    """
    if input_format == STORED_TEXT:
        return text, kept or read_metadata(text)
    if input_format != HTML:
        body = clean_body(text)
        return body, read_metadata(body, text)
    page = html_article(text)
    body = clean_body(page.text) if page else ""
    meta = read_metadata(body, page.text if page else None)
    if page is None:
        return body, meta
    return body, DocumentMeta(
        title=page.title or meta.title,
        # the page's footer, which its main text leaves out, may name who holds its copyright
        publisher=page.publisher or meta.publisher or copyright_holder(visible_text(text).rstrip()),
        language=meta.language,
        published_date=page.published_date or meta.published_date,
        published_date_precision=Precision.DAY if page.published_date else meta.published_date_precision,
        dateline_text=meta.dateline_text,
    )


def kept_metadata(stored: pl.DataFrame) -> dict[str, DocumentMeta]:
    """Stored metadata of the documents to be re-extracted from stored text, by doc_id."""
    rows = stored.filter(pl.col("format") == STORED_TEXT)
    return {
        row["doc_id"]: DocumentMeta(
            title=row["title"],
            publisher=row["publisher"],
            language=row["language"],
            published_date=row["published_date"],
            published_date_precision=row["published_date_precision"],
            dateline_text=row["dateline_text"],
            url=row["url"],
            fetched_at=row["fetched_at"],
            published_date_source=row["published_date_source"],
        )
        for row in rows.iter_rows(named=True)
    }


def _table_records(
    doc_id: str, tables: list[FlightList]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """flight_tables, flight_table_rows and flight_table_totals records of a document's lists.

    Sibling breakdowns of one total record that total once, on the first of them.
    """
    table_records: list[dict[str, Any]] = []
    row_records: list[dict[str, Any]] = []
    total_records: list[dict[str, Any]] = []
    ids = [f"{doc_id}#t{number}" for number in range(1, len(tables) + 1)]
    siblings = Counter(table.total_group for table in tables)
    for table_id, table in zip(ids, tables, strict=True):
        agreement = _agreement(table)
        table_records.append(
            {
                "table_id": table_id,
                "doc_id": doc_id,
                "origin_country": table.origin_country,
                "destination_country": table.destination_country,
                "row_role": table.row_role,
                "period_start": table.period.start if table.period else None,
                "period_end": table.period.end if table.period else None,
                "period_precision": table.period.precision if table.period else None,
                "stated_total": table.stated_total,
                "rows_total": sum(r.flights for r in table.rows),
                "n_rows": len(table.rows),
                "intro_text": table.intro_text,
                "evidence": table.evidence,
                "char_start": table.char_start,
                "char_end": table.char_end,
                "extractor_version": EXTRACTOR_VERSION,
                "breakdown": table.breakdown,
                "status": table.status,
                "total_group": ids[table.total_group] if siblings[table.total_group] > 1 else None,
            }
        )
        if ids[table.total_group] == table_id:
            for number, total in enumerate(table.totals, start=1):
                total_records.append(
                    {
                        "table_id": table_id,
                        "total_number": number,
                        "doc_id": doc_id,
                        "origin_country": total.origin_country,
                        "flights": total.flights,
                        "evidence": total.evidence,
                        "char_start": total.char_start,
                        "char_end": total.char_end,
                        "path": f"total/{total.found_by}/{agreement}",
                    }
                )
        for row_number, row in enumerate(table.rows, start=1):
            row_records.append(
                {
                    "table_id": table_id,
                    "row_number": row_number,
                    "doc_id": doc_id,
                    "label": row.label,
                    "countries": row.countries,
                    "flights": row.flights,
                    "evidence": row.evidence,
                    "char_start": row.char_start,
                    "char_end": row.char_end,
                    "breakdown": table.breakdown,
                    "origin_country": row.origin_country,
                    "destination_countries": row.destination_countries,
                    "status": row.status,
                    "period_start": row.period_start,
                    "period_end": row.period_end,
                    "path": f"row/{table.shape}/{table.breakdown}/{table.row_role}/{agreement}",
                }
            )
    return table_records, row_records, total_records


def _agreement(table: FlightList) -> str:
    """Whether a list's lines add up to the total stated for it: the part of a list's path that says most
    about it."""
    if table.stated_total is None:
        return "no_total"
    return "adds_up" if table.stated_total == sum(row.flights for row in table.rows) else "differs"


def document_rows(doc_id: str, body: str, meta: DocumentMeta) -> tuple[list, list, list, list]:
    """Table, table-row, table-total and mention records of one document's article text.

    The document is read before its sentences: its context (sender, receiving country) fills
    what lists and sentences omit, and the origins its lists name refine that context for prose.
    """
    language, published = meta.language, meta.published_date
    # no flight noun anywhere: no list and no count can be about flights
    if not lines_containing(body, FLIGHT_STEMS):
        return [], [], [], []
    routes = flight_routes(body, language)
    context = read_context(body, meta.title, routes)
    found_tables = find_flight_tables(body, language, published, context)
    logs = find_flight_logs(
        body, language, published, context, [(t.char_start, t.char_end) for t in found_tables]
    )
    found_tables += [replace(log, total_group=len(found_tables) + index) for index, log in enumerate(logs)]
    list_origins = {row.origin_country for table in found_tables for row in table.rows if row.origin_country}
    if list_origins:
        context = read_context(body, meta.title, routes, list_origins)
    tables, rows, totals = _table_records(doc_id, found_tables)
    mentions = []
    # 'este martes' under 'QUITO, 13 feb'
    reference = published or dateline_reference(meta.dateline_text, body, language)
    found = (
        find_mentions(body, language, reference, tables=tables, context=context, rows=rows)
        if language in PROSE_LANGUAGES
        else []
    )
    for number, mention in enumerate(found, start=1):
        mentions.append(
            {
                "mention_id": f"{doc_id}#m{number}",
                "doc_id": doc_id,
                **mention.as_row(),
                "extractor_version": EXTRACTOR_VERSION,
            }
        )
    return tables, rows, totals, mentions


@dataclass(frozen=True)
class DocumentResult:
    """What one document gives: its records per warehouse table (a quarantined document gives only a
    quarantine record)."""

    documents: list[dict[str, Any]]
    flight_tables: list[dict[str, Any]]
    flight_table_rows: list[dict[str, Any]]
    flight_table_totals: list[dict[str, Any]]
    flight_mentions: list[dict[str, Any]]
    quarantine: list[dict[str, Any]]
    document_sources: list[dict[str, Any]]


def quarantined(base: dict[str, Any], stage: str, reason: str | None, detail: str | None) -> DocumentResult:
    """The result of a document refused at ``stage``: one quarantine record built on ``base``."""
    return DocumentResult(
        [], [], [], [], [], [{**base, "stage": stage, "reason": reason, "detail": detail}], []
    )


def quarantine_base(record: dict[str, Any], run_id: str, ingested_at: dt.datetime) -> dict[str, Any]:
    """The fields every quarantine record of a raw document starts from."""
    return {
        "run_id": run_id,
        "source_uri": record["source_uri"],
        "doc_id": record["doc_id"],
        "n_bytes": record["n_bytes"],
        "quarantined_at": ingested_at,
        "extractor_version": EXTRACTOR_VERSION,
    }


def extract_document(
    record: dict[str, Any],
    run_id: str,
    ingested_at: dt.datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    kept: DocumentMeta | None = None,
) -> DocumentResult:
    """Decode, clean and extract one raw document (a ``RAW_COLUMNS`` record); ``kept`` is its stored metadata,
    if any."""
    decoded = decode_bytes(record["raw"], max_bytes)
    base = quarantine_base(record, run_id, ingested_at)
    if decoded.text is None:
        return quarantined(base, "decode", decoded.reason, decoded.detail)
    supplied = parse_supplied_json(record.get("supplied"), "sidecar")
    text = decoded.text
    if record["source_uri"].lower().endswith(MARKDOWN_SUFFIXES):
        front, text = split_front_matter(text)
        supplied = Supplied(
            **{key: getattr(supplied, key) or getattr(front, key) for key in KEYS},
            notes=(*supplied.notes, *front.notes),
        )
    try:
        body, meta = article_text(record["format"], text, kept)
        meta = combine(meta, supplied)
        if not body:
            return quarantined(base, "extract", QuarantineReason.EMPTY, "no article text after cleaning")
        tables, rows, totals, mentions = document_rows(record["doc_id"], body, meta)
    except Exception as error:  # one bad document must not sink the batch
        return quarantined(
            base, "extract", QuarantineReason.EXTRACT_ERROR, f"{type(error).__name__}: {error}"
        )
    document = {
        "doc_id": record["doc_id"],
        "source_uri": record["source_uri"],
        "title": meta.title,
        "publisher": meta.publisher,
        "language": meta.language,
        "published_date": meta.published_date,
        "published_date_precision": meta.published_date_precision,
        "dateline_text": meta.dateline_text,
        "published_date_source": meta.published_date_source,
        "url": meta.url,
        "fetched_at": meta.fetched_at,
        "body_text": body,
        "n_bytes": record["n_bytes"],
        "encoding": decoded.encoding,
        "decode_notes": [*decoded.notes, *supplied.notes],
        "prose_extracted": meta.language in PROSE_LANGUAGES,
        "extractor_version": EXTRACTOR_VERSION,
        "ingested_at": ingested_at,
        "run_id": run_id,
    }
    sources = (
        [{"doc_id": record["doc_id"], "format": record["format"], "raw": record["raw"]}]
        if record["format"] in set(InputFormat)
        else []
    )
    return DocumentResult([document], tables, rows, totals, mentions, [], sources)


def assemble(results: list[DocumentResult]) -> Extraction:
    """One batch's frames from its documents' results, in order.

    The warehouse's models give the frames their columns and types; they are read here, where frames
    are built, so importing the extractors (a worker, ``flightwatch explain``) does not load pandera.
    """
    from schemas.models import (
        Document,
        DocumentSource,
        FlightMention,
        FlightTable,
        FlightTableRow,
        FlightTableTotal,
        QuarantinedDocument,
        typed_frame,
    )

    def gathered(table: str) -> list[dict[str, Any]]:
        return [record for result in results for record in getattr(result, table)]

    return Extraction(
        documents=typed_frame(Document, gathered("documents")),
        flight_tables=typed_frame(FlightTable, gathered("flight_tables")),
        flight_table_rows=typed_frame(FlightTableRow, gathered("flight_table_rows")),
        flight_table_totals=typed_frame(FlightTableTotal, gathered("flight_table_totals")),
        flight_mentions=typed_frame(FlightMention, gathered("flight_mentions")),
        quarantine=typed_frame(QuarantinedDocument, gathered("quarantine")),
        document_sources=typed_frame(DocumentSource, gathered("document_sources")),
    )


def extract_batch(
    raw: pl.DataFrame,
    run_id: str,
    ingested_at: dt.datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
    kept_meta: dict[str, DocumentMeta] | None = None,
) -> Extraction:
    """Decode, clean and extract every document of a batch, in this process.

    ``kept_meta`` is the stored metadata of documents re-extracted from stored text (format ``stored_text``).
    """
    kept = kept_meta or {}
    return assemble(
        [
            extract_document(record, run_id, ingested_at, max_bytes, kept.get(record["doc_id"]))
            for record in raw.select(list(RAW_COLUMNS)).iter_rows(named=True)
        ]
    )
