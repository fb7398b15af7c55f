"""Every run is on record beside the warehouse and reaches people: stopped by a signal, refused, failed, or with nothing new."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from flows.cli import report
from flows.journal import last_entries, runs
from flows.resources import run_lock
from tests.conftest import PROJECT_DIR, seed_files
from tests.flows.test_budget import SLOW
from tests.receiver import receiver
from warehouse.loader import staging_path

pytestmark = pytest.mark.process  # the tests here start processes (the command, an install, helpers): the full tier


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_the_run_within_seconds_cleans_up_alerts_and_is_journaled(seeded: dict, tmp_path: Path, signum: int) -> None:
    warehouse = tmp_path / "w.duckdb"
    warehouse.write_bytes(seeded["warehouse"].read_bytes())
    published = warehouse.read_bytes()
    source = seed_files(tmp_path / "source")
    (source / "slow.txt").write_bytes(SLOW * 8)  # minutes of extraction under a budget of ten minutes
    with receiver() as (url, received):
        env = {**os.environ, "FLIGHTWATCH_ALERT_URLS": url, "FLIGHTWATCH_DOC_TIME_BUDGET": "600"}
        run = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--source", str(source), "--warehouse", str(warehouse)],
                               cwd=PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not staging_path(warehouse).exists():
            time.sleep(0.1)
        time.sleep(8)  # well inside the slow document
        run.send_signal(signum)
        stopped_at = time.monotonic()
        _, error_output = run.communicate(timeout=120)
        took = time.monotonic() - stopped_at
    assert run.returncode == 128 + signum, error_output[-2000:]
    assert took < 30, f"the run took {took:.0f} s to stop"
    assert warehouse.read_bytes() == published and not staging_path(warehouse).exists()
    with run_lock(warehouse):
        pass  # the lock is free
    [entry] = last_entries(warehouse, 5)
    assert (entry["status"], entry["exit_code"]) == ("stopped", 128 + signum)
    assert signal.Signals(signum).name in entry["error"]
    assert len(received) == 1 and signal.Signals(signum).name in received[0]["message"]


def test_refused_and_nothing_new_runs_are_journaled_and_reported(seeded: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flows.nightly import nightly
    from flows.resources import RunLockedError

    warehouse = tmp_path / "w.duckdb"
    warehouse.write_bytes(seeded["warehouse"].read_bytes())
    source = seeded["source"]
    nightly(source=str(source), warehouse=str(warehouse))
    with run_lock(warehouse), pytest.raises(RunLockedError):
        nightly(source=str(source), warehouse=str(warehouse))
    with pytest.raises(FileNotFoundError):
        nightly(source=str(tmp_path / "missing"), warehouse=str(warehouse))
    lines = runs(warehouse)
    assert [(e["status"], e["exit_code"]) for e in lines] == [("nothing_new", 0), ("refused", 3), ("failed", 1)]
    assert lines[0]["docs_seen"] == 5 and "RunLockedError" in lines[1]["error"] and "does not exist" in lines[2]["error"]
    assert report(argparse.Namespace(warehouse=str(warehouse), runs=5)) == 0
    printed = capsys.readouterr().out
    assert "nothing_new (exit 0)" in printed and "refused (exit 3)" in printed and "failed (exit 1)" in printed


def test_a_source_that_gives_nothing_new_for_days_warns_every_night(seeded: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "w.duckdb"
    warehouse.write_bytes(seeded["warehouse"].read_bytes())
    with receiver() as (url, received):
        monkeypatch.setenv("FLIGHTWATCH_ALERT_URLS", url)
        quiet = nightly(source=str(seeded["source"]), warehouse=str(warehouse))
        assert quiet.stale_since is None and received == [], "the seeds came in minutes ago"
        monkeypatch.setenv("FLIGHTWATCH_STALE_DAYS", "0")
        for _ in range(2):
            stale = nightly(source=str(seeded["source"]), warehouse=str(warehouse))
            assert stale.stale_since is not None and "no new document since" in stale.render()
    assert len(received) == 2 and all("no new document since" in message["title"] for message in received)
    assert received[0]["type"] == "warning"


def test_a_configured_prefect_server_that_does_not_answer_reaches_people(tmp_path: Path) -> None:
    from tests.receiver import closed_port_url

    closed = closed_port_url().split("://", 1)[1].split("/", 1)[0]
    warehouse = tmp_path / "w.duckdb"
    with receiver() as (url, received):
        env = {**os.environ, "FLIGHTWATCH_ALERT_URLS": url, "PREFECT_API_URL": f"http://{closed}/api"}
        run = subprocess.run([sys.executable, "-m", "flows.cli", "run", "--source", str(tmp_path), "--warehouse", str(warehouse)],
                             check=False, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "does not answer" in run.stderr
    [message] = received
    assert "prefect config unset PREFECT_API_URL" in message["message"] and message["type"] == "failure"
    [entry] = last_entries(warehouse, 5)
    assert (entry["status"], entry["exit_code"]) == ("failed", 1) and "does not answer" in entry["error"]


def _prefect_server_of(run: subprocess.Popen) -> psutil.Process:
    """The temporary Prefect server a run started (a child running Prefect's app under uvicorn)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for child in psutil.Process(run.pid).children():
            if "uvicorn" in child.cmdline():
                return child
        time.sleep(0.1)
    raise AssertionError("the run started no temporary Prefect server")


def test_a_run_that_published_and_then_lost_its_prefect_server_says_it_published(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    source = seed_files(tmp_path / "source")
    with receiver() as (url, received):
        # no retries: the lost server's calls fail at once instead of after minutes of back-off
        env = {**os.environ, "FLIGHTWATCH_ALERT_URLS": url, "PREFECT_CLIENT_MAX_RETRIES": "0"}
        env.pop("PREFECT_API_URL", None)
        run = subprocess.Popen([sys.executable, "-m", "flows.cli", "run", "--source", str(source), "--warehouse", str(warehouse)],
                               cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        server = _prefect_server_of(run)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not warehouse.exists():  # the first publish creates the file
            time.sleep(0.02)
        server.kill()
        output, error_output = run.communicate(timeout=600)
    assert warehouse.exists() and run.returncode == 0, error_output[-3000:]
    assert "completed" in output and "rows loaded" in output, "the run's summary is printed"
    assert "completed and published; Prefect's record of it is incomplete" in error_output
    [told] = [message for message in received if "Prefect's record of it is incomplete" in message["title"]]
    assert told["type"] == "warning" and "published the warehouse" in told["message"]
    [ending] = last_entries(warehouse, 5)
    assert (ending["status"], ending["exit_code"]) == ("completed", 0)


def test_a_killed_run_is_closed_by_the_next_run_and_its_prefect_server_ended(seeded: dict, tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    warehouse.write_bytes(seeded["warehouse"].read_bytes())
    source = seed_files(tmp_path / "source")
    (source / "slow.txt").write_bytes(SLOW * 8)
    command = [sys.executable, "-m", "flows.cli", "run", "--source", str(source), "--warehouse", str(warehouse)]
    with receiver() as (url, received):
        env = {**os.environ, "FLIGHTWATCH_ALERT_URLS": url, "FLIGHTWATCH_DOC_TIME_BUDGET": "600"}
        env.pop("PREFECT_API_URL", None)
        killed = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = _prefect_server_of(killed)
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline and not staging_path(warehouse).exists():
            time.sleep(0.1)
        killed.kill()
        killed.wait(30)
        time.sleep(1)
        assert server.is_running(), "a killed run leaves its temporary server running"
        [began] = last_entries(warehouse, 5)
        assert began["status"] == "running"
        next_run = subprocess.run(command, cwd=PROJECT_DIR, env={**env, "FLIGHTWATCH_DOC_TIME_BUDGET": "2"},
                                  capture_output=True, text=True, timeout=600, check=False)
    assert next_run.returncode == 0, next_run.stderr[-3000:]
    assert not server.is_running() or server.status() == psutil.STATUS_ZOMBIE, "the orphan server is ended"
    closed, completed = last_entries(warehouse, 5)
    assert (closed["run_id"], closed["status"], closed["exit_code"]) == (began["run_id"], "crashed", None)
    assert f"pid {server.pid}" in closed["error"] and "marked Crashed" in closed["error"], closed["error"]
    assert completed["status"] == "completed"
    crashed = [message for message in received if "CRASHED" in message["title"]]
    assert len(crashed) == 1 and began["run_id"] in crashed[0]["title"] and "killed" in crashed[0]["message"]
