"""The nightly flow: discover new documents, extract flights, validate, load, audit, alert, publish.

Run it with ``flightwatch run --source DIR --warehouse FILE``. Steps only orchestrate: parsing
is in ``transforms``, checks in ``schemas``, SQL in ``warehouse``.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import TypeVar, cast

import polars as pl
from prefect import flow, get_run_logger, runtime, task
from prefect.cache_policies import NO_CACHE
from prefect.client.orchestration import get_client
from prefect.exceptions import TerminationSignal
from prefect.futures import PrefectFuture
from prefect.settings import PREFECT_API_URL, temporary_settings
from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner
from prefect.utilities.annotations import quote

from flows import journal, orphans, quality
from flows.audit import Auditor, AuditRequest, audit_process
from flows.budget import EXTRACTOR
from flows.quality import AuditFailedError
from flows.resources import (
    RunLockedError,
    discover_files,
    run_lock,
    unchanged_files,
)
from flows.run import Batch, PreparedBatch, Run, RunSummary, now, prepare_batch, store_batch
from flows.settings import DEFAULT_SOURCE, DEFAULT_WAREHOUSE, Settings
from schemas.findings import AuditReport
from schemas.models import PipelineRun, Severity, typed_frame
from schemas.validate import validate_extraction, validate_series
from transforms.document import DocumentMeta
from transforms.extract import EXTRACTOR_VERSION, RAW_COLUMNS, STORED_TEXT, Extraction
from transforms.reconcile import ROUTE_COLUMNS, reconcile, route_batches, unchanged_rows
from warehouse import corrections, loader
from warehouse.report import report_path, write_report

T = TypeVar("T")
NOTHING_NEW = "nothing new: the warehouse was left as it was"
# fact keys reconciled at a time, in whole routes: about 40,000 claims, a few hundred MB at most
RECONCILE_BATCH_KEYS = 5000
# documents loaded in parallel between two full garbage collections: a finished batch's frames wait for one,
# so this bounds what waits whatever the batch size (about 200 MB at 4,000 documents)
COLLECT_EVERY_DOCS = 2000


def _unexamined(value: T) -> T:
    """``value`` handed to a task as it is: Prefect does not walk it (the known and seen sets grow with the run)."""
    return cast(T, quote(value))


@contextmanager
def task_runner(settings: Settings) -> Iterator[TaskRunner]:
    """Where extraction batches run in parallel: a Dask cluster when an address is set, else local processes.

    Local worker processes are pointed at the API server this flow already talks to: without an
    API URL each of them would start a temporary Prefect server of its own (about 9 s each,
    competing for the same cores).
    """
    if settings.dask_address:
        from prefect_dask import DaskTaskRunner

        with DaskTaskRunner(address=settings.dask_address) as runner:
            yield runner
        return
    with get_client(sync_client=True) as client:
        api_url = str(client.api_url)
    with temporary_settings(updates={PREFECT_API_URL: api_url}), ProcessPoolTaskRunner(max_workers=settings.workers) as runner:
        yield runner


@task(cache_policy=NO_CACHE)
def discover_documents(source: Path) -> pl.DataFrame:
    """Supported files under the source folder, with links outside it marked as refused."""
    files = discover_files(source)
    get_run_logger().info("discovered %d files under %s", files.height, source)
    return files


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def known_documents(warehouse: Path, source: Path) -> loader.KnownState:
    """doc_ids the published warehouse already holds or has quarantined, its manifest of the source's files and known refusals."""
    known = loader.known_state(warehouse, source, EXTRACTOR_VERSION)
    get_run_logger().info(
        "published warehouse knows %d documents, %d source files and %d refused paths", len(known.doc_ids), known.manifest.height,
        known.refusals.height,
    )
    return known


@task(cache_policy=NO_CACHE)
def apply_corrections(staging: Path, requests: list[corrections.RetractionRequest | corrections.OverrideRequest], run_id: str,
                      at: dt.datetime) -> list[str]:
    """Apply analysts' retractions and overrides (and withdrawals) in the staging copy, in one transaction; what was done."""
    if not requests:
        return []
    with loader.connect(staging) as con:
        con.execute("begin transaction")
        done = [request.apply(con, run_id, at) for request in requests]
        con.execute("commit")
    get_run_logger().info("applied %d correction(s): %s", len(done), "; ".join(done))
    return done


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def stage_warehouse(warehouse: Path) -> Path:
    """A staging copy of the published warehouse at the current schema."""
    return loader.stage(warehouse)


def read_batch(batch: Batch, known: set[str], seen: dict[str, str], run: Run) -> PreparedBatch:
    """Read and hash a batch of files (new, known, quarantined), or take a batch of stored documents as it is."""
    prepared = prepare_batch(batch, known, seen, run)
    if prepared.read is not None:
        read = prepared.read
        get_run_logger().info(
            "read %d files: %d new, %d known, %d quarantined", read.raw.height + read.n_known + read.quarantined.height,
            read.raw.height, read.n_known, read.quarantined.height,
        )
    return prepared


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


def extract_flights(raw: pl.DataFrame, run: Run, kept_meta: dict[str, DocumentMeta] | None = None) -> Extraction:
    """Documents, flight tables, table rows and mentions from a batch of new documents, each within the run's time budget."""
    extraction = EXTRACTOR.extract_batch(raw, run.run_id, run.started, run.max_bytes, run.time_budget, kept_meta)
    get_run_logger().info(
        "extracted from %d documents: %s", raw.height, {k: v.height for k, v in extraction.frames().items()}
    )
    return extraction


def validate_tables(extraction: Extraction, run: Run) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    """Rows that pass their pandera model, and a failure record for every check that did not."""
    loadable, failures = validate_extraction(extraction.frames(), run.run_id, run.started)
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
def reconcile_series(run: Run, since: dt.datetime | None) -> dict[str, int]:
    """Reconcile again the facts the run's documents touch (all of them when ``since`` is None) and the months those facts reach."""
    rejected = 0
    with loader.connect(run.staging) as con:
        loader.cap_memory(con)  # each read and each batch's transaction can run again uncapped if it needs more
        keys = loader.under_cap(con, partial(loader.touched_fact_keys, con, since))
        overrides = loader.fetch_pl(con, "active_overrides")
        for batch in route_batches(keys, RECONCILE_BATCH_KEYS):
            sources, known_facts = loader.under_cap(con, partial(loader.key_claims, con, batch, since))
            series = reconcile(sources, run.run_id, known_facts, overrides)
            tables, failures = validate_series(series.frames(), run.run_id, run.started)
            unchanged = unchanged_rows(tables, sources, known_facts)
            counts = loader.under_cap(con, partial(loader.replace_series, con, batch, series.replaced_months, tables, unchanged, failures,
                                                   run.run_id, run.started))
            rejected += failures.select("table_name", "row_json").n_unique()
    routes = keys.select(ROUTE_COLUMNS).unique().height
    counts |= {"routes": routes, "fact_keys": keys.height, "rejected": rejected}
    get_run_logger().info("reconciled %d fact keys on %d routes: %s", keys.height, routes, counts)
    return counts


@task(cache_policy=NO_CACHE)
def audit_warehouse(auditor: Auditor, staging: Path, fresh_after: dt.datetime | None, settings: Settings, run_id: str, warehouse: Path) -> AuditReport:
    """Run the Great Expectations suite over the staging warehouse, in the audit's process, and rebuild the Data Docs."""
    report = auditor.audit(AuditRequest(staging, fresh_after, settings.state_dir / "great_expectations", run_id, warehouse, settings.data_docs_runs))
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
def notify_people(alerts: pl.DataFrame, context: quality.MessageContext, urls: tuple[str, ...]) -> tuple[pl.DataFrame, str]:
    """Send the run's message to each configured URL (each retried on its own, so a working receiver gets it once)."""
    alerts, outcome = quality.deliver(alerts, context, urls)
    (get_run_logger().info if outcome in (quality.SENT, quality.NOTHING_TO_SEND) else get_run_logger().warning)("alert message: %s", outcome)
    return alerts, outcome


@task(cache_policy=NO_CACHE)
def record_run(staging: Path, summary: RunSummary, started: dt.datetime, alerts: pl.DataFrame) -> None:
    """Add the run's accounting and its alerts to the staging warehouse."""
    with loader.connect(staging) as con:
        loader.insert_frames(con, {"pipeline_runs": typed_frame(PipelineRun, [summary.run_row(started)]), "dq_alerts": alerts})


@task(cache_policy=NO_CACHE)
def write_run_report(warehouse: Path, written_at: dt.datetime) -> str:
    """The static HTML report of the published warehouse; a report that cannot be written is logged, the run stands."""
    try:
        path = write_report(warehouse, written_at)
    except Exception as error:  # the warehouse is already published: a missing report must not turn the run into a failure
        get_run_logger().error("report not written: %s: %s", type(error).__name__, error)
        return f"not written: {type(error).__name__}: {error}"
    get_run_logger().info("report at %s", path)
    return str(path)


@task(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def publish_warehouse(staging: Path, warehouse: Path) -> None:
    """Atomically replace the published warehouse with the audited staging file."""
    loader.publish(staging, warehouse)
    get_run_logger().info("published %s", warehouse)


def _resolve(path: str | Path) -> Path:
    """The absolute path with every symbolic link followed: a linked warehouse is published where the link leads, under one lock."""
    return (Path.cwd() / path).resolve()


def report_failure(run_id: str, error: BaseException, source: Path, warehouse: Path, urls: tuple[str, ...]) -> str:
    """Tell people that a run did not complete, through the alert channel; return the delivery outcome."""
    title, body, severity = quality.failure_message(run_id, error, source, warehouse)
    logger = get_run_logger()
    logger.error("%s\n%s", title, body)
    outcome = quality.notify(urls, title, body, severity)
    (logger.info if outcome == quality.SENT else logger.error)("failure message: %s", outcome)
    return outcome


@flow(name="nightly-ingest", log_prints=True)
def nightly(source: str = DEFAULT_SOURCE, warehouse: str = DEFAULT_WAREHOUSE, reprocess: bool = False, full_audit: bool = False,
            retractions: list[dict] | None = None, overrides: list[dict] | None = None) -> RunSummary:
    """Ingest new documents from ``source`` into the DuckDB file ``warehouse``.

    The audit covers the documents this run loaded and invariants of whole tables; ``full_audit``
    (or a run that loads nothing new, such as a reprocessing run) audits every row.

    With ``reprocess``, every document is extracted again with the current extractor and its rows
    replaced: files still in the source folder from their bytes, the others from their stored bytes.
    ``retractions`` and ``overrides`` (``warehouse.corrections`` request fields, from ``flightwatch retract``
    and ``flightwatch override``) are applied in the run's staging copy before it loads anything, and the
    series is rebuilt.
    A run that fails or is refused tells people through the alert channel, then raises.
    """
    settings = Settings.from_env()
    source_dir, warehouse_file = _resolve(source), _resolve(warehouse)
    started = now()
    run_id = f"{started:%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
    try:
        if not source_dir.is_dir():
            what = "is a file, not a folder: give the folder that holds it" if source_dir.exists() else "does not exist"
            raise FileNotFoundError(f"source folder {source_dir} {what}")
        with run_lock(warehouse_file):
            close_killed_runs(warehouse_file, settings.alert_urls)
            _journal(warehouse_file, journal.entry(run_id, started, source_dir, journal.RUNNING, None, details={
                "pid": os.getpid(), "flow_run_id": runtime.flow_run.id, "processes": orphans.own_processes()}))
            requests = [corrections.RetractionRequest(**request) for request in retractions or []] + [
                corrections.OverrideRequest(**request) for request in overrides or []]
            summary = _run(source_dir, warehouse_file, reprocess, full_audit, settings, run_id, started, requests)
        summary.seconds = (now() - started).total_seconds()
    except AuditFailedError as error:  # its alerts already went out with the run's message
        _journal(warehouse_file, journal.entry(run_id, started, source_dir, "not_published", journal.EXIT_NOT_PUBLISHED, error))
        raise
    except (Exception, journal.RunStopped, TerminationSignal, KeyboardInterrupt) as error:
        signum = _stop_signal(error)
        ended = journal.RunStopped(signum) if signum is not None else error  # every way a signal arrives is told as one
        status, code = _ending(ended)
        report_failure(run_id, ended, source_dir, warehouse_file, settings.alert_urls)
        _journal(warehouse_file, journal.entry(run_id, started, source_dir, status, code, ended))
        if ended is not error:
            raise ended from error
        raise
    status = "nothing_new" if summary.notification == NOTHING_NEW else summary.status
    if summary.docs_new == 0:
        try:
            warn_if_stale(summary, warehouse_file, settings)
        except Exception as error:  # the run is done and published: a check that cannot read the warehouse is logged
            get_run_logger().error("staleness not checked: %s: %s", type(error).__name__, error)
    details = {"docs_seen": summary.docs_seen, "docs_new": summary.docs_new, "docs_quarantined": summary.docs_quarantined,
               "docs_waiting": summary.docs_waiting, "summary": summary.render()}
    _journal(warehouse_file, journal.entry(run_id, started, source_dir, status, journal.EXIT_COMPLETED, details=details))
    get_run_logger().info("%s", details["summary"])
    return summary


def close_killed_runs(warehouse: Path, urls: tuple[str, ...]) -> None:
    """Close the runs of this warehouse that were killed (see ``flows.orphans``): journal each as crashed and tell people."""
    logger = get_run_logger()
    for killed in orphans.close_killed_runs(warehouse):
        _journal(warehouse, journal.entry(killed.run_id, killed.started_at, killed.source, journal.CRASHED, None, killed.account))
        title, body = quality.render_crashed(killed.run_id, killed.account, str(warehouse))
        logger.warning("%s\n%s", title, body)
        outcome = quality.notify(urls, title, body, Severity.ERROR)
        (logger.info if outcome == quality.SENT else logger.error)("message on the killed run: %s", outcome)


def warn_if_stale(summary: RunSummary, warehouse: Path, settings: Settings) -> None:
    """Warn people when the warehouse has taken in no new document for ``stale_days`` days: the feed may have stopped."""
    last = loader.last_ingestion(warehouse)
    if last is None or now() - last < dt.timedelta(days=settings.stale_days):
        return
    title, body = quality.render_stale(summary.run_id, last, settings.stale_days, summary.source, summary.warehouse)
    get_run_logger().warning("%s\n%s", title, body)
    outcome = quality.notify(settings.alert_urls, title, body, Severity.WARNING)
    summary.stale_since = last
    summary.notification = f"{summary.notification}; {quality.STALE_CHECK} warning: {outcome}"


def _stop_signal(error: BaseException) -> int | None:
    """The signal that stopped the run, if one did: ours, Prefect's own SIGTERM handling, or Ctrl-C."""
    if isinstance(error, journal.RunStopped):
        return error.signum
    if isinstance(error, TerminationSignal):
        return int(error.signal)
    return signal.SIGINT if isinstance(error, KeyboardInterrupt) else None


def _ending(error: BaseException) -> tuple[str, int]:
    """How a run that did not complete ended, for the journal: its status and exit code."""
    if isinstance(error, journal.RunStopped):
        return "stopped", error.exit_code
    return ("refused", journal.EXIT_LOCKED) if isinstance(error, RunLockedError) else ("failed", journal.EXIT_FAILED)


def _journal(warehouse: Path, entry: dict) -> None:
    """Record the run in the journal beside the warehouse; a journal that cannot be written is logged as an error."""
    problem = journal.record(warehouse, entry)
    if problem:
        get_run_logger().error("run journal %s not written: %s", journal.journal_path(warehouse), problem)


@task(cache_policy=NO_CACHE)
def extract_and_validate(
    raw: pl.DataFrame, run: Run, kept_meta: dict[str, DocumentMeta] | None = None
) -> tuple[Extraction, tuple[dict[str, pl.DataFrame], pl.DataFrame]]:
    """Extract a batch and validate its tables where it was extracted: its frames travel back once, validated."""
    extraction = extract_flights(raw, run, kept_meta)
    return extraction, validate_tables(extraction, run)


@task(cache_policy=NO_CACHE)
def ingest_batch(batch: Batch, known: set[str], seen: dict[str, str], run: Run) -> dict:
    """Read (or take from the store), extract, validate and load one batch; only counts leave it, so no batch stays in memory."""
    prepared = read_batch(batch, known, seen, run)
    extraction, validated = extract_and_validate.fn(prepared.raw, run, prepared.kept_meta)
    return store_batch(extraction, validated, prepared.read, run, load_warehouse.fn)


def _store_when_extracted(prepared: PreparedBatch, extracted: PrefectFuture, run: Run) -> dict:
    extraction, validated = extracted.result()
    return store_batch(extraction, validated, prepared.read, run, load_warehouse.fn)


def _ingest(batches: Iterator[Batch], known: set[str], seen: dict[str, str], run: Run, runner: TaskRunner | None,
            depth: int, summary: RunSummary) -> None:
    """One loop for every path: each batch is read, extracted, validated and loaded, in order.

    Without a runner a batch runs whole in one task. With a runner (worker processes or a Dask
    cluster) batches are read here, extracted and validated there in one task each, up to ``depth``
    at a time, and loaded here; reading and loading are plain calls, not task runs of their own.
    """
    in_flight: deque[tuple[int, Callable[[], dict]]] = deque()  # (documents, what loads them)
    uncollected = 0
    with _collections_skip_older_objects():
        for batch in batches:
            # _unexamined: the growing known/seen collections are not walked by Prefect on every task call
            if runner is None:
                counts = ingest_batch(batch, _unexamined(known), _unexamined(seen), run)
                in_flight.append((batch.size, partial(dict, counts)))
            else:
                prepared = read_batch(batch, known, seen, run)
                extracted = runner.submit(extract_and_validate, {"raw": prepared.raw, "run": run, "kept_meta": prepared.kept_meta})
                in_flight.append((batch.size, partial(_store_when_extracted, prepared, extracted, run)))
            while len(in_flight) > depth:
                documents, store = in_flight.popleft()
                summary.add(store())
                uncollected += documents
                if runner is not None and uncollected >= COLLECT_EVERY_DOCS:
                    gc.collect()  # a finished future sits in reference cycles that keep its batch's frames until a full collection
                    uncollected = 0
        while in_flight:
            summary.add(in_flight.popleft()[1]())


@contextmanager
def _collections_skip_older_objects() -> Iterator[None]:
    """Full collections inside skip every object alive on entry (modules, Prefect's and the run's state).

    The loop's collections exist to free finished batches; walking the whole heap each time cost about
    0.3 s per collection in a 30,000-document run. Unfrozen on exit, so nothing escapes later collections.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _slices(frame: pl.DataFrame, size: int, max_bytes: int) -> Iterator[pl.DataFrame]:
    """``frame`` in slices of at most ``size`` rows and ``max_bytes`` bytes (column ``n_bytes``); a larger row is a slice alone."""
    start, total = 0, 0
    for row, n_bytes in enumerate(frame["n_bytes"].fill_null(0).to_list()):
        if row > start and (row - start == size or total + n_bytes > max_bytes):
            yield frame.slice(start, row - start)
            start, total = row, 0
        total += n_bytes
    if start < frame.height:
        yield frame.slice(start)


def _batches(to_read: pl.DataFrame, size: int, max_bytes: int, stored: Callable[[], pl.DataFrame] | None) -> Iterator[Batch]:
    """The files to read in batches, then, when reprocessing, the stored documents whose files were not among them.

    A batch is capped by bytes as well as by count: every document of a batch is in memory at once, twice
    (its bytes and its text), and so is its load into the staging file.
    """
    for files in _slices(to_read, size, max_bytes):
        yield Batch(files=files)
    if stored is not None:
        documents = stored()  # asked only now: the files read decide which stored documents remain
        for part in _slices(documents, size, max_bytes):
            yield Batch(stored=part)


def _run(source_dir: Path, warehouse_file: Path, reprocess: bool, full_audit: bool, settings: Settings, run_id: str,
         started: dt.datetime, requests: list[corrections.RetractionRequest | corrections.OverrideRequest]) -> RunSummary:
    summary = RunSummary(run_id=run_id, status="running", source=str(source_dir), warehouse=str(warehouse_file))
    summary.rows_loaded = dict.fromkeys(loader.DOCUMENT_TABLES, 0)
    discovered = discover_documents(source_dir)
    settled_before = int((started.timestamp() - settings.settle_seconds) * 1e9)
    files = discovered.filter(pl.col("modified_ns").is_null() | (pl.col("modified_ns") <= settled_before))
    summary.docs_waiting = discovered.height - files.height  # changed moments ago: perhaps still being written
    known = known_documents(warehouse_file, source_dir)
    known_ids, manifest = (set(), known.manifest.clear()) if reprocess else (known.doc_ids, known.manifest)
    unchanged, known_refused, to_read = unchanged_files(files, manifest, known.refusals)
    summary.docs_seen, summary.docs_known, summary.docs_known_refused = discovered.height, unchanged.height + known_refused.height, known_refused.height
    if to_read.is_empty() and not reprocess and not full_audit and not requests:  # a full audit audits the warehouse even with nothing to read
        summary.status = "completed"
        summary.notification = NOTHING_NEW
        existing_report = report_path(warehouse_file)
        summary.report = str(existing_report) if existing_report.exists() else None
        get_run_logger().info("no new or changed files among %d: nothing to write", files.height)
        return summary

    with audit_process() as auditor:  # it imports Great Expectations while the run stages and loads
        staging = stage_warehouse(warehouse_file)
        run = Run(run_id, started, source_dir, warehouse_file, staging, settings.max_doc_bytes, settings.doc_time_budget)
        still_refused = set(known_refused["source_uri"]) | set(to_read.filter(pl.col("refused").is_not_null())["source_uri"])
        loader.forget_refusals(staging, source_dir, [uri for uri in known.refusals["source_uri"] if uri not in still_refused])
        summary.corrections = apply_corrections(staging, requests, run_id, started)
        seen: dict[str, str] = {}
        publishable = False
        parallel = (settings.workers > 1 or settings.dask_address is not None) and to_read.height >= settings.parallel_min_docs

        def stored_documents_not_read() -> pl.DataFrame:
            return documents_to_reextract(warehouse_file, _unexamined(set(seen)))

        try:
            # the task runner is built here, when a run needs it, never when the module is imported
            with loader.held_open(staging), task_runner(settings) if parallel else nullcontext() as runner:
                depth = 2 * settings.workers - 1 if runner else 0
                batches = _batches(to_read, settings.batch_size, settings.batch_bytes, stored_documents_not_read if reprocess else None)
                _ingest(batches, known_ids, seen, run, runner, depth, summary)
            summary.check_accounting()
            # None: every row is audited and the series rebuilt (also after a correction, whose claims may be anywhere)
            fresh_after = started if summary.docs_new and not full_audit and not requests else None
            summary.series = reconcile_series(run, fresh_after)
            summary.rows_rejected += summary.series["rejected"]

            report = audit_warehouse(_unexamined(auditor), staging, fresh_after, settings, run_id, warehouse_file)
            summary.data_docs_index = str(report.data_docs_index) if report.data_docs_index else None
            publishable = not report.findings
            query_file = warehouse_file if publishable else loader.rejected_path(warehouse_file, run_id)
            alerts = raise_alerts(staging, run_id, report, started, query_file, fresh_after)
            summary.alerts = {s: alerts.filter(pl.col("severity") == s).height for s in reversed(Severity)}
            summary.status = "completed" if publishable else "not_published"
            summary.rejected_file = None if publishable else str(query_file)
            context = quality.MessageContext(run_id, summary.source, summary.warehouse, summary.docs_seen, summary.docs_new, publishable,
                                             summary.data_docs_index, summary.rejected_file)
            alerts, summary.notification = notify_people(alerts, context, settings.alert_urls)
            if not publishable:
                loader.keep_rejected(staging, warehouse_file, run_id)
                staging = stage_warehouse(warehouse_file)
            record_run(staging, summary, started, alerts)
            publish_warehouse(staging, warehouse_file)
        finally:
            loader.discard(staging)
    summary.report = write_run_report(warehouse_file, started)
    if not publishable:
        raise AuditFailedError(f"critical data-quality checks failed; see dq_alerts for run {run_id} ({summary.rejected_file})")
    return summary
