"""Serve the nightly deployment from this one process, with no Prefect server or worker to run.

``python -m flows.serve`` reads the schedule and parameters of ``nightly-ingest`` from
prefect.yaml, so both ways of scheduling run the same thing at the same time.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
from prefect.schedules import Cron

from flows.nightly import nightly
from flows.settings import PROJECT_DIR

DEPLOYMENT = "nightly-ingest"


def deployment_spec(prefect_yaml: Path = PROJECT_DIR / "prefect.yaml", name: str = DEPLOYMENT) -> dict:
    """The named deployment's entry in prefect.yaml."""
    deployments = yaml.safe_load(prefect_yaml.read_text())["deployments"]
    return next(d for d in deployments if d["name"] == name)


def main(argv: list[str] | None = None) -> None:
    """Serve the nightly flow on its cron schedule until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m flows.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--timezone", help="override the schedule's timezone (default: prefect.yaml's)")
    args = parser.parse_args(argv)
    spec = deployment_spec()
    schedules = [Cron(s["cron"], timezone=args.timezone or s.get("timezone", "UTC")) for s in spec["schedules"]]
    nightly.serve(name=spec["name"], schedules=schedules, parameters=spec["parameters"], tags=spec.get("tags", []),
                  description=spec.get("description"), global_limit=spec.get("concurrency_limit"))


if __name__ == "__main__":
    main()
