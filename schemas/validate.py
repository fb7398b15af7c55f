"""Split frames into rows that pass their pandera model and failure records for the rest.

pandera's polars backend validates a collected DataFrame; ``lazy=True`` gathers every failure,
and each failure's ``index`` names the row, so bad rows are quarantined, not dropped silently.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import pandera.polars as pa
import polars as pl

from schemas.models import (
    Document,
    DocumentSource,
    FlightClaim,
    FlightFact,
    FlightMention,
    FlightTable,
    FlightTableInDocument,
    FlightTableRow,
    FlightTableTotal,
    MonthlyFlight,
    QuarantinedDocument,
    QuarantineReason,
    ValidationFailure,
    typed_frame,
)

ROW_INDEX = "__row_index"
TOTAL_MISMATCH_CHECK = "rows_add_up_to_stated_total"
REPEATED_COUNTRY_CHECK = "country_listed_once_per_table"


@dataclass(frozen=True)
class Validated:
    """Rows that passed, and one failure record per failed check."""

    valid: pl.DataFrame
    failures: pl.DataFrame


def _failure_rows(
    frame: pl.DataFrame, cases: pl.DataFrame, table: str, run_id: str, now: dt.datetime, loaded: bool = False
) -> list[dict]:
    records = []
    for case in cases.iter_rows(named=True):
        row = frame.row(case["index"], named=True)
        records.append({
            "run_id": run_id,
            "doc_id": row.get("doc_id"),
            "table_name": table,
            "check_name": str(case["check"]),
            "column_name": case["column"],
            "failure_value": None if case["failure_case"] is None else str(case["failure_case"]),
            "row_json": json.dumps(row, default=str, ensure_ascii=False),
            "loaded": loaded,
            "recorded_at": now,
        })
    return records


def validate_rows(
    model: type[pa.DataFrameModel], frame: pl.DataFrame, table: str, run_id: str, now: dt.datetime
) -> Validated:
    """Validate ``frame``; rows with any failed check are split off with one record per check."""
    try:
        model.validate(frame, lazy=True)
        return Validated(frame, typed_frame(ValidationFailure, []))
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    if cases["index"].null_count():
        schema_level = cases.filter(pl.col("index").is_null())
        raise ValueError(f"{table}: frame does not match its schema: {schema_level.to_dicts()}")
    bad = set(cases["index"].to_list())
    valid = frame.with_row_index(ROW_INDEX).filter(~pl.col(ROW_INDEX).is_in(bad)).drop(ROW_INDEX)
    return Validated(valid, typed_frame(ValidationFailure, _failure_rows(frame, cases, table, run_id, now)))


def _orphans(frame: pl.DataFrame, key: str, allowed: pl.Series, table: str, run_id: str, now: dt.datetime) -> Validated:
    """Rows whose parent was rejected go too, recorded as such."""
    is_orphan = ~pl.col(key).is_in(allowed.implode())
    orphans = frame.filter(is_orphan)
    cases = pl.DataFrame({
        "index": frame.with_row_index(ROW_INDEX).filter(is_orphan)[ROW_INDEX].cast(pl.Int64),
        "check": "parent_rejected",
        "column": key,
        "failure_case": orphans[key],
    })
    return Validated(frame.filter(~is_orphan), typed_frame(ValidationFailure, _failure_rows(frame, cases, table, run_id, now)))


def recompute_table_totals(tables: pl.DataFrame, rows: pl.DataFrame) -> pl.DataFrame:
    """rows_total and n_rows over the rows that will actually load."""
    sums = rows.group_by("table_id").agg(pl.col("flights").sum().alias("_total"), pl.len().alias("_n"))
    return (
        tables.join(sums, on="table_id", how="left")
        .with_columns(
            pl.col("_total").fill_null(0).cast(pl.Int64).alias("rows_total"),
            pl.col("_n").fill_null(0).cast(pl.Int64).alias("n_rows"),
        )
        .drop("_total", "_n")
    )


def total_mismatches(tables: pl.DataFrame, run_id: str, now: dt.datetime) -> pl.DataFrame:
    """A failure record (table still loaded) for each table whose rows do not add up to its stated total."""
    mismatched = tables.with_row_index("index").filter(
        pl.col("stated_total").is_not_null() & (pl.col("stated_total") != pl.col("rows_total"))
    )
    cases = mismatched.select(
        pl.col("index").cast(pl.Int64),
        pl.lit(TOTAL_MISMATCH_CHECK).alias("check"),
        pl.lit("rows_total").alias("column"),
        pl.format("rows sum to {} but the text states {}", "rows_total", "stated_total").alias("failure_case"),
    )
    return typed_frame(ValidationFailure, _failure_rows(tables, cases, "flight_tables", run_id, now, loaded=True))


def repeated_countries(rows: pl.DataFrame, run_id: str, now: dt.datetime) -> pl.DataFrame:
    """A failure record (rows still loaded) for each row of a country list naming a country its table already listed."""
    exploded = rows.with_row_index("index").filter(pl.col("breakdown") == "country").explode("countries").drop_nulls("countries")
    repeats = exploded.filter(pl.int_range(pl.len()).over("table_id", "countries") > 0)
    cases = repeats.select(
        pl.col("index").cast(pl.Int64),
        pl.lit(REPEATED_COUNTRY_CHECK).alias("check"),
        pl.lit("countries").alias("column"),
        pl.col("countries").alias("failure_case"),
    ).unique("index", maintain_order=True)
    return typed_frame(ValidationFailure, _failure_rows(rows, cases, "flight_table_rows", run_id, now, loaded=True))


def rejected_documents(
    documents: pl.DataFrame, loaded: pl.DataFrame, failures: pl.DataFrame, run_id: str, now: dt.datetime
) -> pl.DataFrame:
    """Quarantine records for documents whose own row failed validation, so every file is accounted for."""
    rejected = documents.join(loaded.select("doc_id"), on="doc_id", how="anti")
    checks = failures.filter(pl.col("table_name") == "documents").group_by("doc_id").agg(pl.col("check_name").unique().sort())
    rows = rejected.join(checks, on="doc_id", how="left").select(
        pl.lit(run_id).alias("run_id"),
        "source_uri",
        "doc_id",
        pl.lit("validate").alias("stage"),
        pl.lit(QuarantineReason.FAILED_VALIDATION.value).alias("reason"),
        pl.concat_str(pl.lit("document row failed: "), pl.col("check_name").list.join(", ")).alias("detail"),
        "n_bytes",
        pl.lit(now).alias("quarantined_at"),
    )
    return typed_frame(QuarantinedDocument, rows.to_dicts())


def validate_extraction(frames: dict[str, pl.DataFrame], run_id: str, now: dt.datetime) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Validate a batch's frames (named as their tables) in dependency order; return loadable frames and all failures."""
    documents, tables, rows = frames["documents"], frames["flight_tables"], frames["flight_table_rows"]
    totals, mentions = frames["flight_table_totals"], frames["flight_mentions"]
    failures = []
    docs = validate_rows(Document, documents, "documents", run_id, now)
    failures.append(docs.failures)
    doc_ids = docs.valid["doc_id"]

    kept_tables = _orphans(tables, "doc_id", doc_ids, "flight_tables", run_id, now)
    failures.append(kept_tables.failures)
    dated = kept_tables.valid.join(
        docs.valid.select("doc_id", pl.col("published_date").alias("doc_published_date")), on="doc_id", how="left"
    )
    checked_tables = validate_rows(FlightTableInDocument, dated, "flight_tables", run_id, now)
    failures.append(checked_tables.failures)
    valid_tables = checked_tables.valid.drop("doc_published_date")

    kept_rows = _orphans(rows, "table_id", valid_tables["table_id"], "flight_table_rows", run_id, now)
    failures.append(kept_rows.failures)
    checked_rows = validate_rows(FlightTableRow, kept_rows.valid, "flight_table_rows", run_id, now)
    failures.append(checked_rows.failures)

    valid_tables = recompute_table_totals(valid_tables, checked_rows.valid)
    FlightTable.validate(valid_tables)
    failures.append(total_mismatches(valid_tables, run_id, now))
    failures.append(repeated_countries(checked_rows.valid, run_id, now))

    kept_totals = _orphans(totals, "table_id", valid_tables["table_id"], "flight_table_totals", run_id, now)
    failures.append(kept_totals.failures)
    checked_totals = validate_rows(FlightTableTotal, kept_totals.valid, "flight_table_totals", run_id, now)
    failures.append(checked_totals.failures)

    kept_mentions = _orphans(mentions, "doc_id", doc_ids, "flight_mentions", run_id, now)
    failures.append(kept_mentions.failures)
    checked_mentions = validate_rows(FlightMention, kept_mentions.valid, "flight_mentions", run_id, now)
    failures.append(checked_mentions.failures)

    # a rejected document's bytes go with it: its quarantine record already says why
    sources = frames.get("document_sources", typed_frame(DocumentSource, [])).filter(pl.col("doc_id").is_in(doc_ids.implode()))
    DocumentSource.validate(sources)

    loadable = {
        "documents": docs.valid,
        "document_sources": sources,
        "flight_tables": valid_tables,
        "flight_table_rows": checked_rows.valid,
        "flight_table_totals": checked_totals.valid,
        "flight_mentions": checked_mentions.valid,
    }
    return loadable, pl.concat(failures)


SERIES_MODELS = {"flight_claims": FlightClaim, "flight_facts": FlightFact, "monthly_flights": MonthlyFlight}


def validate_series(frames: dict[str, pl.DataFrame], run_id: str, now: dt.datetime) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """The reconciled tables through their models: a row that fails is kept out and recorded, the rest load."""
    loadable, failures = {}, []
    for table, model in SERIES_MODELS.items():
        checked = validate_rows(model, frames[table], table, run_id, now)
        loadable[table] = checked.valid
        failures.append(checked.failures)
    return loadable, pl.concat(failures)
