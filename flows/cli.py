"""The `zhengce` command. Each subcommand lives in its own module and is imported only when used,
so `zhengce parse` does not pay for importing Prefect unless asked to run through it."""

from __future__ import annotations

import argparse
import importlib
import sys

# subcommand -> module with `add_arguments(parser)` and `run(args) -> int`
COMMANDS = {
    "parse": ("flows.cmd_parse", "parse drafts into Parquet/JSON datasets"),
    "diff": ("flows.cmd_diff", "compare two drafts and write a 新旧对照表"),
    "watch": ("flows.cmd_watch", "parse and compare new drafts dropped into an inbox"),
    "sql": ("flows.cmd_sql", "query the tables of an output folder with DuckDB SQL"),
    "export": ("flows.cmd_export", "write the tables an analyst reads to an Excel workbook"),
    "history": ("flows.cmd_history", "follow every unit and value across the versions of one policy"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="zhengce", description="Chinese policy drafts as data.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        module = importlib.import_module(module_name)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args._run(args)
    except KeyboardInterrupt:
        print("zhengce: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
