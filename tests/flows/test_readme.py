"""The README's first query gives numbers an analyst can quote, on the warehouse the seeds build."""

from __future__ import annotations

import re

import duckdb

from tests.conftest import PROJECT_DIR


def _first_query() -> str:
    readme = (PROJECT_DIR / "README.md").read_text()
    section = readme[readme.index("## Query it"):]
    return re.search(r'con\.sql\("""(.*?)"""\)', section, re.DOTALL).group(1)


def test_first_query_leaves_out_what_cannot_be_quoted_as_completed_flights(seeded: dict) -> None:
    with duckdb.connect(str(seeded["warehouse"]), read_only=True) as con:
        result = con.sql(_first_query()).pl()
        unquotable = {
            evidence for (evidence,) in con.execute(
                "select evidence from flight_counts where status <> 'completed' or qualifier <> 'exact' "
                "or ordinal is not null or len(destination_countries) <> 1"
            ).fetchall()
        }
        denied = con.execute("select count(*) from flight_counts where status = 'denied'").fetchone()[0]
    assert result.height > 0
    assert denied > 0, "the seeds state a denied flight, so the filter is exercised"
    assert not set(result["evidence"]) & unquotable
    assert result["destination"].is_not_null().all()
