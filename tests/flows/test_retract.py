"""flightwatch retract, as an analyst runs it: a document's claims leave the series, stay on record, and come back with --undo."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_DIR

pytestmark = pytest.mark.process  # runs the installed command, as an analyst would

FLIGHTWATCH = PROJECT_DIR / ".venv" / "bin" / "flightwatch"
GOOD = "Guatemala Weekly\n\nMarch 4, 2024\n\nGuatemala received 52 deportation flights from the United States in February 2024.\n"
WRONG = "Border Blog\n\nMarch 5, 2024\n\nHonduras received 400 deportation flights from the United States in February 2024.\n"


def _flightwatch(*arguments: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "FLIGHTWATCH_SETTLE_SECONDS": "0"}
    return subprocess.run([str(FLIGHTWATCH), *arguments], capture_output=True, text=True, timeout=300, check=False, cwd=home, env=environment)


def _series(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return dict(con.execute("select destination, flights from monthly_flights where month = date '2024-02-01' and status = 'completed' "
                                "and destination <> '*'").fetchall())


def test_a_retracted_document_leaves_the_series_and_comes_back_when_the_retraction_is_withdrawn(tmp_path: Path) -> None:
    source, warehouse = tmp_path / "docs", tmp_path / "w.duckdb"
    source.mkdir()
    (source / "weekly.txt").write_text(GOOD)
    (source / "blog.txt").write_text(WRONG)
    old = (dt.datetime.now() - dt.timedelta(hours=1)).timestamp()
    for path in source.iterdir():
        os.utime(path, (old, old))
    first = _flightwatch("run", "--source", str(source), "--warehouse", str(warehouse), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert _series(warehouse) == {"GT": 52, "HN": 400}

    refused = _flightwatch("retract", "nothing.txt", "--reason", "x", "--source", str(source), "--warehouse", str(warehouse), home=tmp_path)
    assert refused.returncode == 1 and "no document is 'nothing.txt'" in refused.stderr
    unexplained = _flightwatch("retract", "blog.txt", "--source", str(source), "--warehouse", str(warehouse), home=tmp_path)
    assert unexplained.returncode == 1 and "needs a reason" in unexplained.stderr

    retracted = _flightwatch("retract", "blog.txt", "--reason", "the blog misread a weekly figure as monthly", "--by", "ana",
                             "--source", str(source), "--warehouse", str(warehouse), home=tmp_path)
    assert retracted.returncode == 0, retracted.stderr
    assert "corrected  retract blog.txt" in retracted.stdout and "the blog misread" in retracted.stdout
    assert _series(warehouse) == {"GT": 52}, "the retracted document's figure left the series"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        [(reason, who, withdrawn)] = con.execute("select reason, requested_by, withdrawn_at from retractions").fetchall()
        [(run_id,)] = con.execute("select run_id from pipeline_runs order by started_at desc limit 1").fetchall()
        changes = con.execute(f"select change, destination, flights_before from monthly_flights_changes('{run_id}')").fetchall()
        kept = con.execute("select count(*) from documents where source_uri = 'blog.txt' and retracted_at is not null").fetchone()[0]
    assert (reason, who, withdrawn) == ("the blog misread a weekly figure as monthly", "ana", None)
    assert ("removed", "HN", 400) in changes and kept == 1, "the change is on record and the document stays"

    again = _flightwatch("retract", "blog.txt", "--reason", "twice", "--source", str(source), "--warehouse", str(warehouse), home=tmp_path)
    assert again.returncode == 1 and "already retracted" in again.stderr

    undone = _flightwatch("retract", "blog.txt", "--undo", "--source", str(source), "--warehouse", str(warehouse), home=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert _series(warehouse) == {"GT": 52, "HN": 400}, "withdrawn: the figure is back"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select withdrawn_at is not null from retractions").fetchall() == [(True,)]


def test_an_analysts_figure_replaces_a_month_until_it_is_withdrawn(tmp_path: Path) -> None:
    source, warehouse = tmp_path / "docs", tmp_path / "w.duckdb"
    source.mkdir()
    (source / "weekly.txt").write_text(GOOD)
    old = (dt.datetime.now() - dt.timedelta(hours=1)).timestamp()
    os.utime(source / "weekly.txt", (old, old))
    assert _flightwatch("run", "--source", str(source), "--warehouse", str(warehouse), home=tmp_path).returncode == 0
    common = ("--source", str(source), "--warehouse", str(warehouse))

    missing = _flightwatch("override", "--destination", "HN", "--month", "2024-02", "--flights", "9", "--reason", "x", *common, home=tmp_path)
    assert missing.returncode == 1 and "has no completed figure" in missing.stderr
    done = _flightwatch("override", "--destination", "GT", "--origin", "US", "--month", "2024-02", "--flights", "48", "--by", "ana",
                        "--reason", "the institute's bulletin counts 48", *common, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "corrected  override ov-" in done.stdout and "(the sources say 52)" in done.stdout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        [(flights, low, high, method, note)] = con.execute(
            "select flights, flights_low, flights_high, method, note from monthly_flights where destination = 'GT'").fetchall()
        [(override_id,)] = con.execute("select override_id from overrides where withdrawn_at is null").fetchall()
        [(run_id,)] = con.execute("select run_id from pipeline_runs order by started_at desc limit 1").fetchall()
        [change] = con.execute(f"select change, flights_before, flights_after, method_after from monthly_flights_changes('{run_id}')").fetchall()
    assert (flights, low, high, method) == (48, 48, 48, "analyst_override")
    assert note == f"analyst override {override_id} by ana: the institute's bulletin counts 48; the sources said 52"
    assert change == ("changed", 52, 48, "analyst_override")

    undone = _flightwatch("override", "--undo", override_id, *common, home=tmp_path)
    assert undone.returncode == 0, undone.stderr
    assert _series(warehouse) == {"GT": 52}, "withdrawn: the sources' figure is back"
    again = _flightwatch("override", "--undo", override_id, *common, home=tmp_path)
    assert again.returncode == 1 and "no override" in again.stderr
