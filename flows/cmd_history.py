"""`zhengce history FILE... --out OUT [--series NAME] [--by-date]`: follow a series of drafts.

FILE... are versions of one policy, oldest first (征求意见稿 → 修改稿 → 送审稿 → issued text), or in any
order with ``--by-date`` (the date each document says). Writes every version's tables, the diff of each
version with the one before it (OUT/diffs/<old>__<new>.json/.html/.docx), the ``history`` table (one
row per unit or value per version) and OUT/diffs/history-<key>.json/.html, and prints the values that
changed across the series.
Exit status: 0 done; 1 a file could not be read or parsed (one line each on stderr), or the output could
not be written, and nothing is written then; 2 fewer than two files.
"""

from __future__ import annotations

import argparse
import sys

from rich.console import Console
from rich.table import Table

from flows.cmd_diff import run_step
from flows.history_steps import HistoryResult, history_files
from outputs.history_report import POINT_NAMES
from outputs.report_names import FIELD_NAMES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="the versions, oldest first (.txt .html .docx .pdf)"
    )
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    parser.add_argument("--series", default=None, help="name of the policy series (default: from the titles)")
    parser.add_argument("--by-date", action="store_true", help="order the versions by the dates they say")


def _print_summary(result: HistoryResult, console: Console) -> None:
    history = result.history
    console.print(f"[bold]{history.series}[/bold]: {len(history.versions)} versions")
    for info in history.versions:
        console.print(f"  {info.version}. {info.label or '-'}  {info.source}  ({info.doc_id})")
    table = Table(title="Values across the series (changed, added or removed)", title_justify="left")
    table.add_column("value")
    table.add_column("where")
    for info in history.versions:
        table.add_column(f"v{info.version}")
    for track in history.tracks:
        if track.item == "unit" or not track.changed:
            continue
        cells = {p.version: p for p in track.points}
        row = []
        for info in history.versions:
            point = cells.get(info.version)
            if point is None:
                row.append("")
            elif point.change == "removed":
                row.append("(removed)")
            else:
                note = POINT_NAMES.get(point.change, "")
                row.append(f"{point.surface}{' ' + note if note else ''}")
        table.add_row(FIELD_NAMES.get(track.item, track.item), track.latest.label or "", *row)
    console.print(table)
    units = [t for t in history.tracks if t.item == "unit" and t.changed]
    console.print(
        f"units changed somewhere in the series: {len(units)} of {sum(t.item == 'unit' for t in history.tracks)}"
    )
    console.print(f"history: {result.paths.html}")
    for report in result.reports:
        console.print(f"diff:    {report.html}")


def run(args: argparse.Namespace) -> int:
    if len(args.files) < 2:
        print("zhengce: history needs at least two versions", file=sys.stderr)
        return 2
    result = run_step(
        args.out, lambda: history_files(args.files, args.out, series=args.series, by_date=args.by_date)
    )
    if isinstance(result, int):
        return result
    # piped output is read whole (a file, a log): wide enough that amounts are not cut
    _print_summary(result, Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160))
    return 0
