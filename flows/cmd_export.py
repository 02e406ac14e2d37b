"""`zhengce export OUT --xlsx FILE [--ics FILE]`: the tables an analyst reads, for other programs.

``--xlsx`` writes one Excel workbook: documents, money, ratios, targets and value changes, one
sheet each, plus a sheet that explains every column (outputs/export_xlsx.py). ``--ics`` writes
the calendar of comment deadlines to FILE, built afresh from the documents table (every commit
already keeps OUT/deadlines.ics current; this writes a copy elsewhere, or repairs it).

Exit status: 0 written; 1 a file could not be written (one line on stderr, nothing left half
written); 2 OUT holds no tables, or nothing was asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="output folder of zhengce parse/diff/watch")
    parser.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook of the tables to FILE")
    parser.add_argument(
        "--ics", metavar="FILE", help="write the comment-deadline calendar (RFC 5545) to FILE"
    )


def _say(message: str) -> None:
    print(f"zhengce: {message}", file=sys.stderr)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return " ".join(str(error).split()) or type(error).__name__


def run(args: argparse.Namespace) -> int:
    if not args.xlsx and not args.ics:
        _say("export: say what to write: --xlsx FILE and/or --ics FILE")
        return 2
    from outputs.sql import has_dataset

    if not has_dataset(args.out):
        _say(f"{args.out}: no zhengce tables here (write some with: zhengce parse FILE --out {args.out})")
        return 2
    status = 0
    if args.xlsx:
        from outputs.export_xlsx import export_workbook

        try:
            counts = export_workbook(args.out, args.xlsx)
        except Exception as error:  # one line, no traceback; the temporary file is gone
            _say(f"{args.xlsx}: cannot write the workbook: {_reason(error)}")
            status = 1
        else:
            rows = ", ".join(f"{name.split()[-1]} {count}" for name, count in counts.items())
            print(f"{args.xlsx}: {rows}")
    if args.ics:
        from outputs.calendar import write_calendar
        from outputs.companions import consultations_in

        try:
            items = consultations_in(args.out)
            write_calendar(Path(args.ics), items)
        except Exception as error:
            _say(f"{args.ics}: cannot write the calendar: {_reason(error)}")
            status = 1
        else:
            print(f"{args.ics}: {len(items)} comment deadline{'s' * (len(items) != 1)}")
    return status
