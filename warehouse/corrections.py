"""Analysts' corrections applied by a run: retracting a document (``flightwatch retract``), an analyst's figure for one
route, status and month (``flightwatch override``), or withdrawing either.

A retraction is a row of ``retractions`` and ``documents.retracted_at``; ``claim_sources`` leaves the
document's claims out, and the run that applies it rebuilds the series, so the figures it supported
change that night and ``monthly_flights_changes`` shows how. Nothing is deleted: an ``--undo`` brings the
claims back and keeps the retraction on record as withdrawn.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import ClassVar

import duckdb

from warehouse.loader import query, statements


class CorrectionError(ValueError):
    """A correction that cannot be applied, said in one line (no document, several, nothing to withdraw)."""


def find_document(con: duckdb.DuckDBPyConnection, reference: str) -> tuple[str, str, dt.datetime | None]:
    """(doc_id, source_uri, retracted_at) of the one document ``reference`` names."""
    found = con.execute(query("find_document"), {"reference": reference.strip()}).fetchall()
    if not found:
        raise CorrectionError(f"no document is {reference!r}: give its doc_id (or its first 8 characters) or its source path")
    if len({row[0] for row in found}) > 1:
        versions = ", ".join(f"{doc_id[:12]} ({uri})" for doc_id, uri, _ in found)
        raise CorrectionError(f"{reference!r} names {len(found)} documents ({versions}): give the doc_id")
    return found[0]


@dataclass(frozen=True)
class RetractionRequest:
    """Retract the document ``reference`` names (a doc_id, its first 8+ characters, or its source path), or withdraw that."""

    FLOW_PARAMETER: ClassVar[str] = "retractions"  # the nightly flow's parameter that carries it
    reference: str
    reason: str
    requested_by: str | None = None
    undo: bool = False

    def _checked(self, con: duckdb.DuckDBPyConnection) -> tuple[str, str, str]:
        """The document's doc_id and source_uri, once the request is known to apply, and what it will do."""
        if not self.undo and not self.reason.strip():
            raise CorrectionError("a retraction needs a reason (--reason)")
        doc_id, source_uri, retracted_at = find_document(con, self.reference)
        if self.undo and retracted_at is None:
            raise CorrectionError(f"{source_uri} ({doc_id[:12]}) is not retracted: nothing to withdraw")
        if not self.undo and retracted_at is not None:
            raise CorrectionError(f"{source_uri} ({doc_id[:12]}) is already retracted (since {retracted_at:%Y-%m-%d %H:%M} UTC)")
        return doc_id, source_uri, f"{'withdraw the retraction of' if self.undo else 'retract'} {source_uri} ({doc_id[:12]})"

    def check(self, con: duckdb.DuckDBPyConnection) -> str:
        """Raise CorrectionError when the request cannot be applied; else say what it will do."""
        return self._checked(con)[2]

    def apply(self, con: duckdb.DuckDBPyConnection, run_id: str, at: dt.datetime) -> str:
        """Apply the request in the run's staging warehouse; what was done, for the summary."""
        doc_id, source_uri, done = self._checked(con)
        parameters = {"doc_id": doc_id, "at": at, "run_id": run_id}
        if not self.undo:
            parameters |= {"source_uri": source_uri, "reason": self.reason.strip(), "requested_by": self.requested_by}
        for statement in statements("withdraw_retraction" if self.undo else "retract_document"):
            con.execute(statement, {name: value for name, value in parameters.items() if f"${name}" in statement})
        return done + ("" if self.undo else f": {self.reason.strip()}")


@dataclass(frozen=True)
class OverrideRequest:
    """An analyst's figure for one route, status and month, or (``undo``) the withdrawal of override ``override_id``."""

    FLOW_PARAMETER: ClassVar[str] = "overrides"
    destination: str = ""
    month: str = ""  # YYYY-MM
    flights: int = 0
    reason: str = ""
    origin_country: str | None = None
    status: str = "completed"
    requested_by: str | None = None
    undo: bool = False
    override_id: str = field(default_factory=lambda: f"ov-{uuid.uuid4().hex[:8]}")

    @property
    def first_day(self) -> dt.date:
        try:
            return dt.date.fromisoformat(f"{self.month}-01")
        except ValueError as error:
            raise CorrectionError(f"--month wants YYYY-MM, not {self.month!r}") from error

    def check(self, con: duckdb.DuckDBPyConnection) -> str:
        """Raise CorrectionError when the request cannot be applied; else say what it will do."""
        if self.undo:
            found = con.execute(query("find_override"), {"override_id": self.override_id}).fetchall()
            if not found or not found[0][1]:
                raise CorrectionError(f"no override {self.override_id!r} is in force (flightwatch sql -c 'select * from overrides' lists them)")
            return f"withdraw override {self.override_id}"
        if not self.reason.strip():
            raise CorrectionError("an override needs a reason (--reason)")
        if self.flights < 0:
            raise CorrectionError("--flights must be 0 or more")
        route = {"origin_country": self.origin_country, "destination": self.destination, "month": self.first_day,
                 "status": self.status}
        current = con.execute(query("figure_to_override"), route).fetchall()
        origin = self.origin_country or "every origin"
        if not current:
            raise CorrectionError(f"the series has no {self.status} figure from {origin} to {self.destination} in {self.month}: "
                                  "an override corrects a figure (flightwatch sql -c 'select * from monthly_flights' lists them)")
        return (f"override {self.override_id}: {self.status} flights from {origin} to {self.destination} in {self.month} "
                f"are {self.flights} (the sources say {current[0][0]}): {self.reason.strip()}")

    def apply(self, con: duckdb.DuckDBPyConnection, run_id: str, at: dt.datetime) -> str:
        """Record the override (or its withdrawal) in the run's staging warehouse; what was done, for the summary."""
        done = self.check(con)
        if self.undo:
            con.execute(query("withdraw_override"), {"override_id": self.override_id, "at": at, "run_id": run_id})
        else:
            con.execute(query("add_override"), {
                "override_id": self.override_id, "origin_country": self.origin_country, "destination": self.destination,
                "month": self.first_day, "status": self.status, "flights": self.flights, "reason": self.reason.strip(),
                "requested_by": self.requested_by, "at": at, "run_id": run_id})
        return done
