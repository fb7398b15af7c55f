"""Benchmark the pipeline on a synthetic corpus: per-stage throughput, end to end, no-op, memory.

Run: ``python benchmarks/run.py --docs 10000 --out benchmarks/out/10k.json`` (``--corpus real-style`` for
documents recombined from the dev corpus and the seeds). Writes JSON and
prints a table. Stages are timed on one core in this process; ``end_to_end_s`` and
``noop_run_s`` are real runs of the nightly flow (Prefect's temporary server already started),
and ``empty_flow_s`` is an empty flow run in the same process for comparison. Prefect ends a flow run
only when its heartbeat thread, which sleeps in whole seconds, wakes up, so both are rounded up to the
thread's next second: ``noop_work_s`` is the no-op run's own work, as its summary times it. ``peak_rss_mb`` is
taken after the flow runs and before the stage timings (which hold a whole corpus in memory).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polars as pl

from benchmarks.corpus import write_corpus
from benchmarks.real_style import write_real_style_corpus
from flows.resources import SUPPORTED_EXTENSIONS, discover_files, fingerprint
from flows.settings import configure_runtime
from schemas.models import Document, DocumentSource, FlightMention, FlightTable, FlightTableRow, FlightTableTotal, typed_frame
from schemas.validate import validate_extraction
from transforms.decode import DEFAULT_MAX_BYTES, decode_bytes
from transforms.extract import EXTRACTOR_VERSION, article_text, document_rows, input_format
from warehouse import loader

NOW = dt.datetime.now(dt.UTC)
CORPORA: dict[str, Callable[[Path, int, int], object]] = {"synthetic": write_corpus, "real-style": write_real_style_corpus}


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def _timed(stage: dict, name: str, docs: int, megabytes: float, seconds: float) -> None:
    stage[name] = {"seconds": round(seconds, 3), "docs_per_s": round(docs / seconds, 1), "mb_per_s": round(megabytes / seconds, 2)}


def measure_stages(corpus: Path, workdir: Path, every_row_valid: bool) -> tuple[dict, float, float]:
    """Time each stage on one core; return stages, the read+hash floor and extraction docs/s.

    The synthetic corpus must load whole (``every_row_valid``): a rejected row there is a bug. The
    real-style one recombines paragraphs of different dates, so validation keeps some rows out,
    as it does in a run; their number is reported with the stage.
    """
    paths = sorted(p for p in corpus.rglob("*") if p.suffix in SUPPORTED_EXTENSIONS)
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    started = time.perf_counter()
    for path in paths:
        hashlib.sha256(path.read_bytes()).hexdigest()
    floor = time.perf_counter() - started

    stages: dict = {}
    started = time.perf_counter()
    files = discover_files(corpus)
    raws = [(record["source_uri"], *fingerprint(Path(record["path"]), DEFAULT_MAX_BYTES)) for record in files.iter_rows(named=True)]
    _timed(stages, "discover_hash", len(raws), megabytes, time.perf_counter() - started)

    started = time.perf_counter()
    cleaned = []
    for uri, doc_id, raw in raws:
        if raw is None:
            raise AssertionError(f"{uri} is over the size limit: the synthetic corpus must fit it")
        decoded = decode_bytes(raw)
        if decoded.text is None:
            raise AssertionError(f"{uri} did not decode: {decoded.reason}")
        body, meta = article_text(input_format(uri), decoded.text)
        cleaned.append((uri, doc_id, len(raw), body, meta, decoded))
    decode_clean = time.perf_counter() - started
    _timed(stages, "decode_clean", len(raws), megabytes, decode_clean)

    started = time.perf_counter()
    tables, rows, totals, mentions, documents = [], [], [], [], []
    for uri, doc_id, n_bytes, body, meta, decoded in cleaned:
        doc_tables, doc_rows, doc_totals, doc_mentions = document_rows(doc_id, body, meta)
        tables += doc_tables
        rows += doc_rows
        totals += doc_totals
        mentions += doc_mentions
        documents.append({
            "doc_id": doc_id, "source_uri": uri, "title": meta.title, "publisher": meta.publisher, "language": meta.language,
            "published_date": meta.published_date, "published_date_precision": meta.published_date_precision,
            "dateline_text": meta.dateline_text, "body_text": body, "n_bytes": n_bytes, "encoding": decoded.encoding,
            "extractor_version": EXTRACTOR_VERSION, "ingested_at": NOW, "run_id": "bench", "prose_extracted": True,
            "decode_notes": list(decoded.notes),
        })
    extract = time.perf_counter() - started
    _timed(stages, "extract", len(raws), megabytes, extract)

    started = time.perf_counter()
    frames = {"documents": typed_frame(Document, documents), "flight_tables": typed_frame(FlightTable, tables),
              "flight_table_rows": typed_frame(FlightTableRow, rows), "flight_table_totals": typed_frame(FlightTableTotal, totals),
              "flight_mentions": typed_frame(FlightMention, mentions),
              "document_sources": typed_frame(DocumentSource, [{"doc_id": doc_id, "format": input_format(uri), "raw": raw} for uri, doc_id, raw in raws])}
    loadable, failures = validate_extraction(frames, "bench", NOW)
    if every_row_valid and not failures.filter(~pl.col("loaded")).is_empty():
        raise AssertionError(f"benchmark rows failed validation: {failures.head(3).to_dicts()}")
    _timed(stages, "validate", len(raws), megabytes, time.perf_counter() - started)
    stages["validate"]["rows_rejected"] = failures.filter(~pl.col("loaded")).select("table_name", "row_json").n_unique()

    started = time.perf_counter()
    warehouse = workdir / "stages.duckdb"
    staging = loader.stage(warehouse)
    with loader.connect(staging) as con:
        loader.replace_documents(con, loadable, {})
    loader.publish(staging, warehouse)
    _timed(stages, "load", len(raws), megabytes, time.perf_counter() - started)
    stages["extract"]["rows"] = {"flight_tables": len(tables), "flight_table_rows": len(rows), "flight_mentions": len(mentions)}
    return stages, floor, len(raws) / (decode_clean + extract)


def measure_nights(workdir: Path, base: Path, large_docs: int, night_docs: int, seed: int) -> tuple[float, float, float]:
    """A night of ``night_docs`` new documents into an empty warehouse and into one holding ``large_docs``.

    The large warehouse is ``base`` (a warehouse the flow built) with its documents copied under new
    identities up to ``large_docs``, then brought current by one night (its series reconciled), so the
    timed night only does what a real night does. Returns both nights and the large warehouse's size.
    """
    from flows.nightly import nightly

    night = workdir / "night"
    write_corpus(night, night_docs, seed + 1)
    empty = workdir / "empty_night.duckdb"
    started = time.perf_counter()
    nightly(source=str(night), warehouse=str(empty))
    empty_s = time.perf_counter() - started

    large = workdir / "large.duckdb"
    large.write_bytes(base.read_bytes())
    with loader.connect(large, read_only=True) as con:
        base_docs = con.execute("select count(*) from documents").fetchone()[0]  # type: ignore[index]
    loader.replicate_documents(large, max(0, large_docs // base_docs - 1))
    warm = workdir / "warm"
    write_corpus(warm, 1, seed + 2)
    nightly(source=str(warm), warehouse=str(large), full_audit=True)  # audits every copy and builds their series
    started = time.perf_counter()
    nightly(source=str(night), warehouse=str(large))
    large_s = time.perf_counter() - started
    return empty_s, large_s, large.stat().st_size / 1e6


def main() -> None:
    """Generate the corpus, measure, print and write the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--corpus", choices=CORPORA, default="synthetic",
                        help="synthetic: generated reports; real-style: recombined from the dev corpus and the seeds (longer, messier)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/benchmark.json"))
    parser.add_argument("--seed", type=int, default=20240123)
    parser.add_argument("--large-docs", type=int, default=1_000_000, help="documents in the large warehouse of the night test (0: skip)")
    parser.add_argument("--night-docs", type=int, default=100, help="new documents of the night test")
    args = parser.parse_args()
    configure_runtime()
    from prefect import flow  # imported after the runtime is configured

    from flows.nightly import nightly

    empty_flow = flow(name="empty")(lambda: None)  # the fixed cost of a flow run

    with tempfile.TemporaryDirectory(prefix="flightwatch-bench-") as tmp:
        workdir = Path(tmp)
        corpus = workdir / "corpus"
        CORPORA[args.corpus](corpus, args.docs, args.seed)
        megabytes = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file()) / 1e6

        empty_flow()  # starts Prefect's temporary server: its fixed cost is not part of any figure below
        started = time.perf_counter()
        empty_flow()
        empty_s = time.perf_counter() - started

        warehouse = workdir / "flightwatch.duckdb"
        started = time.perf_counter()
        summary = nightly(source=str(corpus), warehouse=str(warehouse))
        end_to_end = time.perf_counter() - started
        started = time.perf_counter()
        noop_summary = nightly(source=str(corpus), warehouse=str(warehouse))
        noop = time.perf_counter() - started
        assert noop_summary.seconds is not None, "the flow times every run it returns"
        warehouse_mb = warehouse.stat().st_size / 1e6
        peak_rss = _peak_rss_mb()  # the flow runs first, so this is their peak, not the stage timings'

        nights = measure_nights(workdir, warehouse, args.large_docs, args.night_docs, args.seed) if args.large_docs else None
        nights_rss = _peak_rss_mb()  # building and reconciling the large warehouse once is the heaviest step
        stages, floor, extract_rate = measure_stages(corpus, workdir, every_row_valid=args.corpus == "synthetic")

    report = {
        "docs": args.docs,
        "corpus": args.corpus,
        "corpus_mb": round(megabytes, 1),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "extract_docs_per_s_per_core": round(extract_rate, 1),
        "end_to_end_s": round(end_to_end, 2),
        "end_to_end_docs_per_s": round(args.docs / end_to_end, 1),
        "noop_run_s": round(noop, 3),
        "empty_flow_s": round(empty_s, 3),
        "noop_over_empty_flow": round(noop / empty_s, 2),
        "noop_work_s": round(noop_summary.seconds, 3),
        "floor_read_hash_s": round(floor, 3),
        "peak_rss_mb": round(peak_rss, 1),
        "warehouse_mb": round(warehouse_mb, 1),
        "docs_loaded": summary.docs_new,
        "night_docs": args.night_docs,
        "large_warehouse_docs": args.large_docs,
        "empty_warehouse_night_s": round(nights[0], 2) if nights else None,
        "large_warehouse_night_s": round(nights[1], 2) if nights else None,
        "large_warehouse_mb": round(nights[2], 1) if nights else None,
        "peak_rss_mb_with_nights": round(nights_rss, 1),
        "stages": stages,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(f"{'stage':14} {'seconds':>9} {'docs/s':>10} {'MB/s':>8}")
    for name, stage in stages.items():
        print(f"{name:14} {stage['seconds']:9.2f} {stage['docs_per_s']:10.1f} {stage['mb_per_s']:8.2f}")
    for key in ("docs", "corpus_mb", "extract_docs_per_s_per_core", "end_to_end_s", "end_to_end_docs_per_s", "noop_run_s",
                "empty_flow_s", "noop_work_s", "floor_read_hash_s", "peak_rss_mb", "empty_warehouse_night_s", "large_warehouse_night_s",
                "large_warehouse_mb", "peak_rss_mb_with_nights"):
        print(f"{key:28} {report[key]}")
    print(f"report written to {args.out}")


if __name__ == "__main__":
    main()
