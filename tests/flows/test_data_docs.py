"""Data Docs an analyst can open: offline, named by run and warehouse, one site per warehouse, bounded."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.browser import rendered_dom, screenshot
from tests.conftest import PROJECT_DIR, seed_files

REMOTE = re.compile(r"<(?:script|link|img)[^>]*(?:src|href)=[\"']https?://", re.IGNORECASE)
SCREENSHOTS = PROJECT_DIR / ".state" / "screenshots"


def _new_document(source: Path, number: int) -> None:
    (source / f"new_{number}.txt").write_text(f"{number + 1} deportation flights landed in Guatemala on Friday, officials said.")


def test_data_docs_open_offline_name_the_run_and_keep_only_recent_runs(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from flows.nightly import nightly

    monkeypatch.setenv("FLIGHTWATCH_DATA_DOCS_RUNS", "2")
    source = seed_files(tmp_path / "source")
    warehouse = tmp_path / "analysts.duckdb"
    runs = []
    for number in range(3):
        _new_document(source, number)
        runs.append(nightly(source=str(source), warehouse=str(warehouse)))
    index = Path(runs[-1].data_docs_index)
    site = index.parent
    assert "analysts-" in str(site), "the site is named after its warehouse"

    pages = list(site.rglob("*.html"))
    assert not [page for page in pages if REMOTE.search(page.read_text())], "no page loads anything from the network"
    result_pages = [page for page in pages if page != index]
    assert result_pages and all(runs[0].run_id not in str(page) for page in result_pages), "the oldest run was pruned"
    assert {run.run_id for run in runs[1:]} <= {part for page in result_pages for part in page.parts}
    assert not [page for page in result_pages if "__none__" in str(page)]

    dom = rendered_dom(index)
    assert str(warehouse) in dom
    assert runs[2].run_id in dom and runs[1].run_id in dom and runs[0].run_id not in dom
    assert "all expectations met" in dom
    linked = site / re.search(r'href="(validations/[^"]+\.html)"', dom).group(1)
    page_dom = rendered_dom(linked)
    assert "provenance" in page_dom or "documents" in page_dom or "freshness" in page_dom
    assert "<i class" not in page_dom and "passed" in page_dom, "status icons show as text, not as a font that is not there"
    shot = screenshot(index, SCREENSHOTS / "data_docs_index.png")
    assert shot.stat().st_size > 10_000


def test_each_warehouse_has_its_own_site(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    source = seed_files(tmp_path / "source")
    first = nightly(source=str(source), warehouse=str(tmp_path / "a" / "w.duckdb"))
    second = nightly(source=str(source), warehouse=str(tmp_path / "b" / "w.duckdb"))
    assert Path(first.data_docs_index).parent != Path(second.data_docs_index).parent
    assert str(tmp_path / "a" / "w.duckdb") in Path(first.data_docs_index).read_text()
    assert str(tmp_path / "a" / "w.duckdb") not in Path(second.data_docs_index).read_text()
    shutil.rmtree(tmp_path / "a")
