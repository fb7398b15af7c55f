"""Judge every extracted claim right or wrong against a labelled corpus, measure each path, check the confidence.

A table row is right when its (flights, destination set) is among the document's gold claims not
already matched; a stated total when its figure is among the gold totals; a prose mention only when
flights, qualifier, origin, destinations and status all equal a gold mention's (what an analyst sums
by). A claim that only matches an optional gold mention is not judged. ``--calibrate`` writes the
counts per path prefix to ``transforms/path_precision.py``; the calibration table buckets judged
claims by the confidence those counts give, so it can be read on documents that were not used.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from flows.evaluation.scoring import counted_qualifier, destination_key, gold_claim, gold_mention, split_by_document
from transforms import path_precision
from transforms.confidence import claim_path, confidence, prefixes

TABLE_FILE = Path(path_precision.__file__)
BUCKETS = (0.0, 0.5, 0.7, 0.8, 0.9)  # lower bounds of the calibration table's confidence buckets
HIGH_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Judgement:
    """One extracted claim, the path that produced it, and whether the gold says it is right."""

    document: str
    kind: str
    path: str
    flights: int
    right: bool

    @property
    def confidence(self) -> float:
        return confidence(self.path)


def _take(pool: Counter, key: object) -> bool:
    if pool[key] > 0:
        pool[key] -= 1
        return True
    return False


def judge_document(name: str, gold: dict, extracted: dict[str, pl.DataFrame]) -> list[Judgement]:
    """Every row, total and mention of one document, judged (see the module's docstring)."""
    claims = Counter(gold_claim(item) for item in [*gold.get("table_rows", []), *gold.get("mentions", [])])
    strict = Counter(gold_mention(item) for item in gold.get("mentions", []))
    optional = Counter(gold_claim(item) for item in gold.get("optional_mentions", []))
    totals = Counter(int(item["total"]) for item in gold.get("table_totals", []))
    judged = []
    for row in extracted["flight_table_rows"].iter_rows(named=True):
        claim = (int(row["flights"]), destination_key(row["destination_countries"]))
        judged.append(Judgement(name, "table_row", claim_path("table_row", row.get("path")), claim[0], _take(claims, claim)))
    for total in extracted["flight_table_totals"].iter_rows(named=True):
        flights = int(total["flights"])
        judged.append(Judgement(name, "table_total", claim_path("table_total", total.get("path")), flights, _take(totals, flights)))
    for mention in extracted["flight_mentions"].iter_rows(named=True):
        destinations = destination_key(mention["destination_countries"])
        flights = int(mention["flights"])
        right = _take(strict, (flights, counted_qualifier(mention["qualifier"]), mention["origin_country"], destinations, mention["status"]))
        if not right and _take(optional, (flights, destinations)):
            continue
        judged.append(Judgement(name, "mention", claim_path("mention", mention.get("path")), flights, right))
    return judged


def judge_corpus(gold: dict[str, dict], frames: dict[str, pl.DataFrame]) -> list[Judgement]:
    """Every extracted claim of every gold document, judged, in document order."""
    by_name = split_by_document(frames)
    return [j for name in sorted(gold) if name in by_name for j in judge_document(name, gold[name], by_name[name])]


def path_counts(judgements: list[Judgement]) -> dict[str, tuple[int, int]]:
    """(right, judged) for every prefix of every judged path."""
    right: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    for judgement in judgements:
        for prefix in prefixes(judgement.path):
            judged[prefix] += 1
            right[prefix] += judgement.right
    return {prefix: (right[prefix], judged[prefix]) for prefix in sorted(judged)}


def write_table(judgements: list[Judgement], corpus: str, extractor_version: str, target: Path) -> None:
    """Write the measured counts per path prefix as the package's calibration table (a Python module)."""
    # written the way ``ruff format`` lays it out, as every module of transforms/ is checked to be
    entries = "".join(
        f"    {json.dumps(prefix)}: ({right}, {judged}),\n"
        for prefix, (right, judged) in sorted(path_counts(judgements).items())
    )
    target.write_text(
        '"""Measured precision of every path prefix, written by ``flightwatch evaluate --calibrate``: do not\n'
        "edit by hand.\n\n"
        "JUDGED maps a path prefix to (claims judged right, claims judged) on the calibration corpus below.\n"
        '"""\n\n'
        f"CALIBRATED_WITH = {json.dumps(extractor_version)}  # the extractor version the corpus was extracted with\n"
        f"CALIBRATION_CORPUS = {json.dumps(corpus, ensure_ascii=False)}\n"
        f"CALIBRATED_ON = {json.dumps(dt.date.today().isoformat())}\n"
        f"JUDGED: dict[str, tuple[int, int]] = {{\n{entries}}}\n"
    )


def reload_calibration() -> None:
    """Read the calibration table just written, so the confidences printed next use it."""
    importlib.reload(path_precision)
    confidence.cache_clear()


def calibration_rows(judgements: list[Judgement]) -> list[dict[str, object]]:
    """Judged claims bucketed by confidence: how many, how many right, and the precision."""
    rows = []
    for low, high in zip(BUCKETS, (*BUCKETS[1:], 1.01), strict=True):
        inside = [j for j in judgements if low <= j.confidence < high]
        right = sum(j.right for j in inside)
        rows.append({"confidence": f"{low:.1f}–{min(high, 1.0):.1f}", "claims": len(inside), "right": right,
                     "precision": round(right / len(inside), 3) if inside else None})
    return rows


def render_calibration(judgements: list[Judgement], in_sample: bool = False) -> str:
    """The calibration table as text, with the precision of the claims at or above HIGH_CONFIDENCE."""
    lines = [f"calibration{' (in sample: these documents were just calibrated on)' if in_sample else ''}",
             "                     confidence   claims   right   precision"]
    for row in calibration_rows(judgements):
        precision = "–" if row["precision"] is None else f"{row['precision']:.3f}"
        lines.append(f"                     {row['confidence']:<12} {row['claims']:>6}   {row['right']:>5}   {precision:>9}")
    high = [j for j in judgements if j.confidence >= HIGH_CONFIDENCE]
    if high:
        lines.append(f"                     ≥ {HIGH_CONFIDENCE}: {sum(j.right for j in high)} right of {len(high)} "
                     f"(precision {sum(j.right for j in high) / len(high):.3f})")
    return "\n".join(lines)
