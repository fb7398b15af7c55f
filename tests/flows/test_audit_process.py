"""The audit's own process: a failure there reaches the run with its cause, and an unused one does not outlive its run."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from flows.audit import AuditProcessError, AuditRequest, audit_process


def test_an_audit_that_fails_in_its_process_is_raised_with_the_cause(tmp_path: Path) -> None:
    staging = tmp_path / "w.duckdb"
    duckdb.connect(str(staging)).close()  # a file without the warehouse's tables: the audit's first query fails
    request = AuditRequest(staging, None, tmp_path / "docs", "r1", tmp_path / "published.duckdb", 3)
    with audit_process() as auditor, pytest.raises(AuditProcessError, match=r"(?s)exit status 1: .*documents does not exist"):
        auditor.audit(request)


def test_an_audit_process_that_gets_no_request_ends_with_its_block() -> None:
    with audit_process() as auditor:
        process = auditor.process
    assert process.returncode is not None
