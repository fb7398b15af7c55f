"""The nightly flow: discover new documents, extract flights, validate, load, audit, alert, publish.

Run it directly with ``python -m flows.nightly --source DIR --warehouse FILE``. Steps only
orchestrate: parsing is in ``transforms``, checks in ``schemas``, SQL in ``warehouse``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner
from prefect.utilities.annotations import quote

from flows.resources import (
    NotificationError,
    RunLockedError,
    discover_files,
    fingerprint,
    run_lock,
    send_notification,
    unchanged_files,
)
from flows.settings import DEFAULT_SOURCE, DEFAULT_WAREHOUSE, PROJECT_DIR, Settings
from schemas.models import PipelineRun, QuarantinedDocument, SourceFile, typed_frame
from schemas.validate import rejected_documents, validate_extraction
from transforms.alerts import AuditFinding, build_alerts, render_message
from transforms.extract import EXTRACTOR_VERSION, RAW_COLUMNS, TEXT, Extraction, extract_batch, input_format
from warehouse import loader

if TYPE_CHECKING:
    from schemas.expectations import AuditReport

EXIT_COMPLETED = 0
EXIT_FAILED = 1
EXIT_NOT_PUBLISHED = 2
EXIT_LOCKED = 3


class AuditFailedError(RuntimeError):
    """A critical warehouse expectation failed: the new state was not published."""


class AccountingError(RuntimeError):
    """Files seen did not equal files loaded, known and quarantined: something was lost."""


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
    docs_quarantined: int = 0
    docs_prose_skipped: int = 0
    docs_reextracted: int = 0
    rows_loaded: dict[str, int] = field(default_factory=dict)
    rows_rejected: int = 0
    alerts: dict[str, int] = field(default_factory=dict)
    data_docs_index: str | None = None
    notification: str | None = None
    rejected_file: str | None = None

    def render(self) -> str:
        """A short plain-text report."""
        alerts = ", ".join(f"{n} {s}" for s, n in self.alerts.items() if n) or "none"
        lines = [
            f"flightwatch run {self.run_id}: {self.status}",
            f"  source     {self.source}",
            f"  warehouse  {self.warehouse}",
            f"  documents  seen {self.docs_seen} | new {self.docs_new} | already known {self.docs_known}"
            f" | quarantined {self.docs_quarantined}",
            f"  languages  {self.docs_prose_skipped} new documents in other languages than English, Spanish and Portuguese (tables only, prose skipped)",
            "  rows loaded " + ", ".join(f"{t} {n}" for t, n in self.rows_loaded.items()),
            f"  rows rejected by validation {self.rows_rejected}",
            f"  alerts     {alerts} (notification: {self.notification or 'not configured'})",
            f"  data docs  {self.data_docs_index or '-'}",
        ]
        if self.docs_reextracted:
            lines.insert(5, f"  reprocess  {self.docs_reextracted} stored documents re-extracted from their stored text (source file gone)")
        if self.rejected_file:
            lines.append(f"  rejected state kept for inspection at {self.rejected_file}")
        return "\n".join(lines)

    def add(self, counts: dict) -> None:
        """Add one batch's counts."""
        for table, count in counts["rows"].items():
            self.rows_loaded[table] += count
        self.docs_new += counts["rows"].get("documents", 0)
        self.docs_quarantined += counts["quarantined"]
        self.docs_prose_skipped += counts["prose_skipped"]
        self.rows_rejected += counts["rejected"]

    def check_accounting(self) -> None:
        """Every file seen is loaded, already known or quarantined: raise if not."""
        if self.docs_seen != self.docs_new + self.docs_known + self.docs_quarantined:
            raise AccountingError(
                f"files seen {self.docs_seen} != new {self.docs_new} + known {self.docs_known} + quarantined {self.docs_quarantined}"
            )

    def run_row(self, started: dt.datetime) -> dict:
        """The pipeline_runs row."""
        return {
            "run_id": self.run_id, "started_at": started, "finished_at": _now(), "status": self.status, "source": self.source,
            "docs_seen": self.docs_seen, "docs_new": self.docs_new, "docs_known": self.docs_known,
            "docs_quarantined": self.docs_quarantined, "rows_loaded": sum(self.rows_loaded.values()),
            "rows_rejected": self.rows_rejected, "alerts": sum(self.alerts.values()), "extractor_version": EXTRACTOR_VERSION,
            "docs_prose_skipped": self.docs_prose_skipped, "data_docs_index": self.data_docs_index, "notification": self.notification,
        }


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
def known_documents(warehouse: Path, source: Path) -> tuple[set[str], pl.DataFrame]:
    """doc_ids the published warehouse already holds or has quarantined, and its manifest of the source's files."""
    known, manifest = loader.known_state(warehouse, source)
    get_run_logger().info("published warehouse knows %d documents and %d source files", len(known), manifest.height)
    return known, manifest


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def stage_warehouse(warehouse: Path) -> Path:
    """A staging copy of the published warehouse at the current schema."""
    return loader.stage(warehouse)


@task(cache_policy=NO_CACHE)
def read_documents(
    files: pl.DataFrame, known: set[str], seen: dict[str, str], max_bytes: int, run_id: str, now: dt.datetime, source: Path
) -> tuple[pl.DataFrame, pl.DataFrame, int, pl.DataFrame]:
    """Read and hash a batch; split it into new documents, quarantined files and known ones; record what was read."""
    new, quarantined, n_known, read = [], [], 0, []
    for record in files.iter_rows(named=True):
        base = {"run_id": run_id, "source_uri": record["source_uri"], "n_bytes": record["n_bytes"],
                "quarantined_at": now, "stage": "discover", "doc_id": None}
        if record["refused"]:
            quarantined.append({**base, "reason": record["refused"], "detail": record["detail"]})
            continue
        try:
            doc_id, raw = fingerprint(Path(record["path"]), max_bytes)
        except OSError as error:
            quarantined.append({**base, "reason": "unreadable", "detail": str(error)})
            continue
        read.append({"source": str(source), "source_uri": record["source_uri"], "n_bytes": record["n_bytes"],
                     "modified_ns": record["modified_ns"], "doc_id": doc_id, "run_id": run_id})
        if doc_id in known:
            n_known += 1
        elif doc_id in seen:
            quarantined.append({**base, "doc_id": doc_id, "reason": "duplicate",
                                "detail": f"same content as {seen[doc_id]} in this run"})
        elif raw is None:
            seen[doc_id] = record["source_uri"]
            quarantined.append({**base, "doc_id": doc_id, "stage": "decode", "reason": "too_large",
                                "detail": f"{record['n_bytes']} bytes is over the limit of {max_bytes} bytes"})
        else:
            seen[doc_id] = record["source_uri"]
            new.append({"source_uri": record["source_uri"], "doc_id": doc_id, "n_bytes": len(raw), "raw": raw,
                        "format": input_format(record["source_uri"])})
    get_run_logger().info(
        "read %d files: %d new, %d known, %d quarantined", files.height, len(new), n_known, len(quarantined)
    )
    return pl.DataFrame(new, schema=RAW_COLUMNS), typed_frame(QuarantinedDocument, quarantined), n_known, typed_frame(SourceFile, read)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def stored_documents(warehouse: Path, exclude: set[str]) -> pl.DataFrame:
    """Stored documents not found in the source folder, as raw input rebuilt from their stored text."""
    if not warehouse.exists():
        return pl.DataFrame(schema=RAW_COLUMNS)
    stored = loader.stored_documents(warehouse).filter(~pl.col("doc_id").is_in(list(exclude)))
    get_run_logger().info("re-extracting %d stored documents whose source file is gone", stored.height)
    return stored.select(
        "source_uri", "doc_id", "n_bytes", pl.col("body_text").cast(pl.Binary).alias("raw"), pl.lit(TEXT).alias("format")
    )


@task(cache_policy=NO_CACHE)
def extract_flights(raw: pl.DataFrame, run_id: str, now: dt.datetime, max_bytes: int) -> Extraction:
    """Documents, flight tables, table rows and mentions from a batch of new documents."""
    extraction = extract_batch(raw, run_id, now, max_bytes)
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
    staging: Path, loadable: dict[str, pl.DataFrame], quarantine: pl.DataFrame, failures: pl.DataFrame, files: pl.DataFrame | None
) -> dict[str, int]:
    """Write a batch into the staging warehouse in one transaction."""
    with loader.connect(staging) as con:
        counts = loader.replace_documents(con, loadable, {"quarantine": quarantine, "validation_failures": failures}, files)
    get_run_logger().info("loaded %s, %d quarantined, %d failure records", counts, quarantine.height, failures.height)
    return counts


@task(cache_policy=NO_CACHE)
def audit_warehouse(staging: Path, fresh_after: dt.datetime | None, state_dir: Path) -> AuditReport:
    """Run the Great Expectations suite over the staging warehouse and rebuild the Data Docs."""
    from schemas.expectations import run_audit  # Great Expectations is slow to import: only runs that write need it

    with loader.connect(staging, read_only=True) as con:
        frames = loader.audit_frames(con, fresh_after)
    report = run_audit(frames, state_dir / "great_expectations")
    get_run_logger().info(
        "audit: %d expectations, %d failed; Data Docs at %s", report.expectations_run, len(report.findings), report.data_docs_index
    )
    return report


@task(cache_policy=NO_CACHE)
def raise_alerts(staging: Path, run_id: str, report: AuditReport, now: dt.datetime) -> pl.DataFrame:
    """One alert per failed check of this run, each logged as an error in the flow run."""
    with loader.connect(staging, read_only=True) as con:
        sources = loader.run_alert_sources(con, run_id)
    findings = [AuditFinding(f.relation, f.check, f.unexpected_count, f.sample) for f in report.findings]
    alerts = build_alerts(
        run_id, sources["quarantine"], sources["validation_failures"], sources["undated_documents"], findings, now, loader.alert_query
    )
    logger = get_run_logger()
    for alert in alerts.iter_rows(named=True):
        log = logger.warning if alert["severity"] == "warning" else logger.error
        log("data-quality alert [%s] %s on %s: %s", alert["severity"], alert["check_name"], alert["table_name"], alert["message"])
    return alerts


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 4])
def notify_people(urls: tuple[str, ...], title: str, body: str) -> None:
    """Send the run's alert message to every configured URL (retried: networks fail transiently)."""
    send_notification(urls, title, body)
    get_run_logger().info("alert message sent to %d URL(s)", len(urls))


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


def _deliver(alerts: pl.DataFrame, summary: RunSummary, urls: tuple[str, ...], published: bool) -> pl.DataFrame:
    """Send the message when there is something to say; record the outcome, never fail the run for it."""
    if alerts.is_empty():
        summary.notification = "nothing to send"
        return alerts
    if not urls:
        summary.notification = "not configured (set FLIGHTWATCH_ALERT_URLS)"
        return alerts
    title, body = render_message(alerts, summary.run_id, summary.docs_seen, summary.docs_new, published, summary.data_docs_index)
    state = notify_people(urls, title, body, return_state=True)
    if state.is_completed():
        summary.notification = "sent"
        return alerts.with_columns(pl.lit(True).alias("notified"))
    error = state.result(raise_on_failure=False)
    summary.notification = f"failed: {error}" if isinstance(error, NotificationError) else f"failed: {type(error).__name__}"
    get_run_logger().error("alert message not delivered: %s", summary.notification)
    return alerts


@flow(name="nightly-ingest", log_prints=True, task_runner=task_runner(Settings.from_env()))
def nightly(source: str = DEFAULT_SOURCE, warehouse: str = DEFAULT_WAREHOUSE, reprocess: bool = False) -> RunSummary:
    """Ingest new documents from ``source`` into the DuckDB file ``warehouse``.

    With ``reprocess``, every document is extracted again with the current extractor and its rows
    replaced: files still in the source folder from their bytes, the others from their stored text.
    """
    source_dir, warehouse_file = _resolve(source), _resolve(warehouse)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder {source_dir} does not exist")
    with run_lock(warehouse_file):
        return _run(source_dir, warehouse_file, reprocess, Settings.from_env())


def _store(
    extraction: Extraction,
    validated: tuple[dict[str, pl.DataFrame], pl.DataFrame],
    refused: pl.DataFrame,
    files: pl.DataFrame | None,
    staging: Path,
    run_id: str,
    started: dt.datetime,
    load: Callable[..., dict[str, int]],
) -> dict:
    """Load a batch's results into staging with ``load`` and return only its counts."""
    loadable, failures = validated
    invalid = rejected_documents(extraction.documents, loadable["documents"], failures, run_id, started)
    quarantine = pl.concat([refused, extraction.quarantine, invalid])
    rows = load(staging, loadable, quarantine, failures, files)
    return {
        "rows": rows,
        "quarantined": quarantine.height,
        "prose_skipped": loadable["documents"].filter(~pl.col("prose_extracted")).height,
        "rejected": failures.filter(~pl.col("loaded")).select("table_name", "row_json").n_unique(),
    }


def _extract_and_store(
    raw: pl.DataFrame, refused: pl.DataFrame, files: pl.DataFrame | None, staging: Path, run_id: str, started: dt.datetime, max_bytes: int
) -> dict:
    extraction = extract_flights.fn(raw, run_id, started, max_bytes)
    return _store(extraction, validate_tables.fn(extraction, run_id, started), refused, files, staging, run_id, started, load_warehouse.fn)


@task(cache_policy=NO_CACHE)
def ingest_batch(
    files: pl.DataFrame, known: set[str], seen: dict[str, str], max_bytes: int, run_id: str, started: dt.datetime, source: Path,
    staging: Path,
) -> dict:
    """Read, extract, validate and load one batch of files; only counts leave it, so no batch stays in memory."""
    raw, refused, n_known, read = read_documents.fn(files, known, seen, max_bytes, run_id, started, source)
    return _extract_and_store(raw, refused, read, staging, run_id, started, max_bytes) | {"known": n_known}


@task(cache_policy=NO_CACHE)
def reextract_batch(stored: pl.DataFrame, staging: Path, run_id: str, started: dt.datetime, max_bytes: int) -> dict:
    """Extract, validate and load stored documents again from their stored text."""
    return _extract_and_store(stored, typed_frame(QuarantinedDocument, []), None, staging, run_id, started, max_bytes)


def _ingest_in_parallel(to_read: pl.DataFrame, known: set[str], seen: dict[str, str], staging: Path, run_id: str,
                        started: dt.datetime, source: Path, settings: Settings, summary: RunSummary) -> None:
    """Extract batches on the flow's task runner, a few in flight at a time, and load them here in order."""
    in_flight: deque[tuple] = deque()

    def finish() -> None:
        refused, read, extraction, validated = in_flight.popleft()
        summary.add(_store(extraction.result(), validated.result(), refused, read, staging, run_id, started, load_warehouse))

    for offset in range(0, to_read.height, settings.batch_size):
        batch = to_read.slice(offset, settings.batch_size)
        raw, refused, n_known, read = read_documents(batch, quote(known), quote(seen), settings.max_doc_bytes, run_id, started, source)
        summary.docs_known += n_known
        extraction = extract_flights.submit(raw, run_id, started, settings.max_doc_bytes)
        in_flight.append((refused, read, extraction, validate_tables.submit(extraction, run_id, started)))
        while len(in_flight) >= 2 * settings.workers:
            finish()
    while in_flight:
        finish()


def _run(source_dir: Path, warehouse_file: Path, reprocess: bool, settings: Settings) -> RunSummary:
    started = _now()
    run_id = f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    summary = RunSummary(run_id=run_id, status="running", source=str(source_dir), warehouse=str(warehouse_file))
    summary.rows_loaded = dict.fromkeys(loader.DOCUMENT_TABLES, 0)
    files = discover_documents(source_dir)
    known, manifest = known_documents(warehouse_file, source_dir)
    if reprocess:
        known, manifest = set(), manifest.clear()
    unchanged, to_read = unchanged_files(files, manifest)
    summary.docs_seen, summary.docs_known = files.height, unchanged.height
    if to_read.is_empty():
        summary.status = "completed"
        summary.notification = "nothing new: the warehouse was left as it was"
        get_run_logger().info("no new or changed files among %d: nothing to write", files.height)
        return summary

    staging = stage_warehouse(warehouse_file)
    seen: dict[str, str] = {}
    publishable = False
    parallel = settings.parallel_min_docs is not None and to_read.height >= settings.parallel_min_docs
    try:
        if parallel:
            _ingest_in_parallel(to_read, known, seen, staging, run_id, started, source_dir, settings, summary)
        else:
            for offset in range(0, to_read.height, settings.batch_size):
                batch = to_read.slice(offset, settings.batch_size)
                # quote: the growing known/seen collections are not introspected on every task call
                counts = ingest_batch(batch, quote(known), quote(seen), settings.max_doc_bytes, run_id, started, source_dir, staging)
                summary.docs_known += counts.pop("known")
                summary.add(counts)
        summary.check_accounting()
        if reprocess:
            stored = stored_documents(warehouse_file, quote(set(seen)))
            before = summary.docs_new
            for offset in range(0, stored.height, settings.batch_size):
                summary.add(reextract_batch(stored.slice(offset, settings.batch_size), staging, run_id, started, settings.max_doc_bytes))
            summary.docs_reextracted, summary.docs_new = summary.docs_new - before, before

        report = audit_warehouse(staging, started if summary.docs_new else None, settings.state_dir)
        summary.data_docs_index = str(report.data_docs_index) if report.data_docs_index else None
        alerts = raise_alerts(staging, run_id, report, started)
        summary.alerts = {s: alerts.filter(pl.col("severity") == s).height for s in ("critical", "error", "warning")}
        publishable = not report.findings
        summary.status = "completed" if publishable else "not_published"
        alerts = _deliver(alerts, summary, settings.alert_urls, publishable)
        if not publishable:
            summary.rejected_file = str(loader.keep_rejected(staging, warehouse_file, run_id))
            staging = stage_warehouse(warehouse_file)
        record_run(staging, summary, started, alerts)
        publish_warehouse(staging, warehouse_file)
    finally:
        loader.discard(staging)
    if not publishable:
        raise AuditFailedError(f"critical data-quality checks failed; see dq_alerts for run {run_id} ({summary.rejected_file})")
    return summary


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: run the flow once and print its summary."""
    parser = argparse.ArgumentParser(prog="python -m flows.nightly", description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=DEFAULT_SOURCE, help="folder of documents (default: %(default)s)")
    parser.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file to publish (default: %(default)s)")
    parser.add_argument("--reprocess", action="store_true", help="extract every stored document again with the current extractor")
    args = parser.parse_args(argv)
    try:
        summary = nightly(source=args.source, warehouse=args.warehouse, reprocess=args.reprocess)
    except RunLockedError as error:
        print(f"flightwatch run refused: {error}", file=sys.stderr)
        return EXIT_LOCKED
    except AuditFailedError as error:
        print(f"flightwatch run not published: {error}", file=sys.stderr)
        return EXIT_NOT_PUBLISHED
    except Exception as error:  # the flow run already recorded the traceback
        print(f"flightwatch run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(summary.render())
    return EXIT_COMPLETED


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT_DIR))
    raise SystemExit(main())
