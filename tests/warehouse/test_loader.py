"""The warehouse file: migrations, DDL that matches the models, comments, staging and publication."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
import pytest

from schemas.models import RELATIONS, WAREHOUSE_TABLES, polars_schema
from transforms.extract import EXTRACTOR_VERSION
from warehouse import loader

DUCKDB_TYPES = {
    pl.String: "VARCHAR", pl.Int64: "BIGINT", pl.Date: "DATE", pl.Boolean: "BOOLEAN",
    pl.Datetime("us", "UTC"): "TIMESTAMP WITH TIME ZONE", pl.List(pl.String): "VARCHAR[]", pl.Binary: "BLOB", pl.Float64: "DOUBLE",
}


def test_migrations_are_ordered_and_idempotent(tmp_path: Path) -> None:
    with loader.connect(tmp_path / "w.duckdb") as con:
        first = loader.migrate(con)
        assert first == sorted(first) and first[0] == 1
        assert loader.migrate(con) == []
        versions = [v for (v,) in con.execute("select version from schema_version order by version").fetchall()]
        assert versions == first


def test_ddl_matches_the_models(tmp_path: Path) -> None:
    with loader.connect(tmp_path / "w.duckdb") as con:
        loader.prepare(con)
        for table, model in WAREHOUSE_TABLES.items():
            columns = con.execute(
                "select column_name, data_type from duckdb_columns() where table_name = ? order by column_index", [table]
            ).fetchall()
            assert columns == [(name, DUCKDB_TYPES[dtype]) for name, dtype in polars_schema(model).items()], table


def test_every_table_and_column_is_commented_from_the_models(tmp_path: Path) -> None:
    with loader.connect(tmp_path / "w.duckdb") as con:
        loader.prepare(con)
        for table, model in WAREHOUSE_TABLES.items():
            schema = model.to_schema()
            [(comment,)] = con.execute("select comment from duckdb_tables() where table_name = ?", [table]).fetchall()
            assert comment == schema.description
            comments = dict(con.execute("select column_name, comment from duckdb_columns() where table_name = ?", [table]).fetchall())
            assert comments == {name: column.description for name, column in schema.columns.items()}


def test_every_column_of_every_table_and_view_says_what_it_means(tmp_path: Path) -> None:
    with loader.connect(tmp_path / "w.duckdb") as con:
        loader.prepare(con)
        silent = con.execute("select table_name, column_name from duckdb_columns() where not internal and coalesce(comment, '') = ''").fetchall()
        relations = con.execute(
            "select view_name, comment from duckdb_views() where not internal union all "
            "select table_name, comment from duckdb_tables() where not internal").fetchall()
        columns = {relation: {c for (c,) in con.execute(
            "select column_name from duckdb_columns() where table_name = ?", [relation]).fetchall()} for relation in RELATIONS}
    assert silent == []
    assert [name for name, comment in relations if not comment] == []
    assert {relation: set(doc.own) - columns[relation] for relation, doc in RELATIONS.items() if set(doc.own) - columns[relation]} == {}


def test_staging_is_invisible_until_published(tmp_path: Path) -> None:
    published = tmp_path / "w.duckdb"
    staging = loader.stage(published)
    with loader.connect(staging) as con:
        con.execute("insert into schema_version (version, name) values (999, 'marker')")
    assert not published.exists()
    loader.publish(staging, published)
    assert not staging.exists()
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*) from schema_version where version = 999").fetchone()[0] == 1


def test_discarded_staging_leaves_published_file_as_it_was(tmp_path: Path) -> None:
    published = tmp_path / "w.duckdb"
    loader.publish(loader.stage(published), published)
    before = published.read_bytes()
    staging = loader.stage(published)
    with loader.connect(staging) as con:
        con.execute("drop table documents cascade")
    loader.discard(staging)
    assert published.read_bytes() == before


def test_readers_keep_reading_while_a_new_state_is_published(tmp_path: Path) -> None:
    published = tmp_path / "w.duckdb"
    loader.publish(loader.stage(published), published)
    with duckdb.connect(str(published), read_only=True) as reader:
        staging = loader.stage(published)
        loader.publish(staging, published)
        assert reader.execute("select count(*) from documents").fetchone() == (0,)
    assert loader.known_state(published, tmp_path, EXTRACTOR_VERSION).doc_ids == set()


def test_an_existing_file_is_upgraded_in_place(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    [(version, _, first_sql), *_] = loader.migrations()
    with loader.connect(path) as con:
        con.execute(loader.query("create_schema_version"))
        con.execute(first_sql)
        con.execute(loader.query("record_schema_version"), {"version": version, "name": "initial"})
        con.execute("insert into pipeline_runs values ('r1', now(), now(), 'completed', 'seeds', 1, 1, 0, 0, 3, 0, 0, 'old')")
    with loader.connect(path) as con:
        applied = loader.migrate(con)
        assert applied == [v for v, _, _ in loader.migrations()[1:]]
        assert con.execute("select run_id, docs_prose_skipped from pipeline_runs").fetchall() == [("r1", 0)]


def test_route_view_counts_a_total_broken_down_three_ways_once(tmp_path: Path) -> None:
    import datetime as dt
    import hashlib

    from schemas.validate import validate_extraction
    from transforms.extract import RAW_COLUMNS, extract_batch

    text = (
        "ICE report\n\nIn June the United States sent 20 removal flights to Haiti.\n\nThe same 20 flights, three ways:\n\n"
        "By arrival airport\n- 15 flights to Port-au-Prince\n- 5 to Cap-Haïtien\n\n"
        "By US departure point\n- 12 flights originated in Alexandria, Louisiana\n- 8 from Miami, Florida\n\n"
        "By operator\n- Skyway Charters: 14\n- Northwind Air: 6\n"
    ).encode()
    raw = pl.DataFrame([{"source_uri": "haiti.txt", "doc_id": hashlib.sha256(text).hexdigest(), "n_bytes": len(text), "raw": text,
                         "format": "text"}], schema=RAW_COLUMNS)
    now = dt.datetime.now(dt.UTC)
    loadable, _ = validate_extraction(extract_batch(raw, "run", now).frames(), "run", now)
    published = tmp_path / "w.duckdb"
    staging = loader.stage(published)
    with loader.connect(staging) as con:
        loader.replace_documents(con, loadable, {})
    loader.publish(staging, published)
    with duckdb.connect(str(published), read_only=True) as con:
        assert con.execute("select count(*), sum(flights) from flight_table_rows").fetchone() == (6, 60)
        by_kind = con.execute("select kind, breakdown, sum(flights) from flight_counts group by all order by all").fetchall()
        assert by_kind == [("mention", None, 20), ("table_row", "airport", 20)]
        assert con.execute("select count(distinct total_group) from flight_tables").fetchone() == (1,)


def test_a_process_holding_a_connection_sees_the_new_state_only_after_closing_it(tmp_path: Path) -> None:
    """What the README promises about readers, exactly: DuckDB reuses a database a process holds open."""
    published = tmp_path / "w.duckdb"
    loader.publish(loader.stage(published), published)
    holder = duckdb.connect(str(published), read_only=True)
    staging = loader.stage(published)
    with loader.connect(staging) as con:
        con.execute("insert into schema_version (version, name) values (999, 'marker')")
    loader.publish(staging, published)
    marker = "select count(*) from schema_version where version = 999"
    with duckdb.connect(str(published), read_only=True) as same_process:
        assert same_process.execute(marker).fetchone() == (0,), "a second connect in the holding process reuses the old database"
    holder.close()
    with duckdb.connect(str(published), read_only=True) as fresh:
        assert fresh.execute(marker).fetchone() == (1,)


def _warehouse_before_zstd(path: Path, documents: int) -> None:
    """A warehouse file at schema version 8 (text stored with DuckDB's default compression) holding ``documents`` documents."""
    with loader.connect(path) as con:
        con.execute(loader.query("create_schema_version"))
        for version, name, sql in loader.migrations():
            if version < 9:
                con.execute(sql)
                con.execute(loader.query("record_schema_version"), {"version": version, "name": name})
        con.execute("""insert into documents (doc_id, source_uri, body_text, n_bytes, encoding, extractor_version, ingested_at, run_id)
                       select 'd' || i, 'f' || i || '.txt', repeat('Two flights landed in Guatemala. ', 40) || i, 100, 'utf_8', '2.1.0',
                              now(), 'r1' from range($documents) as r(i)""", {"documents": documents})
        con.execute("insert into document_sources select doc_id, 'text', encode(body_text) from documents")


def test_document_text_and_bytes_move_to_zstd_with_their_rows(tmp_path: Path) -> None:
    """Migration 009 rebuilds the two tables whose text is most of the file, keeping every row and key."""
    path = tmp_path / "old.duckdb"
    _warehouse_before_zstd(path, 3000)
    with loader.connect(path) as con:
        cursor = con.execute("select d.*, s.raw from documents as d join document_sources as s using (doc_id) order by doc_id")
        before = cursor.fetchall()
        columns = ", ".join(column[0] for column in cursor.description)  # later migrations add columns: compare these
    with loader.connect(path) as con:
        assert loader.migrate(con) == [9, 10, 11, 12, 13, 14, 15]
        con.execute("checkpoint")
        after = con.execute(f"select {columns} from documents as d join document_sources as s using (doc_id) order by doc_id").fetchall()
        assert after == before
        for table, column in (("documents", "body_text"), ("document_sources", "raw")):
            stored = con.execute(f"select distinct compression from pragma_storage_info('{table}') where column_name = ? "
                                 "and segment_type <> 'VALIDITY'", [column]).fetchall()
            assert stored == [("ZSTD",)], (table, stored)
        with pytest.raises(duckdb.ConstraintException):  # doc_id is still the primary key
            con.execute("insert into documents (doc_id, source_uri, body_text, n_bytes, encoding, extractor_version, ingested_at, run_id) "
                        "values ('d1', 'again.txt', 'x', 1, 'utf_8', '2.1.0', now(), 'r2')")


def test_a_file_left_mostly_empty_by_a_migration_is_staged_compactly(tmp_path: Path) -> None:
    published = tmp_path / "w.duckdb"
    _warehouse_before_zstd(published, 20000)
    staging = loader.stage(published)
    assert staging.stat().st_size < published.stat().st_size / 2
    with loader.connect(staging) as con:
        [(used, free)] = con.execute("select used_blocks, free_blocks from pragma_database_size()").fetchall()
        assert free <= used
        assert con.execute("select count(*), count(distinct body_text) from documents").fetchall() == [(20000, 20000)]
        assert [v for (v,) in con.execute("select version from schema_version order by version").fetchall()] == [
            v for v, _, _ in loader.migrations()]
    loader.publish(staging, published)
    assert loader.stage(published).stat().st_size == published.stat().st_size  # a compact file is copied as it is


def test_a_read_that_needs_more_than_the_cap_is_read_again_with_duckdbs_default_memory(tmp_path: Path) -> None:
    limit = "select current_setting('memory_limit')"
    with loader.connect(tmp_path / "capped.duckdb") as con:
        con.execute("reset memory_limit")
        default = con.execute(limit).fetchone()
        loader.cap_memory(con)
        assert con.execute(limit).fetchone() == ("244.1 MiB",)  # STAGING_MEMORY_LIMIT, 256 MB, as DuckDB shows it
        con.execute("set memory_limit = '1MB'")  # a cap that one list of ten million numbers cannot fit under
        one_list = "select len(list(range)) from range(10000000)"
        with pytest.raises(duckdb.OutOfMemoryException):
            con.execute(one_list).fetchone()
        assert loader.under_cap(con, lambda: con.execute(one_list).fetchone()) == (10_000_000,)
        assert con.execute(limit).fetchone() == default


def test_a_transaction_that_needs_more_than_the_cap_runs_again_whole_with_duckdbs_default_memory(tmp_path: Path) -> None:
    """A series batch's transaction rolls back when it runs out of memory under the cap; run again, it writes its rows once."""
    with loader.connect(tmp_path / "capped.duckdb") as con:
        con.execute("create table figures (n bigint)")
        con.execute("set memory_limit = '1MB'")
        attempts = []

        def write() -> None:
            attempts.append(1)
            con.execute("begin transaction")
            try:
                con.execute("insert into figures values (1)")
                con.execute("insert into figures select len(list(range)) from range(10000000)")
                con.execute("commit")
            except BaseException:
                con.execute("rollback")
                raise

        loader.under_cap(con, write)
        assert len(attempts) == 2
        assert con.execute("select n from figures order by n").fetchall() == [(1,), (10_000_000,)]


def test_an_insert_out_of_memory_inside_a_transaction_is_retried_whole(tmp_path: Path) -> None:
    """The insert's own error reaches under_cap: unregistering its frame in the aborted transaction must not replace it."""
    with loader.connect(tmp_path / "capped.duckdb") as con:
        loader.prepare(con)
        frame = pl.DataFrame({"doc_id": [f"{i:064x}" for i in range(300_000)], "format": ["text"] * 300_000,
                              "raw": [b"removal flights"] * 300_000})
        attempts = []

        def write() -> None:
            attempts.append(1)
            con.execute("begin transaction")
            try:
                loader.insert_frames(con, {"document_sources": frame})
                con.execute("commit")
            except BaseException:
                con.execute("rollback")
                raise

        con.execute("set memory_limit = '8MB'")  # too little for the frame: the first attempt runs out of memory
        loader.under_cap(con, write)
        assert len(attempts) == 2
        assert con.execute("select count(*) from document_sources").fetchone() == (300_000,)
