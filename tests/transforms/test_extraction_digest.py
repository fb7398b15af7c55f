"""The extraction of the seeds, the dev corpus and 300 synthetic benchmark documents, as one digest.

A change that moves rules around (a cue into its own module, a step renamed) must leave this
digest as it was; a change that means to alter what is extracted updates
``tests/corpora/extraction.sha256`` in the same commit, which says so in review.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import polars as pl

from benchmarks.corpus import generate_document
from tests.conftest import CORPORA_DIR, SEEDS_DIR
from transforms.extract import RAW_COLUMNS, extract_batch, input_format

DIGEST_FILE = CORPORA_DIR / "extraction.sha256"
SYNTHETIC_DOCS = 300
FRAMES = ("documents", "flight_tables", "flight_table_rows", "flight_table_totals", "flight_mentions", "quarantine")


def _record(name: str, raw: bytes) -> dict:
    return {"source_uri": name, "doc_id": hashlib.sha256(raw).hexdigest(), "n_bytes": len(raw), "raw": raw, "format": input_format(name)}


def extraction_digest() -> str:
    """sha256 over every frame the extractor gives for the three corpora, in a fixed order."""
    files = sorted(SEEDS_DIR.iterdir()) + sorted(p for p in (CORPORA_DIR / "dev" / "docs").iterdir() if p.is_file())
    records = [_record(path.name, path.read_bytes()) for path in files if not path.name.startswith(".")]
    rng = random.Random(20240123)
    records += [_record(f"synthetic_{n:04d}.txt", generate_document(rng, n)[0].encode()) for n in range(SYNTHETIC_DOCS)]
    extraction = extract_batch(pl.DataFrame(records, schema=RAW_COLUMNS), "digest", dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    digest = hashlib.sha256()
    for name in FRAMES:
        digest.update(getattr(extraction, name).write_ndjson().encode())
    return digest.hexdigest()


def test_extraction_is_what_the_digest_file_records() -> None:
    found = extraction_digest()
    assert found == DIGEST_FILE.read_text().strip(), (
        f"extraction changed: digest {found}. If the change is meant, write it to {Path(DIGEST_FILE).relative_to(CORPORA_DIR.parent.parent)}"
    )
