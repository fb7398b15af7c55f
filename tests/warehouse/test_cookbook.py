"""Every cookbook query runs on a warehouse built by real runs from the seeds and the dev corpus, and answers its question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from warehouse.loader import SQL_DIR

COOKBOOK = sorted((SQL_DIR / "cookbook").glob("*.sql"))


def _run(warehouse: Path, path: Path, variables: dict[str, object] | None = None) -> list[dict]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for name, value in (variables or {}).items():
            con.execute(f"set variable {name} = ?", [value])
        cursor = con.execute(path.read_text())
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def test_every_query_says_what_it_answers() -> None:
    assert len(COOKBOOK) >= 9
    for path in COOKBOOK:
        assert path.read_text().startswith("-- "), f"{path.name} starts with a comment saying what it answers"


@pytest.mark.parametrize("path", COOKBOOK, ids=lambda p: p.stem)
def test_every_query_returns_rows(series_warehouse: dict, path: Path) -> None:
    assert _run(series_warehouse["warehouse"], path), f"{path.name} returns nothing on the seeds and the dev corpus"


def _query(name: str) -> Path:
    return SQL_DIR / "cookbook" / f"{name}.sql"


def test_flights_per_destination_per_month_adds_up(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("flights_per_destination_per_month"))
    assert "*" not in {r["destination"] for r in rows}
    keys = [(r["month"], r["origin_country"], r["destination"]) for r in rows]
    assert len(keys) == len(set(keys)), "one figure per route and month"
    march = [r for r in rows if r["destination"] == "GT" and r["month"] == dt.date(2024, 3, 1) and r["origin_country"] == "US"]
    assert [(r["flights"], r["method"]) for r in march] == [(52, "stated_for_month")]


def test_disagreeing_sources_show_the_gap_and_who_said_what(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("sources_that_disagree"))
    [row] = [r for r in rows if r["destination"] == "GT" and r["period_start"] == dt.date(2024, 3, 1)]
    assert (row["kept_flights"], row["other_flights"], row["difference"], row["resolution"]) == (52, 48, -4, "an official source")
    assert row["kept_by"] == "Instituto Guatemalteco de Migración" and row["other_by"] == "Daily Border Monitor"


def test_the_disagreements_listed_first_are_the_largest_of_the_whole_list(series_warehouse: dict) -> None:
    """The report lists only the first rows (variable listed_rows): they and the count are the whole list's."""
    every = _run(series_warehouse["warehouse"], _query("sources_that_disagree"))
    first = _run(series_warehouse["warehouse"], _query("sources_that_disagree"), {"listed_rows": 2})
    assert len(every) > 2 and first == every[:2]
    assert {r["all_rows"] for r in every + first} == {len(every)}
    gaps = [abs(r["difference"]) for r in every]
    assert gaps == sorted(gaps, reverse=True)


def test_the_last_run_added_the_month_the_new_documents_state(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("what_the_last_run_changed"))
    assert {r["change"] for r in rows} <= {"added", "removed", "changed"}
    assert ("added", "GT", dt.date(2024, 3, 1), None, 52) in {
        (r["change"], r["destination"], r["month"], r["flights_before"], r["flights_after"]) for r in rows
    }


def test_one_document_claims_with_evidence(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("everything_one_document_claims"), {"source_uri": "monitor.txt"})
    assert [(r["flights"], r["destination"], r["supports_the_kept_figure"]) for r in rows] == [(48, "GT", False)]
    assert "48 deportation flights" in rows[0]["evidence"]
    busiest = _run(series_warehouse["warehouse"], _query("everything_one_document_claims"))
    assert len({r["source_uri"] for r in busiest}) == 1 and len(busiest) > 5


def test_denied_and_cancelled_flights_are_listed_apart(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("denied_and_cancelled_flights"))
    assert {r["status"] for r in rows} == {"denied", "cancelled"}
    assert any("denied" in r["evidence"] or "rechaz" in r["evidence"] for r in rows if r["status"] == "denied")


def test_passengers_per_flight_divides_stated_people_by_flights(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("passengers_per_flight"))
    assert all(r["passengers_per_flight"] == round(r["passengers"] / r["flights"], 1) for r in rows)


def test_coverage_counts_every_document_once(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("coverage_documents_per_publisher_per_month"))
    with duckdb.connect(str(series_warehouse["warehouse"]), read_only=True) as con:
        documents = con.execute("select count(*) from documents").fetchone()[0]
    assert sum(r["documents"] for r in rows) == documents


def test_flights_by_origin_for_one_receiving_country(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("flights_by_origin"), {"destination": "CO"})
    assert {r["destination"] for r in rows} == {"CO"}
    assert {"US", "MX", "PA", "unstated"} <= {r["origin"] for r in rows}
