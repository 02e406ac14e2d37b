"""`zhengce watch INBOX --out OUT`: parse and compare new drafts dropped into an inbox.

    --once              one pass in this process (fast: no Prefect import)
    --once --prefect    one pass as a Prefect flow run (local ephemeral server unless PREFECT_API_URL is set)
    --every 10m         serve the flow on an interval (s, m, h) through a running `prefect server start`
    --cron "*/10 * * * *"   the same on a cron schedule

Serving needs a server: `make server` in one terminal, then `make watch INBOX=... OUT=...`
(or this command with --every) in another. PREFECT_API_URL defaults to that server's
http://127.0.0.1:4200/api. How a served watch restarts, avoids a backlog, stops and
reconnects: flows/watch_serve.py and flows/watch_session.py.

A file is seen once: by the sha256 of its bytes, in OUT's documents table or in
OUT/.zhengce/inbox.json, which also keeps the files that failed (tried again only when
their bytes or the parser version change). Exit codes: 0 done, or nothing new, or a served
watch stopped by Ctrl-C/SIGTERM; 1 a file could not be parsed (one line each on stderr; the
others are written), no server answers at start, or serving keeps failing; 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.watch_report import WatchReport

DEFAULT_EVERY = "10m"
DEPLOYMENT_NAME = "inbox"
# A server busy finishing a run, or on a loaded host, can miss one health check's timeout: ask for this long.
SERVER_GRACE_S = 15.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}


def parse_every(text: str) -> timedelta:
    """'30s', '10m', '2h' (a bare number is seconds) -> timedelta; ValueError otherwise."""
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30s, 10m, 1h)")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    if seconds <= 0:
        raise ValueError(f"not a positive duration: {text!r}")
    return timedelta(seconds=seconds)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inbox", help="folder to watch (recursing): .txt .html .htm .docx")
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    parser.add_argument("--series", metavar="NAME", help="put every new draft of this run in series NAME")
    parser.add_argument("--once", action="store_true", help="one pass, then exit")
    parser.add_argument(
        "--prefect", action="store_true", help="with --once: run as a Prefect flow (ephemeral server)"
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--every", metavar="DURATION", help=f"serve on an interval: 30s, 10m, 1h (default {DEFAULT_EVERY})"
    )
    when.add_argument("--cron", metavar="EXPR", help='serve on a cron schedule, e.g. "*/10 * * * *"')
    parser.add_argument(
        "--name", default=DEPLOYMENT_NAME, help=f"deployment name (default {DEPLOYMENT_NAME})"
    )


def run(args: argparse.Namespace) -> int:
    inbox = Path(args.inbox)
    if not inbox.is_dir():
        _error(f"{args.inbox}: not a folder")
        return 2
    if args.once:
        return _run_prefect_once(args) if args.prefect else _run_in_process(args)
    return _serve(args)


def _error(line: str) -> None:
    print(f"zhengce: {line}", file=sys.stderr, flush=True)


def _print_report(report: WatchReport) -> None:
    if report.busy:
        print(f"another watch run is writing {report.out}; nothing done")
        return
    if report.nothing_new:
        print("nothing new")
        return
    for path, doc_id, series in report.parsed:
        print(f"parsed  {path} -> {doc_id}  [{series or '-'}]")
    for diff in report.diffs:
        print(
            f"diff    {diff.old_doc_id} -> {diff.new_doc_id}: {diff.changes_text()};"
            f" {len(diff.value_changes)} value change(s)"
        )
        for row in diff.value_changes:
            print(
                f"          {row.get('field')}: {row.get('old_surface') or '—'} -> {row.get('new_surface') or '—'}"
            )
        print(f"          {diff.html_path}")
    if report.failed:
        print(f"{len(report.failed)} file(s) failed")


def _run_in_process(args: argparse.Namespace) -> int:
    from flows.watch_steps import watch_pass

    report = watch_pass(args.inbox, args.out, series=args.series, on_error=_error)
    _print_report(report)
    return report.exit_code


def _run_prefect_once(args: argparse.Namespace) -> int:
    from flows import settings

    settings.configure(quiet_console=True)  # before Prefect is imported
    from flows.watch import watch_flow

    report = watch_flow(
        inbox=str(Path(args.inbox).resolve()), out=str(Path(args.out).resolve()), series=args.series
    )
    for line in report.failed:
        _error(line)
    _print_report(report)
    return report.exit_code


def _serve(args: argparse.Namespace) -> int:
    from flows.server import DEFAULT_API_URL, answers_within

    try:
        interval = None if args.cron else parse_every(args.every or DEFAULT_EVERY)
    except ValueError as err:
        _error(str(err))
        return 2
    # Prefect reads its settings when imported: settle them before the imports below.
    from flows import settings

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO")  # a served watch says what each run did
    settings.configure()
    api_url = os.environ.setdefault("PREFECT_API_URL", DEFAULT_API_URL)
    if args.cron:
        from prefect.schedules import Cron

        try:
            Cron(args.cron)
        except ValueError as err:
            _error(f"not a cron expression: {args.cron!r} ({err})")
            return 2
    if not answers_within(api_url, SERVER_GRACE_S):
        _error(
            f"no Prefect server answers at {api_url}; start one first with `make server` (in another terminal)"
        )
        return 1

    from flows.watch_serve import serve
    from flows.watch_session import WatchSpec

    spec = WatchSpec(
        name=args.name,
        parameters={
            "inbox": str(Path(args.inbox).resolve()),
            "out": str(Path(args.out).resolve()),
            "series": args.series,
        },
        api_url=api_url,
        interval_seconds=None if interval is None else interval.total_seconds(),
        cron=args.cron,
    )
    return serve(spec)
