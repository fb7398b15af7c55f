"""The Great Expectations audit of a staging warehouse, in a process of its own.

Great Expectations takes about 135 MB to import, and it validates pandas frames that hold a large
run's rows several times over; the allocators keep much of that memory after the audit is done.
In a child process all of it is given back when the audit ends, and the run's own process stays
the size it had while loading (a 100,000-document run peaked at 1.7 GB with the audit inside it).

The process starts (``python -m flows.audit REPORT``) as soon as a run knows it will write, and
imports what the audit needs (6-8 s of CPU) while the run stages and loads; it then waits on its standard
input for the request and writes its report to the file REPORT. It imports nothing of the
command that started the run. It runs at a lower CPU priority: the import competes with the run's
copy, loading and reconciliation for the same cores, and those are what the run waits on first.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from schemas.findings import AuditReport
from warehouse import loader

STDERR_TAIL_CHARS = 2000  # of a failed audit's error output, kept in the run's error
NICENESS = 10  # added to the audit's process's: its import yields the cores to the run's own steps


class AuditProcessError(RuntimeError):
    """The audit's process ended without a report."""


@dataclass(frozen=True)
class AuditRequest:
    """What the audit's process needs: the staging file, which rows to audit, and where its Data Docs go."""

    staging: Path
    fresh_after: dt.datetime | None  # None: every row
    docs_root: Path
    run_id: str
    warehouse: Path
    keep_runs: int


def audit_staging(request: AuditRequest) -> AuditReport:
    """Read the audited relations of the staging file and validate them."""
    from schemas.expectations import run_audit  # imported in the audit's process only

    with loader.connect(request.staging) as con:  # read-write like the run's own connection: a second configuration cannot open it
        frames = loader.audit_frames(con, request.fresh_after)
    return run_audit(frames, request.docs_root, request.run_id, request.warehouse, request.keep_runs)


@dataclass(frozen=True)
class Auditor:
    """A started audit process waiting for its one request."""

    process: subprocess.Popen
    report_file: Path
    stderr_file: Path

    def audit(self, request: AuditRequest) -> AuditReport:
        """Send the request and wait for the report; a failure in the audit's process is raised here with the end of its error output."""
        self.process.communicate(pickle.dumps(request))
        if self.process.returncode != 0 or not self.report_file.exists():
            error = self.stderr_file.read_text(errors="replace")[-STDERR_TAIL_CHARS:]
            raise AuditProcessError(f"the audit's process ended with exit status {self.process.returncode}: {error}")
        report: AuditReport = pickle.loads(self.report_file.read_bytes())
        return report


@contextmanager
def audit_process() -> Iterator[Auditor]:
    """Start the audit's process; one that was not sent a request by the end of the block is stopped."""
    with tempfile.TemporaryDirectory(prefix="flightwatch-audit-") as scratch:
        report_file, stderr_file = Path(scratch) / "report.pickle", Path(scratch) / "stderr.txt"
        with stderr_file.open("w") as stderr:
            process = subprocess.Popen([sys.executable, "-m", "flows.audit", str(report_file)], stdin=subprocess.PIPE, stderr=stderr)
        try:
            yield Auditor(process, report_file, stderr_file)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def _serve(report_file: Path) -> None:
    """The audit process's life: import, wait for the request, audit, write the report (no request: the run ended before its audit)."""
    os.nice(NICENESS)  # for its whole life: by the time the audit runs, the run waits for it and the cores are free
    import schemas.expectations  # noqa: F401  imported before the request comes: this is what the wait is for

    request = sys.stdin.buffer.read()
    if request:
        report_file.write_bytes(pickle.dumps(audit_staging(pickle.loads(request))))


if __name__ == "__main__":
    _serve(Path(sys.argv[1]))
