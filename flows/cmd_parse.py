"""`zhengce parse PATH... --out OUT [--prefect] [--quiet]`.

By default the steps of the parse flow (flows/steps.py) run in this process: no Prefect
import, no server, so one draft takes about as long as parsing it. ``--prefect`` runs the
real flow (flows/parse_flow.py) through Prefect's local ephemeral server, which takes
20-40 s to start. Either way the same step functions do the work.

Exit codes: 0 all files parsed; 1 some file could not be parsed or written (one line
each on stderr: ``zhengce: PATH: reason``), the others are still written; 2 usage error
(no file to parse).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from flows.steps import BatchResult, DocumentSummary, FileError, collect_paths, one_line, parse_batch
from outputs.dataset import DatasetError
from parsers.ingest import (
    ENV_MAX_BYTES,
    ENV_MAX_LINE_CHARS,
    SUPPORTED_SUFFIXES,
    Limits,
    parse_count,
    parse_size,
)

SUMMARY_ROWS = 50  # past this the table shows the first rows and a total


def add_arguments(parser: argparse.ArgumentParser) -> None:
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
        help="run the Prefect flow (local ephemeral server; slower to start)",
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
    for value, variable in ((args.max_bytes, ENV_MAX_BYTES), (args.max_line_chars, ENV_MAX_LINE_CHARS)):
        if value is not None:
            os.environ[variable] = str(value)
    try:
        Limits.from_env(os.environ)
    except ValueError as err:
        return str(err)
    return None


def _say_error(error: FileError, console=None) -> None:
    line = f"zhengce: {error.line()}"
    if console is not None:  # above a live progress bar
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        print(line, file=sys.stderr, flush=True)


def _run_in_process(files: list[Path], out: str, quiet: bool) -> BatchResult:
    if quiet or len(files) < 2:
        return parse_batch(files, out, progress=lambda path, outcome: _report(outcome))

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    if not console.is_terminal:  # no bar in logs and pipes: only the error lines
        return parse_batch(files, out, progress=lambda path, outcome: _report(outcome))
    columns = (
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}"),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        bar = progress.add_task("parse", total=len(files), name="")

        def advance(path: Path, outcome) -> None:
            _report(outcome, progress.console)
            progress.update(bar, advance=1, name=path.name)

        return parse_batch(files, out, progress=advance)


def _report(outcome, console=None) -> None:
    if isinstance(outcome, FileError):
        _say_error(outcome, console)


def _run_with_prefect(files: list[Path], out: str, quiet: bool) -> BatchResult:
    from flows import settings

    settings.configure(quiet_console=True)  # before Prefect is imported
    from flows.parse_flow import parse_flow

    state = parse_flow(paths=[str(p) for p in files], out=out, return_state=True)
    result = state.result()
    for error in result.errors:
        _say_error(error)
    if not quiet:
        print(
            f"zhengce: Prefect flow run {state.state_details.flow_run_id}: {state.name}"
            " (artifacts zhengce-parse-summary, zhengce-parse-amounts)",
            file=sys.stderr,
        )
    return result


def _summary_table(result: BatchResult):
    from rich.table import Table

    table = Table(title=f"zhengce parse → {result.out}", title_justify="left")
    table.add_column("file", overflow="fold")
    table.add_column("title", overflow="fold")
    for name in ("nodes", "measures", "articles", "money", "ratios", "targets"):
        table.add_column(name, justify="right")
    shown: list[DocumentSummary] = result.documents[:SUMMARY_ROWS]
    for doc in shown:
        table.add_row(
            Path(doc.path).name,
            doc.title or "—",
            *(str(v) for v in (doc.nodes, doc.measures, doc.articles, doc.money, doc.ratios, doc.targets)),
        )
    if len(result.documents) > len(shown):
        table.add_row(f"… {len(result.documents) - len(shown)} more", "", *[""] * 6)
    docs = result.documents
    table.caption = (
        f"{len(docs)} of {result.files} files parsed"
        + (f", {len(result.errors)} refused" if result.errors else "")
        + f"; {sum(d.money for d in docs)} money, {sum(d.ratios for d in docs)} ratios,"
        f" {sum(d.targets for d in docs)} targets"
    )
    return table


def run(args: argparse.Namespace) -> int:
    problem = _set_limits(args)
    if problem:
        print(f"zhengce: {problem}", file=sys.stderr)
        return 2
    files = collect_paths(args.paths)
    if not files:
        print(
            f"zhengce: no {', '.join(SUPPORTED_SUFFIXES)} file under {' '.join(map(str, args.paths))}",
            file=sys.stderr,
        )
        return 2
    try:
        if args.prefect:
            result = _run_with_prefect(files, args.out, args.quiet)
        else:
            result = _run_in_process(files, args.out, args.quiet)
    except (OSError, DatasetError) as error:  # the output folder cannot be written: one line, no traceback
        print(f"zhengce: {args.out}: cannot write: {one_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # a failure outside any one file (writing, the Prefect server): still one line
        print(f"zhengce: {one_line(error)}", file=sys.stderr)
        return 1
    if not args.quiet and result.documents:
        from rich.console import Console

        console = Console()
        if not console.is_terminal:  # a file or a pipe: wide enough that rows stay on one line
            console.width = 160
        console.print(_summary_table(result))
    return 1 if result.errors else 0
