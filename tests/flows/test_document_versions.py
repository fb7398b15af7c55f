"""A file edited at the same path is a new version: it supersedes the document read from it before, through real runs."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb

from flows.nightly import nightly

FIRST = ("Honduras Weekly\n\nMarch 4, 2024\n\nHonduras received 12 deportation flights from the United States "
         "in February 2024, officials said.\n")
CORRECTED = FIRST.replace("12 deportation flights", "14 deportation flights") + "\nCorrection: an earlier version gave 12 flights.\n"


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_new_version_of_a_file_supersedes_the_old_and_its_claims_leave_the_series(prefect_harness: None, tmp_path: Path) -> None:
    source, warehouse = tmp_path / "docs", tmp_path / "w.duckdb"
    source.mkdir()
    article = source / "weekly.txt"
    article.write_text(FIRST)
    first = nightly(source=str(source), warehouse=str(warehouse))
    assert (first.docs_new, first.docs_updated) == (1, 0)
    february = "select flights, n_sources from monthly_flights where destination = 'HN' and month = date '2024-02-01' and status = 'completed'"
    assert _rows(warehouse, february) == [(12, 1)]
    [(first_run_end,)] = _rows(warehouse, "select max(finished_at) from pipeline_runs")

    article.write_text(CORRECTED)
    stat = article.stat()
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns - 10_000_000_000))  # settled: not still being written
    second = nightly(source=str(source), warehouse=str(warehouse))
    assert (second.docs_new, second.docs_updated, second.docs_quarantined) == (1, 1, 0)
    assert "updated 1" in second.render()
    documents = _rows(warehouse, "select doc_id, superseded_by from documents order by ingested_at")
    assert len(documents) == 2 and documents[0][1] == documents[1][0] and documents[1][1] is None, "the old version stays, superseded"
    assert _rows(warehouse, february) == [(14, 1)], "the old version's 12 left the series; one source, not two"
    assert _rows(warehouse, f"select count(*) from flight_claims where doc_id = '{documents[0][0]}'") == [(0,)]
    assert _rows(warehouse, f"select flights from monthly_flights_as_of(timestamptz '{first_run_end}') where destination = 'HN' "
                            "and month = date '2024-02-01'") == [(12,)], "as of the first run, the series said 12"
    assert _rows(warehouse, "select docs_updated from pipeline_runs order by started_at") == [(0,), (1,)]
