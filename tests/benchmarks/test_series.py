"""The end-to-end series: reconciliation tested apart from extraction on the gold's claims, then against extraction."""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from flows.evaluation.accuracy import extract_in_process
from flows.evaluation.series import cells, compare, extracted_series, gold_series, optional_cells, read_cells
from tests.conftest import CORPORA_DIR, DEV_FIRST_BATCH

DEV_DOCS = CORPORA_DIR / "dev" / "docs"
OUTLETS = ("Crónica del Valle", "Northern Wire Service")
LIST_LINE = re.compile(r"^\s*(?:[-•*|#]|\d)", re.MULTILINE)


@pytest.fixture(scope="module")
def dev_gold() -> dict:
    """The gold of docs 01-28, the documents the hand-checked monthly table covers."""
    documents = json.loads((CORPORA_DIR / "dev" / "gold.json").read_text())["documents"]
    return {name: entry for name, entry in documents.items() if int(name[:2]) <= DEV_FIRST_BATCH}


def test_the_gold_claims_reconcile_to_the_hand_checked_monthly_table(dev_gold: dict) -> None:
    expected = read_cells(CORPORA_DIR / "dev" / "monthly_expected.csv")
    assert cells(gold_series(dev_gold)).equals(expected)


def _reorder_last_paragraphs(text: str) -> str:
    """The last two paragraphs swapped, when both are prose (a list keeps its place under its introduction)."""
    paragraphs = text.rstrip("\n").split("\n\n")
    if len(paragraphs) > 3 and not LIST_LINE.search(paragraphs[-1]) and not LIST_LINE.search(paragraphs[-2]):
        paragraphs[-1], paragraphs[-2] = paragraphs[-2], paragraphs[-1]
    return "\n\n".join(paragraphs) + "\n"


def republish(name: str, text: str, outlet: str, reorder: bool) -> str:
    """The same article under another outlet: its own headline and byline, the same sentences, maybe reordered."""
    headline = f"{outlet} reprints: migration flights report"
    if name.endswith(".html"):
        text = re.sub(r"<title>.*?</title>", f"<title>{headline} | {outlet}</title>", text, count=1, flags=re.S)
        return re.sub(r'(og:site_name" content=")[^"]*', rf"\g<1>{outlet}", text, count=1)
    body = _reorder_last_paragraphs(text) if reorder else text
    return f"Story by {outlet}\n\n{headline}\n\n{body}"


def test_republished_copies_do_not_change_the_series(dev_gold: dict, tmp_path: Path) -> None:
    original = extracted_series(extract_in_process(DEV_DOCS, sorted(dev_gold)))
    corpus = tmp_path / "republished"
    corpus.mkdir()
    for path in sorted(DEV_DOCS / name for name in dev_gold):
        text = path.read_text(encoding="utf-8")
        (corpus / path.name).write_text(text, encoding="utf-8")
        for number, outlet in enumerate(OUTLETS):
            (corpus / f"{path.stem}_copy{number}{path.suffix}").write_text(republish(path.name, text, outlet, reorder=number == 1), encoding="utf-8")
    names = sorted(p.name for p in corpus.iterdir())
    assert len(names) == 3 * len(dev_gold)
    republished = extracted_series(extract_in_process(corpus, names))
    score, differences = compare(original, republished)
    assert differences.is_empty(), differences
    assert score.cells_right == original.height
    sources = republished.join(original, on=["origin_country", "destination", "month", "status"], nulls_equal=True, suffix="_original")
    assert (sources["n_sources"] == 3 * sources["n_sources_original"]).all(), "every figure now rests on its two copies as well"


def test_the_extracted_series_is_scored_against_the_gold_series(dev_gold: dict) -> None:
    score, differences = compare(gold_series(dev_gold), extracted_series(extract_in_process(DEV_DOCS, sorted(dev_gold))))
    assert score.cells_expected == 107
    assert score.cells_right + score.cells_wrong + score.cells_missing == score.cells_expected
    assert differences.height == score.cells_wrong + score.cells_missing + score.cells_extra
    assert isinstance(differences, pl.DataFrame)


def test_a_cell_only_an_optional_mention_gives_is_counted_apart() -> None:
    gold = {"a.txt": {"published_date": "2025-03-10", "mentions": [
        {"flights": 3, "origin": "MX", "destinations": ["HN"], "period_start": "2025-03-03", "period_end": "2025-03-09"},
    ], "optional_mentions": [
        {"flights": 5, "origin": "MX", "destinations": ["GT", "HN"], "period_start": "2025-03-03", "period_end": "2025-03-09"},
    ]}}
    optional = optional_cells(gold)
    assert optional.select("destination", "flights").rows() == [("GT+HN", 5)]
    found = pl.concat([gold_series(gold), optional], how="diagonal_relaxed")
    score, differences = compare(gold_series(gold), found, optional)
    assert (score.cells_right, score.cells_extra, score.cells_optional, differences.height) == (1, 0, 1, 0)
    other_figure = found.with_columns(pl.when(pl.col("destination") == "GT+HN").then(6).otherwise(pl.col("flights")).alias("flights"))
    score, differences = compare(gold_series(gold), other_figure, optional)
    assert (score.cells_extra, score.cells_optional, differences.height) == (1, 0, 1)
