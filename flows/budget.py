"""Extraction under a time budget per document, in a helper process that is killed past it.

A pattern that backtracks, or a document far larger than the rules were written for, can keep the
regular-expression engine busy for minutes, and nothing interrupts it there: not a timer, not Ctrl-C.
So documents are extracted in a worker process, one after the other, and each must give its result
within the budget. A document that does not is quarantined ``too_slow``, its worker is killed, and a
new worker goes on with the rest of the batch. A worker that dies on a document (a crash, the
kernel's out-of-memory killer) costs that document alone, quarantined as an extraction error.

The helper loads the extractor once and forks a worker per batch, so a killed worker is replaced at
the cost of a fork, not of loading the extractor again. Messages are pickled, each preceded by its
length: the run sends a batch over a socket with a new pipe, and the worker writes its pid and then
one ``DocumentResult`` per document on that pipe. Helper and workers ask the kernel to kill them when
their parent dies, since a process busy in the regular-expression engine never reads the end of its input.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import datetime as dt
import os
import pickle
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from typing import IO, Any

import polars as pl

from transforms.document import DocumentMeta
from transforms.domain import QuarantineReason
from transforms.extract import (
    EXTRACTOR_VERSION,
    RAW_COLUMNS,
    TEXT,
    DocumentResult,
    Extraction,
    assemble,
    extract_document,
    quarantine_base,
    quarantined,
)

HEADER = struct.Struct(">Q")
READY = "ready"
# the helper imports the extractor and reads one short document before it says it is ready: the budget is
# the document's own time, not the imports' and the word lists' first load
STARTUP_SECONDS = 120.0
WARM_UP = b"Guatemala received 3 deportation flights from the United States on Monday, 4 March 2024, officials said."
PR_SET_PDEATHSIG = 1


class ExtractionProcessError(RuntimeError):
    """The extraction helper could not be started, so no document could be extracted."""


def too_slow_detail(budget: float, n_bytes: int) -> str:
    """Why a document was stopped, and when it is tried again."""
    return (f"extraction of {n_bytes} bytes ran past the budget of {budget:g} s per document and was stopped; "
            f"tried again when the extractor changes (now {EXTRACTOR_VERSION}) or the file does")


def _write(stream: IO[bytes], message: object) -> None:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(payload)) + payload)
    stream.flush()


def _read_exactly(fd: int, size: int, deadline: float | None) -> bytes | None:
    """``size`` bytes from ``fd``; None at the end of input; TimeoutError past ``deadline`` (a ``time.monotonic`` value)."""
    chunks, wanted = [], size
    while wanted:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError
        chunk = os.read(fd, min(wanted, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        wanted -= len(chunk)
    return b"".join(chunks)


def _read(fd: int, deadline: float | None) -> tuple[bool, Any]:
    """(True, message), or (False, None) at the end of input; TimeoutError when no message began before ``deadline``."""
    header = _read_exactly(fd, HEADER.size, deadline)
    if header is None:
        return False, None
    payload = _read_exactly(fd, HEADER.unpack(header)[0], None)  # a message once begun is written whole
    return (False, None) if payload is None else (True, pickle.loads(payload))


class _Helper:
    """The helper process: it loads the extractor once, then forks one worker per batch that inherits it.

    Each batch gets a pipe of its own for its results, handed to the helper over a socket with the
    batch: a worker killed in the middle of a message leaves its garbage in a pipe nobody reads again.
    """

    def __init__(self) -> None:
        self.socket, theirs = socket.socketpair()
        self.process = subprocess.Popen([sys.executable, "-m", "flows.budget", str(theirs.fileno())], pass_fds=[theirs.fileno()])
        theirs.close()
        try:
            ok, message = _read(self.socket.fileno(), time.monotonic() + STARTUP_SECONDS)
        except TimeoutError:
            ok, message = False, None
        if not ok or message != READY:
            self.stop()
            raise ExtractionProcessError(
                f"the extraction helper (python -m flows.budget) did not start within {STARTUP_SECONDS:g} s "
                f"(exit code {self.process.returncode}); its errors are in the run's error output"
            )

    def start_batch(self, batch: object) -> tuple[int, int] | None:
        """Hand a batch to a new worker: (the worker's pid, the pipe its results come on), or None if the helper is gone."""
        read_end, write_end = os.pipe()
        try:
            socket.send_fds(self.socket, [b"b"], [write_end])
            os.close(write_end)
            with self.socket.makefile("wb") as stream:
                _write(stream, batch)
        except OSError:
            os.close(read_end)
            return None
        try:
            ok, pid = _read(read_end, time.monotonic() + STARTUP_SECONDS)
        except TimeoutError:
            ok = False
        if not ok:
            os.close(read_end)
            return None
        return pid, read_end

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.socket.close()


class BudgetedExtractor:
    """Extracts batches in a helper process's workers, each document within ``budget`` seconds."""

    def __init__(self) -> None:
        self._helper: _Helper | None = None
        self._lock = threading.Lock()

    @property
    def helper_pid(self) -> int | None:
        """The helper's process id while one runs (its workers are its children)."""
        return self._helper.process.pid if self._helper else None

    def close(self) -> None:
        """Stop the helper, if one is running."""
        with self._lock:
            if self._helper is not None:
                self._helper.stop()
                self._helper = None

    def extract_batch(self, raw: pl.DataFrame, run_id: str, ingested_at: dt.datetime, max_bytes: int, budget: float,
                      kept_meta: dict[str, DocumentMeta] | None = None) -> Extraction:
        """What ``transforms.extract.extract_batch`` gives, with each document that ran past ``budget`` quarantined ``too_slow``."""
        kept = kept_meta or {}
        records = [(record, kept.get(record["doc_id"])) for record in raw.select(list(RAW_COLUMNS)).iter_rows(named=True)]
        results: list[DocumentResult] = []
        with self._lock:
            while len(results) < len(records):
                results += self._extract_until_stopped(records[len(results):], run_id, ingested_at, max_bytes, budget)
        return assemble(results)

    def _extract_until_stopped(self, records: list[tuple[dict, DocumentMeta | None]], run_id: str, ingested_at: dt.datetime,
                               max_bytes: int, budget: float) -> list[DocumentResult]:
        """Results of ``records`` in order, up to and including the first document that ran past the budget or killed its worker."""
        batch = (run_id, ingested_at, max_bytes, records)
        started = None
        for _ in range(2):  # a helper that died between batches is replaced once
            if self._helper is None:
                self._helper = _Helper()
            started = self._helper.start_batch(batch)
            if started is not None:
                break
            self._helper.stop()
            exit_code, self._helper = self._helper.process.returncode, None
        if started is None:
            raise ExtractionProcessError(f"the extraction helper exited twice while taking a batch (exit code {exit_code})")
        pid, results_pipe = started
        results: list[DocumentResult] = []
        try:
            for record, _ in records:
                base = quarantine_base(record, run_id, ingested_at)
                try:
                    ok, result = _read(results_pipe, time.monotonic() + budget)
                except TimeoutError:
                    with contextlib.suppress(ProcessLookupError):  # it ended just now: the helper reaped it
                        os.kill(pid, signal.SIGKILL)
                    results.append(quarantined(base, "extract", QuarantineReason.TOO_SLOW, too_slow_detail(budget, record["n_bytes"])))
                    break
                if not ok:  # its pipe closed before the result: the worker died
                    detail = "the extraction worker died on this document (a crash or the out-of-memory killer)"
                    results.append(quarantined(base, "extract", QuarantineReason.EXTRACT_ERROR, detail))
                    break
                results.append(result)
        finally:
            os.close(results_pipe)
        return results

EXTRACTOR = BudgetedExtractor()  # one helper per process that extracts (the run's, or each worker's of a parallel run)
atexit.register(EXTRACTOR.close)


def _die_with_parent() -> None:
    """Ask the kernel (Linux) to kill this process when its parent dies; elsewhere the end of input stops it."""
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _work(batch: tuple, results: int) -> None:
    """A worker: say who it is, then write one result per document on its own pipe."""
    run_id, ingested_at, max_bytes, records = batch
    with os.fdopen(results, "wb") as out:
        _write(out, os.getpid())
        for record, kept in records:
            _write(out, extract_document(record, run_id, ingested_at, max_bytes, kept))


def serve(channel: socket.socket) -> None:
    """The helper: load the extractor, then fork a worker for each batch received on ``channel``, until it closes."""
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the run, which stops the helper
    os.dup2(2, 1)  # prints of libraries go to standard error
    started = dt.datetime.now(dt.UTC)
    warm = {"source_uri": "warm-up.txt", "doc_id": "0" * 64, "n_bytes": len(WARM_UP), "raw": WARM_UP, "format": TEXT}
    extract_document(warm, "warm-up", started)
    with channel.makefile("wb") as stream:
        _write(stream, READY)
    while True:
        try:
            _, fds, _, _ = socket.recv_fds(channel, 1, 1)
        except OSError:
            return
        if not fds:
            return  # the run closed its end
        ok, batch = _read(channel.fileno(), None)
        if not ok:
            return
        pid = os.fork()
        if pid == 0:
            try:
                channel.close()
                _die_with_parent()
                _work(batch, fds[0])
            finally:
                os._exit(0)
        os.close(fds[0])
        os.waitpid(pid, 0)


if __name__ == "__main__":
    serve(socket.socket(fileno=int(sys.argv[1])))
