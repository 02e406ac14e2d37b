"""`zhengce parse PATH... --out OUT [--prefect] [--quiet]`.

By default the steps of the parse flow (flows/steps.py) run in this process: no Prefect
import, no server, so one draft takes about as long as parsing it. ``--prefect`` runs the
real flow (flows/parse_flow.py): on the running Prefect server that PREFECT_API_URL names
(``make server``), else on Prefect's local ephemeral server, which takes 20-40 s to start.
Either way the same step functions do the work.

A large batch runs on worker processes, one per core (``--workers N`` to choose, 0 for none),
that parse and stage their chunk of files; one atomic commit publishes them all. A file with the
same text as an earlier file of the batch is written once: a line on stderr names it and the file
that was kept (``zhengce: PATH: same text as KEPT, written once``); that is not an error.

``--dask`` runs the chunks on a Dask cluster instead (flows/dask_cluster.py): a local one of
``--workers`` processes, or the scheduler at ``--dask ADDRESS``, whose workers reach OUT at the
same path; with ``--prefect`` too, the flow runs there through prefect-dask's DaskTaskRunner
(flows/dask_flow.py). Dask is imported only then. A cluster that cannot run the batch (out of
reach, lost mid-batch) is one line and exit code 1, and nothing is written.

Exit codes: 0 all files parsed; 1 some file could not be parsed or written (one line
each on stderr: ``zhengce: PATH: reason``), the others are still written; 2 usage error
(no file to parse, or options that do not go together).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from flows import parse_console

if TYPE_CHECKING:  # imported in run(), after the start-up choices of flows/startup.py
    from flows.batch_plan import WorkerStart
    from flows.steps import BatchResult


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from flows import startup

    startup.quiet_pydantic_plugins()  # before anything validates through pydantic (a JSON file read back)
    startup.share_regex_charsets()  # before the rules compile their patterns
    startup.keep_regex_programs()  # likewise: the programs compiled by earlier runs
    startup.keep_dataclass_methods()  # before the parsers' data classes are made
    startup.keep_opening_classes()  # likewise: the classes read from the patterns by earlier runs
    startup.keep_parsed_tables()  # before any rule reads a data table: their parsed forms, kept by earlier runs
    from parsers.ingest import (
        ENV_MAX_BYTES,
        ENV_MAX_LINE_CHARS,
        ENV_MAX_PARSE_SECONDS,
        SUPPORTED_SUFFIXES,
        Limits,
        parse_count,
        parse_seconds,
        parse_size,
    )

    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=f"files, or folders searched for {' '.join(SUPPORTED_SUFFIXES)}",
    )
    parser.add_argument("--out", default="out", help="output folder for the datasets (default: out)")
    parser.add_argument(
        "--prefect",
        action="store_true",
        help="run the Prefect flow (on the server of PREFECT_API_URL if set, else a local ephemeral one)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes for a large batch (default: one per core; 0: parse in this process)",
    )
    parser.add_argument(
        "--dask",
        nargs="?",
        const="",
        default=None,
        metavar="ADDRESS",
        help="parse on a Dask cluster: the scheduler at ADDRESS (tcp://host:port), whose workers reach OUT"
        " at the same path; without ADDRESS, a local cluster of --workers processes (put --dask after the paths)",
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary table")
    defaults = Limits()
    parser.add_argument(
        "--max-bytes",
        type=_argument(parse_size),
        metavar="SIZE",
        help=f"refuse files larger than this (default {defaults.max_bytes // 2**20}MB; also {ENV_MAX_BYTES})",
    )
    parser.add_argument(
        "--max-line-chars",
        type=_argument(parse_count),
        metavar="N",
        help=f"refuse text with a line longer than N characters (default {defaults.max_line_chars:,};"
        f" also {ENV_MAX_LINE_CHARS})",
    )
    parser.add_argument(
        "--max-parse-seconds",
        type=_argument(parse_seconds),
        metavar="S",
        help=f"refuse a file whose reading and parsing take longer than S seconds, and go on with the batch"
        f" (default {defaults.max_parse_seconds:g}; also {ENV_MAX_PARSE_SECONDS})",
    )


def _argument(parse):
    """An argparse type from a parser that raises ValueError: its message becomes the usage error."""

    def convert(text: str):
        try:
            return parse(text)
        except ValueError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    convert.__name__ = parse.__name__
    return convert


def _set_limits(args: argparse.Namespace) -> str | None:
    """Put the command line's input bounds in the environment, where every ingest step (in this process,
    in Prefect's threads, in worker processes) reads them; a usage error if the environment's are bad."""
    from parsers.ingest import ENV_MAX_BYTES, ENV_MAX_LINE_CHARS, ENV_MAX_PARSE_SECONDS, Limits

    for value, variable in (
        (args.max_bytes, ENV_MAX_BYTES),
        (args.max_line_chars, ENV_MAX_LINE_CHARS),
        (args.max_parse_seconds, ENV_MAX_PARSE_SECONDS),
    ):
        if value is not None:
            os.environ[variable] = str(value)
    try:
        Limits.from_env(os.environ)
    except ValueError as err:
        return str(err)
    return None


class RunError(Exception):
    """The whole run failed for a reason that is already one line (a Dask cluster out of reach …)."""


def _run_in_process(
    paths: list[str],
    total: int,
    out: str,
    quiet: bool,
    workers: int | None,
    forked_database=None,
    worker_start: WorkerStart | None = None,
) -> BatchResult:
    """The batch in this process (and its worker processes): ``paths`` as given on the command line,
    which the batch collects into ``total`` files itself (a list of 100,000 paths held twice would
    be memory the batch's parent keeps to its end). ``forked_database``: the DuckDB writer forked
    by ``_fork_database_writer``; ``worker_start``: the workers started while ``run`` listed the files."""
    from flows.steps import parse_batch

    result = parse_console.parse_with_progress(
        total,
        quiet,
        lambda progress: parse_batch(
            paths,
            out,
            progress=progress,
            workers=workers,
            forked_database=forked_database,
            worker_start=worker_start,
        ),
    )
    for duplicate in result.duplicates:
        parse_console.say_duplicate(duplicate)
    return result


def _run_on_dask(
    files: list[Path], out: str, quiet: bool, address: str | None, workers: int | None
) -> BatchResult:
    from flows import dask_cluster

    dask_cluster.quiet_logs()
    try:
        with dask_cluster.connect(address, workers) as client:
            result = parse_console.parse_with_progress(
                len(files),
                quiet,
                lambda progress: dask_cluster.parse_on_cluster(client, files, out, progress),
            )
    except dask_cluster.ClusterError as error:
        raise RunError(str(error)) from None
    for duplicate in result.duplicates:
        parse_console.say_duplicate(duplicate)
    return result


def _dask_usage_error(args: argparse.Namespace) -> str | None:
    if args.dask is None:
        return None
    from flows.dask_cluster import is_address

    if args.dask and not is_address(args.dask):
        return (
            f"--dask: {args.dask!r} is not a scheduler address (tcp://HOST:PORT);"
            " for a local cluster put --dask after the paths"
        )
    if args.dask and args.workers is not None:
        return "--workers sizes a local cluster; the workers of --dask ADDRESS are the scheduler's"
    if args.workers is not None and args.workers < 1:
        return "--dask needs at least one worker (--workers 1 or more)"
    return None


def _run_with_prefect(
    files: list[Path], out: str, quiet: bool, dask: str | None = None, workers: int | None = None
) -> BatchResult:
    from flows import settings

    settings.configure(quiet_console=True)  # before Prefect is imported
    paths = [str(p) for p in files]
    if dask is None:
        from flows.parse_flow import parse_flow

        state = parse_flow(paths=paths, out=out, return_state=True)
        result = state.result()
    else:
        from flows import dask_cluster, dask_flow

        dask_cluster.quiet_logs()
        try:
            state = dask_flow.run(paths, out, address=dask or None, workers=workers, return_state=True)
            result = state.result()
        except dask_cluster.ClusterError as error:
            raise RunError(str(error)) from None
    for error in result.errors:
        parse_console.say_error(error)
    for duplicate in result.duplicates:
        parse_console.say_duplicate(duplicate)
    if not quiet:
        where = os.environ.get("PREFECT_API_URL") or "Prefect's ephemeral server"
        print(
            f"zhengce: Prefect flow run {state.state_details.flow_run_id} on {where}: {state.name}"
            " (artifacts zhengce-parse-summary, zhengce-parse-amounts)",
            file=sys.stderr,
        )
    return result


def _fork_database_writer(files: list[str], args: argparse.Namespace):
    """For a batch that will run in this process into a folder without its DuckDB file, the child
    that writes that file (flows/database_process.ForkedDatabase), forked now: before this process
    imports pyarrow and the parsers, so that the child's own imports (DuckDB, icalendar, pyarrow)
    run on the other core from the start of the parse and are done before the commit asks for the
    file. Only in the command's own process, while it has one thread; None where it does not apply."""
    from flows.batch_plan import worker_count
    from flows.database_process import ForkedDatabase
    from outputs.sql import database_path

    if worker_count(files, args.workers) or database_path(args.out).is_file():
        return None  # on workers (a child of their own), or a file the commit may find current
    return ForkedDatabase(meanwhile=None if args.quiet else parse_console.import_summary_table)


def _before_workers() -> None:
    """This process's imports (``_run``'s, for a batch here), made before the workers are forked, so they
    inherit them: a worker that imports pyarrow itself has every page of its libraries that the import
    touches in its own RSS (some 17 MB more than the pages an inherited import's worker touches later)."""
    from flows import startup

    startup.import_pyarrow_lean()
    import flows.steps  # noqa: F401
    import outputs.dataset  # noqa: F401

    startup.freeze_imports()


def run(args: argparse.Namespace) -> int:
    from flows import startup

    problem = _dask_usage_error(args)
    if problem:
        print(f"zhengce: {problem}", file=sys.stderr)
        return 2
    # A fresh process (the command itself, not a caller that already imported pyarrow or pandas)
    # running the batch here: only then are its process-wide start-up choices made.
    fresh = not args.prefect and args.dask is None and startup.can_import_pyarrow_lean()
    from flows.batch_plan import WorkerStart, collect_path_names
    from parsers.ingest import SUPPORTED_SUFFIXES

    problem = _set_limits(args)
    if problem:
        print(f"zhengce: {problem}", file=sys.stderr)
        return 2
    # a batch on this machine's workers has them forked while it is listed, once it is known to need
    # them: before this process holds the whole listing; they import the parsers while it lists the rest
    worker_start = None
    if not args.prefect and args.dask is None:
        worker_start = WorkerStart(args.workers, prepare=_before_workers if fresh else None)
    files = collect_path_names(args.paths, worker_start.listed if worker_start is not None else None)
    if not files:
        print(
            f"zhengce: no {', '.join(SUPPORTED_SUFFIXES)} file under {' '.join(map(str, args.paths))}",
            file=sys.stderr,
        )
        return 2
    on_workers = worker_start is not None and worker_start.pool is not None
    forked_database = _fork_database_writer(files, args) if fresh and not on_workers else None
    total = len(files)
    if worker_start is not None:
        files = None  # a batch in this process collects them again, and keeps only chunks of them
    else:
        files = [Path(name) for name in files]
    try:
        return _run(args, files, total, fresh, forked_database, worker_start)
    finally:
        if forked_database is not None:
            forked_database.close()  # a run that failed before its commit: the child exits
        if worker_start is not None:
            worker_start.close()  # likewise, workers not given the batch


def _run(
    args: argparse.Namespace,
    files: list[Path] | None,
    total: int,
    fresh: bool,
    forked_database,
    worker_start: WorkerStart | None = None,
) -> int:
    """The run of ``run``: ``files`` for a flow or a Dask cluster (None for a batch in this process)."""
    if fresh:
        _before_workers()  # a fresh batch runs here: the same imports, kept out of the collector's way
    from flows.steps import one_line
    from outputs.dataset import DatasetError

    try:
        if args.prefect:
            result = _run_with_prefect(files, args.out, args.quiet, args.dask, args.workers)
        elif args.dask is not None:
            result = _run_on_dask(files, args.out, args.quiet, args.dask or None, args.workers)
        else:
            result = _run_in_process(
                args.paths, total, args.out, args.quiet, args.workers, forked_database, worker_start
            )
    except RunError as error:
        print(f"zhengce: {error}", file=sys.stderr)
        return 1
    except (OSError, DatasetError) as error:  # the output folder cannot be written: one line, no traceback
        print(f"zhengce: {args.out}: cannot write: {one_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a failure outside any one file (writing, the Prefect server): still one line
        print(f"zhengce: {one_line(error)}", file=sys.stderr)
        return 1
    if not args.quiet and result.parsed:
        from rich.console import Console

        console = Console()
        if not console.is_terminal:  # a file or a pipe: wide enough that rows stay on one line
            console.width = 160
        console.print(parse_console.summary_table(result))
    return 1 if result.errors else 0
