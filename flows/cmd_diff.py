"""`zhengce diff OLD NEW --out OUT [--series NAME]`: compare two drafts of a policy.

Parses both (their tables are written too), writes the diff to the changes and
value_changes tables and OUT/diffs/<old>__<new>.json/.html/.docx, and prints a summary.
Runs in-process through flows/diff_steps.py: no Prefect import, no server.
Exit status: 0 done; 1 a file could not be read or parsed (one line each on stderr:
``zhengce: PATH: reason``), or the output could not be written; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TypeVar

from rich.console import Console
from rich.table import Table

from flows.diff_steps import DiffResult, diff_files
from flows.steps import FileError, one_line
from outputs.report_names import CHANGE_NAMES, FIELD_NAMES, ROLE_NAMES, VALUE_CHANGE_NAMES

T = TypeVar("T")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the earlier draft (.txt, .html, .htm, .docx)")
    parser.add_argument("new", metavar="NEW", help="the later draft")
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    parser.add_argument("--series", default=None, help="name of the policy series (default: from the titles)")


def _print_summary(result: DiffResult, console: Console) -> None:
    diff = result.diff
    console.print(f"[bold]{diff.series or diff.new_title or diff.new_doc_id}[/bold]")
    console.print(f"  old: {result.old.source.path}  ({diff.old_status or '-'}, {diff.old_doc_id})")
    console.print(f"  new: {result.new.source.path}  ({diff.new_status or '-'}, {diff.new_doc_id})")
    counts = Table(title="Units (measures, articles …)", title_justify="left")
    counts.add_column("change")
    counts.add_column("", style="dim")
    counts.add_column("count", justify="right")
    for kind, count in diff.summary.nodes.items():
        counts.add_row(kind, CHANGE_NAMES.get(kind, ""), str(count))
    counts.add_row("moved (flag)", "移动", str(diff.summary.moved), style="cyan")
    counts.add_row("renumbered (flag)", "编号变更", str(diff.summary.renumbered), style="cyan")
    console.print(counts)
    values = Table(title=f"Value changes ({len(diff.value_changes)})", title_justify="left")
    for column in ("change", "field", "role", "where", "old", "", "new"):
        values.add_column(column)
    for value in diff.value_changes:
        where = value.new_unit_label or value.old_unit_label or ""
        if value.old_unit_label and value.new_unit_label and value.old_unit_label != value.new_unit_label:
            where = f"{value.old_unit_label}→{value.new_unit_label}"
        values.add_row(
            VALUE_CHANGE_NAMES.get(value.change, value.change),
            FIELD_NAMES.get(value.field, value.field),
            ROLE_NAMES.get(value.role or "", value.role or ""),
            where,
            value.old_surface or "—",
            "→",
            value.new_surface or "—",
        )
    console.print(values)
    console.print(f"report: {result.html_path}")
    console.print(f"word:   {result.docx_path}")
    console.print(f"json:   {result.json_path}")


def run_step(out: str, step: Callable[[], T | list[FileError]]) -> T | int:
    """Run a command's step: its result, or the exit status after one line per error on stderr."""
    try:
        result = step()
    except OSError as error:
        print(f"zhengce: {out}: cannot write: {one_line(error)}", file=sys.stderr)
        return 1
    if isinstance(result, list):
        for error in result:
            print(f"zhengce: {error.line()}", file=sys.stderr)
        return 1
    return result


def run(args: argparse.Namespace) -> int:
    result = run_step(args.out, lambda: diff_files(args.old, args.new, args.out, series=args.series))
    if isinstance(result, int):
        return result
    _print_summary(result, Console(soft_wrap=True))
    return 0
