"""Turn a batch of raw documents into the warehouse's frames, one pure function per batch.

Input is a polars frame of files (``source_uri``, ``doc_id``, ``n_bytes``, ``raw``, ``format``); output is
one typed frame per warehouse table. A document that cannot be decoded goes to quarantine; a
document whose extraction raises goes to quarantine too, and the batch goes on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import polars as pl

from schemas.models import (
    Document,
    FlightMention,
    FlightTable,
    FlightTableRow,
    QuarantinedDocument,
    typed_frame,
)
from transforms.decode import DEFAULT_MAX_BYTES, decode_bytes
from transforms.document import DocumentMeta, clean_body, read_metadata
from transforms.html import html_article, is_html
from transforms.mentions import find_mentions
from transforms.tables import find_flight_tables

EXTRACTOR_VERSION = "1.1.0"
PROSE_LANGUAGES = ("en", "es")
RAW_COLUMNS = {"source_uri": pl.String, "doc_id": pl.String, "n_bytes": pl.Int64, "raw": pl.Binary, "format": pl.String}
TEXT, HTML = "text", "html"


@dataclass(frozen=True)
class Extraction:
    """The frames one batch produces, named as the warehouse tables they load into."""

    documents: pl.DataFrame
    flight_tables: pl.DataFrame
    flight_table_rows: pl.DataFrame
    flight_mentions: pl.DataFrame
    quarantine: pl.DataFrame

    def frames(self) -> dict[str, pl.DataFrame]:
        """Table name to frame."""
        return {
            "documents": self.documents,
            "flight_tables": self.flight_tables,
            "flight_table_rows": self.flight_table_rows,
            "flight_mentions": self.flight_mentions,
            "quarantine": self.quarantine,
        }


def input_format(source_uri: str) -> str:
    """How a source file is read: as HTML or as plain text."""
    return HTML if is_html(source_uri) else TEXT


def article_text(input_format: str, text: str) -> tuple[str, DocumentMeta]:
    """Article text and metadata; an HTML page's own title, site name and date win over the text's."""
    if input_format != HTML:
        body = clean_body(text)
        return body, read_metadata(body)
    page = html_article(text)
    body = clean_body(page.text) if page else ""
    meta = read_metadata(body)
    if page is None:
        return body, meta
    return body, DocumentMeta(
        title=page.title or meta.title,
        publisher=page.publisher or meta.publisher,
        language=meta.language,
        published_date=page.published_date or meta.published_date,
        published_date_precision="day" if page.published_date else meta.published_date_precision,
        dateline_text=meta.dateline_text,
    )


def document_rows(doc_id: str, body: str, language: str | None, published: dt.date | None) -> tuple[list, list, list]:
    """Table, table-row and mention records of one document's article text."""
    tables, rows = [], []
    for number, table in enumerate(find_flight_tables(body, language, published), start=1):
        table_id = f"{doc_id}#t{number}"
        tables.append({
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
        })
        for row_number, row in enumerate(table.rows, start=1):
            rows.append({
                "table_id": table_id,
                "row_number": row_number,
                "doc_id": doc_id,
                "label": row.label,
                "countries": row.countries,
                "flights": row.flights,
                "evidence": row.evidence,
                "char_start": row.char_start,
                "char_end": row.char_end,
            })
    mentions = []
    found = find_mentions(body, language, published, tables=tables) if language in PROSE_LANGUAGES else []
    for number, mention in enumerate(found, start=1):
        mentions.append({
            "mention_id": f"{doc_id}#m{number}",
            "doc_id": doc_id,
            **mention.as_row(),
            "extractor_version": EXTRACTOR_VERSION,
        })
    return tables, rows, mentions


def extract_batch(
    raw: pl.DataFrame,
    run_id: str,
    ingested_at: dt.datetime,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Extraction:
    """Decode, clean and extract every document of a batch."""
    documents, tables, rows, mentions, quarantine = [], [], [], [], []
    for record in raw.select(list(RAW_COLUMNS)).iter_rows(named=True):
        decoded = decode_bytes(record["raw"], max_bytes)
        base = {"run_id": run_id, "source_uri": record["source_uri"], "doc_id": record["doc_id"],
                "n_bytes": record["n_bytes"], "quarantined_at": ingested_at}
        if decoded.text is None:
            quarantine.append({**base, "stage": "decode", "reason": decoded.reason, "detail": decoded.detail})
            continue
        try:
            body, meta = article_text(record["format"], decoded.text)
            if not body:
                quarantine.append({**base, "stage": "extract", "reason": "empty", "detail": "no article text after cleaning"})
                continue
            doc_tables, doc_rows, doc_mentions = document_rows(record["doc_id"], body, meta.language, meta.published_date)
        except Exception as error:  # one bad document must not sink the batch
            quarantine.append({**base, "stage": "extract", "reason": "extract_error", "detail": f"{type(error).__name__}: {error}"})
            continue
        documents.append({
            "doc_id": record["doc_id"],
            "source_uri": record["source_uri"],
            "title": meta.title,
            "publisher": meta.publisher,
            "language": meta.language,
            "published_date": meta.published_date,
            "published_date_precision": meta.published_date_precision,
            "dateline_text": meta.dateline_text,
            "body_text": body,
            "n_bytes": record["n_bytes"],
            "encoding": decoded.encoding,
            "prose_extracted": meta.language in PROSE_LANGUAGES,
            "extractor_version": EXTRACTOR_VERSION,
            "ingested_at": ingested_at,
            "run_id": run_id,
        })
        tables += doc_tables
        rows += doc_rows
        mentions += doc_mentions
    return Extraction(
        documents=typed_frame(Document, documents),
        flight_tables=typed_frame(FlightTable, tables),
        flight_table_rows=typed_frame(FlightTableRow, rows),
        flight_mentions=typed_frame(FlightMention, mentions),
        quarantine=typed_frame(QuarantinedDocument, quarantine),
    )
