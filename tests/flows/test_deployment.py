"""prefect.yaml agrees with the flows it deploys."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

import yaml
from prefect.flows import Flow

PROJECT_DIR = Path(__file__).resolve().parents[2]


def _deployments() -> list[dict]:
    return yaml.safe_load((PROJECT_DIR / "prefect.yaml").read_text())["deployments"]


def test_every_entrypoint_is_a_flow_and_parameters_match_its_signature() -> None:
    for deployment in _deployments():
        path, name = deployment["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        flow = getattr(module, name)
        assert isinstance(flow, Flow)
        signature = inspect.signature(flow.fn)
        assert set(deployment["parameters"]) <= set(signature.parameters)
        for parameter, value in deployment["parameters"].items():
            assert isinstance(value, type(signature.parameters[parameter].default))


def test_nightly_schedule() -> None:
    [nightly] = [d for d in _deployments() if d["name"] == "nightly-ingest"]
    [schedule] = nightly["schedules"]
    assert schedule["cron"] == "0 2 * * *" and schedule["timezone"]
    assert nightly["concurrency_limit"] == 1
    assert nightly["work_pool"]["name"]
