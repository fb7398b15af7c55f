"""Everything that touches the DuckDB file: migrations, views, comments, loads and publication.

A DuckDB file takes one writer or many readers, never both. A run therefore never writes the
published file: it copies it to a staging file, writes and audits there, and publishes with an
atomic rename. Readers already open keep their snapshot; a crash leaves the published file as it was.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl

from schemas.models import WAREHOUSE_TABLES

SQL_DIR = Path(__file__).parent / "sql"
MIGRATION_FILE = re.compile(r"^(?P<version>\d{3})_(?P<name>\w+)\.sql$")
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
DOCUMENT_TABLES = ("documents", "flight_tables", "flight_table_rows", "flight_table_totals", "flight_mentions")


@cache
def query(name: str) -> str:
    """The text of ``sql/queries/<name>.sql``."""
    return (SQL_DIR / "queries" / f"{name}.sql").read_text()


def statements(name: str) -> list[str]:
    """The statements of a multi-statement query file, to run one by one with parameters."""
    return [part.strip() for part in query(name).split(";") if part.strip() and not part.strip().startswith("--")]


def _identifier(name: str) -> str:
    """A table or column name, checked: identifiers cannot be bound as parameters."""
    if not IDENTIFIER.match(name):
        raise ValueError(f"not a safe SQL identifier: {name!r}")
    return name


def _string_literal(text: str) -> str:
    """A SQL string literal; COMMENT ON accepts no parameters, so its text is quoted here."""
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open a warehouse file."""
    return duckdb.connect(str(path), read_only=read_only)


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every migration, in order."""
    found = []
    for path in sorted((SQL_DIR / "migrations").glob("*.sql")):
        match = MIGRATION_FILE.match(path.name)
        if match:
            found.append((int(match.group("version")), match.group("name"), path.read_text()))
    return found


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations newer than the file's schema_version, each in its own transaction."""
    con.execute(query("create_schema_version"))
    current = con.execute(query("current_schema_version")).fetchone()[0]
    applied = []
    for version, name, sql in migrations():
        if version <= current:
            continue
        con.execute("begin transaction")
        con.execute(sql)
        con.execute(query("record_schema_version"), {"version": version, "name": name})
        con.execute("commit")
        applied.append(version)
    return applied


def apply_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view from ``sql/views``."""
    for path in sorted((SQL_DIR / "views").glob("*.sql")):
        con.execute(path.read_text())


def apply_comments(con: duckdb.DuckDBPyConnection) -> None:
    """Publish each model's descriptions as COMMENT ON the table and its columns."""
    for table, model in WAREHOUSE_TABLES.items():
        schema = model.to_schema()
        if schema.description:
            con.execute(
                query("comment_on_table").format(table=_identifier(table), text=_string_literal(schema.description))
            )
        for column_name, column in schema.columns.items():
            if column.description:
                con.execute(
                    query("comment_on_column").format(
                        table=_identifier(table), column=_identifier(column_name), text=_string_literal(column.description)
                    )
                )


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a warehouse file to the current schema, views and comments."""
    migrate(con)
    apply_views(con)
    apply_comments(con)


def known_state(path: Path, source: Path) -> tuple[set[str], pl.DataFrame]:
    """doc_ids already loaded or quarantined, and the manifest of ``source``'s files (read-only, beside analysts)."""
    empty = pl.DataFrame(schema={"source_uri": pl.String, "n_bytes": pl.Int64, "modified_ns": pl.Int64, "doc_id": pl.String})
    if not path.exists():
        return set(), empty
    with connect(path, read_only=True) as con:
        known = {row[0] for row in con.execute(query("known_doc_ids")).fetchall()}
        if not con.execute(query("table_exists"), {"name": "source_files"}).fetchall()[0][0]:
            return known, empty  # a file from before the manifest: upgraded when this run stages it
        manifest = con.sql(query("source_manifest"), params={"source": str(source)}).pl()
    return known, manifest


def replace_source_files(con: duckdb.DuckDBPyConnection, files: pl.DataFrame) -> None:
    """Record what each file read in this run was, replacing its earlier record."""
    if files.is_empty():
        return
    for source, group in files.group_by("source"):
        con.execute(query("delete_source_files"), {"source": source[0], "source_uris": group["source_uri"].to_list()})
    insert_frames(con, {"source_files": files})


def stored_documents(path: Path) -> pl.DataFrame:
    """doc_id, source_uri, n_bytes and body_text of every stored document (for reprocessing)."""
    with connect(path, read_only=True) as con:
        return con.sql(query("stored_documents")).pl()


def insert_frames(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Append each frame to its table through Arrow, matching columns by name."""
    counts = {}
    for table, frame in frames.items():
        if table not in WAREHOUSE_TABLES:
            raise ValueError(f"unknown warehouse table {table!r}")
        if frame.height:
            con.register("incoming", frame.to_arrow())
            try:
                con.execute(query("insert_frame").format(table=_identifier(table)))
            finally:
                con.unregister("incoming")
        counts[table] = frame.height
    return counts


def replace_documents(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], bookkeeping: dict[str, pl.DataFrame], files: pl.DataFrame | None = None
) -> dict[str, int]:
    """In one transaction: delete the batch's documents' rows, insert the new ones, the bookkeeping and the files read."""
    doc_ids = frames["documents"]["doc_id"].to_list()
    con.execute("begin transaction")
    try:
        if doc_ids:
            for statement in statements("delete_document_rows"):
                con.execute(statement, {"doc_ids": doc_ids})
        counts = insert_frames(con, {name: frames[name] for name in DOCUMENT_TABLES if name in frames})
        insert_frames(con, bookkeeping)
        if files is not None:
            replace_source_files(con, files)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    return counts


def read_tables(path: Path, tables: tuple[str, ...]) -> dict[str, pl.DataFrame]:
    """Whole tables of a published warehouse as polars frames, read-only."""
    with connect(path, read_only=True) as con:
        return {table: con.sql(query("select_table").format(table=_identifier(table))).pl() for table in tables}


def fetch_pl(con: duckdb.DuckDBPyConnection, name: str, parameters: dict | None = None) -> pl.DataFrame:
    """Run a named query and return its result as a polars frame."""
    return con.sql(query(name), params=parameters or {}).pl()


def staging_path(published: Path) -> Path:
    """Where a run builds the next state of ``published``."""
    return published.with_name(f".{published.name}.staging")


def stage(published: Path) -> Path:
    """A fresh staging copy of the published file (or an empty file), brought to the current schema."""
    staging = staging_path(published)
    discard(staging)
    published.parent.mkdir(parents=True, exist_ok=True)
    if published.exists():
        shutil.copy2(published, staging)
    with connect(staging) as con:
        prepare(con)
    return staging


def publish(staging: Path, published: Path) -> None:
    """Checkpoint the staging file and rename it over the published one, atomically."""
    with connect(staging) as con:
        con.execute("checkpoint")
    os.replace(staging, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def discard(staging: Path) -> None:
    """Remove a staging file and its write-ahead log, if any."""
    for path in (staging, staging.with_name(staging.name + ".wal")):
        path.unlink(missing_ok=True)



def audit_frames(con: duckdb.DuckDBPyConnection, fresh_after: dt.datetime | None) -> dict[str, pd.DataFrame]:
    """Every relation under ``sql/audit`` as a pandas frame, for Great Expectations."""
    frames = {}
    for path in sorted((SQL_DIR / "audit").glob("*.sql")):
        sql = path.read_text()
        params = {"fresh_after": fresh_after} if "$fresh_after" in sql else {}
        frames[path.stem] = con.sql(sql, params=params).df()
    return frames


def audit_relation_sql(relation: str) -> str:
    """The SQL of one audited relation."""
    return (SQL_DIR / "audit" / f"{_identifier(relation)}.sql").read_text().strip()


def alert_query(kind: str, run_id: str, check: str, relation: str | None = None) -> str:
    """A ready-to-paste query that shows the rows behind an alert."""
    template = (SQL_DIR / "alerts" / f"{_identifier(kind)}.sql").read_text().strip()
    return template.format(
        run_id=_string_literal(run_id),
        check=_string_literal(check) if kind != "expectation" else check,
        relation_sql=audit_relation_sql(relation) if relation else "",
    )


def run_alert_sources(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, pl.DataFrame]:
    """This run's quarantined files, failed checks and undated documents."""
    return {
        name: fetch_pl(con, f"run_{name}", {"run_id": run_id})
        for name in ("quarantine", "validation_failures", "undated_documents")
    }


def keep_rejected(staging: Path, published: Path, run_id: str) -> Path:
    """Move a staging file that failed its audit aside, for inspection, instead of publishing it."""
    rejected = published.with_name(f".{published.name}.rejected-{run_id}")
    with connect(staging) as con:
        con.execute("checkpoint")
    os.replace(staging, rejected)
    return rejected
