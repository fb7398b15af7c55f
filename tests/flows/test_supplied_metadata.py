"""Metadata that arrives beside documents, in its three forms, through a real nightly run."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb

from flows.nightly import nightly

ARTICLE = "Two removal flights landed in Guatemala City on Tuesday, officials said.\n\nThe planes left Texas in the morning.\n"


def _write_source(source: Path) -> None:
    source.mkdir()
    (source / "wire.txt").write_text(ARTICLE)
    (source / "wire.meta.json").write_text(json.dumps({
        "url": "https://wire.example/2025/03/04/two-flights", "fetched_at": "2025-03-04T06:30:00Z", "title": "Two flights land",
        "publisher": "Wire Example"}))
    (source / "listed.txt").write_text(ARTICLE.replace("Two", "Three", 1))
    (source / "page.html").write_text(f"<html><body><article><p>{ARTICLE.replace('Two', 'Four', 1)}</p></article></body></html>")
    (source / "manifest.csv").write_text("file,url,published,publisher\nlisted.txt,https://daily.example/story/9,2025-02-11,Daily Example\n")
    (source / "manifest.jsonl").write_text(json.dumps({"file": "page.html", "url": "https://page.example/2025/01/20/four"}) + "\n")
    (source / "notes.md").write_text("---\nurl: https://blog.example/notes\npublished: 2025-03-01\ntitle: Notes on flights\n---\n"
                                     + ARTICLE.replace("Two", "Five", 1))
    (source / "broken.txt").write_text(ARTICLE.replace("Two", "Six", 1))
    (source / "broken.meta.json").write_text("{not json")


def test_sidecars_manifests_and_front_matter_reach_the_documents_and_are_never_documents(prefect_harness: None, tmp_path: Path) -> None:
    source, warehouse = tmp_path / "docs", tmp_path / "w.duckdb"
    _write_source(source)
    summary = nightly(source=str(source), warehouse=str(warehouse))
    assert (summary.docs_seen, summary.docs_new, summary.docs_quarantined) == (5, 5, 0), "sidecars and manifests are not documents"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        rows = {row[0]: row[1:] for row in con.execute(
            "select source_uri, url, fetched_at, published_date, published_date_source, title, publisher, decode_notes from documents").fetchall()}
        bodies = dict(con.execute("select source_uri, body_text from documents").fetchall())
    assert rows["wire.txt"][:2] == ("https://wire.example/2025/03/04/two-flights", dt.datetime(2025, 3, 4, 6, 30, tzinfo=dt.UTC))
    assert rows["wire.txt"][2:6] == (dt.date(2025, 3, 4), "url", "Two flights land", "Wire Example")
    assert rows["listed.txt"][0] == "https://daily.example/story/9" and rows["listed.txt"][2:3] + rows["listed.txt"][5:6] == (
        dt.date(2025, 2, 11), "Daily Example")
    assert rows["listed.txt"][3] == "supplied"
    assert rows["page.html"][0] == "https://page.example/2025/01/20/four" and rows["page.html"][2:4] == (dt.date(2025, 1, 20), "url")
    assert rows["notes.md"][0] == "https://blog.example/notes" and rows["notes.md"][2:5] == (dt.date(2025, 3, 1), "supplied", "Notes on flights")
    assert not bodies["notes.md"].startswith("---") and "url:" not in bodies["notes.md"], "front matter is not article text"
    report = Path(summary.report).read_text()
    assert 'href="https://wire.example/2025/03/04/two-flights"' in report, "the report links a document to its original address"
    assert rows["broken.txt"][0] is None and any(note.startswith("supplied_metadata_unreadable: broken.meta.json") for note in rows["broken.txt"][6])
