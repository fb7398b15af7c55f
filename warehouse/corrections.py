"""Analysts' corrections applied by a run: retracting a document (``flightwatch retract``), or withdrawing that.

A retraction is a row of ``retractions`` and ``documents.retracted_at``; ``claim_sources`` leaves the
document's claims out, and the run that applies it rebuilds the series, so the figures it supported
change that night and ``monthly_flights_changes`` shows how. Nothing is deleted: an ``--undo`` brings the
claims back and keeps the retraction on record as withdrawn.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from warehouse.loader import query, statements


class CorrectionError(ValueError):
    """A correction that cannot be applied, said in one line (no document, several, nothing to withdraw)."""


@dataclass(frozen=True)
class RetractionRequest:
    """Retract the document ``reference`` names (a doc_id, its first 8+ characters, or its source path), or withdraw that."""

    reference: str
    reason: str
    requested_by: str | None = None
    undo: bool = False


def find_document(con: duckdb.DuckDBPyConnection, reference: str) -> tuple[str, str, dt.datetime | None]:
    """(doc_id, source_uri, retracted_at) of the one document ``reference`` names."""
    found = con.execute(query("find_document"), {"reference": reference.strip()}).fetchall()
    if not found:
        raise CorrectionError(f"no document is {reference!r}: give its doc_id (or its first 8 characters) or its source path")
    if len({row[0] for row in found}) > 1:
        versions = ", ".join(f"{doc_id[:12]} ({uri})" for doc_id, uri, _ in found)
        raise CorrectionError(f"{reference!r} names {len(found)} documents ({versions}): give the doc_id")
    return found[0]


def check(con: duckdb.DuckDBPyConnection, request: RetractionRequest) -> str:
    """Raise CorrectionError when ``request`` cannot be applied; else say what it will do."""
    if not request.undo and not request.reason.strip():
        raise CorrectionError("a retraction needs a reason (--reason)")
    doc_id, source_uri, retracted_at = find_document(con, request.reference)
    if request.undo and retracted_at is None:
        raise CorrectionError(f"{source_uri} ({doc_id[:12]}) is not retracted: nothing to withdraw")
    if not request.undo and retracted_at is not None:
        raise CorrectionError(f"{source_uri} ({doc_id[:12]}) is already retracted (since {retracted_at:%Y-%m-%d %H:%M} UTC)")
    return f"{'withdraw the retraction of' if request.undo else 'retract'} {source_uri} ({doc_id[:12]})"


def apply(con: duckdb.DuckDBPyConnection, request: RetractionRequest, run_id: str, at: dt.datetime) -> str:
    """Apply one checked request in the run's staging warehouse; what was done, for the summary."""
    done = check(con, request)
    doc_id, source_uri, _ = find_document(con, request.reference)
    parameters = {"doc_id": doc_id, "at": at, "run_id": run_id}
    if not request.undo:
        parameters |= {"source_uri": source_uri, "reason": request.reason.strip(), "requested_by": request.requested_by}
    for statement in statements("withdraw_retraction" if request.undo else "retract_document"):
        con.execute(statement, {name: value for name, value in parameters.items() if f"${name}" in statement})
    return done + ("" if request.undo else f": {request.reason.strip()}")
