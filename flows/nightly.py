"""The nightly flow: discover new documents, extract flights, validate, load, audit, alert, publish.

Run it with ``flightwatch run --source DIR --warehouse FILE``. Steps only orchestrate: parsing
is in ``transforms``, checks in ``schemas``, SQL in ``warehouse``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner
from prefect.utilities.annotations import quote

from flows import quality
from flows.quality import AccountingError, AuditFailedError
from flows.resources import (
    discover_files,
    fingerprint,
    run_lock,
    unchanged_files,
)
from flows.settings import DEFAULT_SOURCE, DEFAULT_WAREHOUSE, Settings
from schemas.models import PipelineRun, QuarantinedDocument, QuarantineReason, Severity, SourceFile, SourceRefusal, typed_frame
from schemas.validate import rejected_documents, validate_extraction
from transforms.document import DocumentMeta
from transforms.extract import EXTRACTOR_VERSION, RAW_COLUMNS, STORED_TEXT, Extraction, extract_batch, input_format, kept_metadata
from warehouse import loader

if TYPE_CHECKING:
    from schemas.expectations import AuditReport

T = TypeVar("T")


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
    docs_quarantined: int = 0
    docs_prose_skipped: int = 0
    docs_reextracted: int = 0
    docs_reextracted_from_store: int = 0
    rows_loaded: dict[str, int] = field(default_factory=dict)
    rows_rejected: int = 0
    alerts: dict[str, int] = field(default_factory=dict)
    data_docs_index: str | None = None
    notification: str | None = None
    rejected_file: str | None = None

    def render(self) -> str:
        """A short plain-text report."""
        alerts = ", ".join(f"{n} {s}" for s, n in self.alerts.items() if n) or "none"
        known = f"already known {self.docs_known}" + (f" ({self.docs_known_refused} of them refused before, unchanged)" if self.docs_known_refused else "")
        lines = [
            f"flightwatch run {self.run_id}: {self.status}",
            f"  source     {self.source}",
            f"  warehouse  {self.warehouse}",
            f"  documents  seen {self.docs_seen} | new {self.docs_new} | {known} | quarantined {self.docs_quarantined}",
            f"  languages  {self.docs_prose_skipped} new documents in other languages than English, Spanish and Portuguese (tables only, prose skipped)",
            "  rows loaded " + ", ".join(f"{t} {n}" for t, n in self.rows_loaded.items()),
            f"  rows rejected by validation {self.rows_rejected}",
            f"  alerts     {alerts} (notification: {self.notification or 'not configured'})",
            f"  data docs  {self.data_docs_index or '-'}",
        ]
        if self.docs_reextracted:
            from_files = self.docs_reextracted - self.docs_reextracted_from_store
            lines.insert(4, f"  reprocess  {self.docs_reextracted} stored documents re-extracted with extractor {EXTRACTOR_VERSION}: "
                            f"{from_files} from their source files, {self.docs_reextracted_from_store} from the warehouse (source file gone)")
        if self.rejected_file:
            lines.append(f"  rejected state kept for inspection at {self.rejected_file}")
        return "\n".join(lines)

    def add(self, counts: dict) -> None:
        """Add one batch's counts: documents loaded before are re-extracted, the others new."""
        rows = dict(counts["rows"])
        reextracted = rows.pop("reextracted", 0)
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
        if self.docs_seen != self.docs_new + from_files + self.docs_known + self.docs_quarantined:
            raise AccountingError(
                f"files seen {self.docs_seen} != new {self.docs_new} + re-extracted {from_files} + known {self.docs_known}"
                f" + quarantined {self.docs_quarantined}"
            )

    def run_row(self, started: dt.datetime) -> dict:
        """The pipeline_runs row."""
        return {
            "run_id": self.run_id, "started_at": started, "finished_at": _now(), "status": self.status, "source": self.source,
            "docs_seen": self.docs_seen, "docs_new": self.docs_new, "docs_known": self.docs_known,
            "docs_quarantined": self.docs_quarantined, "rows_loaded": sum(self.rows_loaded.values()),
            "rows_rejected": self.rows_rejected, "alerts": sum(self.alerts.values()), "extractor_version": EXTRACTOR_VERSION,
            "docs_prose_skipped": self.docs_prose_skipped, "data_docs_index": self.data_docs_index, "notification": self.notification,
            "docs_known_refused": self.docs_known_refused, "docs_reextracted": self.docs_reextracted,
        }


def _unexamined(value: T) -> T:
    """``value`` handed to a task as it is: Prefect does not walk it (the known and seen sets grow with the run)."""
    return cast(T, quote(value))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def task_runner(settings: Settings) -> TaskRunner:
    """Where extraction batches run in parallel: a Dask cluster when an address is set, else local processes."""
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=settings.dask_address)
    return ProcessPoolTaskRunner(max_workers=settings.workers)


@task(cache_policy=NO_CACHE)
def discover_documents(source: Path) -> pl.DataFrame:
    """Supported files under the source folder, with links outside it marked as refused."""
    files = discover_files(source)
    get_run_logger().info("discovered %d files under %s", files.height, source)
    return files


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def known_documents(warehouse: Path, source: Path) -> loader.KnownState:
    """doc_ids the published warehouse already holds or has quarantined, its manifest of the source's files and known refusals."""
    known = loader.known_state(warehouse, source)
    get_run_logger().info(
        "published warehouse knows %d documents, %d source files and %d refused paths", len(known.doc_ids), known.manifest.height,
        known.refusals.height,
    )
    return known


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def stage_warehouse(warehouse: Path) -> Path:
    """A staging copy of the published warehouse at the current schema."""
    return loader.stage(warehouse)


@dataclass(frozen=True)
class ReadBatch:
    """A batch after reading: new documents, quarantined files, how many were known, files read and paths refused."""

    raw: pl.DataFrame
    quarantined: pl.DataFrame
    n_known: int
    files_read: pl.DataFrame
    refusals: pl.DataFrame


@task(cache_policy=NO_CACHE)
def read_documents(
    files: pl.DataFrame, known: set[str], seen: dict[str, str], max_bytes: int, run_id: str, now: dt.datetime, source: Path
) -> ReadBatch:
    """Read and hash a batch; split it into new documents, quarantined files and known ones; record what was read and refused."""
    new, quarantined, n_known, read, refusals = [], [], 0, [], []
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
        read.append({"source": str(source), "source_uri": record["source_uri"], "n_bytes": record["n_bytes"],
                     "modified_ns": record["modified_ns"], "doc_id": doc_id, "run_id": run_id})
        if doc_id in known:
            n_known += 1
        elif doc_id in seen:
            quarantined.append({**base, "doc_id": doc_id, "reason": QuarantineReason.DUPLICATE,
                                "detail": f"same content as {seen[doc_id]} in this run"})
        elif raw is None:
            seen[doc_id] = record["source_uri"]
            quarantined.append({**base, "doc_id": doc_id, "stage": "decode", "reason": QuarantineReason.TOO_LARGE,
                                "detail": f"{record['n_bytes']} bytes is over the limit of {max_bytes} bytes"})
        else:
            seen[doc_id] = record["source_uri"]
            new.append({"source_uri": record["source_uri"], "doc_id": doc_id, "n_bytes": len(raw), "raw": raw,
                        "format": input_format(record["source_uri"])})
    get_run_logger().info(
        "read %d files: %d new, %d known, %d quarantined", files.height, len(new), n_known, len(quarantined)
    )
    return ReadBatch(
        pl.DataFrame(new, schema=RAW_COLUMNS), typed_frame(QuarantinedDocument, quarantined), n_known, typed_frame(SourceFile, read),
        typed_frame(SourceRefusal, refusals),
    )


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def documents_to_reextract(warehouse: Path, exclude: set[str]) -> pl.DataFrame:
    """Stored documents not found in the source folder: their original bytes, or their article text and stored metadata."""
    if not warehouse.exists():
        return pl.DataFrame(schema=RAW_COLUMNS)
    stored = loader.stored_documents(warehouse, STORED_TEXT).filter(~pl.col("doc_id").is_in(list(exclude)))
    from_text = stored.filter(pl.col("format") == STORED_TEXT).height
    get_run_logger().info(
        "re-extracting %d stored documents whose source file is gone: %d from their original bytes, %d from stored text",
        stored.height, stored.height - from_text, from_text,
    )
    return stored


@task(cache_policy=NO_CACHE)
def extract_flights(
    raw: pl.DataFrame, run_id: str, now: dt.datetime, max_bytes: int, kept_meta: dict[str, DocumentMeta] | None = None
) -> Extraction:
    """Documents, flight tables, table rows and mentions from a batch of new documents."""
    extraction = extract_batch(raw, run_id, now, max_bytes, kept_meta)
    get_run_logger().info(
        "extracted from %d documents: %s", raw.height, {k: v.height for k, v in extraction.frames().items()}
    )
    return extraction


@task(cache_policy=NO_CACHE)
def validate_tables(extraction: Extraction, run_id: str, now: dt.datetime) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Rows that pass their pandera model, and a failure record for every check that did not."""
    loadable, failures = validate_extraction(extraction.frames(), run_id, now)
    rejected = failures.filter(~pl.col("loaded"))
    get_run_logger().info(
        "validated: %s loadable, %d failed checks (%d rows kept out)",
        {k: v.height for k, v in loadable.items()}, failures.height, rejected.select("table_name", "row_json").n_unique(),
    )
    return loadable, failures


@task(cache_policy=NO_CACHE)
def load_warehouse(
    staging: Path, loadable: dict[str, pl.DataFrame], quarantine: pl.DataFrame, failures: pl.DataFrame, files: pl.DataFrame | None,
    refusals: pl.DataFrame | None,
) -> dict[str, int]:
    """Write a batch into the staging warehouse in one transaction."""
    with loader.connect(staging) as con:
        counts = loader.replace_documents(con, loadable, {"quarantine": quarantine, "validation_failures": failures}, files, refusals)
    get_run_logger().info("loaded %s, %d quarantined, %d failure records", counts, quarantine.height, failures.height)
    return counts


@task(cache_policy=NO_CACHE)
def audit_warehouse(staging: Path, fresh_after: dt.datetime | None, settings: Settings, run_id: str, warehouse: Path) -> AuditReport:
    """Run the Great Expectations suite over the staging warehouse and rebuild the Data Docs."""
    from schemas.expectations import run_audit  # Great Expectations is slow to import: only runs that write need it

    with loader.connect(staging, read_only=True) as con:
        frames = loader.audit_frames(con, fresh_after)
    report = run_audit(frames, settings.state_dir / "great_expectations", run_id, warehouse, settings.data_docs_runs)
    get_run_logger().info(
        "audit: %d expectations, %d failed; Data Docs at %s", report.expectations_run, len(report.findings), report.data_docs_index
    )
    return report


@task(cache_policy=NO_CACHE)
def raise_alerts(staging: Path, run_id: str, report: AuditReport, now: dt.datetime, query_file: Path, fresh_after: dt.datetime | None) -> pl.DataFrame:
    """One alert per failed check of this run, each logged in the flow run; its query reads ``query_file``."""
    alerts = quality.alerts_for_run(staging, run_id, report.findings, now, query_file, fresh_after)
    logger = get_run_logger()
    for alert in alerts.iter_rows(named=True):
        log = logger.warning if alert["severity"] == Severity.WARNING else logger.error
        log("data-quality alert [%s] %s on %s: %s", alert["severity"], alert["check_name"], alert["table_name"], alert["message"])
    return alerts


@task(cache_policy=NO_CACHE)
def notify_people(alerts: pl.DataFrame, run: quality.RunContext, urls: tuple[str, ...]) -> tuple[pl.DataFrame, str]:
    """Send the run's message to each configured URL (each retried on its own, so a working receiver gets it once)."""
    alerts, outcome = quality.deliver(alerts, run, urls)
    (get_run_logger().info if outcome in ("sent", "nothing to send") else get_run_logger().warning)("alert message: %s", outcome)
    return alerts, outcome


@task(cache_policy=NO_CACHE)
def record_run(staging: Path, summary: RunSummary, started: dt.datetime, alerts: pl.DataFrame) -> None:
    """Add the run's accounting and its alerts to the staging warehouse."""
    with loader.connect(staging) as con:
        loader.insert_frames(con, {"pipeline_runs": typed_frame(PipelineRun, [summary.run_row(started)]), "dq_alerts": alerts})


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def publish_warehouse(staging: Path, warehouse: Path) -> None:
    """Atomically replace the published warehouse with the audited staging file."""
    loader.publish(staging, warehouse)
    get_run_logger().info("published %s", warehouse)


def _resolve(path: str | Path) -> Path:
    path = Path(path)
    return path if path.is_absolute() else (Path.cwd() / path)


def report_failure(run_id: str, error: BaseException, source: Path, warehouse: Path, urls: tuple[str, ...]) -> str:
    """Tell people that a run did not complete, through the alert channel; return the delivery outcome."""
    title, body, severity = quality.failure_message(run_id, error, source, warehouse)
    logger = get_run_logger()
    logger.error("%s\n%s", title, body)
    if not urls:
        return quality.NOT_CONFIGURED
    delivery = quality.send_notification(urls, title, body, severity)
    (logger.info if not delivery.failed else logger.error)("failure message: %s", delivery.outcome)
    return delivery.outcome


@flow(name="nightly-ingest", log_prints=True)
def nightly(source: str = DEFAULT_SOURCE, warehouse: str = DEFAULT_WAREHOUSE, reprocess: bool = False) -> RunSummary:
    """Ingest new documents from ``source`` into the DuckDB file ``warehouse``.

    With ``reprocess``, every document is extracted again with the current extractor and its rows
    replaced: files still in the source folder from their bytes, the others from their stored bytes.
    A run that fails or is refused tells people through the alert channel, then raises.
    """
    settings = Settings.from_env()
    source_dir, warehouse_file = _resolve(source), _resolve(warehouse)
    started = _now()
    run_id = f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    try:
        if not source_dir.is_dir():
            raise FileNotFoundError(f"source folder {source_dir} does not exist")
        with run_lock(warehouse_file):
            summary = _run(source_dir, warehouse_file, reprocess, settings, run_id, started)
    except AuditFailedError:
        raise  # its alerts already went out with the run's message
    except Exception as error:
        report_failure(run_id, error, source_dir, warehouse_file, settings.alert_urls)
        raise
    get_run_logger().info("%s", summary.render())
    return summary


def _store(
    extraction: Extraction,
    validated: tuple[dict[str, pl.DataFrame], pl.DataFrame],
    read: ReadBatch | None,
    staging: Path,
    run_id: str,
    started: dt.datetime,
    load: Callable[..., dict[str, int]],
) -> dict:
    """Load a batch's results into staging with ``load`` and return only its counts."""
    loadable, failures = validated
    invalid = rejected_documents(extraction.documents, loadable["documents"], failures, run_id, started)
    refused = read.quarantined if read else typed_frame(QuarantinedDocument, [])
    quarantine = pl.concat([refused, extraction.quarantine, invalid])
    rows = load(staging, loadable, quarantine, failures, read.files_read if read else None, read.refusals if read else None)
    return {
        "rows": rows,
        "quarantined": quarantine.height,
        "prose_skipped": loadable["documents"].filter(~pl.col("prose_extracted")).height,
        "rejected": failures.filter(~pl.col("loaded")).select("table_name", "row_json").n_unique(),
    }


def _extract_and_store(
    raw: pl.DataFrame, read: ReadBatch | None, staging: Path, run_id: str, started: dt.datetime, max_bytes: int,
    kept_meta: dict[str, DocumentMeta] | None = None,
) -> dict:
    extraction = extract_flights.fn(raw, run_id, started, max_bytes, kept_meta)
    return _store(extraction, validate_tables.fn(extraction, run_id, started), read, staging, run_id, started, load_warehouse.fn)


@task(cache_policy=NO_CACHE)
def ingest_batch(
    files: pl.DataFrame, known: set[str], seen: dict[str, str], max_bytes: int, run_id: str, started: dt.datetime, source: Path,
    staging: Path,
) -> dict:
    """Read, extract, validate and load one batch of files; only counts leave it, so no batch stays in memory."""
    read = read_documents.fn(files, known, seen, max_bytes, run_id, started, source)
    return _extract_and_store(read.raw, read, staging, run_id, started, max_bytes) | {"known": read.n_known}


@task(cache_policy=NO_CACHE)
def reextract_batch(stored: pl.DataFrame, staging: Path, run_id: str, started: dt.datetime, max_bytes: int) -> dict:
    """Extract, validate and load stored documents again: from their original bytes, or their stored text and metadata."""
    return _extract_and_store(stored.select(list(RAW_COLUMNS)), None, staging, run_id, started, max_bytes, kept_metadata(stored))


def _ingest_in_parallel(to_read: pl.DataFrame, known: set[str], seen: dict[str, str], staging: Path, run_id: str,
                        started: dt.datetime, source: Path, settings: Settings, summary: RunSummary) -> None:
    """Extract batches on worker processes or a Dask cluster, a few in flight at a time, and load them here in order.

    The task runner is built here, when a run needs it, never when the module is imported.
    """
    in_flight: deque[tuple] = deque()

    def finish() -> None:
        read, extraction, validated = in_flight.popleft()
        summary.add(_store(extraction.result(), validated.result(), read, staging, run_id, started, load_warehouse))

    with task_runner(settings) as runner:
        for offset in range(0, to_read.height, settings.batch_size):
            batch = to_read.slice(offset, settings.batch_size)
            read = read_documents(batch, _unexamined(known), _unexamined(seen), settings.max_doc_bytes, run_id, started, source)
            summary.docs_known += read.n_known
            extraction = runner.submit(extract_flights, {"raw": read.raw, "run_id": run_id, "now": started, "max_bytes": settings.max_doc_bytes})
            validated = runner.submit(validate_tables, {"extraction": extraction, "run_id": run_id, "now": started})
            in_flight.append((read, extraction, validated))
            while len(in_flight) >= 2 * settings.workers:
                finish()
        while in_flight:
            finish()


def _run(source_dir: Path, warehouse_file: Path, reprocess: bool, settings: Settings, run_id: str, started: dt.datetime) -> RunSummary:
    summary = RunSummary(run_id=run_id, status="running", source=str(source_dir), warehouse=str(warehouse_file))
    summary.rows_loaded = dict.fromkeys(loader.DOCUMENT_TABLES, 0)
    files = discover_documents(source_dir)
    known = known_documents(warehouse_file, source_dir)
    known_ids, manifest = (set(), known.manifest.clear()) if reprocess else (known.doc_ids, known.manifest)
    unchanged, known_refused, to_read = unchanged_files(files, manifest, known.refusals)
    summary.docs_seen, summary.docs_known, summary.docs_known_refused = files.height, unchanged.height + known_refused.height, known_refused.height
    if to_read.is_empty() and not reprocess:
        summary.status = "completed"
        summary.notification = "nothing new: the warehouse was left as it was"
        get_run_logger().info("no new or changed files among %d: nothing to write", files.height)
        return summary

    staging = stage_warehouse(warehouse_file)
    still_refused = set(known_refused["source_uri"]) | set(to_read.filter(pl.col("refused").is_not_null())["source_uri"])
    loader.forget_refusals(staging, source_dir, [uri for uri in known.refusals["source_uri"] if uri not in still_refused])
    seen: dict[str, str] = {}
    publishable = False
    parallel = settings.parallel_min_docs is not None and to_read.height >= settings.parallel_min_docs
    try:
        if parallel:
            _ingest_in_parallel(to_read, known_ids, seen, staging, run_id, started, source_dir, settings, summary)
        else:
            for offset in range(0, to_read.height, settings.batch_size):
                batch = to_read.slice(offset, settings.batch_size)
                # quote: the growing known/seen collections are not introspected on every task call
                counts = ingest_batch(batch, _unexamined(known_ids), _unexamined(seen), settings.max_doc_bytes, run_id, started, source_dir, staging)
                summary.docs_known += counts.pop("known")
                summary.add(counts)
        summary.check_accounting()
        if reprocess:
            stored = documents_to_reextract(warehouse_file, _unexamined(set(seen)))
            before = summary.docs_reextracted
            for offset in range(0, stored.height, settings.batch_size):
                summary.add(reextract_batch(stored.slice(offset, settings.batch_size), staging, run_id, started, settings.max_doc_bytes))
            summary.docs_reextracted_from_store = summary.docs_reextracted - before

        fresh_after = started if summary.docs_new else None
        report = audit_warehouse(staging, fresh_after, settings, run_id, warehouse_file)
        summary.data_docs_index = str(report.data_docs_index) if report.data_docs_index else None
        publishable = not report.findings
        query_file = warehouse_file if publishable else loader.rejected_path(warehouse_file, run_id)
        alerts = raise_alerts(staging, run_id, report, started, query_file, fresh_after)
        summary.alerts = {s: alerts.filter(pl.col("severity") == s).height for s in reversed(Severity)}
        summary.status = "completed" if publishable else "not_published"
        summary.rejected_file = None if publishable else str(query_file)
        run = quality.RunContext(run_id, summary.source, summary.warehouse, summary.docs_seen, summary.docs_new, publishable,
                                 summary.data_docs_index, summary.rejected_file)
        alerts, summary.notification = notify_people(alerts, run, settings.alert_urls)
        if not publishable:
            loader.keep_rejected(staging, warehouse_file, run_id)
            staging = stage_warehouse(warehouse_file)
        record_run(staging, summary, started, alerts)
        publish_warehouse(staging, warehouse_file)
    finally:
        loader.discard(staging)
    if not publishable:
        raise AuditFailedError(f"critical data-quality checks failed; see dq_alerts for run {run_id} ({summary.rejected_file})")
    return summary
