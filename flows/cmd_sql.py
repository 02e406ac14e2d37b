"""`zhengce sql OUT "SELECT …" [--csv | --json] [--max-rows N]`: DuckDB over the tables of OUT.

Every table is a view named like it (documents, nodes, money, ratios, targets, changes,
value_changes), so ``SELECT provision_label, surface FROM money`` works as written. The result
is printed as a table, or as CSV or JSON (an array of objects) for other programs. The query
can also come from a file (``@query.sql``) or standard input (``-``).

Exit status: 0 answered; 1 the query failed (one line on stderr: ``zhengce: sql: reason``);
2 OUT holds no tables, or the query file cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

DEFAULT_MAX_ROWS = 200  # rows printed as a table; --csv and --json print all of them


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="output folder of zhengce parse/diff/watch")
    parser.add_argument(
        "query", metavar="SQL", help='the query ("SELECT …"), @FILE to read it from a file, or -'
    )
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="print CSV (header and every row)")
    fmt.add_argument("--json", action="store_true", help="print a JSON array of objects (every row)")
    parser.add_argument(
        "--max-rows",
        type=int,
        default=DEFAULT_MAX_ROWS,
        metavar="N",
        help=f"rows shown in the table (default {DEFAULT_MAX_ROWS}; 0 for all)",
    )


def _say(message: str) -> None:
    print(f"zhengce: {message}", file=sys.stderr)


def _read_query(given: str) -> str:
    if given == "-":
        return sys.stdin.read()
    if given.startswith("@"):
        return Path(given[1:]).read_text(encoding="utf-8")
    return given


def _plain(value):
    """A value as JSON has it: dates as ISO 8601, non-finite floats as null."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def _cell(value) -> str:
    if value is None:
        return "[dim]NULL[/dim]"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return f"{value:.1f}"  # 1000000.0, not 1e+06
    from rich.markup import escape

    return escape(str(_plain(value)))


def _print_table(columns: list[str], rows: list[tuple], total: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not console.is_terminal:  # a file or a pipe: wide enough that rows stay on one line
        console.width = 200
    table = Table(show_lines=False, title_justify="left")
    for name in columns:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    shown = f"{len(rows)} of {total} rows" if len(rows) < total else f"{total} row{'s' * (total != 1)}"
    table.caption = shown
    console.print(table)


def run(args: argparse.Namespace) -> int:
    try:
        query = _read_query(args.query)
    except OSError as error:
        _say(f"{args.query[1:]}: cannot read the query: {error.strerror or error}")
        return 2
    import duckdb

    from outputs.sql import NoDataset, connect

    try:
        con = connect(args.out)
    except NoDataset as error:
        _say(str(error))
        return 2
    try:
        cursor = con.execute(query)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        rows = cursor.fetchall() if columns else []
    except duckdb.Error as error:  # DuckDB's message starts with its kind: "Binder Error: …"
        lines = str(error).strip().splitlines() or [type(error).__name__]
        _say(f"sql: {lines[0]}")
        return 1
    finally:
        con.close()
    if args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_plain(v) if v is not None else "" for v in row] for row in rows)
    elif args.json:
        records = [{name: _plain(v) for name, v in zip(columns, row, strict=True)} for row in rows]
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif columns:
        shown = rows[: args.max_rows] if args.max_rows > 0 else rows
        _print_table(columns, shown, len(rows))
    return 0
