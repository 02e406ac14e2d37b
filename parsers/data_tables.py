"""The one reader of the data tables (parsers/data/*.toml and the goal detector's weights, goal_detector.json; the
tables of outputs/ and revisions/): each file is parsed once per process, whichever rules ask for it.

Parsing TOML is slow for what it gives: lexicon.toml takes about 10 ms, traditional.toml 7 ms, titles.toml 2 ms,
some 20 ms of every process's start and every worker's (and json 2 ms for the detector's 8,000 weights), and modules
that each parsed a file themselves parsed some twice (status.toml, three times). Every module asks ``data_table``
instead.

What it returns is shared by every caller of the process: a caller never changes it (one that needs to change
it copies it first, as revisions/series.py does).

The core only reads: ``parse`` below is the whole of its reading. The `zhengce parse` command may put a reader of
its own in its place (flows/table_cache.py keeps each table's parsed form between runs, as Python keeps
bytecode); whatever reads, a table's contents are those of its file.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def parse(path: Path) -> dict:
    """``path``'s TOML (or JSON, for a name ending .json), parsed."""
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    with path.open("rb") as handle:
        return tomllib.load(handle)


# Who reads a table's file: ``parse``, or the reader flows/table_cache.py installs (before any table is read).
reader: Callable[[Path], dict] = parse


def data_table(path: Path) -> dict:
    """The table in ``path`` (a TOML or JSON file), read once per process; callers never change it."""
    return _read(path.resolve())  # one entry per file, however the caller spelled its path


@cache
def _read(path: Path) -> dict:
    return reader(path)


def parsers_table(name: str) -> dict:
    """``parsers/data/<name>.toml``, read once per process (``data_table``)."""
    return data_table(DATA_DIR / f"{name}.toml")


def every_table() -> list[Path]:
    """Every table of the tree: parsers/, outputs/ and revisions/ each keep theirs in a folder ``data``."""
    root = DATA_DIR.parent.parent
    folders = [root / package / "data" for package in ("parsers", "outputs", "revisions")]
    return sorted(
        path for folder in folders for path in folder.iterdir() if path.suffix in (".toml", ".json")
    )
