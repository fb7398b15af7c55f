"""The benchmark corpora: the synthetic one doubles as a correctness check (the extractor recovers what was generated)."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import polars as pl

from benchmarks.corpus import write_corpus
from benchmarks.real_style import load_sources, write_real_style_corpus
from transforms.extract import RAW_COLUMNS, article_text, document_rows, extract_batch, input_format

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_generated_corpus_is_recovered(tmp_path: Path) -> None:
    expectations = write_corpus(tmp_path / "corpus", 120, seed=7)
    rows = []
    for relative in expectations:
        raw = (tmp_path / "corpus" / relative).read_bytes()
        rows.append({"source_uri": relative, "doc_id": hashlib.sha256(raw).hexdigest(), "n_bytes": len(raw), "raw": raw, "format": "text"})
    extraction = extract_batch(pl.DataFrame(rows, schema=RAW_COLUMNS), "bench", NOW)
    documents = {d["source_uri"]: d for d in extraction.documents.to_dicts()}
    assert len(documents) == len(expectations) and extraction.quarantine.is_empty()
    for relative, expected in expectations.items():
        doc = documents[relative]
        assert doc["language"] == expected.language, relative
        rows = extraction.flight_table_rows.filter(pl.col("doc_id") == doc["doc_id"])
        assert [(r["countries"], r["flights"]) for r in rows.to_dicts()] == expected.table_rows, relative
        tables = extraction.flight_tables.filter(pl.col("doc_id") == doc["doc_id"])
        assert tables["stated_total"].to_list() == ([expected.stated_total] if expected.stated_total else []), relative
        mentions = extraction.flight_mentions.filter(pl.col("doc_id") == doc["doc_id"])
        found = [(m["flights"], m["qualifier"], m["status"], m["destination_countries"]) for m in mentions.to_dicts()]
        assert found == [tuple(m) for m in expected.mentions], relative


def test_real_style_corpus_recombines_the_project_documents(tmp_path: Path) -> None:
    """Deterministic for a seed, in the sources' formats and languages, longer than a source, and every file reads."""
    sources = load_sources()
    first, second = tmp_path / "first", tmp_path / "second"
    write_real_style_corpus(first, 60, seed=7, sources=sources)
    write_real_style_corpus(second, 60, seed=7, sources=sources)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert len(files) == 60
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    assert {f.suffix for f in files} >= {".txt", ".html"}
    average_source = sum(len("\n\n".join(s.blocks)) for s in sources) / len(sources)
    texts = [(first / f).read_text(encoding="utf-8") for f in files]
    assert sum(map(len, texts)) / len(texts) > average_source
    languages = set()
    for relative, text in zip(files, texts, strict=True):
        body, meta = article_text(input_format(str(relative)), text)
        languages.add(meta.language)
        document_rows(str(relative), body, meta)
    assert languages >= {"en", "es"}
