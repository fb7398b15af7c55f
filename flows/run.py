"""A run's logic without Prefect: the run's identity, reading a batch of files, storing a batch, and the accounting.

The flow in ``flows/nightly.py`` wraps these in tasks and wires them; a test can call them directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from flows.quality import AccountingError
from flows.resources import fingerprint, supplied_metadata
from schemas.models import QuarantinedDocument, SourceFile, SourceRefusal, typed_frame
from schemas.validate import rejected_documents
from transforms.document import DocumentMeta
from transforms.domain import QuarantineReason
from transforms.extract import EXTRACTOR_VERSION, RAW_COLUMNS, Extraction, input_format, kept_metadata

Load = Callable[..., dict[str, int]]


@dataclass(frozen=True)
class Run:
    """What every step of one run shares: its id and start, the folders and files it works on, the size limit and time budget per document."""

    run_id: str
    started: dt.datetime
    source: Path
    warehouse: Path
    staging: Path
    max_bytes: int
    time_budget: float


def now() -> dt.datetime:
    """The current UTC time."""
    return dt.datetime.now(dt.UTC)


@dataclass
class RunSummary:
    """What a run did, as printed for the operator and recorded in pipeline_runs."""

    run_id: str
    status: str
    source: str
    warehouse: str
    docs_seen: int = 0
    docs_new: int = 0
    docs_known: int = 0
    docs_known_refused: int = 0
    docs_waiting: int = 0
    docs_quarantined: int = 0
    docs_prose_skipped: int = 0
    docs_reextracted: int = 0
    docs_reextracted_from_store: int = 0
    docs_updated: int = 0
    corrections: list[str] = field(default_factory=list)
    rows_loaded: dict[str, int] = field(default_factory=dict)
    rows_rejected: int = 0
    alerts: dict[str, int] = field(default_factory=dict)
    data_docs_index: str | None = None
    notification: str | None = None
    rejected_file: str | None = None
    series: dict[str, int] = field(default_factory=dict)
    report: str | None = None
    seconds: float | None = None
    stale_since: dt.datetime | None = None

    def render(self) -> str:
        """A short plain-text report."""
        alerts = ", ".join(f"{n} {s}" for s, n in self.alerts.items() if n) or "none"
        known = f"already known {self.docs_known}" + (f" ({self.docs_known_refused} of them refused before, unchanged)" if self.docs_known_refused else "")
        lines = [
            f"flightwatch run {self.run_id}: {self.status}",
            f"  source     {self.source}",
            f"  warehouse  {self.warehouse}",
            f"  documents  seen {self.docs_seen} | new {self.docs_new}"
            + (f" (updated {self.docs_updated}: new versions of files read before, which they supersede)" if self.docs_updated else "")
            + f" | {known} | quarantined {self.docs_quarantined}"
            + (f" | waiting {self.docs_waiting} (still being written: read on a later run)" if self.docs_waiting else ""),
            f"  languages  {self.docs_prose_skipped} new documents in other languages than English, Spanish and Portuguese (tables only, prose skipped)",
            "  rows loaded " + ", ".join(f"{t} {n}" for t, n in self.rows_loaded.items()),
            f"  rows rejected by validation {self.rows_rejected}",
            f"  alerts     {alerts} (notification: {self.notification or 'not configured'})",
            f"  data docs  {self.data_docs_index or '-'}",
        ]
        if self.series:
            lines.insert(-2, f"  series     {self.series['monthly_flights']} monthly figures from {self.series['flight_facts']} facts "
                             f"({self.series['flight_claims']} claims); {self.series['conflicts']} conflicting figure(s) resolved; "
                             f"{self.series['routes']} route(s) reconciled")
        if self.report:
            lines.append(f"  report     {self.report}")
        if self.docs_reextracted:
            from_files = self.docs_reextracted - self.docs_reextracted_from_store
            lines.insert(4, f"  reprocess  {self.docs_reextracted} stored documents re-extracted with extractor {EXTRACTOR_VERSION}: "
                            f"{from_files} from their source files, {self.docs_reextracted_from_store} from the warehouse (not in this source folder)")
        for done in reversed(self.corrections):
            lines.insert(4, f"  corrected  {done}")
        if self.stale_since:
            lines.insert(4, f"  stale      no new document since {self.stale_since:%Y-%m-%d %H:%M} UTC (warning sent)")
        if self.rejected_file:
            lines.append(f"  rejected state kept for inspection at {self.rejected_file}")
        if self.seconds is not None:
            lines.append(f"  took       {self.seconds:.2f} s (the run's own work; Prefect's start and end of a flow run come on top)")
        return "\n".join(lines)

    def add(self, counts: dict[str, Any]) -> None:
        """Add one batch's counts: documents loaded before are re-extracted, the others new."""
        rows = dict(counts["rows"])
        reextracted = rows.pop("reextracted", 0)
        self.docs_updated += rows.pop("superseded", 0)
        self.docs_known += counts["known"]
        self.docs_waiting += counts["waiting"]
        if counts["from_store"]:
            self.docs_reextracted_from_store += reextracted
        for table, count in rows.items():
            self.rows_loaded[table] += count
        self.docs_new += rows.get("documents", 0) - reextracted
        self.docs_reextracted += reextracted
        self.docs_quarantined += counts["quarantined"]
        self.docs_prose_skipped += counts["prose_skipped"]
        self.rows_rejected += counts["rejected"]

    def check_accounting(self) -> None:
        """Every file seen is loaded (new or re-extracted), already known or quarantined: raise if not."""
        from_files = self.docs_reextracted - self.docs_reextracted_from_store
        if self.docs_seen != self.docs_new + from_files + self.docs_known + self.docs_quarantined + self.docs_waiting:
            raise AccountingError(
                f"files seen {self.docs_seen} != new {self.docs_new} + re-extracted {from_files} + known {self.docs_known}"
                f" + quarantined {self.docs_quarantined} + waiting {self.docs_waiting}"
            )

    def run_row(self, started: dt.datetime) -> dict[str, Any]:
        """The pipeline_runs row."""
        return {
            "run_id": self.run_id, "started_at": started, "finished_at": now(), "status": self.status, "source": self.source,
            "docs_seen": self.docs_seen, "docs_new": self.docs_new, "docs_known": self.docs_known,
            "docs_quarantined": self.docs_quarantined, "rows_loaded": sum(self.rows_loaded.values()),
            "rows_rejected": self.rows_rejected, "alerts": sum(self.alerts.values()), "extractor_version": EXTRACTOR_VERSION,
            "docs_prose_skipped": self.docs_prose_skipped, "data_docs_index": self.data_docs_index, "notification": self.notification,
            "docs_known_refused": self.docs_known_refused, "docs_reextracted": self.docs_reextracted, "docs_waiting": self.docs_waiting,
            "docs_updated": self.docs_updated,
        }


@dataclass(frozen=True)
class ReadBatch:
    """A batch after reading: new documents, quarantined files, how many were known, files read and paths refused."""

    raw: pl.DataFrame
    quarantined: pl.DataFrame
    n_known: int
    n_waiting: int
    files_read: pl.DataFrame
    refusals: pl.DataFrame


def read_files(files: pl.DataFrame, known: set[str], seen: dict[str, str], run: Run) -> ReadBatch:
    """Read and hash a batch; split it into new documents, known ones, and files quarantined as unreadable, duplicate or too large.

    ``seen`` (doc_id to path) grows with the run, so a second copy of a document in the same run is a duplicate.
    """
    run_id, now, source, max_bytes = run.run_id, run.started, run.source, run.max_bytes
    new: list[dict[str, Any]] = []
    quarantined: list[dict[str, Any]] = []
    read: list[dict[str, Any]] = []
    refusals: list[dict[str, Any]] = []
    n_known = 0
    n_waiting = 0
    for record in files.iter_rows(named=True):
        base = {"run_id": run_id, "source_uri": record["source_uri"], "n_bytes": record["n_bytes"],
                "quarantined_at": now, "stage": "discover", "doc_id": None}
        refusal = {"source": str(source), "source_uri": record["source_uri"], "n_bytes": record["n_bytes"],
                   "modified_ns": record["modified_ns"], "run_id": run_id}
        if record["refused"]:
            quarantined.append({**base, "reason": record["refused"], "detail": record["detail"]})
            refusals.append({**refusal, "reason": record["refused"], "detail": record["detail"]})
            continue
        try:
            doc_id, raw = fingerprint(Path(record["path"]), max_bytes)
        except OSError as error:
            detail = f"cannot be read: {error.strerror or error}"
            quarantined.append({**base, "reason": QuarantineReason.UNREADABLE, "detail": detail})
            refusals.append({**refusal, "reason": QuarantineReason.UNREADABLE, "detail": detail})
            continue
        if raw is not None and len(raw) != record["n_bytes"]:  # still being written: read whole on a later run
            n_waiting += 1
            continue
        read.append({"source": str(source), "source_uri": record["source_uri"], "n_bytes": record["n_bytes"],
                     "modified_ns": record["modified_ns"], "doc_id": doc_id, "run_id": run_id})
        if doc_id in known:
            n_known += 1
        elif doc_id in seen:
            quarantined.append({**base, "doc_id": doc_id, "reason": QuarantineReason.DUPLICATE,
                                "detail": f"same content as {seen[doc_id]} in this run"})
        elif raw == b"":  # not a duplicate of every other empty file: each is refused for what it is
            quarantined.append({**base, "doc_id": doc_id, "reason": QuarantineReason.EMPTY,
                                "detail": "the file is empty (0 bytes); it is read again when it has content"})
        elif raw is None:
            seen[doc_id] = record["source_uri"]
            quarantined.append({**base, "doc_id": doc_id, "stage": "decode", "reason": QuarantineReason.TOO_LARGE,
                                "detail": f"{record['n_bytes']} bytes is over the limit of {max_bytes} bytes"})
        else:
            seen[doc_id] = record["source_uri"]
            new.append({"source_uri": record["source_uri"], "doc_id": doc_id, "n_bytes": len(raw), "raw": raw,
                        "format": input_format(record["source_uri"]), "supplied": supplied_metadata(Path(record["path"]))})
    return ReadBatch(
        pl.DataFrame(new, schema=RAW_COLUMNS), typed_frame(QuarantinedDocument, quarantined), n_known, n_waiting, typed_frame(SourceFile, read),
        typed_frame(SourceRefusal, refusals),
    )


@dataclass(frozen=True)
class Batch:
    """One batch of work: source files to read, or (reprocessing) stored documents to extract again."""

    files: pl.DataFrame | None = None
    stored: pl.DataFrame | None = None

    @property
    def size(self) -> int:
        """How many documents the batch holds."""
        return sum(frame.height for frame in (self.files, self.stored) if frame is not None)


@dataclass(frozen=True)
class PreparedBatch:
    """A batch ready to extract: its raw documents, what reading the files found, and stored metadata to keep."""

    raw: pl.DataFrame
    read: ReadBatch | None
    kept_meta: dict[str, DocumentMeta] | None


def prepare_batch(batch: Batch, known: set[str], seen: dict[str, str], run: Run) -> PreparedBatch:
    """Read a batch of files, or take stored documents as they are, for extraction."""
    if batch.files is not None:
        read = read_files(batch.files, known, seen, run)
        return PreparedBatch(read.raw, read, None)
    stored = batch.stored if batch.stored is not None else pl.DataFrame(schema=RAW_COLUMNS)
    return PreparedBatch(stored.select(list(RAW_COLUMNS)), None, kept_metadata(stored))


def store_batch(
    extraction: Extraction, validated: tuple[dict[str, pl.DataFrame], pl.DataFrame], read: ReadBatch | None, run: Run, load: Load
) -> dict[str, Any]:
    """Load a batch's results into staging with ``load`` and return only its counts (what RunSummary.add takes)."""
    loadable, failures = validated
    invalid = rejected_documents(extraction.documents, loadable["documents"], failures, run.run_id, run.started)
    refused = read.quarantined if read else typed_frame(QuarantinedDocument, [])
    quarantine = pl.concat([refused, extraction.quarantine, invalid])
    rows = load(run.staging, loadable, quarantine, failures, read.files_read if read else None, read.refusals if read else None)
    return {
        "rows": rows,
        "known": read.n_known if read else 0,
        "waiting": read.n_waiting if read else 0,
        "from_store": read is None,
        "quarantined": quarantine.height,
        "prose_skipped": loadable["documents"].filter(~pl.col("prose_extracted")).height,
        "rejected": failures.filter(~pl.col("loaded")).select("table_name", "row_json").n_unique(),
    }
