"""The real nightly flow on the seed documents, checked against the acceptance file."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import seed_files
from warehouse import loader

CONTENT_TABLES = ("documents", "flight_tables", "flight_table_rows", "flight_mentions", "quarantine", "validation_failures")


def _query(warehouse: Path, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def _doc_id(warehouse: Path, name: str) -> str:
    [(doc_id,)] = _query(warehouse, "select doc_id from documents where source_uri = ?", [name])
    return doc_id


def test_summary_accounts_for_every_file(seeded: dict) -> None:
    summary = seeded["summary"]
    assert summary.status == "completed"
    assert summary.docs_seen == len(list(seeded["source"].iterdir()))
    assert summary.docs_seen == summary.docs_new + summary.docs_known + summary.docs_quarantined
    [(seen, new, known, quarantined)] = _query(
        seeded["warehouse"], "select docs_seen, docs_new, docs_known, docs_quarantined from pipeline_runs"
    )
    assert (seen, new, known, quarantined) == (summary.docs_seen, summary.docs_new, summary.docs_known, summary.docs_quarantined)
    [(recorded,)] = _query(seeded["warehouse"], "select epoch(finished_at - started_at) from pipeline_runs")
    assert recorded <= summary.seconds < 600, "the run's own time covers what it recorded, and is in seconds"
    assert f"took       {summary.seconds:.2f} s" in summary.render()


def test_document_metadata_matches_gold(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        [(language, published, title, publisher)] = _query(
            seeded["warehouse"], "select language, published_date, title, publisher from documents where source_uri = ?", [name]
        )
        assert language == expected["language"], name
        if expected["published_date"]:
            assert published == dt.date.fromisoformat(expected["published_date"]), name
        else:
            acceptable = {dt.date.fromisoformat(d) for d in expected["published_date_acceptable"]}
            assert published is None or published in acceptable, name
        assert title == expected["title"], name
        assert publisher == expected["publisher"], name


def test_table_rows_match_gold_exactly(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        rows = _query(
            seeded["warehouse"],
            "select r.label, r.countries, r.flights from flight_table_rows r join documents d using (doc_id) "
            "where d.source_uri = ? order by r.table_id, r.row_number",
            [name],
        )
        assert rows == [(r["label"], r["destinations"], r["flights"]) for r in expected["table_rows"]], name


def test_table_totals_match_gold_exactly(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        totals = _query(
            seeded["warehouse"],
            "select t.stated_total, t.origin_country, t.period_start, t.period_end, t.row_role, t.rows_total "
            "from flight_tables t join documents d using (doc_id) where d.source_uri = ? order by t.table_id",
            [name],
        )
        want = [
            (t["total"], t["origin"], dt.date.fromisoformat(t["period_start"]), dt.date.fromisoformat(t["period_end"]), "destination", t["total"])
            for t in expected["table_totals"]
        ]
        assert totals == want, name


def test_no_forbidden_number_is_a_flight_count(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        flights = {
            row[0]
            for row in _query(
                seeded["warehouse"],
                "select c.flights from flight_counts c join documents d using (doc_id) where d.source_uri = ?",
                [name],
            )
        }
        assert not flights & set(expected["must_not_extract"]), name


def test_comment_sections_are_not_article_text(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        [(body,)] = _query(seeded["warehouse"], "select body_text from documents where source_uri = ?", [name])
        for forbidden in expected["body_must_not_contain"]:
            assert forbidden not in body, (name, forbidden)


def test_provenance_is_exact(seeded: dict) -> None:
    with duckdb.connect(str(seeded["warehouse"]), read_only=True) as con:
        spans = con.sql(loader.audit_relation_sql("provenance")).pl()
        assert spans.height > 0 and spans["span_matches"].all()
        checked = con.execute(
            "select count(*) from flight_table_rows r join documents d using (doc_id) "
            "where substr(d.body_text, r.char_start + 1, r.char_end - r.char_start) = r.evidence"
        ).fetchone()[0]
        assert checked == con.execute("select count(*) from flight_table_rows").fetchone()[0] > 0


def test_flight_counts_view_resolves_table_rows_through_row_role(seeded: dict, gold: dict) -> None:
    rows = _query(
        seeded["warehouse"],
        "select origin_country, destination_countries, flights from flight_counts where kind = 'table_row' order by source_id",
    )
    expected = [row for doc in gold.values() for row in doc["table_rows"]]
    assert len(rows) == len(expected)
    assert {r[0] for r in rows} == {"US"}
    assert sorted((tuple(r[1]), r[2]) for r in rows) == sorted((tuple(e["destinations"]), e["flights"]) for e in expected)


def test_rerun_loads_nothing_and_changes_no_row(seeded: dict, tmp_path: Path) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "again.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    before = {t: _query(warehouse, f"select * from {t} order by all") for t in CONTENT_TABLES}
    summary = nightly(source=str(seeded["source"]), warehouse=str(warehouse))
    assert (summary.docs_new, summary.docs_known, summary.docs_quarantined) == (0, summary.docs_seen, 0)
    assert sum(summary.rows_loaded.values()) == 0
    assert {t: _query(warehouse, f"select * from {t} order by all") for t in CONTENT_TABLES} == before
    assert _query(warehouse, "select count(*) from pipeline_runs") == [(1,)], "a run with nothing new writes nothing"
    assert summary.notification.startswith("nothing new")
    assert 0 < summary.seconds < 60


def test_changed_file_is_read_again_and_unchanged_ones_are_not(seeded: dict, tmp_path: Path) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "again.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    touched = seeded["source"] / "000_cbd3089a605ff0a8.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 1_000_000_000))
    summary = nightly(source=str(seeded["source"]), warehouse=str(warehouse))
    assert (summary.docs_new, summary.docs_known, summary.docs_quarantined) == (0, 5, 0)
    [(modified,)] = _query(warehouse, "select modified_ns from source_files where source_uri = ?", [touched.name])
    assert modified == touched.stat().st_mtime_ns


def test_bad_input_is_quarantined_and_good_files_load(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    source = seed_files(tmp_path / "source")
    (source / "empty.txt").write_bytes(b"")
    (source / "blank.md").write_bytes(b"  \n\n\t ")
    (source / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)
    (source / "nested").mkdir()
    latin = "Honduras recibió 3 vuelos de deportación en enero de 2024, procedentes de:\nEstados Unidos: 2 vuelos\nMéxico: 1 vuelo\n"
    (source / "nested" / "latin1.txt").write_bytes(latin.encode("latin-1"))
    (source / "notes.csv").write_text("ignored, unsupported extension")
    warehouse = tmp_path / "bad.duckdb"

    summary = nightly(source=str(source), warehouse=str(warehouse))

    assert summary.status == "completed"
    assert summary.docs_seen == 9 and summary.docs_quarantined == 3 and summary.docs_new == 6
    reasons = dict(_query(warehouse, "select source_uri, reason from quarantine"))
    assert reasons == {"empty.txt": "empty", "blank.md": "empty", "image.txt": "binary"}
    latin_id = _doc_id(warehouse, "nested/latin1.txt")
    assert _query(warehouse, "select row_role, destination_country, stated_total, rows_total from flight_tables where doc_id = ?", [latin_id]) == [
        ("origin", "HN", 3, 3)
    ]


def test_missing_source_fails_and_leaves_warehouse_untouched(seeded: dict, tmp_path: Path) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "kept.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    before = warehouse.read_bytes()
    with pytest.raises(FileNotFoundError):
        nightly(source=str(tmp_path / "nowhere"), warehouse=str(warehouse))
    assert warehouse.read_bytes() == before


def _mentions(warehouse: Path, name: str) -> list[dict]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.sql(
            "select m.* from flight_mentions m join documents d using (doc_id) where d.source_uri = $name order by m.char_start",
            params={"name": name},
        ).pl().to_dicts()


def _same_claim(found: dict, expected: dict) -> bool:
    return (
        found["flights"] == expected["flights"]
        and found["qualifier"] == expected["qualifier"]
        and found["status"] == expected["status"]
        and found["origin_country"] == expected["origin"]
        and sorted(found["destination_countries"]) == sorted(expected["destinations"])
    )


def test_prose_mentions_match_gold(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        found = _mentions(seeded["warehouse"], name)
        for claim in expected["mentions"]:
            matches = [m for m in found if _same_claim(m, claim)]
            assert len(matches) == 1, (name, claim, found)
            [match] = matches
            assert claim["evidence"] in match["evidence"], (name, claim["evidence"], match["evidence"])
            for key in ("period_start", "period_end"):
                if key in claim:
                    assert match[key] == dt.date.fromisoformat(claim[key]), (name, key)
            if "passengers_per_flight" in claim:
                assert match["passengers_per_flight"] == claim["passengers_per_flight"]


def test_no_mention_beyond_gold_and_optional(seeded: dict, gold: dict) -> None:
    for name, expected in gold.items():
        allowed = expected["mentions"] + expected["optional_mentions"]
        for mention in _mentions(seeded["warehouse"], name):
            assert any(m["flights"] == mention["flights"] and m["destinations"] in ([], mention["destination_countries"]) for m in allowed), (
                name, mention["evidence"], mention["flights"])


def test_html_and_other_languages(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly
    from tests.transforms.test_html import PAGE

    source = tmp_path / "source"
    source.mkdir()
    (source / "page.html").write_text(PAGE)
    (source / "noticia.txt").write_text(
        "Brasil recebe voos de deportados\n\nO governo informou que dois voos com deportados pousaram em Belo Horizonte na sexta-feira."
    )
    (source / "article.txt").write_text(
        "Haïti reçoit des vols d'expulsés\n\nLe gouvernement a indiqué que deux vols avec des personnes expulsées ont atterri vendredi."
    )
    warehouse = tmp_path / "w.duckdb"
    summary = nightly(source=str(source), warehouse=str(warehouse))
    assert (summary.docs_new, summary.docs_prose_skipped) == (3, 1)
    docs = {row[0]: row[1:] for row in _query(warehouse, "select source_uri, title, publisher, language, published_date, prose_extracted from documents")}
    assert docs["page.html"] == ("Two flights land in Guatemala", "Example News", "en", dt.date(2024, 3, 2), True)
    assert docs["noticia.txt"][2:] == ("pt", None, True)
    assert docs["article.txt"][2:] == ("fr", None, False)
    assert [(m["flights"], m["destination_countries"]) for m in _mentions(warehouse, "noticia.txt")] == [(2, ["BR"])]
    page_mentions = [(m["flights"], m["status"], m["destination_countries"]) for m in _mentions(warehouse, "page.html")]
    assert page_mentions == [(2, "completed", ["GT"])]
    [(body,)] = _query(warehouse, "select body_text from documents where source_uri = 'page.html'")
    assert "12 flights" not in body


def test_a_warehouse_from_the_first_schema_is_upgraded_by_the_next_run(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "old.duckdb"
    [(version, name, first_sql), *later] = loader.migrations()
    with duckdb.connect(str(warehouse)) as con:
        con.execute(loader.query("create_schema_version"))
        con.execute(first_sql)
        con.execute(loader.query("record_schema_version"), {"version": version, "name": name})
    summary = nightly(source=str(seed_files(tmp_path / "source")), warehouse=str(warehouse))
    assert summary.status == "completed" and summary.docs_new == 5
    assert _query(warehouse, "select max(version) from schema_version") == [(later[-1][0],)]
