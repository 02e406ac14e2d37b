"""What `zhengce parse` says in a terminal: each refused file's one line (above a live progress bar when there is
one), each duplicate's line, the progress bar over a batch, and the summary table at the end. rich is imported only
when a bar or a table is shown (a quiet run, or one into a pipe, never imports it).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.steps import BatchResult, DocumentSummary, FileError
    from outputs.dataset import Duplicate

SUMMARY_ROWS = 50  # past this the table shows the first rows and a total

Progress = Callable[[Path, object], None]


def say_error(error: FileError, console=None) -> None:
    line = f"zhengce: {error.line()}"
    if console is not None:  # above a live progress bar
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        print(line, file=sys.stderr, flush=True)


def say_duplicate(duplicate: Duplicate) -> None:
    print(
        f"zhengce: {duplicate.source}: same text as {duplicate.kept_source}, written once",
        file=sys.stderr,
        flush=True,
    )


def parse_with_progress(total: int, quiet: bool, parse: Callable[[Progress], BatchResult]) -> BatchResult:
    """``parse(progress)`` with a progress bar over ``total`` files on a terminal (and each refused
    file's line above it)."""
    if quiet or total < 2:
        return parse(lambda path, outcome: report(outcome))

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    if not console.is_terminal:  # no bar in logs and pipes: only the error lines
        return parse(lambda path, outcome: report(outcome))
    columns = (
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[name]}"),
    )
    progress = Progress(*columns, console=console, transient=True)
    bar = progress.add_task("parse", total=total, name="")

    def advance(path: Path, outcome) -> None:
        # The bar's refresh thread starts with the first result, after the workers are forked:
        # forking while a thread holds a lock can leave the lock held for ever in the child.
        progress.start()
        report(outcome, progress.console)
        progress.update(bar, advance=1, name=path.name)

    try:
        return parse(advance)
    finally:
        progress.stop()


def report(outcome, console=None) -> None:
    from flows.steps import FileError

    if isinstance(outcome, FileError):
        say_error(outcome, console)


def import_summary_table() -> None:
    import rich.console  # noqa: F401
    import rich.table  # noqa: F401


def summary_table(result: BatchResult):
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
    totals = result.totals
    if totals.parsed > len(shown):
        table.add_row(f"… {totals.parsed - len(shown)} more", "", *[""] * 6)
    table.caption = (
        f"{totals.parsed} of {result.files} files parsed"
        + (f", {len(result.errors)} refused" if result.errors else "")
        + (f", {len(result.duplicates)} duplicates written once" if result.duplicates else "")
        + f"; {totals.money} money, {totals.ratios} ratios, {totals.targets} targets"
    )
    return table
