"""Warnings about the series itself: a total over all origins that no longer equals its parts, and a month far outside its route's range."""

from __future__ import annotations

import calendar
import datetime as dt
from pathlib import Path

import duckdb

from flows import quality
from warehouse import loader

RUN = "r2"
NOW = dt.datetime(2024, 8, 1, tzinfo=dt.UTC)


def _document(con: duckdb.DuckDBPyConnection, doc_id: str, uri: str, publisher: str) -> None:
    con.execute("insert into documents (doc_id, source_uri, publisher, body_text, n_bytes, encoding, extractor_version, ingested_at, run_id, "
                "prose_extracted, decode_notes) values (?, ?, ?, 'x', 1, 'utf_8', '2.4.0', now(), ?, true, [])", [doc_id, uri, publisher, RUN])


def _figure(con: duckdb.DuckDBPyConnection, origin: str | None, month: dt.date, flights: int, doc_id: str, run: str = RUN) -> None:
    values = [origin, month, flights, flights, flights, calendar.monthrange(month.year, month.month)[1], [doc_id]]  # a whole month
    columns = ("origin_country, destination, destination_countries, month, status, flights, flights_low, flights_high, method, days_covered, "
               "n_sources, fact_ids, doc_ids, bounding_fact_ids")
    con.execute(f"insert into monthly_flights ({columns}) values (?, 'GT', ['GT'], ?, 'completed', ?, ?, ?, 'stated_for_month', ?, 1, [], ?, [])",
                values)
    con.execute(f"insert into monthly_flights_history ({columns}, valid_from_run, valid_from) values "
                "(?, 'GT', ['GT'], ?, 'completed', ?, ?, ?, 'stated_for_month', ?, 1, [], ?, [], ?, ?)", [*values, run, NOW])


def _alerts(warehouse: Path) -> dict[str, dict]:
    with loader.connect(warehouse) as con:
        sources = loader.run_alert_sources(con, RUN)
    alerts = quality.build_alerts(RUN, sources, [], NOW, lambda source, filters: f"-- {source}")
    return {row["check_name"]: row for row in alerts.iter_rows(named=True)}


def test_a_total_that_no_longer_equals_its_parts_is_a_warning_naming_both_sides(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with loader.connect(warehouse) as con:
        loader.prepare(con)
        _document(con, "a" * 64, "institute.txt", "Instituto Guatemalteco de Migración")
        _document(con, "b" * 64, "monitor.txt", "Daily Border Monitor")
        march = dt.date(2024, 3, 1)
        _figure(con, None, march, 60, "a" * 64)
        _figure(con, "US", march, 57, "b" * 64)
        _figure(con, "MX", march, 5, "b" * 64)
    alert = _alerts(warehouse)[quality.TOTALS_APART_CHECK]
    assert alert["severity"] == "warning" and alert["table_name"] == "monthly_flights"
    [detail] = alert["sample_values"]
    assert "total over all origins 60" in detail and "Instituto Guatemalteco de Migración (institute.txt)" in detail
    assert "sum of the origins 62 (MX 5, US 57)" in detail and "Daily Border Monitor (monitor.txt)" in detail


def test_a_month_far_outside_its_routes_range_is_a_warning_with_the_sources_of_both(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with loader.connect(warehouse) as con:
        loader.prepare(con)
        _document(con, "a" * 64, "spring.txt", "Monitor")
        _document(con, "b" * 64, "may.txt", "Wire")
        for month, flights in ((dt.date(2024, 1, 1), 170), (dt.date(2024, 2, 1), 168), (dt.date(2024, 3, 1), 176), (dt.date(2024, 4, 1), 172)):
            _figure(con, "US", month, flights, "a" * 64, run="r1")
        _figure(con, "US", dt.date(2024, 5, 1), 1, "b" * 64)
    alert = _alerts(warehouse)[quality.ANOMALY_CHECK]
    [detail] = alert["sample_values"]
    assert "US > GT 2024-05: 1 flights against 168-176 (median 171) in the 4 months before" in detail
    assert "by Wire (may.txt)" in detail and "months before by Monitor (spring.txt)" in detail
    assert alert["severity"] == "warning"


def test_a_month_within_its_range_raises_nothing(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with loader.connect(warehouse) as con:
        loader.prepare(con)
        _document(con, "a" * 64, "spring.txt", "Monitor")
        for month, flights in ((dt.date(2024, 1, 1), 170), (dt.date(2024, 2, 1), 168), (dt.date(2024, 3, 1), 176)):
            _figure(con, "US", month, flights, "a" * 64, run="r1")
        _figure(con, "US", dt.date(2024, 4, 1), 150, "a" * 64)
    assert quality.ANOMALY_CHECK not in _alerts(warehouse) and quality.TOTALS_APART_CHECK not in _alerts(warehouse)
