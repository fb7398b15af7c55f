"""Every cookbook query runs on a warehouse built by real runs from the seeds and the dev corpus, and answers its question."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from warehouse import loader
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


def test_flights_per_route_per_month_has_one_figure_per_route_and_only_stated_origins(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("flights_per_route_per_month"))
    assert "*" not in {r["destination"] for r in rows} and None not in {r["origin_country"] for r in rows}
    keys = [(r["month"], r["origin_country"], r["destination"]) for r in rows]
    assert len(keys) == len(set(keys)), "one figure per route and month"
    march = [r for r in rows if r["destination"] == "GT" and r["month"] == dt.date(2024, 3, 1) and r["origin_country"] == "US"]
    assert [(r["flights"], r["method"]) for r in march] == [(52, "stated_for_month")]


def test_flights_per_destination_per_month_gives_one_row_per_destination_and_month(series_warehouse: dict) -> None:
    rows = _run(series_warehouse["warehouse"], _query("flights_per_destination_per_month"))
    keys = [(r["month"], r["destination"]) for r in rows]
    assert len(keys) == len(set(keys)) > 0
    [march] = [r for r in rows if r["destination"] == "GT" and r["month"] == dt.date(2024, 3, 1)]
    assert march["flights"] == 52


def _series(warehouse: Path, rows: list[tuple]) -> None:
    """A warehouse whose monthly_flights holds ``rows`` of (origin, destination, month, flights, days_covered)."""
    with loader.connect(warehouse) as con:
        loader.prepare(con)
        for origin, destination, month, flights, days in rows:
            con.execute("insert into monthly_flights (origin_country, destination, destination_countries, month, status, flights, flights_low, "
                        "flights_high, method, days_covered, n_sources, fact_ids, doc_ids, bounding_fact_ids) values "
                        "(?, ?, [?], ?, 'completed', ?, ?, null, 'sum_of_parts', ?, 1, [], [], [])",
                        [origin, destination, destination, month, flights, flights, days])


def test_a_month_covered_for_a_week_is_not_compared_as_a_drop(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    _series(warehouse, [("US", "HN", dt.date(2024, 2, 1), 40, 29), ("US", "HN", dt.date(2024, 3, 1), 12, 7)])
    [row] = _run(warehouse, _query("latest_month_against_the_one_before"))
    assert (row["flights"], row["flights_month_before"], row["change"]) == (12, 40, None)
    assert (row["days_covered"], row["days_covered_month_before"]) == (7, 29) and row["comparable"].startswith("partial: 7 of 31")
    [march] = [r for r in _run(warehouse, _query("flights_per_destination_per_month")) if r["month"] == dt.date(2024, 3, 1)]
    assert march["note"] == "partial month: 7 of 31 days covered"


def test_a_flight_with_stops_counts_for_every_country_it_reached(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    _series(warehouse, [("US", "HN", dt.date(2024, 3, 1), 9, 31), ("US", "GT", dt.date(2024, 3, 1), 20, 31)])
    with loader.connect(warehouse) as con:
        con.execute("insert into monthly_flights (origin_country, destination, destination_countries, month, status, flights, flights_low, "
                    "flights_high, method, days_covered, n_sources, fact_ids, doc_ids, bounding_fact_ids) values "
                    "('US', 'GT+HN', ['GT', 'HN'], date '2024-03-01', 'completed', 2, 2, 2, 'sum_of_parts', 31, 1, [], [], [])")
    [honduras] = _run(warehouse, _query("flights_that_reached_a_country"), {"country": "HN"})
    assert (honduras["direct"], honduras["with_stops"], honduras["stop_sets"]) == (9, 2, "GT+HN")
    every = {r["country"]: r["direct"] + r["with_stops"] for r in _run(warehouse, _query("flights_that_reached_a_country"))}
    assert every == {"GT": 22, "HN": 11}


def test_a_total_over_every_origin_is_never_added_to_the_origins(tmp_path: Path) -> None:
    """US 57 and MX 5 beside a receiving country's total of 60 over every origin: 60 with a note, never 122."""
    warehouse = tmp_path / "w.duckdb"
    with loader.connect(warehouse) as con:
        loader.prepare(con)
        for origin, flights in (("US", 57), ("MX", 5), (None, 60)):
            con.execute("insert into monthly_flights (origin_country, destination, destination_countries, month, status, flights, flights_low, "
                        "flights_high, method, days_covered, n_sources, fact_ids, doc_ids, bounding_fact_ids) values "
                        "(?, 'GT', ['GT'], date '2024-03-01', 'completed', ?, ?, ?, 'stated_for_month', 31, 1, [], [], [])",
                        [origin, flights, flights, flights])
    [row] = _run(warehouse, _query("flights_per_destination_per_month"))
    assert (row["flights"], row["stated_over_all_origins"], row["sum_of_origins"], row["by_origin"]) == (60, 60, 62, "MX 5, US 57")
    assert "disagree" in row["note"]
    routes = _run(warehouse, _query("flights_per_route_per_month"))
    assert sum(r["flights"] for r in routes) == 62 and {r["origin_country"] for r in routes} == {"US", "MX"}
    for path in COOKBOOK:  # no cookbook query puts the total and its parts in rows that add up to 122
        rows = _run(warehouse, path, {"destination": "GT", "country": "GT", "source_uri": "x"})
        assert sum(r.get("flights") or 0 for r in rows if r.get("destination") in ("GT", None)) != 122, path.name


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
    assert {"US", "MX", "PA"} <= {r["origin"] for r in rows}
