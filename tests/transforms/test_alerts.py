"""Alert building and the message people receive, on small inline frames."""

from __future__ import annotations

import datetime as dt

import polars as pl

from transforms.alerts import AuditFinding, build_alerts, render_message

NOW = dt.datetime(2024, 1, 23, tzinfo=dt.UTC)


def _query(kind: str, run_id: str, check: str, relation: str | None = None) -> str:
    return f"select '{kind}', '{run_id}', '{check}', '{relation}'"


def _sources() -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    quarantine = pl.DataFrame({"source_uri": ["a.txt", "b.txt", "c.txt"], "doc_id": [None, "d2", "d3"],
                               "stage": ["decode"] * 3, "reason": ["empty", "binary", "duplicate"], "detail": ["no bytes", "NUL", "same"]})
    failures = pl.DataFrame({"doc_id": ["d4", "d4"], "source_uri": ["t.txt", "t.txt"], "table_name": ["flight_table_rows", "flight_tables"],
                             "check_name": ["countries_known", "rows_add_up_to_stated_total"], "column_name": ["Row", "rows_total"],
                             "failure_value": ["Atlantis", "rows sum to 6 but the text states 7"], "loaded": [False, True]})
    undated = pl.DataFrame({"doc_id": ["d5"], "source_uri": ["u.txt"], "dateline_text": ["Jan 24"]})
    return quarantine, failures, undated


def test_one_alert_per_check_with_severity() -> None:
    alerts = build_alerts("r1", *_sources(), [AuditFinding("flight_mentions", "in_set:status", 2, ["maybe"])], NOW, _query)
    by_check = {row["check_name"]: row for row in alerts.iter_rows(named=True)}
    assert {c: a["severity"] for c, a in by_check.items()} == {
        "empty": "error", "binary": "error", "duplicate": "warning", "countries_known": "error",
        "rows_add_up_to_stated_total": "warning", "document_has_publication_date": "warning", "in_set:status": "critical",
    }
    assert by_check["countries_known"]["source_uris"] == ["t.txt"]
    assert by_check["in_set:status"]["query"] == "select 'expectation', 'r1', 'in_set:status', 'flight_mentions'"
    assert alerts["alert_id"].n_unique() == alerts.height and not alerts["notified"].any()


def test_no_sources_no_alerts() -> None:
    empty = [frame.clear() for frame in _sources()]
    assert build_alerts("r1", *empty, [], NOW, _query).is_empty()


def test_message_groups_checks_most_severe_first() -> None:
    alerts = build_alerts("r1", *_sources(), [AuditFinding("provenance", "in_set:span_matches", 1, ["False"])], NOW, _query)
    title, body = render_message(alerts, "r1", 10, 7, published=False, data_docs="/state/index.html")
    assert title == "flightwatch run r1: 1 critical, 3 error, 3 warning"
    assert body.index("[CRITICAL]") < body.index("[ERROR]") < body.index("[WARNING]")
    assert "NOT published" in body and "/state/index.html" in body and "t.txt" in body
