"""The pandera models: what they accept, what they reject, and that bad rows are split off with reasons."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest

from schemas.models import FlightTableRow, typed_frame
from schemas.validate import TOTAL_MISMATCH_CHECK, validate_extraction, validate_rows

NOW = dt.datetime(2024, 1, 23, tzinfo=dt.UTC)
DOC = "a" * 64


def _row(**changes: object) -> dict:
    row = {"table_id": f"{DOC}#t1", "row_number": 1, "doc_id": DOC, "label": "Guatemala", "countries": ["GT"],
           "flights": 36, "evidence": "Guatemala – 36 vuelos", "char_start": 10, "char_end": 31, "breakdown": "country",
           "origin_country": "US", "destination_countries": ["GT"], "status": "completed", "period_start": None, "period_end": None}
    return row | changes


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"countries": [], "label": "Atlantis"}, "countries_known"),
        ({"countries": ["XX"]}, "countries_iso"),
        ({"flights": 99_999_999}, "less_than_or_equal_to(10000)"),
        ({"flights": -1}, "greater_than_or_equal_to(0)"),
        ({"char_end": 12}, "span_matches_evidence"),
        ({"doc_id": "not-a-sha"}, "str_matches('^[0-9a-f]{64}$')"),
    ],
)
def test_bad_row_is_split_off_with_its_check(changes: dict, check: str) -> None:
    frame = typed_frame(FlightTableRow, [_row(), _row(row_number=2, **changes)])
    result = validate_rows(FlightTableRow, frame, "flight_table_rows", "run", NOW)
    assert result.valid.height == 1 and result.valid["row_number"].to_list() == [1]
    assert check in result.failures["check_name"].to_list()
    assert json.loads(result.failures["row_json"][0])["row_number"] == 2


@pytest.mark.parametrize("label", ["Otros países", "Otros destinos (8 países)", "Other destinations (9 countries, one flight each)",
                                   "Outros países"])
def test_other_countries_row_is_allowed_without_countries(label: str) -> None:
    frame = typed_frame(FlightTableRow, [_row(label=label, countries=[])])
    assert validate_rows(FlightTableRow, frame, "flight_table_rows", "run", NOW).failures.height == 0


def test_duplicate_row_keys_fail() -> None:
    frame = typed_frame(FlightTableRow, [_row(), _row()])
    assert validate_rows(FlightTableRow, frame, "flight_table_rows", "run", NOW).valid.height == 0


def _document(published: dt.date | None) -> dict:
    return {"doc_id": DOC, "source_uri": "a.txt", "title": None, "publisher": None, "language": "es", "published_date": published,
            "published_date_precision": "day" if published else None, "dateline_text": None, "body_text": "x" * 40,
            "n_bytes": 40, "encoding": "utf-8", "extractor_version": "t", "ingested_at": NOW, "run_id": "run",
            "prose_extracted": True, "decode_notes": []}


def _table(**changes: object) -> dict:
    table = {"table_id": f"{DOC}#t1", "doc_id": DOC, "origin_country": "US", "destination_country": None, "row_role": "destination",
             "period_start": dt.date(2024, 1, 1), "period_end": dt.date(2024, 1, 21), "period_precision": "day",
             "stated_total": 40, "rows_total": 0, "n_rows": 0, "intro_text": None, "evidence": "x" * 5, "char_start": 0,
             "char_end": 5, "extractor_version": "t", "breakdown": "country", "status": "completed", "total_group": None}
    return table | changes


def _validate(published: dt.date | None, tables: list[dict], rows: list[dict]) -> tuple[dict, pl.DataFrame]:
    from schemas.models import Document, FlightMention, FlightTable, FlightTableTotal

    return validate_extraction({
        "documents": typed_frame(Document, [_document(published)]), "flight_tables": typed_frame(FlightTable, tables),
        "flight_table_rows": typed_frame(FlightTableRow, rows), "flight_table_totals": typed_frame(FlightTableTotal, []),
        "flight_mentions": typed_frame(FlightMention, []),
    }, "run", NOW)


def test_total_mismatch_is_loaded_and_recorded_and_totals_are_recomputed() -> None:
    loadable, failures = _validate(dt.date(2024, 1, 23), [_table()], [_row(), _row(row_number=2, label="Atlantis", countries=[])])
    [table] = loadable["flight_tables"].to_dicts()
    assert (table["rows_total"], table["n_rows"], table["stated_total"]) == (36, 1, 40)
    assert set(failures["check_name"]) == {"countries_known", TOTAL_MISMATCH_CHECK}
    assert failures.filter(pl.col("check_name") == TOTAL_MISMATCH_CHECK)["loaded"].to_list() == [True]


def test_table_period_after_publication_is_rejected_with_its_rows() -> None:
    loadable, failures = _validate(dt.date(2024, 1, 10), [_table(stated_total=None)], [_row()])
    assert loadable["flight_tables"].height == 0 and loadable["flight_table_rows"].height == 0
    assert {"period_not_after_publication", "parent_rejected"} <= set(failures["check_name"])


def test_period_order_is_checked() -> None:
    _, failures = _validate(None, [_table(period_start=dt.date(2024, 2, 1))], [])
    assert "period_ordered" in failures["check_name"].to_list()


def test_a_schedule_of_planned_flights_may_end_after_publication() -> None:
    loadable, failures = _validate(dt.date(2024, 1, 10), [_table(status="planned")], [_row()])
    assert loadable["flight_tables"].height == 1
    assert "period_not_after_publication" not in set(failures["check_name"])
