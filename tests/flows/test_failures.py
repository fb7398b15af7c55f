"""Nothing silently wrong: unreadable paths, known refusals, failed and refused runs, delivery per URL, pasteable queries."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.resources import run_lock
from tests.conftest import PROJECT_DIR, seed_files
from tests.receiver import closed_port_url, receiver

GOOD = "Two deportation flights landed in Guatemala on Friday, officials said in a statement."
DOES_NOT_ADD_UP = "Se realizaron 50 vuelos de repatriación a los siguientes países:\nGuatemala – 30 vuelos\nHonduras – 15 vuelos\n"


def _rows(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture
def alert_urls(monkeypatch: pytest.MonkeyPatch) -> callable:
    def use(*urls: str) -> None:
        monkeypatch.setenv("FLIGHTWATCH_ALERT_URLS", ", ".join(urls))

    return use


def _without_file_permission_override(command: list[str]) -> list[str]:
    """Run ``command`` as it would run for an ordinary user: root gives up reading what it may not read."""
    if os.geteuid() != 0:
        return command
    capsh = shutil.which("capsh")
    assert capsh, "capsh (Debian's libcap2-bin) is needed to drop root's file-permission override"
    return [capsh, "--drop=cap_dac_override,cap_dac_read_search", "--", "-c", 'exec "$0" "$@"', *command]


@pytest.mark.process
def test_unreadable_subfolder_is_quarantined_and_the_rest_loads_then_it_is_known(tmp_path: Path) -> None:
    source = seed_files(tmp_path / "source")
    locked = source / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD)
    locked.chmod(0)
    warehouse = tmp_path / "w.duckdb"
    command = _without_file_permission_override(
        [str(Path(sys.executable).with_name("flightwatch")), "run", "--source", str(source), "--warehouse", str(warehouse)]
    )
    try:
        first = subprocess.run(command, check=False, cwd=PROJECT_DIR, env=os.environ.copy(), capture_output=True, text=True, timeout=300)
        second = subprocess.run(command, check=False, cwd=PROJECT_DIR, env=os.environ.copy(), capture_output=True, text=True, timeout=300)
    finally:
        locked.chmod(0o755)
    assert first.returncode == 0, first.stderr
    assert "new 5 | already known 0 | quarantined 1" in first.stdout
    assert _rows(warehouse, "select source_uri, reason, detail from quarantine") == [
        ("locked/", "unreadable", "folder cannot be listed: Permission denied")
    ]
    assert _rows(warehouse, "select count(*) from documents") == [(5,)]
    assert _rows(warehouse, "select check_name, severity, source_uris from dq_alerts where check_name = 'unreadable'") == [
        ("unreadable", "error", ["locked/"])
    ]
    assert second.returncode == 0, second.stderr
    assert "already known 6 (1 of them refused before, unchanged) | quarantined 0" in second.stdout
    assert _rows(warehouse, "select count(*) from quarantine") == [(1,)], "a known refusal is not quarantined again"

    third = subprocess.run(command, check=False, cwd=PROJECT_DIR, env=os.environ.copy(), capture_output=True, text=True, timeout=300)
    assert third.returncode == 0, third.stderr
    assert "new 1 | already known 5 | quarantined 0" in third.stdout, "the folder, readable again, is read"
    assert _rows(warehouse, "select count(*) from source_refusals") == [(0,)]


def test_broken_link_is_refused_once_and_read_when_it_is_mended(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    source = seed_files(tmp_path / "source")
    target = source / ".drafts" / "later.txt"  # hidden folders are not walked: the link is the only way in
    (source / "link.txt").symlink_to(target)
    warehouse = tmp_path / "w.duckdb"
    first = nightly(source=str(source), warehouse=str(warehouse))
    assert (first.docs_new, first.docs_quarantined, first.alerts["error"]) == (5, 1, 1)

    second = nightly(source=str(source), warehouse=str(warehouse))
    assert (second.docs_known, second.docs_known_refused, second.docs_quarantined) == (6, 1, 0)
    assert second.notification == "nothing new: the warehouse was left as it was"
    assert _rows(warehouse, "select count(*) from quarantine") == [(1,)]

    target.parent.mkdir()
    target.write_text(GOOD)
    third = nightly(source=str(source), warehouse=str(warehouse))
    assert third.docs_new == 1 and third.docs_known_refused == 0
    assert _rows(warehouse, "select count(*) from source_refusals") == [(0,)]


def test_a_failed_run_reaches_people_with_the_error_and_what_to_do(seeded: dict, tmp_path: Path, alert_urls: callable) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "kept.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    before = warehouse.read_bytes()
    with receiver() as (url, received):
        alert_urls(url)
        with pytest.raises(FileNotFoundError):
            nightly(source=str(tmp_path / "nowhere"), warehouse=str(warehouse))
    assert warehouse.read_bytes() == before
    [message] = received
    assert message["type"] == "failure"
    assert "FAILED" in message["title"]
    for text in (str(tmp_path / "nowhere"), str(warehouse), "FileNotFoundError", "What to do:", "was not changed"):
        assert text in message["message"], text


def test_a_refused_run_reaches_people_and_exits_3(seeded: dict, tmp_path: Path, alert_urls: callable) -> None:
    from flows.cli import main

    warehouse = tmp_path / "kept.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    with receiver() as (url, received), run_lock(warehouse):
        alert_urls(url)
        assert main(["run", "--source", str(seeded["source"]), "--warehouse", str(warehouse)]) == 3
    [message] = received
    assert "REFUSED" in message["title"] and str(os.getpid()) in message["message"] and "What to do:" in message["message"]


def test_each_url_gets_the_message_once_and_a_dead_one_is_named_by_position(prefect_harness: None, tmp_path: Path, alert_urls: callable) -> None:
    from flows.nightly import nightly

    source = seed_files(tmp_path / "source")
    (source / "does_not_add_up.txt").write_text(DOES_NOT_ADD_UP)
    with receiver() as (url, received):
        alert_urls(url, closed_port_url())
        summary = nightly(source=str(source), warehouse=str(tmp_path / "w.duckdb"))
    assert summary.status == "completed"
    assert len(received) == 1, "the working receiver gets the message once"
    assert summary.notification == "sent to #1; failed for #2 of 2: not delivered after 3 attempts"
    message = received[0]
    assert message["type"] == "warning"
    for text in ("does_not_add_up.txt: rows sum to 45 but the text states 50", str(source), str(tmp_path / "w.duckdb"), "what to do:"):
        assert text in message["message"], text


def test_every_alert_query_runs_as_pasted_and_returns_exactly_the_failing_rows(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    source = seed_files(tmp_path / "source")
    (source / "does_not_add_up.txt").write_text(DOES_NOT_ADD_UP)
    (source / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (source / "undated.txt").write_text(GOOD)
    (source / "nul.txt").write_bytes(b"Published: 12 March 2024\n\nThree deportation flights\x00 landed in Honduras on Monday.\n")
    warehouse = tmp_path / "w.duckdb"
    nightly(source=str(source), warehouse=str(warehouse))
    alerts = _rows(warehouse, "select check_name, affected_count, query from dq_alerts")
    assert {check for check, _, _ in alerts} >= {"rows_add_up_to_stated_total", "binary", "document_has_publication_date",
                                                 "control_characters_removed"}
    for check, count, query in alerts:
        assert not query.lstrip().startswith("--")
        with duckdb.connect() as fresh:
            assert len(fresh.execute(query).fetchall()) == count, check


def test_documents_keep_their_metadata_after_control_characters_are_removed(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    source = tmp_path / "source"
    source.mkdir()
    (source / "nul.txt").write_bytes(b"Published: 12 March 2024\n\nThree deportation flights\x00 landed in Honduras on Monday.\n")
    (source / "cp1252.txt").write_bytes("Publicado: 12 de marzo de 2024\n\nLos niños llegaron en dos vuelos de repatriación a Perú.\n".encode("cp1252"))
    warehouse = tmp_path / "w.duckdb"
    nightly(source=str(source), warehouse=str(warehouse))
    rows = _rows(warehouse, "select source_uri, body_text, published_date::varchar, encoding, decode_notes from documents order by source_uri")
    assert [(uri, date, encoding) for uri, _, date, encoding, _ in rows] == [("cp1252.txt", "2024-03-12", "cp1252"), ("nul.txt", "2024-03-12", "utf-8")]
    assert "niños" in rows[0][1] and "repatriación a Perú" in rows[0][1] and rows[0][4] == []
    assert "\x00" not in rows[1][1] and rows[1][4] == ["control_characters_removed: removed 1 control character(s): U+0000 x1"]


def test_reprocessing_an_html_page_whose_file_is_gone_keeps_what_its_bytes_gave(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    source = tmp_path / "source"
    source.mkdir()
    page = source / "page.html"
    page.write_text(
        "<html><head><title>Flights resume | Daily Courier</title><meta property='og:site_name' content='Daily Courier'>"
        "<meta property='article:published_time' content='2024-03-12T08:00:00Z'></head><body><article><h1>Flights resume</h1>"
        "<p>Three deportation flights landed in Honduras last week, the migration institute said on Tuesday, and two more "
        "are planned for next week according to the schedule published by the agency.</p></article></body></html>"
    )
    warehouse = tmp_path / "w.duckdb"
    nightly(source=str(source), warehouse=str(warehouse))
    facts = "select d.publisher, d.published_date, m.flights, m.status, m.period_start, m.period_end " \
            "from documents d join flight_mentions m using (doc_id) order by m.char_start"
    before = _rows(warehouse, facts)
    assert before and before[0][0] == "Daily Courier" and before[0][1] is not None
    page.unlink()
    summary = nightly(source=str(source), warehouse=str(warehouse), reprocess=True)
    assert (summary.docs_new, summary.docs_reextracted, summary.docs_reextracted_from_store) == (0, 1, 1)
    assert _rows(warehouse, facts) == before
    assert _rows(warehouse, f"select count(*) from dq_alerts where run_id = '{summary.run_id}'") == [(0,)]
