"""Everything that touches the DuckDB file: migrations, views, comments, loads and publication.

A DuckDB file takes one writer or many readers, never both. A run therefore never writes the
published file: it copies it to a staging file, writes and audits there, and publishes with an
atomic rename. Readers already open keep their snapshot; a crash leaves the published file as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import TypeVar

import duckdb
import polars as pl
import pyarrow as pa

from schemas.models import RELATIONS, WAREHOUSE_TABLES, DocumentSource, SourceRefusal, typed_frame

T = TypeVar("T")

SQL_DIR = Path(__file__).parent / "sql"
MIGRATION_FILE = re.compile(r"^(?P<version>\d{3})_(?P<name>\w+)\.sql$")
IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
ALERT_SOURCES = ("quarantine", "validation_failures", "undated_documents", "decode_notes", "conflicts", "totals_apart", "anomalies")  # queries/run_<source>.sql
# how much a run writes before its staging file is checkpointed (the default, 16 MB, rewrote it every few batches)
STAGING_CHECKPOINT_THRESHOLD = "256MB"
# while a run loads or reads its audit, DuckDB keeps what it wrote or read in its buffer pool up to this much (its default, 80%
# of the machine, grew with the run)
STAGING_MEMORY_LIMIT = "256MB"
DOCUMENT_TABLES = ("documents", "flight_tables", "flight_table_rows", "flight_table_totals", "flight_mentions")


@cache
def query(name: str) -> str:
    """The text of ``sql/queries/<name>.sql``."""
    return (SQL_DIR / "queries" / f"{name}.sql").read_text()


def statements(name: str) -> list[str]:
    """The statements of a multi-statement query file, to run one by one with parameters."""
    code = "\n".join(line for line in query(name).splitlines() if not line.lstrip().startswith("--"))
    return [part.strip() for part in code.split(";") if part.strip()]


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


@contextmanager
def held_open(staging: Path) -> Iterator[None]:
    """Keep a staging file open while a run loads it, so that every ``connect`` in this process shares one database.

    Closing the last connection to a file checkpoints it: without this, every batch's load would
    rewrite the file's changed blocks (a cost that grew with the file). The loads are checkpointed
    when the write-ahead log reaches ``STAGING_CHECKPOINT_THRESHOLD`` and once as the hold ends,
    which also frees the database's buffer pool: the steps after loading each open the file
    afresh, with DuckDB's default memory, and give it back when they close it.
    """
    con = connect(staging)
    con.execute(f"set checkpoint_threshold = '{STAGING_CHECKPOINT_THRESHOLD}'")
    cap_memory(con)
    try:
        yield
        # the last checkpoint writes every batch's text still in the log: under the cap, 60 documents of
        # 4.9 MB left it there, and the next step's first commit failed to write it ("failed to pin block")
        con.execute("reset memory_limit")
        con.execute("checkpoint")
    finally:
        con.close()


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
    row = con.execute(query("current_schema_version")).fetchone()
    current = row[0] if row else 0
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
    """Publish each model's descriptions, and each view's, as COMMENT ON the relation and its columns."""
    for table, model in WAREHOUSE_TABLES.items():
        schema = model.to_schema()
        _comment(con, "table", table, schema.description)
        for column_name, column in schema.columns.items():
            _comment(con, "column", f"{_identifier(table)}.{_identifier(column_name)}", column.description)
    views = {name for (name,) in con.execute(query("view_names")).fetchall()}
    for relation, doc in RELATIONS.items():
        _comment(con, "view" if relation in views else "table", relation, doc.description)
        for (column_name,) in con.execute(query("relation_columns"), [relation]).fetchall():
            _comment(con, "column", f"{_identifier(relation)}.{_identifier(column_name)}", doc.column(column_name))


def _comment(con: duckdb.DuckDBPyConnection, kind: str, target: str, text: str | None) -> None:
    if text:
        identifier = target if kind == "column" else _identifier(target)
        con.execute(query("comment_on").format(kind=kind, target=identifier, text=_string_literal(text)))


def prepare(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a warehouse file to the current schema, views and comments."""
    migrate(con)
    apply_views(con)
    apply_comments(con)


@dataclass(frozen=True)
class KnownState:
    """What the published warehouse knows of a source: documents, files as last read, refused paths."""

    doc_ids: set[str]
    manifest: pl.DataFrame
    refusals: pl.DataFrame


def known_state(path: Path, source: Path, extractor_version: str) -> KnownState:
    """doc_ids already loaded or quarantined, and ``source``'s manifest and known refusals (read-only, beside analysts).

    A document stopped past its time budget counts as known only to the ``extractor_version`` that stopped it.
    """
    manifest = pl.DataFrame(schema={"source_uri": pl.String, "n_bytes": pl.Int64, "modified_ns": pl.Int64, "doc_id": pl.String})
    refusals = typed_frame(SourceRefusal, []).drop("source", "run_id")
    if not path.exists():
        return KnownState(set(), manifest, refusals)
    with connect(path, read_only=True) as con:
        versioned = con.execute(query("column_exists"), {"table_name": "quarantine", "column_name": "extractor_version"}).fetchall()[0][0]
        version = {"extractor_version": extractor_version} if versioned else {}
        suffix = "" if versioned else "_before_010"  # a file not yet upgraded holds no too_slow document
        known_ids = con.sql(query("known_doc_ids" + suffix), params=version or None)
        known = set(known_ids.pl().to_series().to_list())  # through Arrow: half the time of fetchall at 1,000,000
        if con.execute(query("table_exists"), {"name": "source_files"}).fetchall()[0][0]:
            manifest = con.sql(query("source_manifest" + suffix), params={"source": str(source), **version}).pl()
        if con.execute(query("table_exists"), {"name": "source_refusals"}).fetchall()[0][0]:
            refusals = con.sql(query("source_refusals"), params={"source": str(source)}).pl()
    return KnownState(known, manifest, refusals)  # a file from before a table exists is upgraded when this run stages it


def replace_source_files(con: duckdb.DuckDBPyConnection, files: pl.DataFrame, refusals: pl.DataFrame) -> None:
    """Record what each file read in this run was and which paths it refused, replacing earlier records of those paths."""
    for frame, table in ((files, "source_files"), (refusals, "source_refusals")):
        for source, group in frame.group_by("source"):
            uris = group["source_uri"].to_list()
            con.execute(query("delete_source_files"), {"source": source[0], "source_uris": uris})
            con.execute(query("delete_source_refusals"), {"source": source[0], "source_uris": uris})
        insert_frames(con, {table: frame})


def last_ingestion(path: Path) -> dt.datetime | None:
    """When the published warehouse last took in a new document, or None (read-only)."""
    if not path.exists():
        return None
    with connect(path, read_only=True) as con:
        [(last,)] = con.execute(query("last_ingestion")).fetchall()
    return last


def last_runs(path: Path | str, runs: int) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The last ``runs`` runs of a published warehouse, and the alerts of the latest (read-only)."""
    with connect(Path(path), read_only=True) as con:
        return fetch_pl(con, "last_runs", {"runs": runs}), fetch_pl(con, "latest_run_alerts")


def forget_refusals(path: Path, source: Path, source_uris: list[str]) -> None:
    """Drop refusals of paths that are no longer refused (a folder listed again, a path removed)."""
    if source_uris:
        with connect(path) as con:
            con.execute(query("delete_source_refusals"), {"source": str(source), "source_uris": source_uris})


def stored_documents(path: Path, text_format: str) -> pl.DataFrame:
    """Every stored document as raw input for reprocessing: its original bytes, or (format ``text_format``) its article text and metadata."""
    with connect(path, read_only=True) as con:
        return con.sql(query("stored_documents"), params={"text_format": text_format}).pl()


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
                # a transaction aborted by the insert (out of memory under the cap) refuses even this: the insert's error must
                # reach the caller, who rolls back and may run the step again with more memory (``under_cap``)
                with contextlib.suppress(duckdb.TransactionException):
                    con.unregister("incoming")
        counts[table] = frame.height
    return counts


def _supersede(con: duckdb.DuckDBPyConnection, documents: pl.DataFrame) -> int:
    """Mark the documents read before from the paths of ``documents`` as superseded by them; how many were."""
    [(count,)] = con.execute(query("supersede_documents"), {
        "doc_ids": documents["doc_id"].to_list(), "at": documents["ingested_at"].max()}).fetchall()
    return int(count)


def replace_documents(
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    bookkeeping: dict[str, pl.DataFrame],
    files: pl.DataFrame | None = None,
    refusals: pl.DataFrame | None = None,
) -> dict[str, int]:
    """In one transaction: delete the batch's documents' rows, insert the new ones, the bookkeeping and the files read.

    A document loaded before keeps the run and time of its first ingestion; ``reextracted`` counts them.
    """
    doc_ids = frames["documents"]["doc_id"].to_list()
    con.execute("begin transaction")
    try:
        documents, reextracted = frames["documents"], 0
        if doc_ids:
            first = con.sql(query("first_ingestion"), params={"doc_ids": doc_ids}).pl()
            reextracted = first.height
            if reextracted:
                documents = documents.update(first.cast(documents.select(first.columns).schema), on="doc_id")
            for statement in statements("delete_document_rows"):
                con.execute(statement, {"doc_ids": doc_ids})
        counts = insert_frames(con, {name: frames[name] for name in DOCUMENT_TABLES if name in frames} | {"documents": documents})
        superseded = _supersede(con, documents) if doc_ids else 0
        insert_frames(con, {"document_sources": frames.get("document_sources", typed_frame(DocumentSource, []))} | bookkeeping)
        if files is not None:
            replace_source_files(con, files, refusals if refusals is not None else typed_frame(SourceRefusal, []))
        con.execute("commit")
    except BaseException:
        _roll_back(con)
        raise
    return counts | {"reextracted": reextracted, "superseded": superseded}


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


class StaleLogError(RuntimeError):
    """A write-ahead log lies beside the published file and could not be folded into it."""


def _roll_back(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; a rollback that fails too (a commit that failed ends the transaction) must not hide the first error."""
    with contextlib.suppress(duckdb.Error):
        con.execute("rollback")


def wal_path(path: Path) -> Path:
    """The write-ahead log DuckDB keeps beside a database file."""
    return path.with_name(path.name + ".wal")


def fold_stale_log(published: Path) -> bool:
    """Checkpoint a write-ahead log left beside the published file (a read-write session that died) into it; True if there was one.

    A staging copy taken without it would be published beside the old log, and that file could not be
    opened again ("Failure while replaying WAL"). DuckDB's checkpoint is itself safe against a crash.
    """
    if not (published.exists() and wal_path(published).exists()):
        return False
    try:
        with connect(published) as con:
            con.execute("checkpoint")
    except duckdb.Error as error:
        raise StaleLogError(
            f"{wal_path(published)} lies beside the warehouse and could not be checkpointed into it ({error}); "
            "close every read-write session on the warehouse, or move the .wal file aside if no session is open, and run again"
        ) from error
    return True


def stage(published: Path) -> Path:
    """A fresh staging copy of the published file (or an empty file), brought to the current schema.

    A copy that fails (a full disk) leaves no partial staging file behind.
    """
    staging = staging_path(published)
    discard(staging)
    published.parent.mkdir(parents=True, exist_ok=True)
    fold_stale_log(published)
    try:
        if published.exists():
            shutil.copy2(published, staging)
        with connect(staging) as con:
            prepare(con)
            con.execute("checkpoint")
            [(used, free)] = con.execute("select used_blocks, free_blocks from pragma_database_size()").fetchall()
        if free > used:
            _rewrite_compactly(staging)
    except BaseException:
        discard(staging)
        discard(staging.with_name(staging.name + ".compact"))
        raise
    return staging


def opens_read_only(path: Path) -> None:
    """Raise unless ``path`` opens read-only and answers a query, as an analyst's session would open it."""
    with connect(path, read_only=True) as con:
        con.execute(query("current_schema_version")).fetchall()


def _rewrite_compactly(staging: Path) -> None:
    """Rewrite a staging file that is more than half free blocks, so that the published file and every later copy shrink.

    DuckDB reuses the blocks a file frees but never gives them back: after migration 009 rebuilt
    the text tables, a 1,000,000-document file kept 5.7 GB of which 2 GB were in use.
    """
    compact = staging.with_name(staging.name + ".compact")
    discard(compact)
    with duckdb.connect() as con:
        con.execute(f"attach {_string_literal(str(staging))} as source (read_only)")
        con.execute(f"attach {_string_literal(str(compact))} as target")
        con.execute("copy from database source to target")
    os.replace(compact, staging)


def publish(staging: Path, published: Path) -> None:
    """Checkpoint the staging file and rename it over the published one, atomically, once it opens read-only by itself."""
    with connect(staging) as con:
        con.execute("checkpoint")
    if wal_path(staging).exists():
        raise StaleLogError(f"{wal_path(staging)} is left after the checkpoint: the staging file is not published")
    opens_read_only(staging)
    os.replace(staging, published)
    directory = os.open(published.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    opens_read_only(published)  # a log that appeared beside it during the run would break it: the run fails and says so


def discard(staging: Path) -> None:
    """Remove a staging file and its write-ahead log, if any."""
    for path in (staging, wal_path(staging)):
        path.unlink(missing_ok=True)



def cap_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Keep DuckDB's buffer pool for this connection's database at ``STAGING_MEMORY_LIMIT``."""
    con.execute(f"set memory_limit = '{STAGING_MEMORY_LIMIT}'")


def under_cap(con: duckdb.DuckDBPyConnection, step: Callable[[], T]) -> T:
    """``step`` under the connection's memory cap; if it needs more, again with DuckDB's default memory, kept from then on.

    ``step`` must be one that can run again: a read, or a transaction that rolls back when it fails.
    A full audit or a full rebuild of a large warehouse needs more than the cap; a nightly run's does not.
    """
    try:
        return step()
    except duckdb.OutOfMemoryException:
        con.execute("reset memory_limit")
        return step()


def _arrow_table(con: duckdb.DuckDBPyConnection, sql: str, params: dict) -> pa.Table:
    return con.sql(sql, params=params).to_arrow_table()


def audit_frames(con: duckdb.DuckDBPyConnection, fresh_after: dt.datetime | None) -> dict[str, pa.Table]:
    """Every relation under ``sql/audit`` as an Arrow table: compact, so that the connection can close before the audit runs.

    They are read under ``STAGING_MEMORY_LIMIT``, so that DuckDB does not keep the blocks it read
    of a large run beside the frames.
    """
    cap_memory(con)
    frames = {}
    for path in sorted((SQL_DIR / "audit").glob("*.sql")):
        sql = path.read_text()
        params = {"fresh_after": fresh_after} if "$fresh_after" in sql else {}
        frames[path.stem] = under_cap(con, partial(_arrow_table, con, sql, params))
    return frames


def _one_line(sql: str) -> str:
    """A query on one line without its comments, so that it can be pasted or nested as it is."""
    code = (line.split("--")[0] for line in sql.splitlines())
    return " ".join(" ".join(line.split()) for line in code if line.strip())


def audit_relation_sql(relation: str, fresh_after: dt.datetime | None = None) -> str:
    """The SQL of one audited relation on one line, without comments, its parameter written in: ready to paste."""
    sql = _one_line((SQL_DIR / "audit" / f"{_identifier(relation)}.sql").read_text())
    moment = _string_literal(fresh_after.isoformat()) + "::timestamptz" if fresh_after else "null::timestamptz"
    return sql.replace("$fresh_after::timestamptz", moment).replace("$fresh_after", moment)


def _sql_value(value: object) -> str:
    """A literal for an expectation's argument: strings quoted, booleans and numbers as written, None as null."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return _string_literal(str(value))


def failing_rows_sql(relation: str, expectation: str, arguments: dict, fresh_after: dt.datetime | None = None) -> str:
    """A query that returns exactly the rows of ``relation`` that fail one Great Expectations expectation."""
    template = (SQL_DIR / "alerts" / "failing" / f"{_identifier(expectation)}.sql").read_text().strip()
    fields = {
        name: _identifier(value) if name.startswith("column") and isinstance(value, str) else _sql_value(value)
        for name, value in arguments.items()
        if name in {"column", "column_A", "column_B", "regex", "min_value", "max_value"}
    }
    if "value_set" in arguments:
        fields["value_set"] = ", ".join(_sql_value(v) for v in arguments["value_set"])
    if "column_list" in arguments:
        fields["column_list"] = ", ".join(_identifier(c) for c in arguments["column_list"])
    fields.setdefault("min_value", "null")
    fields.setdefault("max_value", "null")
    return template.format(relation_sql=audit_relation_sql(relation, fresh_after), **fields)


def pasteable(file: Path, sql: str) -> str:
    """``sql`` after the statements that attach ``file`` read-only: it runs as pasted into a new DuckDB session."""
    attach = (SQL_DIR / "alerts" / "attach.sql").read_text().strip().format(file=_string_literal(str(file)))
    return f"{attach} {sql}"


def run_rows_sql(source: str, run_id: str, filters: dict[str, object]) -> str:
    """One check's rows of a run: the very query its alerts are built from (``queries/run_<source>.sql``), narrowed by ``filters``."""
    rows = _one_line(query(f"run_{_identifier(source)}")).replace("$run_id", _string_literal(run_id))
    where = " and ".join(f"{_identifier(column)} = {_sql_value(value)}" for column, value in filters.items())
    return f"select * from ({rows}) as failing" + (f" where {where}" if where else "") + " order by source_uri;"


def failing_rows(con: duckdb.DuckDBPyConnection, failing_sql: str) -> pl.DataFrame:
    """The failing rows of an expectation, with the source path of each row's document when it names one."""
    rows = con.sql(failing_sql.rstrip(";")).pl()
    if "doc_id" in rows.columns and rows.height:
        paths = con.sql(query("document_paths"), params={"doc_ids": rows["doc_id"].drop_nulls().unique().to_list()}).pl()
        rows = rows.join(paths, on="doc_id", how="left")
    return rows


def rejected_path(published: Path, run_id: str) -> Path:
    """Where the state of a run that failed its audit is kept for inspection."""
    return published.with_name(f".{published.name}.rejected-{run_id}")


def run_alert_sources(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, pl.DataFrame]:
    """This run's quarantined files, failed checks, undated documents, conflicts, totals apart from their parts and anomalies."""
    return {
        name: fetch_pl(con, f"run_{name}", {"run_id": run_id})
        for name in ALERT_SOURCES
    }


def keep_rejected(staging: Path, published: Path, run_id: str) -> Path:
    """Move a staging file that failed its audit aside, for inspection, instead of publishing it."""
    rejected = rejected_path(published, run_id)
    with connect(staging) as con:
        con.execute("checkpoint")
    os.replace(staging, rejected)
    return rejected


def touched_fact_keys(con: duckdb.DuckDBPyConnection, since: dt.datetime | None) -> pl.DataFrame:
    """The fact keys of the claims of the documents loaded from ``since`` on (of every document when None)."""
    return con.sql(query("series_touched_keys"), params={"since": since}).pl()


def key_claims(con: duckdb.DuckDBPyConnection, keys: pl.DataFrame, since: dt.datetime | None) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The claims of ``keys``, and the existing facts of their routes (``rebuilt`` true for those of ``keys``).

    Claims of the documents loaded from ``since`` on are read from their rows, the others from
    ``flight_claims`` (all from the rows when ``since`` is None).
    """
    con.register("fact_keys", keys.to_arrow())
    try:
        return (con.sql(keyed_query("series_key_claims", "flight_claims"), params={"since": since}).pl(),
                con.sql(keyed_query("series_route_facts", "flight_facts")).pl())
    finally:
        con.unregister("fact_keys")


SERIES_TABLES = ("flight_claims", "flight_facts", "monthly_flights")


KEYED_TABLES = {  # a series table under fact keys: its id column, and its rows' undated_on
    "flight_claims": ("claim_id", "case when t.period_start is null and t.period_end is null then t.published_date end"),
    "flight_facts": ("fact_id", "case when t.period_grain = 'none' then t.first_reported end"),
}


def keyed_query(name: str, table: str) -> str:
    """A query that matches rows shaped like ``table``'s to ``fact_keys``, with the one definition of that match."""
    id_column, undated_on = KEYED_TABLES[table]
    return query(name).format(table=_identifier(table), id_column=_identifier(id_column),
                              fact_key_match=query("fact_key_match").format(undated_on=undated_on))


def replace_series(con: duckdb.DuckDBPyConnection, keys: pl.DataFrame, replaced_months: pl.DataFrame, tables: dict[str, pl.DataFrame],
                   unchanged: dict[str, pl.DataFrame], failures: pl.DataFrame, run_id: str, started: dt.datetime) -> dict[str, int]:
    """In one transaction: the new claims and facts of ``keys``, the figures of ``replaced_months``, what validation
    kept out, and a history version for every month that changed. Returns the series' sizes after the change.

    The rows of ``tables`` listed in ``unchanged`` (ids per table) are already in the table as they are and stay.
    """
    con.execute("begin transaction")
    con.register("fact_keys", keys.to_arrow())
    con.register("replaced_months", replaced_months.to_arrow())
    try:
        written = dict(tables)
        for table, (id_column, _) in KEYED_TABLES.items():
            con.register("unchanged_rows", unchanged[table].to_arrow())
            con.execute(keyed_query("delete_key_rows", table))
            written[table] = tables[table].join(unchanged[table], on=id_column, how="anti")
        con.execute(query("delete_replaced_months"))
        insert_frames(con, {table: written[table] for table in SERIES_TABLES} | {"validation_failures": failures})
        parameters = {"run_id": run_id, "started": started}
        con.execute(query("series_close_changed_versions"), parameters)
        con.execute(query("series_open_new_versions"), parameters)
        con.execute("commit")
    except BaseException:
        _roll_back(con)
        raise
    finally:
        for registered in ("fact_keys", "replaced_months", "unchanged_rows"):
            con.unregister(registered)
    return con.sql(query("series_counts")).pl().row(0, named=True)


def replicate_documents(path: Path, copies: int) -> None:
    """Add ``copies`` copies of every document and its rows under new identities (the benchmark's large warehouse)."""
    with connect(path) as con:
        con.execute("begin transaction")
        for statement in statements("replicate_documents"):
            con.execute(statement.format(copies=int(copies)))
        con.execute("commit")
        con.execute("checkpoint")
