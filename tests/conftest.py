"""Shared fixtures: an isolated state folder, one Prefect test harness, and a seeded warehouse."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("FLIGHTWATCH_STATE_DIR", tempfile.mkdtemp(prefix="flightwatch-test-state-"))
os.environ.setdefault("FLIGHTWATCH_SETTLE_SECONDS", "0")  # the tests run right after writing their files
os.environ.pop("FLIGHTWATCH_ALERT_URLS", None)

from flows.settings import configure_runtime

configure_runtime()  # Prefect's home and telemetry, before any test imports Prefect

PROJECT_DIR = Path(__file__).resolve().parent.parent
FAST_TIER = os.environ.get("FLIGHTWATCH_FAST_TIER") == "1"  # set by scripts/test.sh --fast


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that runs a flow (it needs the Prefect harness, directly or through a fixture) is marked ``flow`` and ``process``."""
    for item in items:
        if "prefect_harness" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.flow)
            item.add_marker(pytest.mark.process)


def _refuse_processes(event: str, _args: tuple) -> None:
    """In the fast tier, a test that starts a process fails and says where it belongs."""
    if event in ("subprocess.Popen", "os.fork", "os.posix_spawn"):
        raise RuntimeError(
            "this test starts a process: mark it `pytest.mark.process` (the full tier), or use a fixture that marks it"
        )


if FAST_TIER:
    sys.addaudithook(_refuse_processes)
SEEDS_DIR = PROJECT_DIR / "seeds"
CORPORA_DIR = PROJECT_DIR / "tests" / "corpora"
GOLD_PATH = CORPORA_DIR / "seeds_gold.json"
DEV_FIRST_BATCH = 28  # docs 01-28: the first batch of the dev corpus


@pytest.fixture(scope="session")
def gold() -> dict:
    """The acceptance file: what must come out of each seed document."""
    return json.loads(GOLD_PATH.read_text())["documents"]


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One temporary Prefect backend for every flow test in the session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seeded(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The real flow run once over a copy of seeds/ into a fresh DuckDB file."""
    from flows.nightly import nightly

    root = tmp_path_factory.mktemp("seeded")
    source = root / "seeds"
    shutil.copytree(SEEDS_DIR, source)
    warehouse = root / "flightwatch.duckdb"
    summary = nightly(source=str(source), warehouse=str(warehouse))
    return {"source": source, "warehouse": warehouse, "summary": summary}


@pytest.fixture(scope="session")
def series_warehouse(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Two real nightly runs: the seeds and the dev corpus, then two documents that disagree about one month."""
    from flows.nightly import nightly
    from tests.flows.test_series import INSTITUTE, MONITOR

    root = tmp_path_factory.mktemp("series")
    source = seed_files(root / "source")
    copy_first_batch(source / "dev")
    warehouse = root / "flightwatch.duckdb"
    first = nightly(source=str(source), warehouse=str(warehouse))
    (source / "monitor.txt").write_text(MONITOR)
    (source / "institute.txt").write_text(INSTITUTE)
    (source / "hostile.txt").write_text(HOSTILE)
    second = nightly(source=str(source), warehouse=str(warehouse))
    return {"source": source, "warehouse": warehouse, "first": first, "second": second}


HOSTILE = (
    "Story by <script>alert('publisher')</script> News\n\nPublished: May 2, 2024\n\n"
    "El Salvador received 7 deportation flights from the United States in April 2024 <img src=x onerror=alert('evidence')>.\n"
)


def copy_first_batch(target: Path) -> Path:
    """Copy docs 01-28 of the dev corpus, the documents the warehouse tests' expectations are written for, into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for document in sorted((CORPORA_DIR / "dev" / "docs").iterdir()):
        if int(document.name[:2]) <= DEV_FIRST_BATCH:
            shutil.copy2(document, target / document.name)
    return target


def seed_files(target: Path) -> Path:
    """Copy the seed documents into ``target`` and return it."""
    shutil.copytree(SEEDS_DIR, target, dirs_exist_ok=True)
    return target
