"""The README's first query gives numbers an analyst can quote, on the warehouse the seeds build."""

from __future__ import annotations

import re

import duckdb

from tests.conftest import PROJECT_DIR


def _first_query() -> str:
    readme = (PROJECT_DIR / "README.md").read_text()
    section = readme[readme.index("## Query it"):]
    return re.search(r'con\.sql\("""(.*?)"""\)', section, re.DOTALL).group(1)


def test_first_query_gives_the_reconciled_monthly_figures_with_their_sources(seeded: dict) -> None:
    with duckdb.connect(str(seeded["warehouse"]), read_only=True) as con:
        result = con.sql(_first_query()).pl()
        series = con.execute(
            "select month, origin_country, destination, flights from monthly_flights where status = 'completed' and destination <> '*'"
        ).fetchall()
    assert result.height == len(series) > 0, "one row per completed monthly figure"
    assert set(result.select("month", "origin_country", "destination", "flights").iter_rows()) == set(series)
    assert result["sources"].str.contains(r"\.txt\)").all(), "every figure names the files it comes from"
    quoted = result.filter((result["destination"] == "GT") & (result["origin_country"] == "US")).row(0, named=True)
    assert (quoted["flights"], quoted["method"], quoted["days_covered"]) == (36, "sum_of_parts", 21), "the figure the README quotes"
