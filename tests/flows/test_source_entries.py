"""Bad entries in the source folder are refused one by one, and files still being written wait for a later run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import seed_files

NEW = "Four deportation flights landed in Honduras on Monday, 4 March 2024, officials said."


def _night(source: Path, warehouse: Path):
    from flows.nightly import nightly

    return nightly(source=str(source), warehouse=str(warehouse))


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_a_link_loop_and_a_name_that_is_not_utf8_are_refused_and_the_rest_loads(prefect_harness: None, tmp_path: Path) -> None:
    source = seed_files(tmp_path / "source")
    (source / "loop_a.txt").symlink_to("loop_b.txt")
    (source / "loop_b.txt").symlink_to("loop_a.txt")
    with open(os.path.join(os.fsencode(source), b"informe_\xf1.txt"), "wb") as latin1_name:
        latin1_name.write(NEW.encode())
    warehouse = tmp_path / "w.duckdb"
    summary = _night(source, warehouse)
    assert (summary.status, summary.docs_new, summary.docs_quarantined) == ("completed", 5, 3)
    refused = _rows(warehouse, "select source_uri, reason, detail from quarantine order by source_uri")
    assert [(uri, reason) for uri, reason, _ in refused] == [
        ("informe_\\xf1.txt", "unreadable"), ("loop_a.txt", "unreadable"), ("loop_b.txt", "unreadable"),
    ]
    assert "not valid UTF-8" in refused[0][2] and "Symlink loop" in refused[1][2]


def test_empty_files_are_refused_as_empty_not_as_copies_of_each_other(prefect_harness: None, tmp_path: Path) -> None:
    source = seed_files(tmp_path / "source")
    for number in range(200):
        (source / f"empty_{number:03}.txt").touch()
    warehouse = tmp_path / "w.duckdb"
    summary = _night(source, warehouse)
    assert (summary.docs_new, summary.docs_quarantined) == (5, 200)
    assert _rows(warehouse, "select reason, count(*) from quarantine group by reason") == [("empty", 200)]
    assert _rows(warehouse, "select check_name, message from dq_alerts where table_name = 'quarantine'") == [
        ("empty", "200 file(s) quarantined: empty"),
    ]


def test_a_file_changed_moments_ago_waits_for_the_next_run(prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = seed_files(tmp_path / "source")
    day_ago = time.time() - 86400
    for seed in source.iterdir():  # a fresh clone gives the seeds the clone's time
        os.utime(seed, (day_ago, day_ago))
    warehouse = tmp_path / "w.duckdb"
    _night(source, warehouse)
    (source / "arriving.txt").write_text(NEW)
    monkeypatch.setenv("FLIGHTWATCH_SETTLE_SECONDS", "3600")
    waiting = _night(source, warehouse)
    assert (waiting.docs_seen, waiting.docs_new, waiting.docs_known, waiting.docs_waiting) == (6, 0, 5, 1)
    assert "waiting 1 (still being written" in waiting.render()
    monkeypatch.setenv("FLIGHTWATCH_SETTLE_SECONDS", "0")
    assert _night(source, warehouse).docs_new == 1


def test_a_file_that_grows_between_listing_and_reading_waits(tmp_path: Path) -> None:
    import datetime as dt

    from flows.resources import discover_files
    from flows.run import Run, read_files

    source = tmp_path / "source"
    source.mkdir()
    (source / "growing.txt").write_text(NEW)
    files = discover_files(source)
    with (source / "growing.txt").open("a") as growing:
        growing.write(" More to come.")
    run = Run("r", dt.datetime.now(dt.UTC), source, tmp_path / "w.duckdb", tmp_path / "s.duckdb", 10**6, 2.0)
    read = read_files(files, set(), {}, run)
    assert (read.raw.height, read.quarantined.height, read.n_waiting, read.files_read.height) == (0, 0, 1, 0)
