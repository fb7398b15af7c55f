"""The project is a package: it installs with its SQL, its command runs, and importing it changes nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT_DIR

pytestmark = pytest.mark.process  # the tests here start processes (the command, an install, helpers): the full tier

LOCAL_STATE = (".git", ".venv", ".state", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache", ".hypothesis")
IMPORT_EVERYTHING = """
import os, sys
before = dict(os.environ)
import flows.evaluation.accuracy, flows.cli, flows.nightly, flows.resources, flows.serve, flows.settings
import schemas.expectations, schemas.models, schemas.validate, transforms.extract, transforms.document, warehouse.loader
ours = ("FLIGHTWATCH_", "PREFECT_", "GX_", "DO_NOT_TRACK")  # libraries may set their own tuning variables
changed = {k for k in set(os.environ) | set(before) if k.startswith(ours) and os.environ.get(k) != before.get(k)}
assert not changed, f"importing changed {changed}"
assert transforms.document._language_identifier.cache_info().currsize == 0, "the language model was loaded at import"
"""

PREFECT_STARTUP_TIMEOUT = """
from flows.settings import configure_runtime
configure_runtime()
from prefect.settings import get_current_settings

print(get_current_settings().server.ephemeral.startup_timeout_seconds)
"""


def test_importing_every_module_has_no_side_effect() -> None:
    result = subprocess.run([sys.executable, "-c", IMPORT_EVERYTHING], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr


def test_a_plain_install_carries_the_sql_and_the_command(tmp_path: Path) -> None:
    checkout = tmp_path / "checkout"  # the build writes beside the sources: build it from a copy, not the working tree
    shutil.copytree(PROJECT_DIR, checkout, ignore=shutil.ignore_patterns(*LOCAL_STATE))
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "uv", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(checkout)],
                   check=True, timeout=300, capture_output=True)
    installed = {path.relative_to(target).as_posix() for path in target.rglob("*.sql")}
    shipped = {path.relative_to(PROJECT_DIR).as_posix() for path in (PROJECT_DIR / "warehouse" / "sql").rglob("*.sql")}
    assert installed == shipped
    assert (target / "bin" / "flightwatch").is_file()
    assert not (target / "benchmarks").exists(), "the speed benchmark is the project's own, not installed"
    elsewhere = tmp_path / "elsewhere"  # no project folder beside it: the installed copy alone evaluates
    elsewhere.mkdir()
    seeds = shutil.copytree(PROJECT_DIR / "seeds", elsewhere / "seeds")
    gold = shutil.copy(PROJECT_DIR / "tests" / "corpora" / "seeds_gold.json", elsewhere / "gold.json")
    result = subprocess.run([sys.executable, "-m", "flows.cli", "evaluate", "--docs", str(seeds), "--gold", str(gold), "--in-process"],
                            cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(target)}, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "claims (strict)      P 1.000  R 1.000  F1 1.000" in result.stdout


def test_the_extractors_load_without_the_warehouse_models() -> None:
    """Dependencies point down: the extractors import the domain's shared values, never pandera (about 2 s and 1,200 modules)."""
    probe = "import sys, transforms.extract, transforms.mentions; print(sorted({'pandera', 'pandas', 'schemas.models'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.strip() == "[]"


def test_the_command_lists_its_jobs() -> None:
    command = Path(sys.executable).with_name("flightwatch")
    result = subprocess.run([str(command), "--help"], capture_output=True, text=True, timeout=120, check=True)
    for job in ("run", "serve", "evaluate", "report"):
        assert job in result.stdout


def test_the_command_evaluates_a_labelled_corpus() -> None:
    command = Path(sys.executable).with_name("flightwatch")
    corpus = PROJECT_DIR / "tests" / "corpora"
    result = subprocess.run(
        [str(command), "evaluate", "--docs", str(PROJECT_DIR / "seeds"), "--gold", str(corpus / "seeds_gold.json"), "--in-process"],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "claims (strict)      P 1.000  R 1.000  F1 1.000" in result.stdout


def test_the_temporary_prefect_server_is_given_time_to_create_its_database(tmp_path: Path) -> None:
    """Its first start on a slow machine took over Prefect's 20 s and failed the run; an operator's own value still wins."""
    clean = {name: value for name, value in os.environ.items() if not name.startswith(("PREFECT_", "FLIGHTWATCH_"))}
    for preset, expected in (({}, "120"), ({"PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "45"}, "45")):
        env = clean | preset | {"FLIGHTWATCH_STATE_DIR": str(tmp_path / "state")}
        result = subprocess.run([sys.executable, "-c", PREFECT_STARTUP_TIMEOUT], cwd=PROJECT_DIR, env=env, capture_output=True, text=True,
                                timeout=120, check=True)
        assert result.stdout.strip() == expected
