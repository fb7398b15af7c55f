"""The README's first query, run as the README says (``flightwatch sql``), gives numbers an analyst can quote on the seeds."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import time

import duckdb
import polars as pl

from tests.conftest import PROJECT_DIR

FLIGHTWATCH = PROJECT_DIR / ".venv" / "bin" / "flightwatch"


def _first_query() -> str:
    readme = (PROJECT_DIR / "README.md").read_text()
    section = readme[readme.index("## Query it"):]
    assert section.split("\n\n")[1].startswith("`flightwatch sql`"), "Query it starts with flightwatch sql"
    return re.search(r"flightwatch sql <<'SQL'\n(.*?)\nSQL\n", section, re.DOTALL).group(1)


def _sql(warehouse: str, *arguments: str, query: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(FLIGHTWATCH), "sql", "--warehouse", warehouse, *arguments], input=query, capture_output=True, text=True,
                          timeout=120, check=False)


def test_first_query_gives_the_reconciled_monthly_figures_with_their_sources(seeded: dict) -> None:
    done = _sql(str(seeded["warehouse"]), "--format", "csv", query=_first_query())
    assert done.returncode == 0, done.stderr
    result = pl.read_csv(io.StringIO(done.stdout), try_parse_dates=True)
    with duckdb.connect(str(seeded["warehouse"]), read_only=True) as con:
        series = con.execute(
            "select month, origin_country, destination, flights from monthly_flights where status = 'completed' and destination <> '*'"
        ).fetchall()
    assert result.height == len(series) > 0, "one row per completed monthly figure"
    assert set(result.select("month", "origin_country", "destination", "flights").iter_rows()) == set(series)
    assert result["sources"].str.contains(r"\.txt\)").all(), "every figure names the files it comes from"
    first = result.row(0, named=True)
    assert (first["origin_country"], first["destination"], first["flights"], first["method"], first["days_covered"]) == (
        "US", "GT", 36, "sum_of_parts", 21), "the figure the README quotes comes first"


def test_a_total_over_a_lists_destinations_is_a_total_over_all_of_them_not_the_datelines_country(seeded: dict) -> None:
    done = _sql(str(seeded["warehouse"]), "--format", "json", "-c",
                "select destination, flights from monthly_flights where month = date '2024-01-01' and flights = 79")
    assert done.returncode == 0, done.stderr
    assert pl.read_json(io.StringIO(done.stdout)).rows() == [("*", 79)]


def test_a_cookbook_query_takes_its_variables_and_exports_parquet(seeded: dict, tmp_path) -> None:
    output = tmp_path / "gt.parquet"
    cookbook = PROJECT_DIR / "warehouse" / "sql" / "cookbook" / "flights_by_origin.sql"
    done = _sql(str(seeded["warehouse"]), str(cookbook), "--set", "destination=GT", "--format", "parquet", "--output", str(output))
    assert done.returncode == 0, done.stderr
    frame = pl.read_parquet(output)
    assert frame.height > 0 and set(frame["destination"]) == {"GT"}


def test_the_warehouse_cannot_be_changed_and_a_bad_query_says_why(seeded: dict) -> None:
    before = seeded["warehouse"].stat().st_mtime_ns
    done = _sql(str(seeded["warehouse"]), "-c", "delete from documents")
    assert done.returncode == 1 and "read-only" in done.stderr and done.stdout == ""
    assert seeded["warehouse"].stat().st_mtime_ns == before
    missing = _sql(str(seeded["warehouse"].parent / "none.duckdb"), "-c", "select 1")
    assert missing.returncode == 1 and "no warehouse at" in missing.stderr


def test_given_nothing_at_a_terminal_it_prompts_and_answers_each_statement(seeded: dict) -> None:
    controller, terminal = pty.openpty()
    process = subprocess.Popen([str(FLIGHTWATCH), "sql", "--warehouse", str(seeded["warehouse"])], stdin=terminal, stdout=terminal,
                               stderr=terminal, close_fds=True)
    os.close(terminal)
    os.write(controller, b"select 41 +\n1 as answer;\nselect nonsense;\n.quit\n")
    output = b""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.5)
        if ready:
            try:
                output += os.read(controller, 65536)
            except OSError:
                break
    process.wait(timeout=10)
    os.close(controller)
    text = output.decode(errors="replace")
    assert "flightwatch>" in text and "read-only" in text
    assert re.search(r"\b42\b", text), "the statement split over two lines is answered"
    assert "nonsense" in text and process.returncode == 1, "a bad statement is reported and the prompt goes on to .quit"
