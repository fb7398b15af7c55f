"""The ``flightwatch`` command: run the nightly job, serve its schedule, evaluate accuracy, report the last run.

Every subcommand configures the runtime (Prefect's home, telemetry off) before Prefect is
imported; no module does anything when it is merely imported.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from benchmarks import accuracy
from flows.journal import EXIT_COMPLETED, EXIT_FAILED, EXIT_LOCKED, EXIT_NOT_PUBLISHED, RunStopped, last_entries
from flows.settings import DEFAULT_SOURCE, DEFAULT_WAREHOUSE, configure_runtime


def _stop(signum: int, _frame: object) -> None:
    raise RunStopped(signum)


def run(args: argparse.Namespace) -> int:
    """Run the nightly flow once and print its summary; the exit code says how it ended.

    SIGTERM and SIGINT stop the run where it is: the staging file is discarded, the lock released,
    people are told and the journal records it; the exit code is 128 plus the signal's number.
    """
    from flows.nightly import AuditFailedError, nightly
    from flows.resources import RunLockedError

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop)
    try:
        summary = nightly(source=args.source, warehouse=args.warehouse, reprocess=args.reprocess, full_audit=args.full_audit)
    except RunStopped as stopped:
        print(f"flightwatch run stopped: {stopped}; nothing was published", file=sys.stderr)
        return stopped.exit_code
    except RunLockedError as error:
        print(f"flightwatch run refused: {error}", file=sys.stderr)
        return EXIT_LOCKED
    except AuditFailedError as error:
        print(f"flightwatch run not published: {error}", file=sys.stderr)
        return EXIT_NOT_PUBLISHED
    except Exception as error:  # the flow run already recorded the traceback and told people
        print(f"flightwatch run failed: {type(error).__name__}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(summary.render())
    return EXIT_COMPLETED


def serve(args: argparse.Namespace) -> int:
    """Serve the nightly deployment's schedule from this process until interrupted."""
    from flows.serve import serve_nightly

    serve_nightly(args.timezone)
    return EXIT_COMPLETED


def evaluate(args: argparse.Namespace) -> int:
    """Score the extractor on a labelled corpus (the options of ``benchmarks.accuracy``)."""
    return accuracy.evaluate(args)


def report(args: argparse.Namespace) -> int:
    """Print every recent run from the journal, then the runs that wrote the warehouse and the alerts of the latest."""
    from warehouse.loader import last_runs

    entries = last_entries(Path(args.warehouse).resolve(), args.runs)
    print("every run (journal):" if entries else "no run journal beside the warehouse yet")
    for entry in entries:
        outcome = entry.get("error") or ", ".join(f"{k.removeprefix('docs_')} {entry[k]}" for k in entry if k.startswith("docs_"))
        print(f"  run {entry['run_id']} {entry['status']} (exit {entry['exit_code']}) at {entry['started_at'][:16]}: {outcome}")
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
    report_command = commands.add_parser("report", help="the last runs of a warehouse and the latest run's alerts")
    report_command.add_argument("--warehouse", default=DEFAULT_WAREHOUSE, help="DuckDB file (default: %(default)s)")
    report_command.add_argument("--runs", type=int, default=5, help="how many runs to list (default: %(default)s)")
    report_command.set_defaults(handler=report)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``flightwatch`` command."""
    args = parser().parse_args(argv)
    configure_runtime()
    return int(args.handler(args))


if __name__ == "__main__":
    raise SystemExit(main())
