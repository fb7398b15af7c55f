"""Run-time settings: every default in one place, overridable from the environment.

Secrets (alert URLs) come only from the environment. Entry points (the command line, the
benchmarks, the tests) call ``configure_runtime`` before Prefect is imported: it points Prefect's
home at the state folder and turns telemetry off. Importing any module changes nothing.
Paths are relative to the folder the command runs in: the project folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from transforms.decode import DEFAULT_MAX_BYTES

DEFAULT_SOURCE = "seeds"
DEFAULT_WAREHOUSE = "warehouse/flightwatch.duckdb"
DEFAULT_MAX_DOC_BYTES = DEFAULT_MAX_BYTES
DEFAULT_BATCH_SIZE = 500
# bytes of documents in one batch: 500 documents of the 5 MB the size limit allows would not fit in the staging file's memory cap
DEFAULT_BATCH_BYTES = 32 * 1024 * 1024
# below this many files the worker processes cost more to start (about 8 s on 2 cores) than they save
DEFAULT_PARALLEL_MIN_DOCS = 5000
DEFAULT_DATA_DOCS_RUNS = 30
# seconds one document may take to extract; a document of the dev corpus takes a few milliseconds
DEFAULT_DOC_TIME_BUDGET = 2.0
# a file changed less than this many seconds before the run may still be being written: it waits for the next run
DEFAULT_SETTLE_SECONDS = 10.0
# a source that has given no new document for this many days is worth a warning every night
DEFAULT_STALE_DAYS = 3.0
DEFAULT_STATE_DIR = ".state"
PREFECT_YAML = "prefect.yaml"


@dataclass(frozen=True)
class Settings:
    """Settings read once per run."""

    state_dir: Path
    max_doc_bytes: int
    batch_size: int
    batch_bytes: int
    alert_urls: tuple[str, ...]
    workers: int
    parallel_min_docs: int
    dask_address: str | None
    data_docs_runs: int
    doc_time_budget: float
    settle_seconds: float
    stale_days: float

    @classmethod
    def from_env(cls) -> Settings:
        """Read ``FLIGHTWATCH_*`` variables, falling back to the defaults above."""
        urls = os.environ.get("FLIGHTWATCH_ALERT_URLS", "")
        return cls(
            state_dir=Path(os.environ.get("FLIGHTWATCH_STATE_DIR", DEFAULT_STATE_DIR)).resolve(),
            max_doc_bytes=int(os.environ.get("FLIGHTWATCH_MAX_DOC_BYTES", DEFAULT_MAX_DOC_BYTES)),
            batch_size=int(os.environ.get("FLIGHTWATCH_BATCH_SIZE", DEFAULT_BATCH_SIZE)),
            batch_bytes=int(os.environ.get("FLIGHTWATCH_BATCH_BYTES", DEFAULT_BATCH_BYTES)),
            alert_urls=tuple(u.strip() for u in urls.replace("\n", ",").split(",") if u.strip()),
            workers=int(os.environ.get("FLIGHTWATCH_WORKERS", os.cpu_count() or 1)),
            parallel_min_docs=int(os.environ.get("FLIGHTWATCH_PARALLEL_MIN_DOCS") or DEFAULT_PARALLEL_MIN_DOCS),
            dask_address=os.environ.get("FLIGHTWATCH_DASK_ADDRESS") or None,
            data_docs_runs=int(os.environ.get("FLIGHTWATCH_DATA_DOCS_RUNS", DEFAULT_DATA_DOCS_RUNS)),
            doc_time_budget=float(os.environ.get("FLIGHTWATCH_DOC_TIME_BUDGET", DEFAULT_DOC_TIME_BUDGET)),
            settle_seconds=float(os.environ.get("FLIGHTWATCH_SETTLE_SECONDS", DEFAULT_SETTLE_SECONDS)),
            stale_days=float(os.environ.get("FLIGHTWATCH_STALE_DAYS", DEFAULT_STALE_DAYS)),
        )


def configure_runtime() -> None:
    """Offline Prefect and Great Expectations with their state inside the project's state folder."""
    state_dir = Settings.from_env().state_dir
    defaults = {
        "PREFECT_HOME": str(state_dir / "prefect"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_CLOUD_ENABLE_ORCHESTRATION_TELEMETRY": "false",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        # the temporary server's first start creates its database: 20 s, Prefect's default, is not enough on a slow machine
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
        "PREFECT_LOGGING_EXTRA_LOGGERS": "",
        "GX_ANALYTICS_ENABLED": "false",
    }
    for name, value in defaults.items():
        os.environ.setdefault(name, value)
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)
