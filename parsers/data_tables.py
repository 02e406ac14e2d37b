"""The one reader of the data tables (parsers/data/*.toml, and the tables of outputs/ and revisions/): each file is
parsed once per process, whichever rules ask for it.

Parsing TOML is slow for what it gives: lexicon.toml takes about 10 ms, traditional.toml 7 ms, titles.toml 2 ms,
some 20 ms of every process's start and every worker's, and modules that each parsed a file themselves parsed some
twice (status.toml, three times). Every module asks ``data_table`` instead.

What it returns is shared by every caller of the process: a caller never changes it (one that needs to change
it copies it first, as revisions/series.py does).

The core only reads: ``parse`` below is the whole of its reading. The `zhengce parse` command may put a reader of
its own in its place (flows/table_cache.py keeps each table's parsed form between runs, as Python keeps
bytecode); whatever reads, a table's contents are those of its file.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def parse(path: Path) -> dict:
    """``path``'s TOML, parsed."""
    with path.open("rb") as handle:
        return tomllib.load(handle)


# Who reads a table's file: ``parse``, or the reader flows/table_cache.py installs (before any table is read).
reader: Callable[[Path], dict] = parse


def data_table(path: Path) -> dict:
    """The table in ``path`` (a TOML file), read once per process; callers never change it."""
    return _read(path.resolve())  # one entry per file, however the caller spelled its path


@cache
def _read(path: Path) -> dict:
    return reader(path)


def parsers_table(name: str) -> dict:
    """``parsers/data/<name>.toml``, read once per process (``data_table``)."""
    return data_table(DATA_DIR / f"{name}.toml")
