"""Serve the nightly deployment from this one process, with no worker to run.

``flightwatch serve`` reads the schedule and parameters of ``nightly-ingest`` from prefect.yaml
in the project folder, so both ways of scheduling run the same thing at the same time. A schedule
needs a real Prefect server (on Prefect's temporary one it is never fired): the configured one
(``PREFECT_API_URL``), or else a local server this command starts on 127.0.0.1 and stops with it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from prefect.schedules import Cron
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.nightly import nightly
from flows.settings import PREFECT_YAML

DEPLOYMENT = "nightly-ingest"
SERVER_STARTUP_SECONDS = 120.0


def deployment_spec(prefect_yaml: Path = Path(PREFECT_YAML), name: str = DEPLOYMENT) -> dict:
    """The named deployment's entry in prefect.yaml."""
    deployments = yaml.safe_load(prefect_yaml.read_text())["deployments"]
    return next(d for d in deployments if d["name"] == name)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


@contextmanager
def scheduling_server() -> Iterator[str]:
    """The API address of a Prefect server that fires schedules: the configured one, or a local one started for as long as this runs."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen([str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)], start_new_session=True,
                              stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + SERVER_STARTUP_SECONDS
        while not _answers(url):
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the local Prefect server did not start on {url} (exit code {server.poll()})")
            time.sleep(0.5)
        os.environ["PREFECT_API_URL"] = url  # the served flow runs, started in processes of their own, talk to it too
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def serve_nightly(timezone: str | None = None) -> None:
    """Serve the nightly flow on its cron schedule until interrupted, against a server that fires it."""
    with scheduling_server() as url:
        print(f"flightwatch serve: schedules fired by the Prefect server at {url}", flush=True)
        _serve(timezone)


def _serve(timezone: str | None) -> None:
    spec = deployment_spec()
    schedules = [Cron(s["cron"], timezone=timezone or s.get("timezone", "UTC")) for s in spec["schedules"]]
    nightly.serve(name=spec["name"], schedules=schedules, parameters=spec["parameters"], tags=spec.get("tags", []),
                  description=spec.get("description"), global_limit=spec.get("concurrency_limit"))
