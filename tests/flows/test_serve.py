"""``flightwatch serve`` fires its schedule: a real Prefect server, a one-minute cron, a real run."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from flows.journal import RUNNING, runs
from tests.conftest import PROJECT_DIR, SEEDS_DIR

pytestmark = pytest.mark.process  # a server and served flow runs


def _ended(warehouse: Path) -> list[dict]:
    """The runs the journal shows ended (a run writes a "running" line first)."""
    return [run for run in runs(warehouse) if run["status"] != RUNNING]


def test_serve_fires_a_one_minute_schedule_and_stops_its_server(tmp_path: Path) -> None:
    shutil.copytree(SEEDS_DIR, tmp_path / "seeds")
    spec = (PROJECT_DIR / "prefect.yaml").read_text()
    (tmp_path / "prefect.yaml").write_text(spec.replace('cron: "0 2 * * *"', 'cron: "* * * * *"'))
    env = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    env["FLIGHTWATCH_STATE_DIR"] = str(tmp_path / ".state")
    env.pop("PREFECT_HOME", None)
    log = tmp_path / "serve.log"
    with log.open("w") as output:
        served = subprocess.Popen([sys.executable, "-m", "flows.cli", "serve"], cwd=tmp_path, env={**env, "PYTHONPATH": str(PROJECT_DIR)},
                                  stdout=output, stderr=subprocess.STDOUT)
    warehouse = tmp_path / "warehouse" / "flightwatch.duckdb"
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and not _ended(warehouse) and served.poll() is None:
            time.sleep(1)
        assert _ended(warehouse), log.read_text()[-3000:]
    finally:
        served.send_signal(signal.SIGTERM)
        served.wait(timeout=60)
    [first, *_] = _ended(warehouse)
    assert (first["status"], first["docs_new"]) == ("completed", 5)
    [url] = re.findall(r"Prefect server at (\S+)", log.read_text())
    with pytest.raises(OSError):
        urllib.request.urlopen(f"{url}/health", timeout=5)
