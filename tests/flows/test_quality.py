"""Alert building and the messages people receive, on small inline frames."""

from __future__ import annotations

import datetime as dt

import polars as pl

from flows.quality import MessageContext, build_alerts, most_severe, render_failure, render_message
from schemas.findings import Finding

NOW = dt.datetime(2024, 1, 23, tzinfo=dt.UTC)


def _query(source: str, filters: dict[str, object]) -> str:
    return f"select '{source}', {filters}"


def _sources() -> dict[str, pl.DataFrame]:
    quarantine = pl.DataFrame({"source_uri": ["a.txt", "b.txt", "c.txt"], "doc_id": [None, "d2", "d3"],
                               "stage": ["decode"] * 3, "reason": ["empty", "binary", "duplicate"],
                               "detail": ["no bytes", "contains NUL bytes throughout", "same"]})
    failures = pl.DataFrame({"doc_id": ["d4", "d4"], "source_uri": ["t.txt", "t.txt"], "table_name": ["flight_table_rows", "flight_tables"],
                             "check_name": ["countries_known", "rows_add_up_to_stated_total"], "column_name": ["Row", "rows_total"],
                             "failure_value": ["Atlantis", "rows sum to 45 but the text states 50"], "loaded": [False, True]})
    undated = pl.DataFrame({"doc_id": ["d5"], "source_uri": ["u.txt"], "dateline_text": ["Jan 24"]})
    notes = pl.DataFrame({"doc_id": ["d6"], "source_uri": ["v.txt"], "check_name": ["encoding_guessed"],
                          "detail": ["read as cp1252, but mac-roman read the bytes almost as well"]})
    return {"quarantine": quarantine, "validation_failures": failures, "undated_documents": undated, "decode_notes": notes}


def _finding(relation: str, check: str) -> Finding:
    expectation, column = check.split(":")
    return Finding(relation, expectation, column, 1, ["table_id=x#t1, doc_id=d7"], {}, "select 1", ["d7"], ["w.txt"])


def test_one_alert_per_check_with_severity_action_and_identifying_samples() -> None:
    alerts = build_alerts("r1", _sources(), [_finding("flight_mentions", "in_set:status")], NOW, _query)
    by_check = {row["check_name"]: row for row in alerts.iter_rows(named=True)}
    assert {c: a["severity"] for c, a in by_check.items()} == {
        "empty": "error", "binary": "error", "duplicate": "warning", "countries_known": "error",
        "rows_add_up_to_stated_total": "warning", "document_has_publication_date": "warning", "encoding_guessed": "warning",
        "in_set:status": "critical",
    }
    assert by_check["countries_known"]["source_uris"] == ["t.txt"]
    assert by_check["rows_add_up_to_stated_total"]["sample_values"] == ["t.txt: rows sum to 45 but the text states 50"]
    assert by_check["binary"]["sample_values"] == ["b.txt: contains NUL bytes throughout"]
    assert by_check["in_set:status"]["query"] == "select 1"
    assert by_check["in_set:status"]["doc_ids"] == ["d7"] and by_check["in_set:status"]["source_uris"] == ["w.txt"]
    assert by_check["rows_add_up_to_stated_total"]["query"] == (
        "select 'validation_failures', {'table_name': 'flight_tables', 'check_name': 'rows_add_up_to_stated_total', 'loaded': True}"
    )
    assert all(a["action"] for a in by_check.values())
    assert alerts["alert_id"].n_unique() == alerts.height and not alerts["notified"].any()
    assert most_severe(alerts) == "critical"


def test_no_sources_no_alerts() -> None:
    empty = {name: frame.clear() for name, frame in _sources().items()}
    assert build_alerts("r1", empty, [], NOW, _query).is_empty()


def test_message_says_where_why_and_what_to_do() -> None:
    alerts = build_alerts("r1", _sources(), [_finding("provenance", "in_set:span_matches")], NOW, _query)
    run = MessageContext("r1", "/data/source", "/data/w.duckdb", 10, 7, published=False, data_docs="/state/index.html",
                     rejected_file="/data/.w.duckdb.rejected-r1")
    title, body = render_message(alerts, run)
    assert title == "flightwatch run r1: 1 critical, 3 error, 4 warning - NOT PUBLISHED"
    assert body.index("[CRITICAL]") < body.index("[ERROR]") < body.index("[WARNING]")
    for text in ("NOT published", "/state/index.html", "/data/source", "/data/w.duckdb", "/data/.w.duckdb.rejected-r1",
                 "t.txt: rows sum to 45 but the text states 50", "b.txt: contains NUL bytes throughout", "what to do:"):
        assert text in body, text


def test_failure_message_names_the_error_the_files_and_the_remedy() -> None:
    title, body = render_failure("r2", "refused", "RunLockedError: pid 42 holds it", "/src", "/w.duckdb", "Wait for it.")
    assert title == "flightwatch run r2: REFUSED"
    assert "pid 42" in body and "/src" in body and "/w.duckdb" in body and "What to do: Wait for it." in body
    assert "not changed" in body
