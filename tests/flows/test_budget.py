"""The time budget per document: a document past it is stopped and quarantined, the rest of the batch extracted."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import polars as pl
import pytest

from flows.budget import BudgetedExtractor
from tests.conftest import PROJECT_DIR, SEEDS_DIR, seed_files
from transforms.extract import RAW_COLUMNS, extract_batch, input_format

pytestmark = pytest.mark.process  # the tests here start processes (the command, an install, helpers): the full tier

# a count before every flight noun and no sentence end: seconds of work for the prose rules, far past a budget of one second
SLOW = " ".join(f"{number} flights" for number in range(16000)).encode()
NOW = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
MAX_BYTES = 5_000_000


def _raw(documents: dict[str, bytes]) -> pl.DataFrame:
    return pl.DataFrame(
        [{"source_uri": name, "doc_id": hashlib.sha256(raw).hexdigest(), "n_bytes": len(raw), "raw": raw, "format": input_format(name)}
         for name, raw in documents.items()],
        schema=RAW_COLUMNS,
    )


def _seeds(count: int) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(SEEDS_DIR.iterdir())[:count]}


@pytest.fixture
def extractor() -> BudgetedExtractor:
    budgeted = BudgetedExtractor()
    yield budgeted
    budgeted.close()


def _children(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def test_a_document_past_the_budget_is_quarantined_and_the_rest_of_the_batch_is_what_extraction_gives(extractor: BudgetedExtractor) -> None:
    seeds = _seeds(3)
    names = list(seeds)
    documents = {names[0]: seeds[names[0]], "slow.txt": SLOW, **{name: seeds[name] for name in names[1:]}}
    found = extractor.extract_batch(_raw(documents), "run", NOW, MAX_BYTES, budget=1.0)
    expected = extract_batch(_raw(seeds), "run", NOW, MAX_BYTES)
    [refused] = found.quarantine.to_dicts()
    assert (refused["source_uri"], refused["reason"], refused["stage"]) == ("slow.txt", "too_slow", "extract")
    assert f"extraction of {len(SLOW)} bytes ran past the budget of 1 s" in refused["detail"]
    assert refused["extractor_version"]
    for table in ("documents", "flight_tables", "flight_table_rows", "flight_table_totals", "flight_mentions", "document_sources"):
        assert getattr(found, table).equals(getattr(expected, table)), table


def test_a_worker_that_dies_costs_its_document_alone(extractor: BudgetedExtractor) -> None:
    seed_name, seed = next(iter(_seeds(1).items()))
    extractor.extract_batch(_raw({seed_name: seed}), "run", NOW, MAX_BYTES, budget=30.0)  # the helper is up
    helper = extractor.helper_pid
    assert helper is not None

    def kill_the_worker() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not _children(helper):
            time.sleep(0.05)
        time.sleep(0.3)
        for worker in _children(helper):
            os.kill(worker, signal.SIGKILL)

    killer = threading.Thread(target=kill_the_worker)
    killer.start()
    found = extractor.extract_batch(_raw({"slow.txt": SLOW, seed_name: seed}), "run", NOW, MAX_BYTES, budget=30.0)
    killer.join()
    [refused] = found.quarantine.to_dicts()
    assert (refused["source_uri"], refused["reason"]) == ("slow.txt", "extract_error")
    assert "died" in refused["detail"]
    assert found.documents["source_uri"].to_list() == [seed_name]
    assert extractor.helper_pid == helper, "the helper outlives its worker"


def test_the_helper_and_its_worker_die_with_the_run() -> None:
    """kill -9 of the run's process leaves no helper and no worker behind, even one busy in the regular-expression engine."""
    script = (
        "import datetime as dt\n"
        "from flows.budget import EXTRACTOR\n"
        "from tests.flows.test_budget import SLOW, _raw\n"
        "EXTRACTOR.extract_batch(_raw({'a.txt': b'Two flights landed.'}), 'r', dt.datetime.now(dt.UTC), 10**7, 60.0)\n"
        "print(EXTRACTOR.helper_pid, flush=True)\n"
        "EXTRACTOR.extract_batch(_raw({'slow.txt': SLOW * 4}), 'r', dt.datetime.now(dt.UTC), 10**7, 600.0)\n"
    )
    run = subprocess.Popen([sys.executable, "-c", script], cwd=PROJECT_DIR, stdout=subprocess.PIPE, text=True)
    helper = int(run.stdout.readline())
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _children(helper):
        time.sleep(0.05)
    [worker] = _children(helper)
    run.kill()
    run.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in (helper, worker)):
        time.sleep(0.05)
    assert not Path(f"/proc/{helper}").exists() and not Path(f"/proc/{worker}").exists()


def test_the_night_quarantines_a_slow_document_alerts_and_does_not_try_it_again(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.nightly import nightly

    monkeypatch.setenv("FLIGHTWATCH_DOC_TIME_BUDGET", "1")
    source = seed_files(tmp_path / "source")
    (source / "slow.txt").write_bytes(SLOW)
    warehouse = tmp_path / "w.duckdb"
    first = nightly(source=str(source), warehouse=str(warehouse))
    assert (first.docs_new, first.docs_quarantined, first.status) == (5, 1, "completed")
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select source_uri, reason from quarantine").fetchall() == [("slow.txt", "too_slow")]
        [(message, uris)] = con.execute("select message, source_uris from dq_alerts where check_name = 'too_slow'").fetchall()
    assert uris == ["slow.txt"] and "quarantined: too_slow" in message
    second = nightly(source=str(source), warehouse=str(warehouse))
    assert (second.docs_new, second.docs_known, second.docs_quarantined) == (0, 6, 0)
    monkeypatch.setattr("flows.nightly.EXTRACTOR_VERSION", "99.0.0")  # a new extractor tries it again
    (source / "touched.txt").write_text("Three deportation flights landed in Honduras on Monday.")
    third = nightly(source=str(source), warehouse=str(warehouse))
    assert third.docs_quarantined == 1 and third.docs_new == 1


def test_batches_are_capped_by_bytes_as_well_as_by_count() -> None:
    from flows.nightly import _slices

    files = pl.DataFrame({"n_bytes": [5, 5, 5, 50, 1, 1, 1, 1]})
    assert [part["n_bytes"].to_list() for part in _slices(files, 3, 12)] == [[5, 5], [5], [50], [1, 1, 1], [1]]
    assert list(_slices(files.clear(), 3, 12)) == []


def test_a_night_of_documents_at_the_size_limit_loads_them_all(prefect_harness: None, tmp_path: Path) -> None:
    """60 documents of 4.9 MB, under the 5 MB limit, load in batches that fit the staging file's memory cap."""
    from flows.nightly import nightly

    source = tmp_path / "source"
    source.mkdir()
    paragraph = "The committee met on Tuesday to discuss the budget of the regional water authority and the new bridge. " * 47000
    for number in range(60):
        (source / f"report_{number:02}.txt").write_text(f"Report {number}\n\n{paragraph}")
    summary = nightly(source=str(source), warehouse=str(tmp_path / "w.duckdb"))
    assert (summary.status, summary.docs_new, summary.docs_quarantined) == ("completed", 60, 0)
