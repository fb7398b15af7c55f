"""Data quality in one place, read top to bottom: checks, findings, alerts, the message, its delivery.

1. Checks: this run's quarantined files, failed row checks, undated documents and decoding notes
   (queries in ``warehouse/sql``), and the Great Expectations findings of the audit.
2. Findings: each failed expectation with exactly its failing rows (their documents and paths).
3. Alerts: one per failed check per run, with a severity, samples that name the file or row and
   the reason, what to do, and a query that runs as pasted.
4. The message: one per run, or one for a run that did not complete.
5. Delivery: to each alert URL on its own, retrying only the ones that failed.
Nothing here imports Prefect: the flow calls these functions and logs what they return.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import apprise
import polars as pl

from flows.resources import RunLockedError
from schemas.findings import Finding
from schemas.models import SEVERITIES, DataQualityAlert, Severity, typed_frame
from transforms.decode import CONTROL_CHARACTERS_REMOVED, ENCODING_GUESSED, MOJIBAKE_REPAIRED, MOJIBAKE_SUSPECTED
from transforms.domain import QuarantineReason
from warehouse import loader
from warehouse.loader import StaleLogError

SAMPLE_SIZE = 5
MAX_LISTED = 20
WARNING_QUARANTINE_REASONS = frozenset({QuarantineReason.DUPLICATE})
UNDATED_CHECK = "document_has_publication_date"
CONFLICT_CHECK = "conflicting_figures"
TOTALS_APART_CHECK = "total_over_origins_differs_from_its_parts"
ANOMALY_CHECK = "monthly_figure_far_outside_recent_range"
MESSAGE_EXAMPLES = 3
MOST_SEVERE_FIRST = tuple(reversed(SEVERITIES))

ACTIONS = {
    QuarantineReason.EMPTY: "Nothing to load. Replace the file with the full document if it was cut short; it is read again when its bytes change.",
    QuarantineReason.BINARY: "Not a text document. Remove it from the source folder, or replace it with the text or HTML version.",
    QuarantineReason.UNDECODABLE: "Save the file as UTF-8 and leave it in place; it is read again when its bytes change.",
    QuarantineReason.TOO_LARGE: "Check that it is one article; if it is, raise FLIGHTWATCH_MAX_DOC_BYTES for the job and touch the file.",
    QuarantineReason.OUTSIDE_SOURCE: "Copy the file into the source folder instead of linking to it outside.",
    QuarantineReason.UNREADABLE: "Give the job's user read access (chmod/chown) or remove the path; it is tried again on the next run.",
    QuarantineReason.DUPLICATE: "Nothing to do: the same bytes are already loaded from the other file named.",
    QuarantineReason.EXTRACT_ERROR: "A parser bug: report it with the file. After the fix, run with --reprocess.",
    QuarantineReason.TOO_SLOW: "Check that it is one article; report it with the file (a rule may be slow on its shape). It is tried again "
    "when the extractor changes or the file does; FLIGHTWATCH_DOC_TIME_BUDGET raises the budget.",
    QuarantineReason.FAILED_VALIDATION: "The document row broke its schema: run the query, fix the file or report the parser bug.",
    "rows_add_up_to_stated_total": "Read the list in the document: a row may be missing, or the total may count something else.",
    "countries_known": "A list label is not a known country: if it is one (another spelling), add the name to transforms/places.py.",
    UNDATED_CHECK: "Dates of these documents' flights stay open. Add the date line to the file if the original states one.",
    CONTROL_CHARACTERS_REMOVED: "The text loaded without them; check the file if it came from a broken export.",
    ENCODING_GUESSED: "Read a place name with accents in the document; if it is wrong, save the file as UTF-8 and touch it.",
    MOJIBAKE_REPAIRED: "The text was repaired; save the file as UTF-8 to make the repair unnecessary.",
    MOJIBAKE_SUSPECTED: "The text may be mis-decoded: save the file as UTF-8 and touch it, then run again.",
    TOTALS_APART_CHECK: "Read both sides: a correction may have changed one origin's figure or the total. The cookbook's "
    "flights_per_destination_per_month quotes the total; correct or remove the document that is wrong.",
    ANOMALY_CHECK: "Not a blocker: read the month's sources against the months before. A real change stays; a misread list or a "
    "wrong month is corrected in the document or reported with it.",
    CONFLICT_CHECK: "Read the sources named: monthly_flights uses the figure marked kept (the rule is in its resolution). "
    "If a source is wrong, correct or remove the document; if the rule chose wrong, report it with both documents.",
}
DEFAULT_ACTIONS = {
    Severity.WARNING: "Loaded but flagged: run the query to see the rows and judge them.",
    Severity.ERROR: "Kept out of the warehouse: run the query, fix the file, and it is read again when its bytes change.",
    Severity.CRITICAL: "The new state was NOT published. Run the query on the rejected file to see the failing rows; "
    "fix the cause (or report the bug) and run again. Analysts still see the last published state.",
}

QueryFor = Callable[[str, dict[str, object]], str]  # (alert source, column filters) -> query for the failing rows


class AccountingError(RuntimeError):
    """Files seen did not equal files loaded, known and quarantined: something was lost."""


class AuditFailedError(RuntimeError):
    """A critical warehouse expectation failed: the new state was not published."""


# 1-2. Checks and findings ---------------------------------------------------------------------


def run_checks(
    staging: Path, run_id: str, findings: list[Finding], query_file: Path, fresh_after: dt.datetime | None
) -> tuple[dict[str, pl.DataFrame], list[Finding]]:
    """This run's new problems from the staging warehouse, and each audit finding with its failing rows and query."""
    located = []
    with loader.connect(staging) as con:  # the run holds staging open read-write: the same configuration shares it
        sources = loader.run_alert_sources(con, run_id)
        for finding in findings:
            failing_sql = loader.failing_rows_sql(finding.relation, finding.expectation, finding.arguments, fresh_after)
            rows = loader.failing_rows(con, failing_sql)
            located.append(dataclasses.replace(
                finding,
                query=loader.pasteable(query_file, failing_sql),
                sample=[", ".join(f"{k}={v}" for k, v in row.items()) for row in rows.head(SAMPLE_SIZE).iter_rows(named=True)] or finding.sample,
                doc_ids=rows["doc_id"].to_list() if "doc_id" in rows.columns else [],
                source_uris=rows["source_uri"].to_list() if "source_uri" in rows.columns else [],
            ))
    return sources, located


# 3. Alerts ------------------------------------------------------------------------------------


def _distinct(values: Sequence[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))[:MAX_LISTED]


def _samples(group: pl.DataFrame, detail: str) -> list[str]:
    """'path: detail' for the first failing files, so a sample says which file and why."""
    return [f"{uri or doc or '?'}: {text}" for uri, doc, text in group.select("source_uri", "doc_id", detail).head(SAMPLE_SIZE).iter_rows()]


def build_alerts(
    run_id: str, sources: dict[str, pl.DataFrame], findings: list[Finding], raised_at: dt.datetime, query_for: QueryFor
) -> pl.DataFrame:
    """Alerts of one run as a dq_alerts frame (``notified`` false until the message is sent).

    ``sources`` are this run's new problems: quarantine, validation_failures, undated_documents,
    decode_notes, conflicts, totals_apart and anomalies, as the warehouse's run queries return them.
    """
    alerts: list[dict] = []

    def add(severity: Severity, check: str, table: str, group: pl.DataFrame | Finding, sample: list[str], query: str, message: str) -> None:
        if isinstance(group, pl.DataFrame):
            count, doc_ids, uris = group.height, group["doc_id"].to_list(), group["source_uri"].to_list()
        else:
            count, doc_ids, uris = group.unexpected_count, group.doc_ids, group.source_uris
        alerts.append({
            "alert_id": f"{run_id}#{len(alerts) + 1}", "run_id": run_id, "severity": severity, "check_name": check,
            "table_name": table, "affected_count": count, "sample_values": sample[:SAMPLE_SIZE],
            "doc_ids": _distinct(doc_ids), "source_uris": _distinct(uris), "query": query, "message": message,
            "action": ACTIONS.get(check, DEFAULT_ACTIONS[severity]), "raised_at": raised_at, "notified": False,
        })

    for (reason,), group in sources["quarantine"].group_by(["reason"], maintain_order=True):
        severity = Severity.WARNING if reason in WARNING_QUARANTINE_REASONS else Severity.ERROR
        add(severity, reason, "quarantine", group, _samples(group, "detail"), query_for("quarantine", {"reason": reason}),
            f"{group.height} file(s) quarantined: {reason}")
    for (table, check, loaded), group in sources["validation_failures"].group_by(["table_name", "check_name", "loaded"], maintain_order=True):
        severity = Severity.WARNING if loaded else Severity.ERROR
        outcome = "flagged and loaded" if loaded else "kept out of the warehouse"
        failing = query_for("validation_failures", {"table_name": table, "check_name": check, "loaded": loaded})
        add(severity, check, table, group, _samples(group, "failure_value"), failing, f"{group.height} {table} row(s) failed {check}: {outcome}")
    undated = sources["undated_documents"]
    if undated.height:
        datelines = undated.with_columns(pl.col("dateline_text").fill_null("no date line"))
        add(Severity.WARNING, UNDATED_CHECK, "documents", undated, _samples(datelines, "dateline_text"),
            query_for("undated_documents", {}), f"{undated.height} new document(s) state no full publication date")
    for (check,), group in sources["decode_notes"].group_by(["check_name"], maintain_order=True):
        add(Severity.WARNING, check, "documents", group, _samples(group, "detail"), query_for("decode_notes", {"check_name": check}),
            f"{group.height} new document(s) loaded after decoding: {check.replace('_', ' ')}")
    conflicts = sources.get("conflicts")
    if conflicts is not None and conflicts.height:
        add(Severity.WARNING, CONFLICT_CHECK, "flight_facts", conflicts, _samples(conflicts, "detail"), query_for("conflicts", {}),
            f"{conflicts.height} new conflicting figure(s): sources disagree about the same route, status and period")
    apart = sources.get("totals_apart")
    if apart is not None and apart.height:
        add(Severity.WARNING, TOTALS_APART_CHECK, "monthly_flights", apart, _samples(apart, "detail"), query_for("totals_apart", {}),
            f"{apart.height} month(s) where a total over all origins no longer equals the sum of its origins")
    anomalies = sources.get("anomalies")
    if anomalies is not None and anomalies.height:
        add(Severity.WARNING, ANOMALY_CHECK, "monthly_flights", anomalies, _samples(anomalies, "detail"), query_for("anomalies", {}),
            f"{anomalies.height} monthly figure(s) far outside their route's recent range")
    for finding in findings:
        add(Severity.CRITICAL, finding.check, finding.relation, finding, finding.sample, finding.query or "",
            f"warehouse expectation failed on {finding.relation}: {finding.check} ({finding.unexpected_count} unexpected)")
    return typed_frame(DataQualityAlert, alerts)


def alerts_for_run(
    staging: Path, run_id: str, findings: list[Finding], raised_at: dt.datetime, query_file: Path, fresh_after: dt.datetime | None
) -> pl.DataFrame:
    """Checks, findings and alerts of a run in one call; every query reads ``query_file``."""
    sources, located = run_checks(staging, run_id, findings, query_file, fresh_after)
    return build_alerts(
        run_id, sources, located, raised_at, lambda source, filters: loader.pasteable(query_file, loader.run_rows_sql(source, run_id, filters))
    )


# 4. The message -------------------------------------------------------------------------------


def most_severe(alerts: pl.DataFrame) -> Severity | None:
    """The highest severity among the alerts, or None."""
    present = set(alerts["severity"].to_list())
    return next((Severity(s) for s in MOST_SEVERE_FIRST if s in present), None)


@dataclass(frozen=True)
class MessageContext:
    """What a message says about the run besides its alerts."""

    run_id: str
    source: str
    warehouse: str
    docs_seen: int
    docs_new: int
    published: bool
    data_docs: str | None
    rejected_file: str | None = None


def render_message(alerts: pl.DataFrame, run: MessageContext) -> tuple[str, str]:
    """Title and body of the run's single notification, grouped by check, most severe first."""
    counts = {s: alerts.filter(pl.col("severity") == s).height for s in MOST_SEVERE_FIRST}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    title = f"flightwatch run {run.run_id}: {summary or 'no alerts'}" + ("" if run.published else " - NOT PUBLISHED")
    outcome = (
        "The new state was published."
        if run.published
        else f"The new state was NOT published: a critical check failed. Analysts still see the last published state; "
        f"the rejected state is kept at {run.rejected_file}."
    )
    lines = [
        f"Run {run.run_id} read {run.docs_seen} files, {run.docs_new} of them new. {outcome}",
        f"Source folder: {run.source}",
        f"Warehouse: {run.warehouse}",
        "Each query below runs as pasted in a new DuckDB session (`duckdb`), and returns the failing rows.",
        "",
    ]
    order = {severity: rank for rank, severity in enumerate(MOST_SEVERE_FIRST)}
    for alert in sorted(alerts.iter_rows(named=True), key=lambda a: order[a["severity"]]):
        lines.append(f"[{alert['severity'].upper()}] {alert['check_name']} on {alert['table_name']}: {alert['message']}")
        for example in alert["sample_values"][:MESSAGE_EXAMPLES]:
            lines.append(f"    - {example}")
        if alert["affected_count"] > MESSAGE_EXAMPLES:
            lines.append(f"    - ... {alert['affected_count']} in all")
        lines.append(f"    what to do: {alert['action']}")
        lines.append(f"    query: {alert['query']}")
    if run.data_docs:
        lines += ["", f"Audit report (Data Docs): {run.data_docs}"]
    return title, "\n".join(lines)


STALE_CHECK = "no_new_documents"


def _letter(said: list[str], where: dict[str, str], action: str) -> str:
    """A run message's body: what happened, where (source folder, warehouse), and what to do."""
    return "\n".join([*said, *(f"{place}: {path}" for place, path in where.items()), f"What to do: {action}"])


def render_stale(run_id: str, last: dt.datetime, days: float, source: str, warehouse: str) -> tuple[str, str]:
    """Title and body of the warning that no new document has arrived for ``days`` days or more."""
    title = f"flightwatch run {run_id}: WARNING no new document since {last:%Y-%m-%d %H:%M} UTC"
    return title, _letter(
        [f"Run {run_id} completed, but the source folder has given no new document since {last:%Y-%m-%d %H:%M} UTC "
         f"(more than {days:g} days): the feed that fills it may have stopped."],
        {"Source folder": source, "Warehouse": warehouse},
        "check the crawler or export that writes the source folder, and that the job reads the right folder. "
        "This warning repeats every night until a new document arrives (FLIGHTWATCH_STALE_DAYS sets the days).",
    )


def render_crashed(run_id: str, account: str, warehouse: str) -> tuple[str, str]:
    """Title and body of the message on a run found killed by the next run (a killed process tells nobody itself)."""
    return f"flightwatch run {run_id}: CRASHED (killed before it could say so)", _letter(
        [f"The next run found that {account}.",
         "The published warehouse is whole (as before that run, or as it published it: publishing is one rename); "
         "documents it did not load are read by this run."],
        {"Warehouse": warehouse},
        "find what killed it (the kernel's out-of-memory killer: dmesg; a watchdog or an operator: their logs). Nothing needs repairing.",
    )


def render_unrecorded(run_id: str, error: str, warehouse: str) -> tuple[str, str]:
    """Title and body of the warning that a run published, then lost the Prefect server that records it."""
    return f"flightwatch run {run_id}: completed and published; Prefect's record of it is incomplete", _letter(
        [f"Run {run_id} published the warehouse, then the Prefect API stopped answering ({error}): "
         "the flow run may stay Running in Prefect, the figures are published."],
        {"Warehouse": warehouse},
        "nothing for the data. If Prefect's temporary server was killed (memory?), the next run starts another; "
        "a configured server needs restarting.",
    )


def render_failure(run_id: str, outcome: str, error: str, source: str, warehouse: str, action: str) -> tuple[str, str]:
    """Title and body of the message for a run that did not complete (failed or refused)."""
    return f"flightwatch run {run_id}: {outcome.upper()}", _letter(
        [f"Run {run_id} {outcome} before publishing anything: {error}",
         "The published warehouse was not changed; analysts still see the last published state."],
        {"Source folder": source, "Warehouse": warehouse},
        action,
    )


FAILURE_ACTIONS: dict[type[BaseException], str] = {
    RunLockedError: "Nothing, if the other run is still working: the next scheduled run picks up what this one would have read. "
    "If that run is stuck, stop it (its pid is named above); the lock goes with its process.",
    FileNotFoundError: "Check that the source folder exists and is mounted for the user running the job, "
    "or fix the deployment's source parameter.",
    AccountingError: "A file was lost between reading and loading: report this run with its log. Run again after the fix.",
    StaleLogError: "Close every read-write session on the warehouse (an analyst's shell or notebook); if none is open, move the .wal "
    "file named above aside and run again. Analysts still see the last published state.",
}
DEFAULT_FAILURE_ACTION = (
    "Read the error and the flow run's log (traceback) for the cause; fix it and run again. Nothing is lost: "
    "the next run reads every file this one did not load."
)


def failure_message(run_id: str, error: BaseException, source: Path, warehouse: Path) -> tuple[str, str, Severity]:
    """Title, body and severity of the message for a run that failed or was refused."""
    outcome = "refused" if isinstance(error, RunLockedError) else "failed"
    action = next((text for kind, text in FAILURE_ACTIONS.items() if isinstance(error, kind)), DEFAULT_FAILURE_ACTION)
    title, body = render_failure(run_id, outcome, f"{type(error).__name__}: {error}", str(source), str(warehouse), action)
    return title, body, Severity.CRITICAL if outcome == "failed" else Severity.ERROR


# 5. Delivery ----------------------------------------------------------------------------------

SENT = "sent"
NOTHING_TO_SEND = "nothing to send"
NOT_CONFIGURED = "not configured (set FLIGHTWATCH_ALERT_URLS)"
NOTIFY_TYPES = {Severity.CRITICAL: apprise.NotifyType.FAILURE, Severity.ERROR: apprise.NotifyType.FAILURE, Severity.WARNING: apprise.NotifyType.WARNING}
DELIVERY_ATTEMPTS = 3
RETRY_DELAY_S = 1.0


@dataclass(frozen=True)
class Delivery:
    """Which alert URLs (by 1-based position) got the message and which did not, and why."""

    sent: tuple[int, ...]
    failed: dict[int, str]

    @property
    def outcome(self) -> str:
        """One line for the summary and pipeline_runs.notification; URLs carry secrets, so only positions."""
        if not self.failed:
            return SENT
        total = len(self.sent) + len(self.failed)
        failures = "; ".join(f"#{position} of {total}: {why}" for position, why in self.failed.items())
        delivered = f"sent to #{', #'.join(map(str, self.sent))}; " if self.sent else ""
        return f"{delivered}failed for {failures}"


def send_notification(urls: tuple[str, ...], title: str, body: str, severity: Severity | None) -> Delivery:
    """Send one message to each apprise URL on its own, retrying only the URLs that failed.

    The notification type follows the severity (failure for errors and critical alerts, warning for
    warnings), so receivers can route and colour it. A URL apprise cannot parse is not retried.
    """
    notify_type = NOTIFY_TYPES.get(severity, apprise.NotifyType.INFO) if severity else apprise.NotifyType.INFO
    pending: dict[int, apprise.Apprise] = {}
    failed: dict[int, str] = {}
    for position, url in enumerate(urls, start=1):
        notifier = apprise.Apprise()
        if notifier.add(url):
            pending[position] = notifier
        else:
            failed[position] = "not a URL apprise understands"
    sent: list[int] = []
    for attempt in range(1, DELIVERY_ATTEMPTS + 1):
        for position in list(pending):
            if pending[position].notify(title=title, body=body, notify_type=notify_type):
                sent.append(position)
                del pending[position]
        if not pending:
            break
        if attempt < DELIVERY_ATTEMPTS:
            time.sleep(RETRY_DELAY_S * attempt)
    failed |= dict.fromkeys(pending, f"not delivered after {DELIVERY_ATTEMPTS} attempts")
    return Delivery(sent=tuple(sorted(sent)), failed=dict(sorted(failed.items())))


def notify(urls: tuple[str, ...], title: str, body: str, severity: Severity | None) -> str:
    """Send a message to the configured URLs, if any; the outcome, never an exception."""
    return send_notification(urls, title, body, severity).outcome if urls else NOT_CONFIGURED


def deliver(alerts: pl.DataFrame, run: MessageContext, urls: tuple[str, ...]) -> tuple[pl.DataFrame, str]:
    """Send the run's message when there is something to say; the alerts marked as notified, and the outcome.

    Delivery never fails the run: its outcome is recorded in pipeline_runs.notification.
    """
    if alerts.is_empty():
        return alerts, NOTHING_TO_SEND
    outcome = notify(urls, *render_message(alerts, run), most_severe(alerts))
    return alerts.with_columns(pl.lit(outcome == SENT).alias("notified")), outcome
