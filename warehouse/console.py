"""Analysts' SQL against the published warehouse, read-only, with nothing to install: ``flightwatch sql``.

The DuckDB command-line shell on the package index may not read a file this library wrote, so the
project's own DuckDB answers instead. The cookbook's variables (``getvariable('destination')``) are set
with ``--set name=value``; results print as a table or are written as CSV, JSON or Parquet.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb
import polars as pl

from warehouse.loader import connect

VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SHOWN_ROWS = 10_000  # rows a table prints before saying how many more there are


class ConsoleError(Exception):
    """A query or an option that cannot be carried out, said in one line."""


def parse_variable(assignment: str) -> tuple[str, object]:
    """'destination=GT' to ('destination', 'GT'); digits become an integer ('listed_rows=5')."""
    name, separator, value = assignment.partition("=")
    if not separator or not VARIABLE_NAME.match(name):
        raise ConsoleError(f"--set wants name=value with a plain name, not {assignment!r}")
    return name, int(value) if re.fullmatch(r"-?\d+", value) else value


def open_read_only(warehouse: Path, variables: dict[str, object]) -> duckdb.DuckDBPyConnection:
    """The published warehouse, read-only, with the given variables set."""
    if not warehouse.exists():
        raise ConsoleError(f"no warehouse at {warehouse}: run `flightwatch run` first, or pass --warehouse")
    con = connect(warehouse, read_only=True)
    for name, value in variables.items():
        con.execute(f"set variable {name} = ?", [value])  # the name was checked against VARIABLE_NAME
    return con


def result_of(con: duckdb.DuckDBPyConnection, sql: str) -> pl.DataFrame | None:
    """Run ``sql`` (one statement or several) and give the last statement's rows, or None when it returns none."""
    try:
        relation = con.sql(sql)
    except duckdb.Error as error:
        raise ConsoleError(str(error).splitlines()[0]) from error
    return relation.pl() if relation is not None else None


def write(frame: pl.DataFrame, output_format: str, output: Path | None, stream: TextIO) -> None:
    """Print ``frame`` as a table or CSV/JSON to ``stream``, or write it to ``output`` (Parquet needs a file)."""
    if output_format == "parquet":
        if output is None:
            raise ConsoleError("--format parquet writes a file: add --output FILE.parquet")
        frame.write_parquet(output)
        return
    if output_format == "table":
        with pl.Config(tbl_rows=SHOWN_ROWS, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=200):
            text = str(frame) + "\n"
    elif output_format == "csv":
        text = frame.write_csv()
    else:
        text = frame.write_json() + "\n"
    if output is None:
        stream.write(text)
    else:
        output.write_text(text)


def statements(lines: Iterator[str]) -> Iterator[str]:
    """Statements typed at the prompt: lines gathered until one ends with ';'."""
    pending: list[str] = []
    for line in lines:
        pending.append(line)
        if line.rstrip().endswith(";"):
            yield "\n".join(pending)
            pending = []
    if "".join(pending).strip():
        yield "\n".join(pending)


def prompt_lines(prompt: str = "flightwatch> ") -> Iterator[str]:
    """Lines typed by a person until an empty EOF or '.quit'."""
    while True:
        try:
            line = input(prompt)
        except EOFError:
            print(file=sys.stderr)
            return
        if line.strip() in (".quit", ".exit"):
            return
        yield line
