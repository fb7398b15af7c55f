"""The reconciled series across real nightly runs: conflicts alert once, history answers 'as of' and 'what changed'."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.receiver import receiver

MONITOR = (
    "Story by Daily Border Monitor\n\nMarch removals to Guatemala\n\nPublished: April 3, 2024\n\n"
    "Guatemala received 48 deportation flights from the United States in March 2024, according to our count of flight records.\n"
)
INSTITUTE = (
    "Story by Instituto Guatemalteco de Migración\n\nBalance de marzo\n\nPublicado: 5 de abril de 2024\n\n"
    "En marzo de 2024, Guatemala recibió 52 vuelos de deportación desde Estados Unidos, informó la institución.\n"
)
REPUBLISHED = INSTITUTE.replace("Story by Instituto Guatemalteco de Migración", "Story by Noticias del Altiplano")

MARCH_GT = "select flights, method, n_sources from monthly_flights where destination = 'GT' and month = date '2024-03-01' and status = 'completed'"


def _night(source: Path, warehouse: Path) -> object:
    from flows.nightly import nightly

    return nightly(source=str(source), warehouse=str(warehouse))


def test_a_conflict_is_resolved_alerted_once_and_the_history_keeps_every_state(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, warehouse = tmp_path / "source", tmp_path / "w.duckdb"
    source.mkdir()
    (source / "monitor.txt").write_text(MONITOR)
    first = _night(source, warehouse)
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(MARCH_GT).fetchall() == [(48, "stated_for_month", 1)]

    (source / "institute.txt").write_text(INSTITUTE)
    with receiver() as (url, received):
        monkeypatch.setenv("FLIGHTWATCH_ALERT_URLS", url)
        second = _night(source, warehouse)
    assert second.series["conflicts"] == 1
    [message] = received
    text = message["title"] + message["message"]
    for expected in ("conflicting_figures", "monitor.txt", "institute.txt", "Daily Border Monitor", "Instituto Guatemalteco de Migración",
                     "52", "48", "an official source"):
        assert expected in text, expected

    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(MARCH_GT).fetchall() == [(52, "stated_for_month", 1)]
        facts = con.execute(
            "select flights, chosen, resolution from flight_facts where destination = 'GT' order by flights"
        ).fetchall()
        assert facts == [(48, False, None), (52, True, "an official source")]
        [(query, affected)] = con.execute("select query, affected_count from dq_alerts where check_name = 'conflicting_figures'").fetchall()
        moment = dt.datetime.strptime(second.run_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC) - dt.timedelta(microseconds=1)
        as_of = con.execute(
            "select flights from monthly_flights_as_of(?) where destination = 'GT' and month = date '2024-03-01'", [moment]
        ).fetchall()
        changes = con.execute("select change, flights_before, flights_after from monthly_flights_last_changes").fetchall()
        by_run = con.execute("select change, flights_before, flights_after from monthly_flights_changes(?)", [second.run_id]).fetchall()
    assert first.status == "completed" and as_of == [(48,)]
    assert changes == by_run == [("changed", 48, 52)]
    with duckdb.connect() as fresh:
        assert len(fresh.execute(query.rstrip(";")).fetchall()) == affected == 1

    (source / "republished.txt").write_text(REPUBLISHED)
    with receiver() as (url, received):
        monkeypatch.setenv("FLIGHTWATCH_ALERT_URLS", url)
        third = _night(source, warehouse)
    assert not received, "a conflict already reported is not reported again"
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute(MARCH_GT).fetchall() == [(52, "stated_for_month", 2)]
        assert con.execute("select change, sources_before, sources_after from monthly_flights_changes(?)", [third.run_id]).fetchall() == [
            ("changed", 1, 2)
        ]
        versions = con.execute("select count(*) from monthly_flights_history where destination = 'GT'").fetchone()[0]
    assert versions == 3


def test_a_night_reconciles_only_the_routes_it_touched_and_gives_the_series_a_full_rebuild_gives(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two nights give what one night over everything gives, and so does reconciling that night a few routes at a time."""
    from tests.conftest import CORPORA_DIR

    documents = sorted((CORPORA_DIR / "dev" / "docs").iterdir())
    late = [d for d in documents if d.name.startswith(("08_", "24_"))]
    nightly_source, whole_source = tmp_path / "nightly", tmp_path / "whole"
    for folder in (nightly_source, whole_source):
        folder.mkdir()
    for document in documents:
        shutil.copy2(document, whole_source / document.name)
        if document not in late:
            shutil.copy2(document, nightly_source / document.name)
    _night(nightly_source, tmp_path / "nightly.duckdb")
    for document in late:
        shutil.copy2(document, nightly_source / document.name)
    second = _night(nightly_source, tmp_path / "nightly.duckdb")
    monkeypatch.setattr("flows.nightly.RECONCILE_BATCH_KEYS", 3)
    rebuilt = _night(whole_source, tmp_path / "whole.duckdb")

    series = "select * from monthly_flights order by all"
    facts = "select * exclude (first_run) from flight_facts order by fact_id"
    claims = "select * from flight_claims order by claim_id"
    with duckdb.connect(str(tmp_path / "nightly.duckdb"), read_only=True) as nightly, duckdb.connect(str(tmp_path / "whole.duckdb"), read_only=True) as whole:
        assert nightly.execute(series).fetchall() == whole.execute(series).fetchall()
        assert nightly.execute(facts).fetchall() == whole.execute(facts).fetchall()
        assert nightly.execute(claims).fetchall() == whole.execute(claims).fetchall()
        routes = nightly.execute("select count(distinct (origin_country, destination, status)) from flight_claims").fetchone()[0]
    assert 0 < second.series["routes"] < routes / 2, "the second night reconciled only the routes of its two documents"
    assert rebuilt.series["routes"] > 1 and rebuilt.series["fact_keys"] > 3, "the whole night was reconciled in several batches of routes"


def test_a_batch_whose_write_fails_fails_the_run_and_the_published_series_stays(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch of the series that fails to write ends the run there: no later batch is written and nothing is published."""
    from tests.conftest import CORPORA_DIR
    from warehouse import loader

    source = tmp_path / "source"
    shutil.copytree(CORPORA_DIR / "dev" / "docs", source)
    warehouse = tmp_path / "w.duckdb"
    (source / "monitor.txt").write_text(MONITOR, encoding="utf-8")
    first, _ = sorted(source.iterdir())[:2]
    first.rename(tmp_path / first.name)
    _night(source, warehouse)
    published = warehouse.read_bytes()
    (tmp_path / first.name).rename(first)

    written = []
    replace_series = loader.replace_series

    def fails_second_time(*arguments: object) -> dict[str, int]:
        written.append(1)
        if len(written) == 2:
            raise RuntimeError("disk full while writing the series")
        return replace_series(*arguments)  # type: ignore[arg-type]

    monkeypatch.setattr("flows.nightly.RECONCILE_BATCH_KEYS", 1)
    monkeypatch.setattr(loader, "replace_series", fails_second_time)
    with pytest.raises(RuntimeError, match="disk full while writing the series"):
        _night(source, warehouse)
    assert len(written) == 2, "no batch was written after the failed one"
    assert warehouse.read_bytes() == published
