"""Data-quality alerts end to end: known defects beside the seeds, a real HTTP receiver, GE audit and Data Docs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import seed_files
from tests.receiver import closed_port_url, receiver

DOES_NOT_ADD_UP = "Se realizaron 10 vuelos de repatriación a los siguientes países:\nGuatemala – 3 vuelos\nHonduras – 2 vuelos\n"
UNKNOWN_COUNTRY = "Vuelos de deportación por país de destino:\nGuatemala – 4 vuelos\nHonduras – 2 vuelos\nAtlantis – 1 vuelo\n"


def _defective_source(root: Path) -> Path:
    source = seed_files(root / "source")
    (source / "does_not_add_up.txt").write_text(DOES_NOT_ADD_UP)
    (source / "unknown_country.txt").write_text(UNKNOWN_COUNTRY)
    (source / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    shutil.copy2(source / "002_77c1578e53fc33bc.txt", source / "zz_duplicate_of_002.txt")
    return source


def _alerts(warehouse: Path) -> dict[str, tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = con.execute("select check_name, severity, table_name, affected_count, source_uris, notified, query from dq_alerts").fetchall()
    return {row[0]: row[1:] for row in rows}


@pytest.fixture
def alert_urls(monkeypatch: pytest.MonkeyPatch) -> callable:
    def use(*urls: str) -> None:
        monkeypatch.setenv("FLIGHTWATCH_ALERT_URLS", ", ".join(urls))

    return use


def test_each_defect_alerts_once_and_the_receiver_gets_one_message(prefect_harness: None, tmp_path: Path, alert_urls: callable) -> None:
    from flows.nightly import nightly

    source = _defective_source(tmp_path)
    warehouse = tmp_path / "w.duckdb"
    with receiver() as (url, received):
        alert_urls(url)
        summary = nightly(source=str(source), warehouse=str(warehouse))

    assert summary.status == "completed" and summary.notification == "sent"
    alerts = _alerts(warehouse)
    assert alerts["rows_add_up_to_stated_total"][:3] == ("warning", "flight_tables", 1)
    assert alerts["countries_known"][:3] == ("error", "flight_table_rows", 1)
    assert alerts["binary"][:4] == ("error", "quarantine", 1, ["garbage.txt"])
    assert alerts["duplicate"][:4] == ("warning", "quarantine", 1, ["zz_duplicate_of_002.txt"])
    assert alerts["countries_known"][3] == ["unknown_country.txt"]
    assert all(alert[4] for alert in alerts.values()), "every alert is marked as notified"
    assert not [c for c, a in alerts.items() if a[0] == "critical"]

    [message] = received
    for check in ("rows_add_up_to_stated_total", "countries_known", "binary", "duplicate", summary.run_id):
        assert check in message["title"] + message["message"]
    assert summary.data_docs_index in message["message"]
    assert Path(summary.data_docs_index).is_file()

    with duckdb.connect(str(warehouse), read_only=True) as con:
        for check, alert in alerts.items():
            assert con.execute(alert[5]).fetchall(), f"the query of {check} shows its rows"
        loaded = con.execute("select label from flight_table_rows join documents using (doc_id) where source_uri = 'unknown_country.txt'").fetchall()
        assert loaded == [("Guatemala",), ("Honduras",)]


def test_unreachable_receiver_is_recorded_and_the_run_completes(prefect_harness: None, tmp_path: Path, alert_urls: callable) -> None:
    from flows.nightly import nightly

    source = tmp_path / "source"
    source.mkdir()
    (source / "bad.txt").write_bytes(b"")
    (source / "good.txt").write_text("Two deportation flights landed in Guatemala on Friday, officials said in a statement.")
    alert_urls(closed_port_url())
    warehouse = tmp_path / "w.duckdb"
    summary = nightly(source=str(source), warehouse=str(warehouse))
    assert summary.status == "completed"
    assert summary.notification.startswith("failed")
    assert _alerts(warehouse)["empty"][:2] == ("error", "quarantine")
    assert _alerts(warehouse)["empty"][4] is False
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select notification from pipeline_runs").fetchone()[0].startswith("failed")


def test_seeds_raise_no_error_or_critical_alert(seeded: dict) -> None:
    severities = {alert[0] for alert in _alerts(seeded["warehouse"]).values()}
    assert severities <= {"warning"}


def test_critical_expectation_blocks_publication(seeded: dict, tmp_path: Path, alert_urls: callable) -> None:
    from flows.nightly import AuditFailedError, nightly

    warehouse = tmp_path / "w.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    with duckdb.connect(str(warehouse)) as con:  # a row an older, buggier extractor left behind
        con.execute("update flight_mentions set origin_country = 'XX' where mention_id = (select min(mention_id) from flight_mentions)")
    tables = ("documents", "flight_tables", "flight_table_rows", "flight_table_totals", "flight_mentions", "quarantine",
              "validation_failures", "source_files", "document_sources", "source_refusals")
    counts = "select " + ", ".join(f"(select count(*) from {table})" for table in tables)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        before = con.execute(counts).fetchone()
        runs_before = con.execute("select count(*) from pipeline_runs").fetchone()[0]
    source = tmp_path / "source"
    source.mkdir()
    (source / "new.txt").write_text("Two deportation flights landed in Guatemala on Friday, officials said in a statement.")
    with receiver() as (url, received):
        alert_urls(url)
        with pytest.raises(AuditFailedError):
            nightly(source=str(source), warehouse=str(warehouse), full_audit=True)  # the nightly audit covers only what a run loads
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(counts).fetchone() == before, "the new state was not published: only its run and alerts are added"
        assert con.execute("select count(*) from pipeline_runs").fetchone()[0] == runs_before + 1
        [(status,)] = con.execute("select status from pipeline_runs order by started_at desc limit 1").fetchall()
        critical = con.execute(
            "select check_name, table_name, affected_count, query, doc_ids, source_uris, sample_values from dq_alerts where severity = 'critical'"
        ).fetchall()
    assert status == "not_published"
    [(check, table, count, query, doc_ids, uris, samples)] = critical
    assert (check, table, count) == ("expect_column_values_to_be_in_set:origin_country", "flight_mentions", 1)
    [rejected] = [p for p in os.listdir(tmp_path) if ".rejected-" in p]
    assert str(tmp_path / rejected) in query, "the query names the file it needs"
    with duckdb.connect() as fresh:  # pasted into a new session, it shows exactly the failing row
        [row] = fresh.execute(query).fetchall()
    assert "XX" in row
    assert len(doc_ids) == 1 and uris and "origin_country=XX" in samples[0]
    assert "NOT published" in received[0]["message"] and received[0]["type"] == "failure"
    assert str(tmp_path / rejected) in received[0]["message"]


def test_a_full_audit_with_nothing_new_still_audits_and_refuses_a_bad_row(seeded: dict, tmp_path: Path) -> None:
    from flows.nightly import AuditFailedError, nightly

    warehouse = tmp_path / "w.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    with duckdb.connect(str(warehouse)) as con:
        con.execute("update flight_mentions set origin_country = 'XX' where mention_id = (select min(mention_id) from flight_mentions)")
    with pytest.raises(AuditFailedError):
        nightly(source=str(seeded["source"]), warehouse=str(warehouse), full_audit=True)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        [(status, new)] = con.execute("select status, docs_new from pipeline_runs order by started_at desc limit 1").fetchall()
    assert (status, new) == ("not_published", 0)
