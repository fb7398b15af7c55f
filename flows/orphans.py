"""Runs that were killed: the next run closes them in the journal and in Prefect, ends what they left running, and says so.

A run killed with ``kill -9`` (or by the kernel when memory runs out) writes no ending: its flow run
stays Running in Prefect forever, and the temporary Prefect server it started (about 230 MB) goes
on without a parent. So each run records, when it takes the warehouse's lock, its own process and
the temporary server it started, each with its start time (a pid alone may have been reused since).
The next run to take the same lock finds that begun line with no ending and its process gone.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from flows import journal

RUN = "run"
PREFECT_SERVER = "prefect_server"
# seconds a server is given to stop on SIGTERM before it is killed
SERVER_STOP_SECONDS = 5.0
# process start times are kept to the hundredth of a second: equal within this, it is the same process
SAME_START_SECONDS = 0.05


def _described(process: psutil.Process, role: str) -> dict[str, Any]:
    return {"role": role, "pid": process.pid, "created": round(process.create_time(), 2)}


def own_processes() -> list[dict[str, Any]]:
    """This run's process, and the temporary Prefect server it started (a child running Prefect's app under uvicorn), if any."""
    me = psutil.Process()
    described = [_described(me, RUN)]
    for child in me.children():
        try:
            command = child.cmdline()
        except psutil.Error:
            continue
        if "uvicorn" in command and any(part.startswith("prefect.server") for part in command):
            described.append(_described(child, PREFECT_SERVER))
    return described


def living(described: dict[str, Any]) -> psutil.Process | None:
    """The process a journal line describes, if it is still running (same pid and same start time)."""
    try:
        process = psutil.Process(described["pid"])
        same = abs(process.create_time() - described["created"]) < SAME_START_SECONDS
    except (psutil.Error, KeyError, TypeError):
        return None
    return process if same and process.status() != psutil.STATUS_ZOMBIE else None


@dataclass(frozen=True)
class KilledRun:
    """A run closed as crashed: when it began, its source, and what closing it did."""

    run_id: str
    started_at: dt.datetime
    source: Path
    servers_ended: tuple[int, ...]
    prefect: str

    @property
    def account(self) -> str:
        """One sentence of what was found and done, for the journal, the log and the alert."""
        servers = (f"ended the temporary Prefect server it left running (pid {', '.join(map(str, self.servers_ended))})"
                   if self.servers_ended else "it left no Prefect server running")
        return f"run {self.run_id} (begun {self.started_at:%Y-%m-%d %H:%M:%S} UTC) ended without recording how (killed); {servers}; Prefect: {self.prefect}"


def _end(process: psutil.Process) -> None:
    process.terminate()
    try:
        process.wait(SERVER_STOP_SECONDS)
    except psutil.TimeoutExpired:
        process.kill()


def _mark_crashed(flow_run_id: str | None) -> str:
    """Set the killed run's flow run to Crashed unless it already ended; say what happened (Prefect may not know the run)."""
    if not flow_run_id:
        return "no flow run was recorded"
    from prefect.client.orchestration import get_client
    from prefect.states import Crashed

    try:
        with get_client(sync_client=True) as client:
            flow_run = client.read_flow_run(uuid.UUID(flow_run_id))
            if flow_run.state is not None and flow_run.state.is_final():
                return f"flow run {flow_run_id} had already ended ({flow_run.state.name})"
            client.set_flow_run_state(flow_run_id, Crashed(message="the process running it was killed; closed by the next run"), force=True)
    except Exception as error:  # another server's run, or a server that does not answer: the journal still closes the run
        return f"flow run {flow_run_id} not marked crashed ({type(error).__name__}: {error})"
    return f"flow run {flow_run_id} marked Crashed"


def close_killed_runs(warehouse: Path) -> list[KilledRun]:
    """Runs of this warehouse that began, recorded no ending and whose process is gone: end what they left running, mark them crashed.

    The caller holds the warehouse's lock (so no run of it is going) and journals each as ``crashed``.
    """
    closed = []
    for began in journal.unfinished(warehouse):
        processes = began.get("processes", [])
        if any(living(described) for described in processes if described.get("role") == RUN):
            continue  # its process still runs: not killed, whatever it is doing
        ended = []
        for described in processes:
            server = living(described) if described.get("role") == PREFECT_SERVER else None
            if server is not None:
                _end(server)
                ended.append(server.pid)
        closed.append(KilledRun(began["run_id"], dt.datetime.fromisoformat(began["started_at"]), Path(began.get("source", "")), tuple(ended),
                                _mark_crashed(began.get("flow_run_id"))))
    return closed
