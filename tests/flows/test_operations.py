"""Operating the nightly job: locking, reprocessing, hostile input, and kill -9 at any moment."""

from __future__ import annotations

import gc
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.conftest import PROJECT_DIR, seed_files

CONTENT_COUNTS = "select (select count(*) from documents), (select count(*) from flight_tables), " \
                 "(select count(*) from flight_table_rows), (select count(*) from flight_mentions)"


def _one(warehouse: Path, sql: str, params: list | None = None) -> tuple:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchone()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_second_run_refuses_at_once_while_one_is_running(seeded: dict, tmp_path: Path) -> None:
    from flows.cli import EXIT_LOCKED, main
    from flows.resources import run_lock

    warehouse = tmp_path / "w.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    with run_lock(warehouse):
        started = time.monotonic()
        assert main(["run", "--source", str(seeded["source"]), "--warehouse", str(warehouse)]) == EXIT_LOCKED
        assert time.monotonic() - started < 60
    assert _one(warehouse, "select count(*) from pipeline_runs") == (1,)


@pytest.mark.process
def test_lock_of_a_dead_process_is_not_stale(tmp_path: Path) -> None:
    from flows.resources import run_lock

    warehouse = tmp_path / "w.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from flows.resources import run_lock; from pathlib import Path\n"
         f"with run_lock(Path({str(warehouse)!r})):\n    print('held', flush=True); time.sleep(60)"],
        cwd=PROJECT_DIR, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    with run_lock(warehouse) as lock:
        assert lock.read_text() == str(os.getpid())


def test_reprocess_replaces_rows_without_duplicates_or_loss(seeded: dict, tmp_path: Path) -> None:
    from flows.nightly import nightly

    warehouse = tmp_path / "w.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    before = _one(warehouse, CONTENT_COUNTS)
    source = seed_files(tmp_path / "source")
    summary = nightly(source=str(source), warehouse=str(warehouse), reprocess=True)
    assert (summary.docs_new, summary.docs_reextracted, summary.docs_reextracted_from_store) == (0, 5, 0)
    assert "new 0" in summary.render() and "5 stored documents re-extracted" in summary.render()
    assert _one(warehouse, CONTENT_COUNTS) == before

    (source / "003_471ddd389df4d897.txt").unlink()
    summary = nightly(source=str(source), warehouse=str(warehouse), reprocess=True)
    assert (summary.docs_new, summary.docs_reextracted, summary.docs_reextracted_from_store) == (0, 5, 1)
    assert _one(warehouse, CONTENT_COUNTS) == before
    assert _one(warehouse, "select count(*) = count(distinct doc_id) from documents") == (True,)


def test_hostile_input_is_quarantined_or_flagged_and_good_files_load(prefect_harness: None, tmp_path: Path) -> None:
    from flows.nightly import nightly

    outside = tmp_path / "outside.txt"
    outside.write_text("Two deportation flights landed in Guatemala on Friday.")
    source = seed_files(tmp_path / "source")
    (source / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (source / "empty.txt").write_bytes(b"")
    (source / "whitespace.md").write_text(" \n\t\n   \n")
    spanish = "Honduras recibió 5 vuelos de deportación en enero de 2024, procedentes de:\nEstados Unidos: 3 vuelos\nMéxico: 2 vuelos\n"
    (source / "utf16.txt").write_bytes(spanish.encode("utf-16"))
    (source / "cp1252.txt").write_bytes(spanish.replace("5 vuelos", "6 vuelos").replace("3 vuelos", "4 vuelos").encode("cp1252"))
    with (source / "huge.txt").open("wb") as huge:
        for _ in range(50):
            huge.write(b"flights " * 131072)
    (source / "link_outside.txt").symlink_to(outside)
    (source / "absurd.txt").write_text("Vuelos por país:\nGuatemala – 99999999 vuelos\nHonduras – 2 vuelos\nPerú – 1 vuelo\n")
    (source / "repeated.txt").write_text("Vuelos de deportación por país:\nGuatemala – 3 vuelos\nHonduras – 2 vuelos\nGuatemala – 1 vuelo\n")
    nested = "Flights by country:\n" + "\n".join(f"{'  ' * depth}- {name}: {depth + 1} flights" for depth, name in enumerate(
        ["Guatemala", "Honduras", "El Salvador", "Mexico", "Colombia", "Ecuador", "Peru", "Haiti"]))
    (source / "nested.md").write_text(nested)
    warehouse = tmp_path / "w.duckdb"

    summary = nightly(source=str(source), warehouse=str(warehouse))

    assert summary.status == "completed"
    assert summary.docs_seen == summary.docs_new + summary.docs_known + summary.docs_quarantined
    with duckdb.connect(str(warehouse), read_only=True) as con:
        reasons = dict(con.execute("select source_uri, reason from quarantine").fetchall())
        flagged = con.execute("select check_name, loaded from validation_failures join documents using (doc_id) "
                              "where source_uri in ('absurd.txt', 'repeated.txt') order by source_uri").fetchall()
        loaded = {row[0] for row in con.execute("select source_uri from documents").fetchall()}
        nested_rows = con.execute("select count(*) from flight_table_rows join documents using (doc_id) where source_uri = 'nested.md'").fetchone()
    assert reasons == {"binary.txt": "binary", "empty.txt": "empty", "whitespace.md": "empty", "huge.txt": "too_large",
                       "link_outside.txt": "outside_source"}
    assert ("less_than_or_equal_to(10000)", False) in flagged
    assert ("country_listed_once_per_table", True) in flagged
    assert {"utf16.txt", "cp1252.txt", "absurd.txt", "repeated.txt", "nested.md"} | {f.name for f in seed_files(tmp_path / "s2").iterdir()} <= loaded
    assert nested_rows == (8,)


def _corpus(source: Path, count: int) -> None:
    for number in range(count):
        (source / f"gen_{number:05d}.txt").write_text(
            f"Report {number}\n\nOfficials said {number % 40 + 2} deportation flights landed in Guatemala on Friday.\n"
            f"Vuelos por país:\nHonduras – {number % 7 + 1} vuelos\nEl Salvador – {number % 5 + 1} vuelos\n"
        )


def _run_cli(source: Path, warehouse: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "run", "--source", str(source), "--warehouse", str(warehouse)],
        cwd=PROJECT_DIR, env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )


def _kill(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def _wait_for(path: Path, process: subprocess.Popen, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists():
            return True
        time.sleep(0.02)
    return False


def test_kill_9_at_any_moment_leaves_the_published_warehouse_as_it_was(seeded: dict, tmp_path: Path) -> None:
    from flows.nightly import nightly
    from warehouse.loader import staging_path

    source = seed_files(tmp_path / "source")
    _corpus(source, 1500)
    warehouse = tmp_path / "w.duckdb"
    shutil.copy2(seeded["warehouse"], warehouse)
    published = _digest(warehouse)
    staging = staging_path(warehouse)

    killed_at = []
    for delay_after_staging in (None, 0.0, 1.0, 3.0):
        process = _run_cli(source, warehouse)
        if delay_after_staging is None:
            time.sleep(2.0)  # while Prefect and the flow start
        else:
            assert _wait_for(staging, process, timeout=120), "the run reached staging"
            time.sleep(delay_after_staging)
        assert process.poll() is None, "killed while still running"
        _kill(process)
        killed_at.append(delay_after_staging)
        assert _digest(warehouse) == published

    summary = nightly(source=str(source), warehouse=str(warehouse))
    assert summary.status == "completed" and summary.docs_new == 1500 and summary.docs_known == 5
    reference = tmp_path / "reference.duckdb"
    nightly(source=str(source), warehouse=str(reference))
    assert _one(warehouse, CONTENT_COUNTS) == _one(reference, CONTENT_COUNTS)
    assert _one(warehouse, "select count(*) = count(distinct doc_id) from documents") == (True,)
    assert not staging.exists()
    assert len(killed_at) == 4


@pytest.mark.timeout(300)
@pytest.mark.process
def test_prefect_yaml_deploys_to_a_real_server(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect"), "PREFECT_API_URL": f"http://127.0.0.1:{port}/api"}
    prefect = str(Path(sys.executable).with_name("prefect"))
    server = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        _wait_healthy(port, server, timeout=120)
        subprocess.run([prefect, "work-pool", "create", "flightwatch-process", "--type", "process"], env=env, check=True,
                       capture_output=True, timeout=60)
        subprocess.run([prefect, "--no-prompt", "deploy", "--all"], env={**env, "PWD": str(PROJECT_DIR)}, cwd=PROJECT_DIR, check=True,
                       capture_output=True, timeout=120)
        deployment = subprocess.run(
            [sys.executable, "-c", READ_DEPLOYMENT], env=env, cwd=PROJECT_DIR, check=True, capture_output=True, text=True, timeout=60
        ).stdout.strip().splitlines()[-1]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    cron, timezone, parameters, pool, limit, directory = deployment.split("|")
    assert (cron, timezone, pool, limit) == ("0 2 * * *", "UTC", "flightwatch-process", "1")
    assert parameters == "{}", "source and warehouse take the flow's defaults, defined once in flows/settings.py"
    assert directory == str(PROJECT_DIR)


READ_DEPLOYMENT = """
import asyncio
from prefect.client.orchestration import get_client

async def main():
    async with get_client() as client:
        d = await client.read_deployment_by_name("nightly-ingest/nightly-ingest")
        [s] = d.schedules
        directory = d.pull_steps[0]["prefect.deployments.steps.set_working_directory"]["directory"]
        print("|".join(map(str, [s.schedule.cron, s.schedule.timezone, d.parameters, d.work_pool_name,
                                  d.global_concurrency_limit.limit, directory])))

asyncio.run(main())
"""


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(port: int, server: subprocess.Popen, timeout: float) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "prefect server exited"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError("prefect server did not become healthy")


def _serial_reference(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra_documents: int) -> tuple[Path, Path]:
    """The seeds and ``extra_documents`` more, loaded serially in batches of 16 and reconciled 5 fact keys at a time.

    Returns (source folder, warehouse); the batch sizes stay set for the run compared with it.
    """
    from flows.nightly import nightly

    source = seed_files(tmp_path / "source")
    _corpus(source, extra_documents)
    monkeypatch.setenv("FLIGHTWATCH_BATCH_SIZE", "16")
    monkeypatch.setattr("flows.nightly.RECONCILE_BATCH_KEYS", 5)
    serial = tmp_path / "serial.duckdb"
    nightly(source=str(source), warehouse=str(serial))
    return source, serial


def _assert_same_rows(warehouse: Path, reference: Path) -> None:
    """The same documents' rows and the same series (but for the id of the run that first produced each fact)."""
    assert _one(warehouse, CONTENT_COUNTS) == _one(reference, CONTENT_COUNTS)
    checksum = "select sum(flights), count(distinct doc_id) from flight_counts"
    assert _one(warehouse, checksum) == _one(reference, checksum)
    series = ("select * from flight_claims", "select * exclude (first_run) from flight_facts", "select * from monthly_flights")
    with duckdb.connect(str(warehouse), read_only=True) as con, duckdb.connect(str(reference), read_only=True) as ref:
        for query in series:
            rows = con.execute(f"{query} order by all").fetchall()
            assert rows and rows == ref.execute(f"{query} order by all").fetchall(), query


def test_parallel_extraction_loads_the_same_rows_as_serial(seeded: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flows.nightly import nightly

    source, serial = _serial_reference(tmp_path, monkeypatch, 60)
    monkeypatch.setenv("FLIGHTWATCH_PARALLEL_MIN_DOCS", "1")
    monkeypatch.setenv("FLIGHTWATCH_WORKERS", "2")
    parallel = tmp_path / "parallel.duckdb"
    summary = nightly(source=str(source), warehouse=str(parallel))
    assert summary.docs_new == 65
    _assert_same_rows(parallel, serial)
    assert gc.get_freeze_count() == 0, "objects frozen out of collections while loading are handed back to them"


@pytest.mark.timeout(400)
def test_dask_cluster_loads_the_same_rows_as_serial(seeded: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real scheduler and two workers on 127.0.0.1, started as separate processes from the project's environment, as the README says."""
    from flows.nightly import nightly

    source, serial = _serial_reference(tmp_path, monkeypatch, 40)
    dask = str(Path(sys.executable).with_name("dask"))
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    common = {"cwd": tmp_path, "env": os.environ.copy(), "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"], **common)
    workers = [
        subprocess.Popen([dask, "worker", address, "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1", "--no-dashboard"], **common)
        for _ in range(2)
    ]
    try:
        _wait_for_workers(address, 2, timeout=120)
        monkeypatch.setenv("FLIGHTWATCH_DASK_ADDRESS", address)
        monkeypatch.setenv("FLIGHTWATCH_PARALLEL_MIN_DOCS", "1")
        monkeypatch.setenv("FLIGHTWATCH_WORKERS", "2")
        monkeypatch.setenv("FLIGHTWATCH_BATCH_SIZE", "5")
        clustered = tmp_path / "dask.duckdb"
        summary = nightly(source=str(source), warehouse=str(clustered))
        assert _scheduler_transitions(address) >= 2 * 9, "the extraction and validation tasks of the 9 batches went through the scheduler"
        assert all(count > 0 for count in _tasks_per_worker(address).values()), "both workers ran tasks"
    finally:
        for process in (*workers, scheduler):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=60)
    assert summary.docs_new == 45
    _assert_same_rows(clustered, serial)


def _tasks_per_worker(address: str) -> dict[str, int]:
    from distributed import Client

    with Client(address, timeout=30) as client:
        return client.run(lambda dask_worker: len(dask_worker.state.log))


def _scheduler_transitions(address: str) -> int:
    from distributed import Client

    with Client(address, timeout=30) as client:
        return int(client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.transition_counter))


def _wait_for_workers(address: str, count: int, timeout: float) -> None:
    from distributed import Client

    with Client(address, timeout=timeout) as client:
        client.wait_for_workers(count, timeout=timeout)
