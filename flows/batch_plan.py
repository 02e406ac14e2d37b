"""What a batch is: its files, how many worker processes it gets, and the chunks they parse.

Nothing here imports pyarrow or the parsers: `zhengce parse` decides from it, before its heavier
imports, whether a batch runs in its own process (flows/cmd_parse.py forks its DuckDB writer then),
and starts the workers of a batch that does not while it lists the files (``WorkerStart``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flows.workers import WorkerPool
    from parsers.ingest import Limits

# At most this much input per chunk (about 85,000 characters of Chinese): what a worker holds at once,
# whatever the size of the batch, so memory stays flat; small enough for a few chunks per core.
CHUNK_BYTES = 256 * 1024
CHUNK_FILES = 500  # and at most this many files
MIN_CHUNK_BYTES = 128 * 1024  # a chunk smaller than this is not worth a segment of its own
CHUNKS_PER_WORKER = 4  # a few chunks per worker, so one slow chunk does not leave a core idle
PARALLEL_MIN_BYTES = 512 * 1024  # below this a batch parses faster in this process than with workers


def _suffix(name: str) -> str:
    """A file name's suffix as ``Path.suffix`` gives it ("" for "a." or ".txt")."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _kind(entry: os.DirEntry, suffixes: Collection[str]) -> str | None:
    """ "dir" for a folder searched further (not a link to one), "file" for a file to parse, else None."""
    try:
        if entry.is_dir(follow_symlinks=False):
            return "dir"
        if _suffix(entry.name).lower() in suffixes and entry.is_file():  # a link to a file counts
            return "file"
    except OSError:  # gone, or a link that leads nowhere
        pass
    return None


def _is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:  # (not known without a system call, and that failed): resolved on its own, as any link
        return True


def _files_under(
    folder: str, suffixes: Collection[str], resolved: str | None
) -> Iterator[tuple[str, str | None]]:
    """The files under ``folder`` with one of ``suffixes``, as ``folder``'s path joined to theirs, in the
    order ``sorted(Path(folder).rglob("*"))`` gives (depth first, each folder's names sorted); names
    starting with "." are skipped, folders and all. One folder's names at a time, as strings: rglob
    holds a Path object of every entry until it ends (7 MB for 10,000 files), whose freed fragments
    the process that commits the batch then kept to its end.

    Each with its resolved path when that is ``resolved`` (the folder's) joined to its name: a file that
    is no symbolic link, in a folder that is none (the folders followed here are not); None for a link."""
    try:
        with os.scandir(folder) as entries:
            listed = sorted(
                (entry.name, kind, _is_link(entry))
                for entry in entries
                if not entry.name.startswith(".") and (kind := _kind(entry, suffixes)) is not None
            )
    except (PermissionError, NotADirectoryError, FileNotFoundError):
        return
    for name, kind, link in listed:
        path = name if folder == "." else os.path.join(folder, name)
        own = None if resolved is None or link else os.path.join(resolved, name)
        if kind == "dir":
            yield from _files_under(path, suffixes, own)
        else:
            yield path, own


def _resolved(name: str) -> str:
    """``str(Path(name).resolve())``: what tells two names of one file apart from two files."""
    try:
        return str(Path(name).resolve())
    except (OSError, RuntimeError):  # a symbolic link loop: kept, so the run reports it as a bad file
        return os.path.abspath(name)


def collect_path_names(
    paths: Iterable[str | Path], listed: Callable[[str], object] | None = None
) -> list[str]:
    """``collect_paths`` as strings (``str`` of each Path): what a batch keeps of its files.
    ``listed``: called with each file as it is found (``WorkerStart.listed``).

    A folder's files are told apart by the folder's resolved path joined to their names: resolving each
    file (a system call for every part of its path) cost more than the rest of the listing."""
    from parsers.ingest import READ_SUFFIXES

    found: list[str] = []
    seen: set[str] = set()  # resolved paths, as strings: a fraction of the memory of Path objects

    def add(name: str, key: str | None = None) -> None:
        key = key or _resolved(name)
        if key not in seen:
            seen.add(key)
            found.append(name)
            if listed is not None:
                listed(name)

    for given in paths:
        name = str(Path(given))
        if os.path.isdir(name):
            for child, key in _files_under(name, READ_SUFFIXES, _resolved(name)):
                add(child, key)
        else:
            add(name)
    return found


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """The files to parse: files as given, folders searched recursively for .txt .html .htm .docx .pdf
    (and .doc .wps, so that the run says to convert them rather than skipping them unseen).

    Order: the arguments' order, each folder's files sorted; a file reached twice counts
    once. A path that does not exist is kept, so the run reports it as a bad file.
    Hidden files and folders (a name starting with ".") inside a folder are skipped.
    """
    return [Path(name) for name in collect_path_names(paths)]


@dataclass(frozen=True)
class Chunk:
    """Files of a batch that one worker parses and stages together; ``orders`` are their places in the batch."""

    index: int
    paths: tuple[str, ...]
    orders: Sequence[int]  # a range from plan_chunks: the parent keeps every chunk's until the commit
    root: str | None = None  # the folder relative paths are read from (see parse_file)
    limits: Limits | None = None  # input bounds set by the parent (None: the environment's where it runs)


def _size(path: str | Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def plan_chunks(
    files: Sequence[str | Path], workers: int = 1, chunk_bytes: int = CHUNK_BYTES, root: str | None = None
) -> list[Chunk]:
    """Cut the batch into chunks of about equal input size: several per worker, none past ``chunk_bytes``.

    ``root``: the folder the chunks' relative paths are read from, wherever they run.
    """
    sizes = [_size(path) for path in files]
    target = max(MIN_CHUNK_BYTES, sum(sizes) // max(1, workers * CHUNKS_PER_WORKER))
    target = min(target, chunk_bytes)
    chunks: list[Chunk] = []
    paths: list[str] = []
    first = held = 0  # the place in the batch of the chunk's first file; its bytes so far
    for order, (path, size) in enumerate(zip(files, sizes, strict=True)):
        if paths and (held + size > target or len(paths) >= CHUNK_FILES):
            chunks.append(Chunk(len(chunks), tuple(paths), range(first, order), root))
            paths, first, held = [], order, 0
        paths.append(str(path))
        held += size
    if paths:
        chunks.append(Chunk(len(chunks), tuple(paths), range(first, first + len(paths)), root))
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


def worker_count(files: Sequence[str | Path], requested: int | None = None) -> int:
    """How many worker processes a batch gets: none (0) for a small batch or a single core."""
    if requested is not None:
        return max(0, requested)
    cores = available_cores()
    if cores < 2 or sum(_size(path) for path in files) < PARALLEL_MIN_BYTES:
        return 0
    return cores


class WorkerStart:
    """Starts a batch's worker processes while its files are listed, as soon as the files found so far
    prove that the batch runs on workers: the workers then inherit none of the listing and planning,
    which grow with the batch (the parent's path strings, and the allocator pages their temporaries
    left partly free: a worker forked after them started 3-5 MB larger at 10,000 files than at 1,000).
    A batch that the listing does not prove forks nothing here (a small one never forks at all).
    It forks every worker it may use, not ``min(workers, chunks)``: the chunks are planned after the
    listing, and a worker forked then would carry the listing. A batch of fewer chunks than workers
    pays for it, in time and memory only (``--workers 8`` over two chunks, or many cores over a batch
    just past PARALLEL_MIN_BYTES, some four chunks: the spare workers import the parsers, take no
    chunk, close nothing and exit).

    ``requested`` and ``chunk_bytes``: as ``worker_count`` and ``plan_chunks`` take them; ``prepare``:
    called in this process just before the fork (imports for the workers to inherit). Give ``listed``
    to one listing of the batch; ``pool``: the workers, once started; ``close`` ends workers that were
    never given the batch.
    """

    def __init__(
        self,
        requested: int | None = None,
        chunk_bytes: int = CHUNK_BYTES,
        prepare: Callable[[], object] | None = None,
    ) -> None:
        self.requested = requested
        self.chunk_bytes = chunk_bytes
        self.prepare = prepare
        if requested is not None:
            self.workers = max(0, requested)
        else:
            self.workers = cores if (cores := available_cores()) >= 2 else 0
        self.pool: WorkerPool | None = None
        self._files = 0
        self._bytes = 0

    def listed(self, name: str) -> None:
        """One more file of the batch."""
        if self.pool is not None or not self.workers:
            return
        self._files += 1
        self._bytes += _size(name)
        if self._proves_workers():
            from flows.segment_staging import FRESH_AFTER_CHUNKS, start_worker
            from flows.workers import WorkerPool

            if self.prepare is not None:
                self.prepare()
            self.pool = WorkerPool(self.workers, start_worker, FRESH_AFTER_CHUNKS)

    def _proves_workers(self) -> bool:
        """Whether the files so far make a batch that ``worker_count`` gives workers and ``plan_chunks``
        cuts in two chunks or more, whatever files follow: two files of more than a chunk's target."""
        if self._files < 2:
            return False
        # by default, a chunk's target (MIN_CHUNK_BYTES, or a quarter of a worker's share) is below the threshold
        if self.requested is None:
            return self._bytes >= PARALLEL_MIN_BYTES
        return self._bytes > self.chunk_bytes or self._files > CHUNK_FILES

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
