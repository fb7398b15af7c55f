"""Serve the nightly deployment from this one process, with no Prefect server or worker to run.

``flightwatch serve`` reads the schedule and parameters of ``nightly-ingest`` from prefect.yaml
in the project folder, so both ways of scheduling run the same thing at the same time.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from prefect.schedules import Cron

from flows.nightly import nightly
from flows.settings import PREFECT_YAML

DEPLOYMENT = "nightly-ingest"


def deployment_spec(prefect_yaml: Path = Path(PREFECT_YAML), name: str = DEPLOYMENT) -> dict:
    """The named deployment's entry in prefect.yaml."""
    deployments = yaml.safe_load(prefect_yaml.read_text())["deployments"]
    return next(d for d in deployments if d["name"] == name)


def serve_nightly(timezone: str | None = None) -> None:
    """Serve the nightly flow on its cron schedule until interrupted."""
    spec = deployment_spec()
    schedules = [Cron(s["cron"], timezone=timezone or s.get("timezone", "UTC")) for s in spec["schedules"]]
    nightly.serve(name=spec["name"], schedules=schedules, parameters=spec["parameters"], tags=spec.get("tags", []),
                  description=spec.get("description"), global_limit=spec.get("concurrency_limit"))
