"""The ``flightwatch`` command: run the nightly job, serve its schedule, evaluate accuracy, report the last run.

Every subcommand configures the runtime (Prefect's home, telemetry off) before Prefect is
imported; no module does anything when it is merely imported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flows.evaluation import accuracy
from flows.journal import EXIT_COMPLETED, EXIT_FAILED, EXIT_LOCKED, EXIT_NOT_PUBLISHED, RUNNING, RunStopped, ending_of, entry, last_entries, record
from flows.settings import DEFAULT_SOURCE, DEFAULT_WAREHOUSE, configure_runtime

if TYPE_CHECKING:
    from warehouse.corrections import OverrideRequest, RetractionRequest


def _stop(signum: int, _frame: object) -> None:
    raise RunStopped(signum)


def prefect_unreachable() -> str | None:
    """When a Prefect server is configured and does not answer, say so to people directly (no flow run can), and return why.

    Without a configured server each run starts a temporary one of its own, which cannot be unreachable.
    """
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    from flows import quality
    from flows.settings import Settings

    url = PREFECT_API_URL.value()
    if not url:
        return None
    with get_client(sync_client=True) as client:
        error = client.api_healthcheck()
    if error is None:
        return None
    title = "flightwatch run: FAILED, the Prefect server does not answer"
    body = "\n".join([
        f"The configured Prefect server {url} does not answer ({type(error).__name__}: {error}), so no run could start.",
        "The published warehouse was not changed; analysts still see the last published state.",
        "What to do: start the server (prefect server start), or run without one: prefect config unset PREFECT_API_URL "
        "(each run then starts a temporary server of its own).",
    ])
    outcome = quality.notify(Settings.from_env().alert_urls, title, body, quality.Severity.CRITICAL)
    return f"Prefect server {url} does not answer: {type(error).__name__}: {error} (message: {outcome})"


def run(args: argparse.Namespace, retractions: list[dict] | None = None, overrides: list[dict] | None = None) -> int:
    """Run the nightly flow once and print its summary; the exit code says how it ended.

    SIGTERM and SIGINT stop the run where it is: the staging file is discarded, the lock released,
    people are told and the journal records it; the exit code is 128 plus the signal's number.
    """
    from flows.nightly import AuditFailedError, nightly
    from flows.resources import RunLockedError

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop)
    unreachable = prefect_unreachable()
    if unreachable:
        started = dt.datetime.now(dt.UTC)
        error = ConnectionError(unreachable)
        problem = record(Path(args.warehouse).resolve(), entry(f"{started:%Y%m%dT%H%M%SZ}-no-server", started, Path(args.source).resolve(),
                                                               "failed", EXIT_FAILED, error))
        print(f"flightwatch run failed: {unreachable}", file=sys.stderr)
        if problem:
            print(f"run journal not written: {problem}", file=sys.stderr)
        return EXIT_FAILED
    called = dt.datetime.now(dt.UTC)
    try:
        summary = nightly(source=args.source, warehouse=args.warehouse, reprocess=args.reprocess, full_audit=args.full_audit,
                          retractions=retractions, overrides=overrides)
    except RunStopped as stopped:
        print(f"flightwatch run stopped: {stopped}; nothing was published", file=sys.stderr)
        return stopped.exit_code
    except RunLockedError as error:
        print(f"flightwatch run refused: {error}", file=sys.stderr)
        return EXIT_LOCKED
    except AuditFailedError as error:
        print(f"flightwatch run not published: {error}", file=sys.stderr)
        return EXIT_NOT_PUBLISHED
    except Exception as error:  # the flow run already recorded the traceback and told people, unless it had ended
        ended = ending_of(Path(args.warehouse).resolve(), os.getpid(), called)
        if ended and ended["exit_code"] == EXIT_COMPLETED:
            return published_unrecorded(ended, error, Path(args.warehouse).resolve())
        print(f"flightwatch run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(summary.render())
    return EXIT_COMPLETED


def published_unrecorded(ended: dict, error: BaseException, warehouse: Path) -> int:
    """A run that completed and published, then lost the Prefect API (its temporary server killed, say): say so, and exit as completed."""
    from flows import quality
    from flows.settings import Settings

    print(ended.get("summary", f"flightwatch run {ended['run_id']}: {ended['status']}"))
    cause = f"{type(error).__name__}: {error}"
    title, body = quality.render_unrecorded(ended["run_id"], cause, str(warehouse))
    outcome = quality.notify(Settings.from_env().alert_urls, title, body, quality.Severity.WARNING)
    print(f"warning: {title} ({cause}; message: {outcome})", file=sys.stderr)
    return EXIT_COMPLETED


def serve(args: argparse.Namespace) -> int:
    """Serve the nightly deployment's schedule from this process until interrupted (SIGTERM too stops the server it started)."""
    from flows.serve import serve_nightly

    signal.signal(signal.SIGTERM, lambda signum, _frame: sys.exit(128 + signum))
    serve_nightly(args.timezone)
    return EXIT_COMPLETED


def evaluate(args: argparse.Namespace) -> int:
    """Score the extractor on a labelled corpus (the options of ``flows.evaluation.accuracy``)."""
    return accuracy.evaluate(args)


def explain(args: argparse.Namespace) -> int:
    """Print why the extractor read one document as it did (``transforms.explain``), as text or JSON."""
    import json
    from dataclasses import asdict

    from transforms.explain import explain_document, render

    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except OSError as error:
        print(f"flightwatch explain: cannot read {path}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    findings = explain_document(raw, path.name)
    print(json.dumps([asdict(f) for f in findings], ensure_ascii=False, indent=1) if args.json else render(findings, str(path)))
    return EXIT_COMPLETED


def report(args: argparse.Namespace) -> int:
    """Print every recent run from the journal, then the runs that wrote the warehouse and the alerts of the latest."""
    from warehouse.loader import last_runs

    entries = last_entries(Path(args.warehouse).resolve(), args.runs)
    print("every run (journal):" if entries else "no run journal beside the warehouse yet")
    for line in entries:
        outcome = line.get("error") or ", ".join(f"{k.removeprefix('docs_')} {line[k]}" for k in line if k.startswith("docs_"))
        status = "running, or killed (the next run closes it)" if line["status"] == RUNNING else line["status"]
        exit_code = "-" if line["exit_code"] is None else line["exit_code"]
        print(f"  run {line['run_id']} {status} (exit {exit_code}) at {line['started_at'][:16]}: {outcome}")
    if not Path(args.warehouse).exists():
        print(f"no warehouse at {args.warehouse}")
        return EXIT_COMPLETED
    print("runs that wrote the warehouse:")
    runs, alerts = last_runs(args.warehouse, args.runs)
    for run in runs.iter_rows(named=True):
        print(
            f"run {run['run_id']} {run['status']} at {run['started_at']:%Y-%m-%d %H:%M} UTC: seen {run['docs_seen']}, new {run['docs_new']},"
            f" known {run['docs_known']}, quarantined {run['docs_quarantined']}, re-extracted {run['docs_reextracted'] or 0};"
            f" rows loaded {run['rows_loaded']}, rejected {run['rows_rejected']}; alerts {run['alerts']} ({run['notification'] or '-'})"
        )
    print("alerts of the latest run:" if alerts.height else "the latest run raised no alert")
    for alert in alerts.iter_rows(named=True):
        print(f"  [{alert['severity'].upper()}] {alert['check_name']} on {alert['table_name']} ({alert['affected_count']}): {alert['message']}")
        if alert["action"]:
            print(f"      what to do: {alert['action']}")
    return EXIT_COMPLETED


def _corrected_run(args: argparse.Namespace, command: str, request: RetractionRequest | OverrideRequest) -> int:
    """Check a correction against the published warehouse (say what it will do, or why it cannot), then run with it."""
    import dataclasses

    from warehouse import corrections
    from warehouse.loader import connect

    warehouse = Path(args.warehouse)
    if not warehouse.exists():
        print(f"flightwatch {command}: no warehouse at {warehouse}", file=sys.stderr)
        return EXIT_FAILED
    try:
        with connect(warehouse, read_only=True) as con:
            plan = request.check(con)
    except corrections.CorrectionError as error:
        print(f"flightwatch {command}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(f"flightwatch {command}: {plan}", file=sys.stderr)
    args.reprocess = args.full_audit = False
    return run(args, **{request.FLOW_PARAMETER: [dataclasses.asdict(request)]})


def retract(args: argparse.Namespace) -> int:
    """Retract a document (or withdraw a retraction) through a run: checked first against the published warehouse."""
    import getpass

    from warehouse import corrections

    return _corrected_run(args, "retract", corrections.RetractionRequest(args.document, args.reason or "", args.by or getpass.getuser(),
                                                                          args.undo))


def override(args: argparse.Namespace) -> int:
    """An analyst's figure for one route, status and month (or --undo ID) through a run: checked first against the published warehouse."""
    import getpass

    from warehouse import corrections

    if args.undo:
        return _corrected_run(args, "override", corrections.OverrideRequest(undo=True, override_id=args.undo))
    if not (args.destination and args.month and args.flights is not None):
        print("flightwatch override: give --destination, --month and --flights (or --undo ID)", file=sys.stderr)
        return EXIT_FAILED
    return _corrected_run(args, "override", corrections.OverrideRequest(
        args.destination, args.month, args.flights, args.reason or "", args.origin, args.status, args.by or getpass.getuser()))


def sql(args: argparse.Namespace) -> int:
    """Run SQL read-only against the published warehouse: a file, -c, standard input, or a prompt when given nothing."""
    from warehouse import console

    try:
        variables = dict(console.parse_variable(assignment) for assignment in args.set or [])
        con = console.open_read_only(Path(args.warehouse), variables)
    except console.ConsoleError as error:
        print(f"flightwatch sql: {error}", file=sys.stderr)
        return EXIT_FAILED
    output = Path(args.output) if args.output else None
    if args.command_text is not None:
        queries = iter([args.command_text])
    elif args.file:
        queries = iter([Path(args.file).read_text(encoding="utf-8")])
    elif sys.stdin.isatty():
        print(f"flightwatch sql: {args.warehouse} (read-only). End a statement with ';', leave with .quit", file=sys.stderr)
        queries = console.statements(console.prompt_lines())
    else:
        queries = iter([sys.stdin.read()])
    interactive = args.command_text is None and not args.file and sys.stdin.isatty()
    status = EXIT_COMPLETED
    with con:
        for query in queries:
            try:
                frame = console.result_of(con, query)
                if frame is not None:
                    console.write(frame, args.format, output, sys.stdout)
            except console.ConsoleError as error:
                print(f"flightwatch sql: {error}", file=sys.stderr)
                status = EXIT_FAILED
                if not interactive:
                    break
    return status


def parser() -> argparse.ArgumentParser:
    """The command line, one subcommand per job."""
    top = argparse.ArgumentParser(prog="flightwatch", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    run_command = commands.add_parser("run", help="ingest new documents into the warehouse and print a summary")
    run_command.add_argument("--source", default=DEFAULT_SOURCE, help="folder of documents (default: %(default)s)")
    run_command.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file to publish (default: %(default)s)")
    run_command.add_argument("--reprocess", action="store_true", help="extract every stored document again with the current extractor")
    run_command.add_argument("--full-audit", action="store_true",
                             help="audit every row of the warehouse, not only what this run loaded (e.g. weekly, or after a restore)")
    run_command.set_defaults(handler=run)
    serve_command = commands.add_parser("serve", help="run the nightly schedule of prefect.yaml from this process")
    serve_command.add_argument("--timezone", help="override the schedule's timezone (default: prefect.yaml's)")
    serve_command.set_defaults(handler=serve)
    evaluate_command = commands.add_parser("evaluate", help="score extraction on a labelled corpus (--docs DIR --gold FILE ...)")
    accuracy.add_arguments(evaluate_command)
    evaluate_command.set_defaults(handler=evaluate)
    explain_command = commands.add_parser("explain", help="why one document's lists and counts were read or dropped, step by step")
    explain_command.add_argument("file", help="a document (.txt, .md, .html)")
    explain_command.add_argument("--json", action="store_true", help="one JSON object a finding, for tools")
    explain_command.set_defaults(handler=explain)
    report_command = commands.add_parser("report", help="the last runs of a warehouse and the latest run's alerts")
    report_command.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file (default: %(default)s)")
    report_command.add_argument("--runs", type=int, default=5, help="how many runs to list (default: %(default)s)")
    report_command.set_defaults(handler=report)
    retract_command = commands.add_parser("retract", help="take a document's claims out of the series (a run applies it), or --undo that")
    retract_command.add_argument("document", help="its doc_id, the first 8 or more characters of it, or its source path")
    retract_command.add_argument("--reason", help="why (required to retract; kept in the table retractions)")
    retract_command.add_argument("--by", help="who asks (default: the login name)")
    retract_command.add_argument("--undo", action="store_true", help="withdraw the document's retraction: its claims return")
    retract_command.add_argument("--source", default=DEFAULT_SOURCE, help="folder of documents the run also reads (default: %(default)s)")
    retract_command.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file (default: %(default)s)")
    retract_command.set_defaults(handler=retract)
    override_command = commands.add_parser("override", help="an analyst's figure for one route, status and month (a run applies it)")
    override_command.add_argument("--destination", help="destination as in monthly_flights ('GT', 'CO+EC', '*')")
    override_command.add_argument("--origin", help="ISO alpha-2 origin (default: the figure over every origin)")
    override_command.add_argument("--month", help="the month, YYYY-MM")
    override_command.add_argument("--status", default="completed", help="(default: %(default)s)")
    override_command.add_argument("--flights", type=int, help="the figure")
    override_command.add_argument("--reason", help="why (required; kept in the table overrides and the figure's note)")
    override_command.add_argument("--by", help="who asks (default: the login name)")
    override_command.add_argument("--undo", metavar="ID", help="withdraw override ID: the sources' figure returns")
    override_command.add_argument("--source", default=DEFAULT_SOURCE, help="folder of documents the run also reads (default: %(default)s)")
    override_command.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file (default: %(default)s)")
    override_command.set_defaults(handler=override)
    sql_command = commands.add_parser("sql", help="query the published warehouse read-only (a file, -c QUERY, or a prompt)")
    sql_command.add_argument("file", nargs="?", help="a .sql file, e.g. one of warehouse/sql/cookbook/ (default: -c, standard input or a prompt)")
    sql_command.add_argument("-c", dest="command_text", metavar="QUERY", help="the SQL to run")
    sql_command.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file (default: %(default)s)")
    sql_command.add_argument("--set", action="append", metavar="NAME=VALUE",
                             help="a variable the SQL reads with getvariable('NAME'), e.g. --set destination=GT (repeatable)")
    sql_command.add_argument("--format", choices=("table", "csv", "json", "parquet"), default="table", help="(default: %(default)s)")
    sql_command.add_argument("--output", help="write the result to this file instead of printing it (parquet needs one)")
    sql_command.set_defaults(handler=sql)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``flightwatch`` command."""
    args = parser().parse_args(argv)
    configure_runtime()
    return int(args.handler(args))


if __name__ == "__main__":
    raise SystemExit(main())
