"""What an audit found: plain records, without Great Expectations, so that they cross a process boundary cheaply.

The audit runs in a process of its own (``flows/audit.py``); the run's process reads its report
without importing Great Expectations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Finding:
    """One failed expectation: what, where, how many, and a few failing values."""

    relation: str
    expectation: str
    column: str | None
    unexpected_count: int
    sample: list[str]
    arguments: dict
    query: str | None = None  # filled in from the warehouse once the failing rows are located
    doc_ids: list[str] = field(default_factory=list)
    source_uris: list[str] = field(default_factory=list)

    @property
    def check(self) -> str:
        """A stable name for the check: the expectation and its column."""
        return f"{self.expectation}:{self.column}" if self.column else self.expectation


@dataclass(frozen=True)
class AuditReport:
    """The audit's failed expectations and where its Data Docs were written."""

    findings: list[Finding]
    data_docs_index: Path | None
    expectations_run: int
