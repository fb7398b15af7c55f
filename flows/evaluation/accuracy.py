"""Extraction accuracy on a labelled corpus: ``python -m flows.evaluation.accuracy --docs DIR --gold FILE``.

By default the real nightly flow runs over a copy of the documents into a temporary warehouse,
and the warehouse is scored, so validation and loading count too. ``--in-process`` scores the
extractor alone (seconds instead of a Prefect start), for work on the extractor itself. The gold
file has the shape of ``tests/corpora/seeds_gold.json``; figures are defined in
``flows/evaluation/scoring.py``. The last figure is the monthly series analysts quote: the series the
documents give against the one the gold's claims give (``flows/evaluation/series.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import polars as pl

from flows.evaluation.calibration import TABLE_FILE, calibration_rows, judge_corpus, reload_calibration, render_calibration, write_table
from flows.evaluation.scoring import DocumentScore, score_corpus, summarise
from flows.evaluation.series import compare, extracted_series, gold_series, optional_cells
from transforms.extract import EXTRACTOR_VERSION

# The dev corpus's check set: docs 32, 36, ... 88 are measured, never tuned on (tests/corpora/dev/README.md)
CHECK_SET_NUMBERS = frozenset(range(32, 89, 4))
SETS = ("all", "tuning", "check")
HALVES = ("first", "second")


def in_set(name: str, chosen_set: str) -> bool:
    """Whether a dev-corpus file name (``NN_slug.ext``) belongs to ``chosen_set``: all, tuning or check."""
    if chosen_set == "all":
        return True
    number = name.split("_", 1)[0]
    is_check = number.isdigit() and int(number) in CHECK_SET_NUMBERS
    return is_check == (chosen_set == "check")


def select_documents(
    gold: dict[str, dict], docs: Path, only: list[str] | None, exclude: list[str] | None, chosen_set: str = "all",
    half: str | None = None,
) -> dict[str, dict]:
    """Gold entries to score: present in ``docs``, in ``chosen_set``, in ``only`` when given, not in ``exclude``.

    ``half`` keeps every other document in name order (``first``: the 1st, 3rd, ...; ``second``: the 2nd,
    4th, ...): two halves of one set, to calibrate confidence on one and read the calibration on the other.
    """
    present = {p.name for p in docs.iterdir() if p.is_file()}
    chosen = {name: entry for name, entry in gold.items() if name in present and in_set(name, chosen_set)}
    if only:
        chosen = {name: entry for name, entry in chosen.items() if name in set(only)}
    if exclude:
        chosen = {name: entry for name, entry in chosen.items() if name not in set(exclude)}
    if half:
        kept = sorted(chosen)[HALVES.index(half)::2]
        chosen = {name: chosen[name] for name in kept}
    return chosen


def extract_with_flow(docs: Path, names: list[str], workdir: Path) -> dict[str, pl.DataFrame]:
    """Run the nightly flow over copies of ``names`` and read back the warehouse it published."""
    from flows.nightly import nightly
    from flows.settings import configure_runtime
    from warehouse import loader

    configure_runtime()
    source = workdir / "docs"
    source.mkdir()
    for name in names:
        shutil.copy2(docs / name, source / name)
    warehouse = workdir / "accuracy.duckdb"
    nightly(source=str(source), warehouse=str(warehouse))
    return loader.read_tables(warehouse, (*loader.DOCUMENT_TABLES, "monthly_flights"))


def extract_in_process(docs: Path, names: list[str]) -> dict[str, pl.DataFrame]:
    """The extractor alone over ``names``: the frames a batch would load, before validation."""
    import hashlib

    from transforms.extract import RAW_COLUMNS, extract_batch, input_format

    records = []
    for name in names:
        raw = (docs / name).read_bytes()
        records.append({"source_uri": name, "doc_id": hashlib.sha256(raw).hexdigest(), "n_bytes": len(raw), "raw": raw,
                        "format": input_format(name)})
    extraction = extract_batch(pl.DataFrame(records, schema=RAW_COLUMNS), "accuracy", dt.datetime.now(dt.UTC))
    return {name: frame for name, frame in extraction.frames().items() if name != "quarantine"}


def _claim(claim: tuple) -> str:
    flights, destinations = claim
    return f"{flights}→{','.join(destinations) or '∅'}"


def _mention(mention: tuple) -> str:
    flights, qualifier, origin, destinations, status = mention
    return f"{flights} {qualifier} {origin or '∅'}→{','.join(destinations) or '∅'} {status}"


def _period(period: tuple[str | None, str | None]) -> str:
    start, end = period
    return f"{start or '?'}..{end or '?'}"


def render(summary: dict[str, Any], scores: list[DocumentScore], details: bool) -> str:
    """The corpus figures, then per document what was missed and what was extra."""
    rows, claims, mentions, dates = summary["rows"], summary["claims"], summary["mentions"], summary["publication_dates"]
    lines = [
        f"documents            {summary['documents']} ({summary['documents_not_loaded']} not loaded)",
        f"table rows           P {rows['precision']:.3f}  R {rows['recall']:.3f}  F1 {rows['f1']:.3f}"
        f"  ({rows['hit']} right of {rows['found']} found, {rows['gold']} in gold)",
        f"stated totals        {summary['totals']['found']} of {summary['totals']['gold']}",
        f"claims (strict)      P {claims['precision']:.3f}  R {claims['recall']:.3f}  F1 {claims['f1']:.3f}"
        f"  ({claims['hit']} right, {claims['extra']} extra, {claims['gold']} in gold)",
        f"mentions (strict)    recall {mentions['recall']:.3f}  ({mentions['hit']} of {mentions['gold']})",
        f"forbidden numbers    {summary['forbidden_numbers']}",
        f"comment leaks        {summary['comment_leaks']}",
        f"publication dates    {dates['accuracy']:.3f}  ({dates['right']} of {dates['stated']} stated)",
        "metadata right       " + ", ".join(f"{key}s {n} of {summary['documents']}" for key, n in summary["metadata"].items()),
        f"mention details      periods {summary['mention_details']['periods']} of {summary['mention_details']['mentions']}, "
        f"passengers {summary['mention_details']['passengers']} of {summary['mention_details']['mentions']}",
    ]
    if "series" in summary:
        series = summary["series"]
        lines.append(
            f"monthly series       {series['cells_right']} of {series['cells_expected']} cells right, {series['cells_wrong']} wrong, "
            f"{series['cells_missing']} missing, {series['cells_extra']} extra, {series['cells_optional']} optional; {series['flights_off']} flights off"
        )
    if not details:
        return "\n".join(lines)
    for score in scores:
        problems = []
        if score.missing_document:
            problems.append("not loaded")
        if score.missed_rows or score.extra_rows:
            problems.append(f"rows missed [{', '.join(map(_claim, score.missed_rows))}] extra [{', '.join(map(_claim, score.extra_rows))}]")
        if score.missed_totals:
            problems.append(f"totals missed {score.missed_totals}")
        if score.missed_claims or score.extra_claims:
            problems.append(f"claims missed [{', '.join(map(_claim, score.missed_claims))}] extra [{', '.join(map(_claim, score.extra_claims))}]")
        if score.missed_mentions:
            problems.append(f"mentions missed [{'; '.join(map(_mention, score.missed_mentions))}]")
        if score.wrong_periods:
            problems.append("periods " + "; ".join(f"{_claim(claim)} {_period(found)} (gold {_period(wanted)})"
                                                   for claim, found, wanted in score.wrong_periods))
        if score.forbidden:
            problems.append(f"forbidden {score.forbidden}")
        if score.leaks:
            problems.append(f"leaks {score.leaks}")
        if score.date_stated and not score.date_right:
            problems.append(f"date {score.date_found} (gold {score.date_gold})")
        problems += [f"{key} {score.metadata_found.get(key)!r}" for key, right in score.metadata_right.items() if not right]
        if problems:
            lines.append(f"\n{score.name}")
            lines += [f"  {p}" for p in problems]
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The evaluation's options, shared by ``python -m flows.evaluation.accuracy`` and ``flightwatch evaluate``."""
    parser.add_argument("--docs", type=Path, required=True, help="folder of the labelled documents")
    parser.add_argument("--gold", type=Path, required=True, help="gold file in the seeds_gold.json shape")
    parser.add_argument("--only", nargs="*", help="score only these file names")
    parser.add_argument("--exclude", nargs="*", help="leave these file names out")
    parser.add_argument("--set", dest="chosen_set", choices=SETS, default="all",
                        help="dev corpus only: the tuning documents, or the check set (docs 32, 36, ... 88) measured and never tuned on")
    parser.add_argument("--in-process", action="store_true", help="score the extractor alone, without the flow")
    parser.add_argument("--details", action="store_true", help="per document: what was missed and what was extra")
    parser.add_argument("--half", choices=HALVES, help="every other document of the selection: calibrate on one half, read it on the other")
    parser.add_argument("--calibrate", action="store_true",
                        help="write the precision measured per path on these documents to the calibration table")
    parser.add_argument("--calibration-table", type=Path, default=TABLE_FILE,
                        help="where --calibrate writes (default: the package's own, transforms/path_precision.py)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")


def evaluate(args: argparse.Namespace) -> int:
    """Score a corpus and print the figures; exit 0."""
    gold = select_documents(json.loads(args.gold.read_text())["documents"], args.docs, args.only, args.exclude, args.chosen_set,
                            args.half)
    names = sorted(gold)
    if args.in_process:
        frames = extract_in_process(args.docs, names)
    else:
        with tempfile.TemporaryDirectory(prefix="flightwatch-accuracy-") as workdir:
            frames = extract_with_flow(args.docs, names, Path(workdir))
    found = frames.pop("monthly_flights") if "monthly_flights" in frames else extracted_series(frames)
    scores = score_corpus(gold, frames)
    judgements = judge_corpus(gold, frames)
    if args.calibrate:
        described = f"{args.gold.name}: set {args.chosen_set}" + (f", {args.half} half" if args.half else "") + f", {len(gold)} documents"
        write_table(judgements, described, EXTRACTOR_VERSION, args.calibration_table)
        if args.calibration_table.resolve() == TABLE_FILE.resolve():
            reload_calibration()
    summary = summarise(scores)
    series_score, differences = compare(gold_series(gold), found, optional_cells(gold))
    summary["series"] = series_score.as_dict()
    summary["calibration"] = calibration_rows(judgements)
    print(render(summary, scores, args.details))
    print(render_calibration(judgements, in_sample=args.calibrate))
    if args.details and differences.height:
        print("\nmonthly series cells that differ (expected_* from the gold's claims, found_* from the documents):")
        with pl.Config(tbl_rows=-1, tbl_cols=-1, tbl_width_chars=200):
            print(differences)
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point of ``python -m flows.evaluation.accuracy``."""
    parser = argparse.ArgumentParser(prog="python -m flows.evaluation.accuracy", description=__doc__.splitlines()[0])
    add_arguments(parser)
    return evaluate(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
