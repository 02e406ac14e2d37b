"""`zhengce watch`.  (CONTRACT STUB: replaced by the helper that owns this command.)"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--out", default="out")


def run(args: argparse.Namespace) -> int:
    raise SystemExit("zhengce watch: not built yet")
