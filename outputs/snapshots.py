"""Snapshots of a dataset folder: the live one, the numbering, the table links, and garbage.

``OUT/<table>`` is a relative symlink to ``.zhengce/current/<table>``; ``.zhengce/current`` points
at ``snapshots/<n>``. A commit builds ``tmp/<n>-<pid>``, renames it to ``snapshots/<n>`` and swaps
``current`` with one ``os.replace``. ``collect_garbage`` removes half-built snapshots and every
snapshot but the live one and its predecessor (a reader that listed files just before a swap can
still open them).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from outputs.files import replace_symlink
from outputs.schema import TABLES
from outputs.staging import STATE_DIR


class DatasetError(Exception):
    """The output folder is not one this module can write to."""


def state_dir(out: Path) -> Path:
    return out / STATE_DIR


def current_snapshot(out: str | Path) -> Path | None:
    """The folder of the live snapshot, or None before the first commit."""
    link = state_dir(Path(out)) / "current"
    try:
        target = os.readlink(link)
    except (FileNotFoundError, OSError):
        return None
    path = link.parent / target
    return path if path.is_dir() else None


def snapshot_number(path: Path) -> int | None:
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def next_number(state: Path) -> int:
    numbers = [0]
    for folder in ("snapshots", "tmp"):
        for child in (state / folder).iterdir() if (state / folder).is_dir() else ():
            number = snapshot_number(child)
            if number is not None:
                numbers.append(number)
    return max(numbers) + 1


def collect_garbage(state: Path) -> None:
    """Remove half-built snapshots of killed runs and every snapshot but the live one and its predecessor."""
    shutil.rmtree(state / "tmp", ignore_errors=True)
    for folder in (state, state.parent):  # temporary symlinks of a swap that was cut short
        for temp in folder.glob(".*.tmp-*"):
            if temp.is_symlink():
                temp.unlink(missing_ok=True)
    snapshots = state / "snapshots"
    if not snapshots.is_dir():
        return
    live = current_snapshot(state.parent)
    live_number = snapshot_number(live) if live else None
    numbers = {snapshot_number(child): child for child in snapshots.iterdir()}
    keep: set[int] = set()
    if live_number is not None:
        keep.add(live_number)
        older = [n for n in numbers if n is not None and n < live_number]
        if older:
            keep.add(max(older))
    for number, child in numbers.items():
        if number not in keep:
            shutil.rmtree(child, ignore_errors=True)


def ensure_table_links(out: Path) -> None:
    for table in TABLES:
        link = out / table
        target = f"{STATE_DIR}/current/{table}"
        if link.is_symlink():
            if os.readlink(link) == target:
                continue
        elif link.exists():
            raise DatasetError(f"{link}: exists and is not a zhengce dataset link; move it away")
        replace_symlink(link, target)


def table_files(out: str | Path, name: str) -> list[Path]:
    """The Parquet files of table ``name`` in the live snapshot."""
    live = current_snapshot(out)
    if live is None:
        return []
    return sorted((live / name).glob("part-*.parquet"))
