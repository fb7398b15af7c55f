"""The run journal: one JSON line per run, kept beside the warehouse file and not inside it.

``pipeline_runs`` in the warehouse holds the runs that wrote it. A run that failed, was refused by
the lock, was stopped by a signal or found nothing new writes nothing there, and the warehouse may
be locked, broken or absent: the journal (``<warehouse>.runs.jsonl``) records every run, whatever
its end, and ``flightwatch report`` shows it.

A run writes two lines: one when it holds the lock (status ``running``, with its Prefect flow run and
the processes it started) and one when it ends. A ``running`` line with no end is a run that was
killed: the next run closes it (``flows.orphans``).
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
RUNNING = "running"
CRASHED = "crashed"
# lines read back from the end of the journal: enough for every run of weeks of nights, never the whole file
LINES_READ = 2000


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


def entry(run_id: str, started: dt.datetime, source: Path, status: str, exit_code: int | None, error: BaseException | str | None = None,
          details: dict[str, Any] | None = None) -> dict[str, Any]:
    """One journal line: the run, how it ended (or `running`), its exit code, its error, and details (counts, processes)."""
    told = error if isinstance(error, str) or error is None else f"{type(error).__name__}: {error}"
    return {
        "run_id": run_id, "started_at": started.isoformat(), "finished_at": dt.datetime.now(dt.UTC).isoformat(), "status": status,
        "exit_code": exit_code, "source": str(source), "error": told or None, **(details or {}),
    }


def _lines(warehouse: Path) -> list[dict[str, Any]]:
    """The journal's last lines, oldest first; a line that is not JSON (a run killed while writing it) is skipped."""
    path = journal_path(warehouse)
    if not path.exists():
        return []
    with path.open("rb") as journal:
        journal.seek(max(0, journal.seek(0, 2) - LINES_READ * 1024))
        tail = journal.read().decode("utf-8", errors="replace").splitlines()[-LINES_READ:]
    entries = []
    for line in tail:
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(entry, dict) and "run_id" in entry:  # the first line read may be the end of a longer one
            entries.append(entry)
    return entries


def runs(warehouse: Path) -> list[dict[str, Any]]:
    """Each run's latest line, oldest run first: its ending, or ``running`` for a run still going or killed."""
    latest: dict[str, dict[str, Any]] = {}
    for line in _lines(warehouse):
        latest.pop(line["run_id"], None)
        latest[line["run_id"]] = line
    return list(latest.values())


def last_entries(warehouse: Path, count: int) -> list[dict[str, Any]]:
    """The last ``count`` runs, oldest first, each as its latest line."""
    return runs(warehouse)[-count:]


def unfinished(warehouse: Path) -> list[dict[str, Any]]:
    """Runs that began and wrote no ending: still going, or killed."""
    return [line for line in runs(warehouse) if line["status"] == RUNNING]


def ending_of(warehouse: Path, pid: int, since: dt.datetime) -> dict[str, Any] | None:
    """The ending of the latest run begun by process ``pid`` since ``since``, if it recorded one (asked after a flow call failed)."""
    began = {line["run_id"] for line in _lines(warehouse)
             if line["status"] == RUNNING and line.get("pid") == pid and dt.datetime.fromisoformat(line["started_at"]) >= since}
    endings = [line for line in runs(warehouse) if line["run_id"] in began and line["status"] != RUNNING]
    return endings[-1] if endings else None
