"""Turn a run's quarantined files, failed checks, decoding notes and audit findings into data-quality alerts.

One alert per failed check per run, with a severity, counts, samples that name the failing file
or row and the reason, the documents involved, what to do, and a query to paste. Also renders
the one message per run that reaches people, and the message of a run that did not complete.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import polars as pl

from schemas.models import SEVERITIES, DataQualityAlert, QuarantineReason, Severity, typed_frame
from transforms.decode import CONTROL_CHARACTERS_REMOVED, ENCODING_GUESSED, MOJIBAKE_REPAIRED, MOJIBAKE_SUSPECTED

SAMPLE_SIZE = 5
MAX_LISTED = 20
WARNING_QUARANTINE_REASONS = frozenset({QuarantineReason.DUPLICATE})
UNDATED_CHECK = "document_has_publication_date"
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
    QuarantineReason.FAILED_VALIDATION: "The document row broke its schema: run the query, fix the file or report the parser bug.",
    "rows_add_up_to_stated_total": "Read the list in the document: a row may be missing, or the total may count something else.",
    "countries_known": "A list label is not a known country: if it is one (another spelling), add the name to transforms/places.py.",
    UNDATED_CHECK: "Dates of these documents' flights stay open. Add the date line to the file if the original states one.",
    CONTROL_CHARACTERS_REMOVED: "The text loaded without them; check the file if it came from a broken export.",
    ENCODING_GUESSED: "Read a place name with accents in the document; if it is wrong, save the file as UTF-8 and touch it.",
    MOJIBAKE_REPAIRED: "The text was repaired; save the file as UTF-8 to make the repair unnecessary.",
    MOJIBAKE_SUSPECTED: "The text may be mis-decoded: save the file as UTF-8 and touch it, then run again.",
}
DEFAULT_ACTIONS = {
    Severity.WARNING: "Loaded but flagged: run the query to see the rows and judge them.",
    Severity.ERROR: "Kept out of the warehouse: run the query, fix the file, and it is read again when its bytes change.",
    Severity.CRITICAL: "The new state was NOT published. Run the query on the rejected file to see the failing rows; "
    "fix the cause (or report the bug) and run again. Analysts still see the last published state.",
}

QueryFor = Callable[[str, str, str | None], str]


@dataclass(frozen=True)
class AuditFinding:
    """A failed warehouse expectation with its failing rows already looked up."""

    relation: str
    check: str
    unexpected_count: int
    query: str
    sample: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    source_uris: list[str] = field(default_factory=list)


def _distinct(values: Sequence[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))[:MAX_LISTED]


def _samples(group: pl.DataFrame, detail: str) -> list[str]:
    """'path: detail' for the first failing files, so a sample says which file and why."""
    return [f"{uri or doc or '?'}: {text}" for uri, doc, text in group.select("source_uri", "doc_id", detail).head(SAMPLE_SIZE).iter_rows()]


def build_alerts(
    run_id: str, sources: dict[str, pl.DataFrame], findings: list[AuditFinding], raised_at: dt.datetime, query_for: QueryFor
) -> pl.DataFrame:
    """Alerts of one run as a dq_alerts frame (``notified`` false until the message is sent).

    ``sources`` are this run's new problems: quarantine, validation_failures, undated_documents and
    decode_notes, as the warehouse's run queries return them.
    """
    alerts: list[dict] = []

    def add(severity: Severity, check: str, table: str, group: pl.DataFrame | AuditFinding, sample: list[str], query: str, message: str) -> None:
        if isinstance(group, AuditFinding):
            count, doc_ids, uris = group.unexpected_count, group.doc_ids, group.source_uris
        else:
            count, doc_ids, uris = group.height, group["doc_id"].to_list(), group["source_uri"].to_list()
        alerts.append({
            "alert_id": f"{run_id}#{len(alerts) + 1}", "run_id": run_id, "severity": severity, "check_name": check,
            "table_name": table, "affected_count": count, "sample_values": sample[:SAMPLE_SIZE],
            "doc_ids": _distinct(doc_ids), "source_uris": _distinct(uris), "query": query, "message": message,
            "action": ACTIONS.get(check, DEFAULT_ACTIONS[severity]), "raised_at": raised_at, "notified": False,
        })

    for (reason,), group in sources["quarantine"].group_by(["reason"], maintain_order=True):
        severity = Severity.WARNING if reason in WARNING_QUARANTINE_REASONS else Severity.ERROR
        add(severity, reason, "quarantine", group, _samples(group, "detail"), query_for("quarantine", reason, None),
            f"{group.height} file(s) quarantined: {reason}")
    for (table, check, loaded), group in sources["validation_failures"].group_by(["table_name", "check_name", "loaded"], maintain_order=True):
        severity = Severity.WARNING if loaded else Severity.ERROR
        outcome = "flagged and loaded" if loaded else "kept out of the warehouse"
        add(severity, check, table, group, _samples(group, "failure_value"), query_for("validation", check, table),
            f"{group.height} {table} row(s) failed {check}: {outcome}")
    undated = sources["undated_documents"]
    if undated.height:
        datelines = undated.with_columns(pl.col("dateline_text").fill_null("no date line"))
        add(Severity.WARNING, UNDATED_CHECK, "documents", undated, _samples(datelines, "dateline_text"),
            query_for("undated", UNDATED_CHECK, None), f"{undated.height} new document(s) state no full publication date")
    for (check,), group in sources["decode_notes"].group_by(["check_name"], maintain_order=True):
        add(Severity.WARNING, check, "documents", group, _samples(group, "detail"), query_for("decode_notes", check, None),
            f"{group.height} new document(s) loaded after decoding: {check.replace('_', ' ')}")
    for finding in findings:
        add(Severity.CRITICAL, finding.check, finding.relation, finding, finding.sample, finding.query,
            f"warehouse expectation failed on {finding.relation}: {finding.check} ({finding.unexpected_count} unexpected)")
    return typed_frame(DataQualityAlert, alerts)


def most_severe(alerts: pl.DataFrame) -> Severity | None:
    """The highest severity among the alerts, or None."""
    present = set(alerts["severity"].to_list())
    return next((Severity(s) for s in MOST_SEVERE_FIRST if s in present), None)


@dataclass(frozen=True)
class RunContext:
    """What a message says about the run besides its alerts."""

    run_id: str
    source: str
    warehouse: str
    docs_seen: int
    docs_new: int
    published: bool
    data_docs: str | None
    rejected_file: str | None = None


def render_message(alerts: pl.DataFrame, run: RunContext) -> tuple[str, str]:
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


def render_failure(run_id: str, outcome: str, error: str, source: str, warehouse: str, action: str) -> tuple[str, str]:
    """Title and body of the message for a run that did not complete (failed or refused)."""
    title = f"flightwatch run {run_id}: {outcome.upper()}"
    body = "\n".join([
        f"Run {run_id} {outcome} before publishing anything: {error}",
        "The published warehouse was not changed; analysts still see the last published state.",
        f"Source folder: {source}",
        f"Warehouse: {warehouse}",
        f"What to do: {action}",
    ])
    return title, body
