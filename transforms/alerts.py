"""Turn a run's quarantined files, failed checks and audit findings into data-quality alerts.

One alert per failed check per run, with a severity, counts, sample values, the documents
involved and a query to paste. Also renders the one message per run that reaches people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from schemas.models import DataQualityAlert, typed_frame

SAMPLE_SIZE = 5
MAX_LISTED = 20
WARNING_QUARANTINE_REASONS = frozenset({"duplicate"})
UNDATED_CHECK = "document_has_publication_date"
MESSAGE_EXAMPLES = 3

QueryFor = Callable[..., str]


@dataclass(frozen=True)
class AuditFinding:
    """A failed warehouse expectation, as the alert builder needs it."""

    relation: str
    check: str
    unexpected_count: int
    sample: list[str]


def _distinct(values: list[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))[:MAX_LISTED]


def build_alerts(
    run_id: str,
    quarantine: pl.DataFrame,
    failures: pl.DataFrame,
    undated: pl.DataFrame,
    findings: list[AuditFinding],
    raised_at: dt.datetime,
    query_for: QueryFor,
) -> pl.DataFrame:
    """Alerts of one run as a dq_alerts frame (``notified`` false until the message is sent)."""
    alerts: list[dict] = []

    def add(severity: str, check: str, table: str, count: int, sample: list, doc_ids: list, uris: list, query: str, message: str) -> None:
        alerts.append({
            "alert_id": f"{run_id}#{len(alerts) + 1}", "run_id": run_id, "severity": severity, "check_name": check,
            "table_name": table, "affected_count": count, "sample_values": [str(v) for v in sample[:SAMPLE_SIZE]],
            "doc_ids": _distinct(doc_ids), "source_uris": _distinct(uris), "query": query, "message": message,
            "raised_at": raised_at, "notified": False,
        })

    for (reason,), group in quarantine.group_by(["reason"], maintain_order=True):
        severity = "warning" if reason in WARNING_QUARANTINE_REASONS else "error"
        add(severity, reason, "quarantine", group.height, group["detail"].to_list(), group["doc_id"].to_list(),
            group["source_uri"].to_list(), query_for("quarantine", run_id, reason),
            f"{group.height} file(s) quarantined: {reason} ({', '.join(group['source_uri'].head(MESSAGE_EXAMPLES).to_list())})")
    for (table, check, loaded), group in failures.group_by(["table_name", "check_name", "loaded"], maintain_order=True):
        severity = "warning" if loaded else "error"
        outcome = "flagged and loaded" if loaded else "kept out of the warehouse"
        add(severity, check, table, group.height, group["failure_value"].to_list(), group["doc_id"].to_list(),
            group["source_uri"].to_list(), query_for("validation", run_id, check),
            f"{group.height} {table} row(s) failed {check}: {outcome}")
    if undated.height:
        add("warning", UNDATED_CHECK, "documents", undated.height, undated["dateline_text"].drop_nulls().to_list(),
            undated["doc_id"].to_list(), undated["source_uri"].to_list(), query_for("undated", run_id, UNDATED_CHECK),
            f"{undated.height} new document(s) state no full publication date")
    for finding in findings:
        add("critical", finding.check, finding.relation, finding.unexpected_count, finding.sample, [], [],
            query_for("expectation", run_id, finding.check, finding.relation),
            f"warehouse expectation failed on {finding.relation}: {finding.check} ({finding.unexpected_count} unexpected)")
    return typed_frame(DataQualityAlert, alerts)


def render_message(alerts: pl.DataFrame, run_id: str, docs_seen: int, docs_new: int, published: bool, data_docs: str | None) -> tuple[str, str]:
    """Title and body of the run's single notification, grouped by check, most severe first."""
    counts = {s: alerts.filter(pl.col("severity") == s).height for s in ("critical", "error", "warning")}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
    title = f"flightwatch run {run_id}: {summary or 'no alerts'}"
    lines = [
        f"Run {run_id} read {docs_seen} files, {docs_new} of them new. "
        + ("The warehouse was published." if published else "The warehouse was NOT published: a critical check failed."),
        "",
    ]
    order = {"critical": 0, "error": 1, "warning": 2}
    for alert in sorted(alerts.iter_rows(named=True), key=lambda a: order[a["severity"]]):
        lines.append(f"[{alert['severity'].upper()}] {alert['check_name']} on {alert['table_name']}: {alert['message']}")
        examples = alert["source_uris"][:MESSAGE_EXAMPLES] or alert["sample_values"][:MESSAGE_EXAMPLES]
        if examples:
            lines.append("    e.g. " + "; ".join(examples))
        lines.append("    query: " + " ".join(alert["query"].split()))
    if data_docs:
        lines += ["", f"Audit report (Data Docs): {data_docs}"]
    return title, "\n".join(lines)
