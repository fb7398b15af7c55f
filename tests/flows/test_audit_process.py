"""The audit's own process: a failure there reaches the run with its cause, and an unused one does not outlive its run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.audit import NICENESS, AuditProcessError, AuditRequest, audit_process

pytestmark = pytest.mark.process  # the tests here start processes (the command, an install, helpers): the full tier

HELPER_EXIT_S = 60  # its imports take 6-8 s of CPU; on a loaded machine, more


def test_an_audit_that_fails_in_its_process_is_raised_with_the_cause(tmp_path: Path) -> None:
    staging = tmp_path / "w.duckdb"
    duckdb.connect(str(staging)).close()  # a file without the warehouse's tables: the audit's first query fails
    request = AuditRequest(staging, None, tmp_path / "docs", "r1", tmp_path / "published.duckdb", 3)
    with audit_process() as auditor, pytest.raises(AuditProcessError, match=r"(?s)exit status 1: .*documents does not exist"):
        auditor.audit(request)


def test_an_audit_process_that_gets_no_request_ends_with_its_block() -> None:
    with audit_process() as auditor:
        process = auditor.process
    assert process.returncode is not None


def test_the_audit_process_yields_the_cores_to_the_run() -> None:
    own = os.getpriority(os.PRIO_PROCESS, 0)
    with audit_process() as auditor:
        deadline = time.monotonic() + HELPER_EXIT_S
        while os.getpriority(os.PRIO_PROCESS, auditor.process.pid) == own and time.monotonic() < deadline:
            time.sleep(0.05)
        assert os.getpriority(os.PRIO_PROCESS, auditor.process.pid) == min(own + NICENESS, 19)


def test_an_audit_process_whose_run_is_killed_exits_on_its_own(tmp_path: Path) -> None:
    run = subprocess.Popen(
        [sys.executable, "-c", "import os, sys, flows.audit as a\nwith a.audit_process() as auditor:\n"
         "    print(auditor.process.pid, flush=True)\n    sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert run.stdout is not None
    helper = int(run.stdout.readline())
    run.kill()  # SIGKILL: the run's `finally` never runs
    run.wait()
    deadline = time.monotonic() + HELPER_EXIT_S
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(helper)


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for init to reap it counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"
