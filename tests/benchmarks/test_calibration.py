"""Confidence: each claim's path, its shrunk precision, the judging of claims, and the calibration on held-out documents."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from flows.evaluation.accuracy import extract_in_process, main, select_documents
from flows.evaluation.calibration import HIGH_CONFIDENCE, judge_corpus, judge_document, path_counts
from schemas.models import FlightMention, FlightTableRow, FlightTableTotal, typed_frame
from tests.conftest import CORPORA_DIR
from transforms import path_precision
from transforms.confidence import FLOOR, PRIOR_WEIGHT, path_confidence, prefixes
from transforms.mentions import find_mentions
from transforms.reconcile import CLAIM_SOURCE_COLUMNS, reconcile

DEV_DOCS = CORPORA_DIR / "dev" / "docs"
DEV_GOLD = CORPORA_DIR / "dev" / "gold.json"
DOC_ID = "b" * 64
PUBLISHED = dt.date(2025, 8, 1)


def _tuning_half(half: str) -> dict[str, dict]:
    return select_documents(json.loads(DEV_GOLD.read_text())["documents"], DEV_DOCS, None, None, "tuning", half)


def test_prefixes_run_from_the_kind_to_the_whole_path() -> None:
    assert prefixes("row/list/country") == ["row", "row/list", "row/list/country"]


def test_a_path_seen_often_takes_its_own_precision_and_a_rare_one_stays_near_its_parent() -> None:
    judged = {"mention": (60, 100), "mention/bound": (199, 200), "mention/elided": (1, 1)}
    parent = path_confidence("mention", judged)
    assert parent == pytest.approx((60 + PRIOR_WEIGHT * FLOOR) / (100 + PRIOR_WEIGHT), abs=1e-3)
    assert path_confidence("mention/bound", judged) > 0.97
    assert abs(path_confidence("mention/elided", judged) - parent) < 0.1  # right once is no proof
    assert path_confidence("mention/elided/dest:none", judged) == path_confidence("mention/elided", judged)  # never judged: the parent's


def test_a_kind_never_judged_gets_the_floor() -> None:
    assert path_confidence("total/intro/adds_up", {}) == FLOOR


@pytest.mark.parametrize(("sentence", "language", "path"), [
    ("Two deportation flights landed in Guatemala on Friday.", "en", "mention/bound/dest:clause/status:clause/origin:none"),
    ("Dos vuelos de deportación aterrizaron en Honduras el viernes.", "es", "mention/bound/dest:clause/status:clause/origin:none"),
    ("Dois voos de deportação pousaram em Honduras na sexta-feira.", "pt", "mention/bound/dest:clause/status:clause/origin:none"),
    ("Seis vuelos de deportación despegaron de Texas.", "es", "mention/bound/dest:none/status:clause/origin:sentence"),
    ("A deportation flight was cancelled.", "en", "mention/article/dest:none/status:clause/origin:none"),
])
def test_a_mention_records_the_steps_that_read_it(sentence: str, language: str, path: str) -> None:
    assert [m.path for m in find_mentions(sentence, language, PUBLISHED, tables=[])] == [path]


def test_an_elided_count_after_a_place_says_so_in_its_path() -> None:
    found = find_mentions("Guatemala received 14 flights in May, and Honduras 9.", "en", PUBLISHED, tables=[])
    assert [(m.flights, m.path.split("/")[1]) for m in found] == [(14, "bound"), (9, "place_pair")]


def _frames(rows: list[dict], totals: list[dict], mentions: list[dict]) -> dict[str, pl.DataFrame]:
    return {
        "flight_table_rows": typed_frame(FlightTableRow, [{"table_id": "t", "row_number": i, "doc_id": DOC_ID, **r}
                                                          for i, r in enumerate(rows, start=1)]),
        "flight_table_totals": typed_frame(FlightTableTotal, [{"table_id": "t", "total_number": i, "doc_id": DOC_ID, **t}
                                                              for i, t in enumerate(totals, start=1)]),
        "flight_mentions": typed_frame(FlightMention, [{"doc_id": DOC_ID, "flights_max": None, **m} for m in mentions]),
    }


def test_claims_are_judged_rows_by_count_and_place_mentions_by_every_field_and_optional_ones_not_at_all() -> None:
    gold = {
        "table_rows": [{"flights": 5, "destinations": ["GT"]}],
        "table_totals": [{"total": 9}],
        "mentions": [{"flights": 3, "qualifier": "exact", "origin": "US", "destinations": ["HN"], "status": "completed"}],
        "optional_mentions": [{"flights": 7, "destinations": []}],
    }
    frames = _frames(
        rows=[{"flights": 5, "destination_countries": ["GT"], "path": "row/list/country/destination/adds_up"},
              {"flights": 5, "destination_countries": ["GT"], "path": "row/list/country/destination/adds_up"}],
        totals=[{"flights": 9, "path": "total/intro/adds_up"}],
        mentions=[
            {"flights": 3, "qualifier": "exact", "origin_country": "US", "destination_countries": ["HN"], "status": "unknown",
             "path": "mention/bound/dest:clause/status:unknown/origin:context"},
            {"flights": 7, "qualifier": "exact", "origin_country": None, "destination_countries": [], "status": "completed",
             "path": "mention/bound/dest:none/status:clause/origin:none"},
        ],
    )
    judged = judge_document("doc.txt", gold, frames)
    assert [(j.kind, j.flights, j.right) for j in judged] == [
        ("table_row", 5, True), ("table_row", 5, False), ("table_total", 9, True), ("mention", 3, False)]
    assert path_counts(judged)["row/list/country/destination/adds_up"] == (1, 2)


def test_reconciled_claims_carry_their_path_and_its_confidence() -> None:
    base = {"doc_id": DOC_ID, "breakdown": None, "breakdown_rank": 1, "part": None, "origin_country": "US", "destination_countries": ["GT"],
            "status": "completed", "flights": 4, "flights_max": None, "qualifier": "exact", "ordinal": None, "passengers": None,
            "period_start": dt.date(2025, 3, 1), "period_end": dt.date(2025, 3, 31), "evidence": "four flights", "char_start": 0,
            "char_end": 12, "source_uri": "b.txt", "title": None, "publisher": None, "published_date": dt.date(2025, 4, 2)}
    sources = pl.DataFrame([
        {**base, "claim_id": "b#m1", "kind": "mention", "path": "mention/bound/dest:clause/status:clause/origin:context"},
        {**base, "claim_id": "b#m2", "kind": "mention", "path": None},  # extracted before paths were kept: judged by its kind
    ], schema=CLAIM_SOURCE_COLUMNS, orient="row")
    claims = reconcile(sources, "run-1").claims
    confidences = dict(zip(claims["claim_id"], claims["confidence"], strict=True))
    assert set(claims["path"].to_list()) == {"mention/bound/dest:clause/status:clause/origin:context", None}
    assert all(0 < value <= 1 for value in confidences.values())


def test_the_shipped_calibration_is_what_the_extractor_gives_on_its_calibration_half_today() -> None:
    """Like the extraction digest: a change to what is extracted recalibrates (flightwatch evaluate --calibrate) in the same commit."""
    gold = _tuning_half("first")
    judgements = judge_corpus(gold, extract_in_process(DEV_DOCS, sorted(gold)))
    assert "first half" in path_precision.CALIBRATION_CORPUS
    assert path_counts(judgements) == path_precision.JUDGED


def test_claims_held_out_from_calibration_at_high_confidence_are_right_nine_times_in_ten() -> None:
    gold = _tuning_half("second")
    judgements = judge_corpus(gold, extract_in_process(DEV_DOCS, sorted(gold)))
    confident = [j for j in judgements if j.confidence >= HIGH_CONFIDENCE]
    assert len(confident) >= 50, "too few confident claims for the figure to mean anything"
    assert sum(j.right for j in confident) / len(confident) >= HIGH_CONFIDENCE


def test_evaluate_calibrate_writes_a_table_the_package_can_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "path_precision.py"
    name = sorted(p.name for p in DEV_DOCS.iterdir())[0]
    assert main(["--docs", str(DEV_DOCS), "--gold", str(DEV_GOLD), "--in-process", "--only", name, "--calibrate",
                 "--calibration-table", str(target)]) == 0
    written: dict = {}
    exec(compile(target.read_text(), str(target), "exec"), written)
    assert written["CALIBRATION_CORPUS"] == "gold.json: set all, 1 documents"
    assert written["JUDGED"] and all(0 <= right <= judged for right, judged in written["JUDGED"].values())
    assert "calibration (in sample" in capsys.readouterr().out
