"""A completed run leaves a warehouse that opens: a stale write-ahead log, a linked warehouse path, a full disk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_DIR, seed_files
from tests.receiver import receiver
from warehouse import loader

NEW = "Four deportation flights landed in Honduras on Monday, 4 March 2024, officials said."


def _night(source: Path, warehouse: Path):
    from flows.nightly import nightly

    return nightly(source=str(source), warehouse=str(warehouse))


def _die_after_a_commit(warehouse: Path) -> None:
    """An analyst's read-write session that commits and dies before DuckDB checkpoints: the commit stays in ``<file>.wal``."""
    code = (
        "import duckdb, os, sys\n"
        "con = duckdb.connect(sys.argv[1])\n"
        "con.execute('create table analyst_notes (note varchar)')\n"
        "con.execute(\"insert into analyst_notes values ('checked March')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(warehouse)], check=True, cwd=PROJECT_DIR)


def test_a_log_left_by_a_dead_session_is_folded_in_before_staging(prefect_harness: None, tmp_path: Path) -> None:
    source, warehouse = seed_files(tmp_path / "source"), tmp_path / "w.duckdb"
    _night(source, warehouse)
    _die_after_a_commit(warehouse)
    assert loader.wal_path(warehouse).exists()
    (source / "new.txt").write_text(NEW)
    summary = _night(source, warehouse)
    assert summary.status == "completed" and summary.docs_new == 1
    assert not loader.wal_path(warehouse).exists()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select note from analyst_notes").fetchall() == [("checked March",)]
        assert con.execute("select count(*) from documents").fetchone() == (6,)
    (source / "newer.txt").write_text(NEW.replace("Four", "Five"))
    assert _night(source, warehouse).docs_new == 1, "the run after it works too"


def test_a_linked_warehouse_is_published_where_the_link_leads(prefect_harness: None, tmp_path: Path) -> None:
    source = seed_files(tmp_path / "source")
    real = tmp_path / "storage" / "flightwatch.duckdb"
    _night(source, real)
    link = tmp_path / "analysts" / "flightwatch.duckdb"
    link.parent.mkdir()
    link.symlink_to(real)
    (source / "new.txt").write_text(NEW)
    summary = _night(source, link)
    assert summary.docs_new == 1 and summary.warehouse == str(real)
    assert link.is_symlink() and link.resolve() == real
    with duckdb.connect(str(link), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone() == (6,)
    assert not (link.parent / "flightwatch.duckdb.lock").exists(), "one lock, beside the real file"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 12 MB (tmpfs, mounted as root, as the tests run in CI)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "--lazy", str(mount_point)], check=True)


def test_a_full_disk_leaves_no_staging_file_and_the_message_says_so(
    prefect_harness: None, tmp_path: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = seed_files(tmp_path / "source")
    built = tmp_path / "built.duckdb"
    _night(source, built)
    warehouse = small_disk / "w.duckdb"
    shutil.copy2(built, warehouse)
    assert shutil.disk_usage(small_disk).free < warehouse.stat().st_size, "the disk holds the warehouse, not a staging copy"
    published = warehouse.read_bytes()
    (source / "new.txt").write_text(NEW)
    with receiver() as (url, received):
        monkeypatch.setenv("FLIGHTWATCH_ALERT_URLS", url)
        with pytest.raises(OSError, match="No space left on device"):
            _night(source, warehouse)
    assert warehouse.read_bytes() == published
    assert not [p.name for p in small_disk.iterdir() if "staging" in p.name], "no partial staging file"
    [message] = received
    assert "No space left on device" in message["message"]


def test_a_failed_rollback_does_not_hide_the_first_error(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("begin transaction")
    con.execute("commit")
    loader._roll_back(con)  # no transaction is active: nothing to undo, nothing raised
    con.close()
