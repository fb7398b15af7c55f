"""The run journal: one JSON line per run, kept beside the warehouse file and not inside it.

``pipeline_runs`` in the warehouse holds the runs that wrote it. A run that failed, was refused by
the lock, was stopped by a signal or found nothing new writes nothing there, and the warehouse may
be locked, broken or absent: the journal (``<warehouse>.runs.jsonl``) records every run, whatever
its end, and ``flightwatch report`` shows it.
"""

from __future__ import annotations

import datetime as dt
import json
import signal
from pathlib import Path
from typing import Any

EXIT_COMPLETED = 0
EXIT_FAILED = 1
EXIT_NOT_PUBLISHED = 2
EXIT_LOCKED = 3


class RunStopped(BaseException):
    """A signal (SIGTERM from a watchdog or Prefect's cancellation, SIGINT from Ctrl-C) stopped the run.

    A BaseException, as KeyboardInterrupt is: no task retries it and no step mistakes it for its own error.
    """

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"stopped by {signal.Signals(signum).name}")

    @property
    def exit_code(self) -> int:
        """128 plus the signal's number, as a shell reports a process ended by it."""
        return 128 + self.signum


def journal_path(warehouse: Path) -> Path:
    """Where the journal of a warehouse file is kept."""
    return warehouse.with_name(warehouse.name + ".runs.jsonl")


def record(warehouse: Path, entry: dict[str, Any]) -> str | None:
    """Append one run's entry; None, or why it could not be written (the caller logs it: the run's outcome stands)."""
    try:
        warehouse.parent.mkdir(parents=True, exist_ok=True)
        with journal_path(warehouse).open("a", encoding="utf-8") as journal:
            journal.write(json.dumps(entry, default=str, ensure_ascii=False) + "\n")
    except OSError as error:
        return f"{type(error).__name__}: {error}"
    return None


def entry(run_id: str, started: dt.datetime, source: Path, status: str, exit_code: int, error: BaseException | None = None,
          counts: dict[str, int] | None = None) -> dict[str, Any]:
    """One journal line: the run, how it ended, its exit code, and its counts or its error."""
    return {
        "run_id": run_id, "started_at": started.isoformat(), "finished_at": dt.datetime.now(dt.UTC).isoformat(), "status": status,
        "exit_code": exit_code, "source": str(source), "error": f"{type(error).__name__}: {error}" if error else None, **(counts or {}),
    }


def last_entries(warehouse: Path, count: int) -> list[dict[str, Any]]:
    """The last ``count`` entries, oldest first; a line that is not JSON (a run killed while writing it) is skipped."""
    path = journal_path(warehouse)
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines()[-count * 2:]:
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return entries[-count:]
