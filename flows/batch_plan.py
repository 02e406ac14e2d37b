"""What a batch is: its files, how many worker processes it gets, and the chunks they parse.

Nothing here imports pyarrow or the parsers: `zhengce parse` decides from it, before its heavier
imports, whether a batch runs in its own process (flows/cmd_parse.py forks its DuckDB writer then).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.ingest import Limits

# At most this much input per chunk (about 85,000 characters of Chinese): what a worker holds at once,
# whatever the size of the batch, so memory stays flat; small enough for a few chunks per core.
CHUNK_BYTES = 256 * 1024
CHUNK_FILES = 500  # and at most this many files
MIN_CHUNK_BYTES = 128 * 1024  # a chunk smaller than this is not worth a segment of its own
CHUNKS_PER_WORKER = 4  # a few chunks per worker, so one slow chunk does not leave a core idle
PARALLEL_MIN_BYTES = 512 * 1024  # below this a batch parses faster in this process than with workers


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files to parse: files as given, folders searched recursively for .txt .html .htm .docx .pdf
    (and .doc .wps, so that the run says to convert them rather than skipping them unseen).

    Order: the arguments' order, each folder's files sorted; a file reached twice counts
    once. A path that does not exist is kept, so the run reports it as a bad file.
    Hidden files and folders (a name starting with ".") inside a folder are skipped.
    """
    from parsers.ingest import READ_SUFFIXES

    found: list[Path] = []
    seen: set[str] = set()  # resolved paths, as strings: a fraction of the memory of Path objects

    def add(path: Path) -> None:
        try:
            key = str(path.resolve())
        except (OSError, RuntimeError):  # a symbolic link loop: kept, so the run reports it as a bad file
            key = str(path.absolute())
        if key not in seen:
            seen.add(key)
            found.append(path)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in READ_SUFFIXES and not _is_hidden(child, path):
                    add(child)
        else:
            add(path)
    return found


@dataclass(frozen=True)
class Chunk:
    """Files of a batch that one worker parses and stages together; ``orders`` are their places in the batch."""

    index: int
    paths: tuple[str, ...]
    orders: tuple[int, ...]
    root: str | None = None  # the folder relative paths are read from (see parse_file)
    limits: Limits | None = None  # input bounds set by the parent (None: the environment's where it runs)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def plan_chunks(
    files: Sequence[Path], workers: int = 1, chunk_bytes: int = CHUNK_BYTES, root: str | None = None
) -> list[Chunk]:
    """Cut the batch into chunks of about equal input size: several per worker, none past ``chunk_bytes``.

    ``root``: the folder the chunks' relative paths are read from, wherever they run.
    """
    sizes = [_size(path) for path in files]
    target = max(MIN_CHUNK_BYTES, sum(sizes) // max(1, workers * CHUNKS_PER_WORKER))
    target = min(target, chunk_bytes)
    chunks: list[Chunk] = []
    paths: list[str] = []
    orders: list[int] = []
    held = 0
    for order, (path, size) in enumerate(zip(files, sizes, strict=True)):
        if paths and (held + size > target or len(paths) >= CHUNK_FILES):
            chunks.append(Chunk(len(chunks), tuple(paths), tuple(orders), root))
            paths, orders, held = [], [], 0
        paths.append(str(path))
        orders.append(order)
        held += size
    if paths:
        chunks.append(Chunk(len(chunks), tuple(paths), tuple(orders), root))
    return chunks


def working_folder() -> str | None:
    try:
        return os.getcwd()
    except OSError:  # removed under us: relative paths then fail file by file, as they would anyway
        return None


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def worker_count(files: Sequence[Path], requested: int | None = None) -> int:
    """How many worker processes a batch gets: none (0) for a small batch or a single core."""
    if requested is not None:
        return max(0, requested)
    cores = available_cores()
    if cores < 2 or sum(_size(path) for path in files) < PARALLEL_MIN_BYTES:
        return 0
    return cores
