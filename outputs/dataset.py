"""The Parquet datasets under OUT/: bucketed, replace-by-key, and atomic across all tables.

Layout::

    OUT/documents -> .zhengce/current/documents      (one relative symlink per table)
    OUT/.zhengce/current -> snapshots/<n>            (the live snapshot)
    OUT/.zhengce/snapshots/<n>/<table>/part-<bucket>-<n>.parquet
    OUT/.zhengce/tmp/                                (snapshots being built)
    OUT/.zhengce/lock                                (one writer at a time)

A row belongs to a bucket by a hash of its key (``doc_id``; ``new_doc_id`` for the diff
tables), so a table has at most ``N_BUCKETS * MAX_SEGMENTS`` files whatever the number of
documents, and a commit rewrites only the buckets it touches. A bucket holds a few segment
files: new documents add a segment, a document written again is removed from the
segments that hold it, and a bucket with too many segments merges its smallest ones.

A commit builds a whole new snapshot in tmp/ (unchanged files are hard links, so this is
cheap), fsyncs it, moves it under snapshots/, and then swaps the ``current`` symlink with
one ``os.replace``: readers see either the old snapshot or the new one, never a mix, and a
process killed at any moment leaves the previous snapshot live. Leftovers of a killed
commit are removed by the next one. The snapshot before the live one is kept, so a reader
that listed its files just before a swap can still open them.

pandas (``read_parquet(OUT/"money")``), pyarrow, polars (``scan_parquet(OUT/"money")`` or
``OUT/"money/**/*.parquet"``) and DuckDB (``read_parquet('OUT/money/**/*.parquet')``)
read these folders through the symlinks with no help. No ``key=value`` folders, so no
phantom partition columns.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import re
import shutil
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from outputs.companions import refresh_companions
from outputs.diff_rows import diff_rows
from outputs.history_rows import history_rows
from outputs.rows import document_rows
from outputs.schema import DIFF_TABLES, DOCUMENT_TABLES, HISTORY_TABLES, TABLES
from parsers.model import Document

N_BUCKETS = 32
MAX_SEGMENTS = 8  # per bucket; past this the smallest segments are merged
STATE_DIR = ".zhengce"
COMPRESSION = "zstd"
EXISTING_DOCUMENT_COLUMNS = ("doc_id", "source", "sha256", "title", "series", "published")

_PART = re.compile(r"^part-(\d+)-(\d+)\.parquet$")
_KEY_SEP = "\x1f"


class DatasetError(Exception):
    """The output folder is not one this module can write to."""


@dataclass(frozen=True)
class CommitResult:
    out: Path
    snapshot: int  # number of the snapshot this commit made live
    doc_ids: list[str] = field(default_factory=list)  # documents written, in order
    diff_keys: list[tuple[str, str]] = field(default_factory=list)  # (old_doc_id, new_doc_id)
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table
    files_written: int = 0
    files_linked: int = 0


# ---------------------------------------------------------------- keys and buckets


def _bucket(key: str, n_buckets: int = N_BUCKETS) -> int:
    return zlib.crc32(key.encode("utf-8")) % n_buckets


def _key_columns(table: str) -> tuple[str, ...]:
    if table in HISTORY_TABLES:
        return ("series",)
    return ("doc_id",) if table in DOCUMENT_TABLES else ("old_doc_id", "new_doc_id")


def _key_array(data: pa.Table, table: str) -> pa.Array:
    columns = _key_columns(table)
    if len(columns) == 1:
        return data.column(columns[0])
    return pc.binary_join_element_wise(*(data.column(c) for c in columns), _KEY_SEP)


# ---------------------------------------------------------------- file system helpers


def _syncfs(folder: Path) -> bool:
    """Flush the whole file system holding ``folder`` in one call (Linux syncfs); False where unavailable."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        syncfs = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        return syncfs(fd) == 0
    finally:
        os.close(fd)


def make_durable(folder: Path, files: Iterable[Path]) -> None:
    """Get ``files`` (all under ``folder``) and their folder entries onto the disk before a commit point.

    One syncfs costs about what a single fsync does; fsyncing a few hundred files one by one
    costs seconds. Falls back to fsyncing each file and folder.
    """
    if _syncfs(folder):
        return
    folders = set()
    for path in files:
        _fsync_path(path)
        folders.add(path.parent)
    for path in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _fsync_path(path)
    _fsync_path(folder)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace_symlink(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` in one atomic step (a temporary link renamed over it)."""
    temp = link.with_name(f".{link.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    os.symlink(target, temp)
    os.replace(temp, link)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:  # a file system without hard links: make_durable flushes the copy with the rest
        shutil.copy2(src, dst)


@contextlib.contextmanager
def _writer_lock(state: Path) -> Iterator[None]:
    """One writer at a time; the kernel drops the lock when a process dies, even by kill -9."""
    with open(state / "lock", "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    # ParquetFile, not pq.read_table: the latter goes through pyarrow.dataset, which imports pandas (slow)
    with pq.ParquetFile(path) as parquet:
        return parquet.read(columns=columns)


def _write_parquet(data: pa.Table, path: Path) -> None:
    pq.write_table(data, path, compression=COMPRESSION)


# ---------------------------------------------------------------- snapshots


def _state(out: Path) -> Path:
    return out / STATE_DIR


def current_snapshot(out: str | Path) -> Path | None:
    """The folder of the live snapshot, or None before the first commit."""
    link = _state(Path(out)) / "current"
    try:
        target = os.readlink(link)
    except (FileNotFoundError, OSError):
        return None
    path = link.parent / target
    return path if path.is_dir() else None


def _snapshot_number(path: Path) -> int | None:
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else None


def _next_number(state: Path) -> int:
    numbers = [0]
    for folder in ("snapshots", "tmp"):
        for child in (state / folder).iterdir() if (state / folder).is_dir() else ():
            number = _snapshot_number(child)
            if number is not None:
                numbers.append(number)
    return max(numbers) + 1


def _collect_garbage(state: Path) -> None:
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
    live_number = _snapshot_number(live) if live else None
    numbers = {_snapshot_number(child): child for child in snapshots.iterdir()}
    keep: set[int] = set()
    if live_number is not None:
        keep.add(live_number)
        older = [n for n in numbers if n is not None and n < live_number]
        if older:
            keep.add(max(older))
    for number, child in numbers.items():
        if number not in keep:
            shutil.rmtree(child, ignore_errors=True)


def _ensure_table_links(out: Path) -> None:
    for table in TABLES:
        link = out / table
        target = f"{STATE_DIR}/current/{table}"
        if link.is_symlink():
            if os.readlink(link) == target:
                continue
        elif link.exists():
            raise DatasetError(f"{link}: exists and is not a zhengce dataset link; move it away")
        _replace_symlink(link, target)


def _segments(table_dir: Path | None) -> dict[int, list[Path]]:
    by_bucket: dict[int, list[Path]] = defaultdict(list)
    if table_dir is None or not table_dir.is_dir():
        return by_bucket
    for path in sorted(table_dir.iterdir()):
        match = _PART.match(path.name)
        if match:
            by_bucket[int(match.group(1))].append(path)
    return by_bucket


def table_files(out: str | Path, name: str) -> list[Path]:
    """The Parquet files of table ``name`` in the live snapshot."""
    live = current_snapshot(out)
    if live is None:
        return []
    return sorted((live / name).glob("part-*.parquet"))


# ---------------------------------------------------------------- building a table of a new snapshot


def _without_keys(data: pa.Table, table: str, keys: set[str]) -> pa.Table:
    mask = pc.is_in(_key_array(data, table), value_set=pa.array(sorted(keys), pa.string()))
    return data.filter(pc.invert(mask))


def _must_rewrite(path: Path, table: str, keys: set[str]) -> bool:
    """True when the segment holds rows of ``keys`` (they are being replaced) or holds no rows at all."""
    data = _read_file(path, columns=list(_key_columns(table)))
    if data.num_rows == 0:
        return True
    mask = pc.is_in(_key_array(data, table), value_set=pa.array(sorted(keys), pa.string()))
    return pc.any(mask).as_py() is True


def _build_table(
    table: str,
    old_dir: Path | None,
    new_dir: Path,
    number: int,
    rows_by_bucket: dict[int, list[dict]],
    keys_by_bucket: dict[int, set[str]],
    present: set[str] | None = None,
) -> tuple[int, int]:
    """Write the new snapshot's folder for ``table``; returns (files written, files linked).

    ``present``, when known, holds the keys already in the dataset: segments are searched for
    rows to replace only for those, so adding new documents reads no old segment at all.
    """
    schema = TABLES[table]
    new_dir.mkdir(parents=True)
    written = linked = 0
    old_segments = _segments(old_dir)
    for bucket, segments in sorted(old_segments.items()):
        if bucket not in keys_by_bucket:
            for path in segments:
                _link_or_copy(path, new_dir / path.name)
                linked += 1
    for bucket, keys in sorted(keys_by_bucket.items()):
        segments = old_segments.get(bucket, [])
        replaced = keys if present is None else keys & present
        stale = [path for path in segments if replaced and _must_rewrite(path, table, replaced)]
        kept = [path for path in segments if path not in stale]
        merge = list(stale)
        if len(kept) + 1 > MAX_SEGMENTS:  # too many segments: fold the smallest into this write
            kept.sort(key=lambda p: p.stat().st_size, reverse=True)
            keep_count = MAX_SEGMENTS // 2
            merge += kept[keep_count:]
            kept = kept[:keep_count]
        parts = [_without_keys(_read_file(path).cast(schema), table, keys) for path in merge]
        parts.append(pa.Table.from_pylist(rows_by_bucket.get(bucket, []), schema=schema))
        merged = pa.concat_tables(parts)
        for path in kept:
            _link_or_copy(path, new_dir / path.name)
            linked += 1
        if merged.num_rows:
            _write_parquet(merged, new_dir / f"part-{bucket:02d}-{number:08d}.parquet")
            written += 1
    files = list(new_dir.iterdir())
    if not files:  # an empty table still exists, with its schema
        _write_parquet(schema.empty_table(), new_dir / f"part-00-{number:08d}.parquet")
        written += 1
    elif len(files) > 1:  # the empty placeholder of an untouched bucket 0 is no longer needed
        for path in files:
            if path.name.startswith("part-00-") and pq.read_metadata(path).num_rows == 0:
                path.unlink()
                linked -= 1
    return written, linked


# ---------------------------------------------------------------- the public API


def _documents_present(live: Path | None, keys_by_bucket: dict[int, set[str]]) -> set[str]:
    """Which of the doc_ids about to be written are in the dataset already.

    Every commit writes a document to all document tables at once, so the documents table is
    their index: one key column per touched bucket, instead of every segment of every table.
    """
    if live is None:
        return set()
    segments = _segments(live / "documents")
    present: set[str] = set()
    for bucket, keys in keys_by_bucket.items():
        for path in segments.get(bucket, []):
            present.update(keys.intersection(_read_file(path, columns=["doc_id"]).column(0).to_pylist()))
    return present


def commit(
    out: str | Path,
    documents: Iterable[Document] = (),
    diffs: Iterable = (),
    series: Mapping[str, str] | None = None,
    diff_documents: Iterable[Document] = (),
    histories: Iterable = (),
) -> CommitResult:
    """Write ``documents`` and ``diffs`` to every table under ``out`` as one atomic step.

    A document replaces the rows of the same ``doc_id`` in every document table; a diff
    replaces the rows of the same (old_doc_id, new_doc_id) in the diff tables. ``series``
    (doc_id -> name) overrides the series worked out from a document's title.
    ``diff_documents`` are documents the diffs compare that are not rewritten here (an earlier
    draft read back from its JSON): they only tell each value change which provision it is in.
    A series history (revisions.history.SeriesHistory) replaces the history rows of its series.
    """
    out = Path(out)
    state = _state(out)
    (state / "snapshots").mkdir(parents=True, exist_ok=True)

    rows: dict[str, dict[int, list[dict]]] = {table: defaultdict(list) for table in TABLES}
    keys: dict[str, dict[int, set[str]]] = {table: defaultdict(set) for table in TABLES}
    latest: dict[str, Document] = {}
    for doc in documents:  # the same draft twice in one commit counts once
        latest[doc.doc_id] = doc
    for doc_id, doc in latest.items():
        bucket = _bucket(doc_id)
        for table, table_rows in document_rows(doc, (series or {}).get(doc_id)).items():
            keys[table][bucket].add(doc_id)
            rows[table][bucket].extend(table_rows)
    latest_diffs: dict[tuple[str, str], object] = {}
    for diff in diffs:  # the later diff of the same pair wins
        latest_diffs[(diff.old_doc_id, diff.new_doc_id)] = diff
    compared = {doc.doc_id: doc for doc in diff_documents} | latest
    for pair, diff in latest_diffs.items():
        bucket = _bucket(pair[1])
        table_rows = diff_rows(diff, compared.get(pair[0]), compared.get(pair[1]))
        for table in DIFF_TABLES:  # a diff with no rows still clears the pair's old rows
            keys[table][bucket].add(_KEY_SEP.join(pair))
            rows[table][bucket].extend(table_rows.get(table, []))

    for history in histories:
        bucket = _bucket(history.series)
        for table in HISTORY_TABLES:
            keys[table][bucket].add(history.series)
            rows[table][bucket].extend(history_rows(history))

    with _writer_lock(state):
        _ensure_table_links(out)  # before building: a folder in the way fails the commit early
        _collect_garbage(state)
        live = current_snapshot(out)
        number = _next_number(state)
        build = state / "tmp" / f"{number}-{os.getpid()}"
        build.mkdir(parents=True)
        written = linked = 0
        present = _documents_present(live, keys["documents"])
        for table in TABLES:
            w, ln = _build_table(
                table,
                live / table if live else None,
                build / table,
                number,
                rows[table],
                keys[table],
                present if table in DOCUMENT_TABLES else None,
            )
            written += w
            linked += ln
        make_durable(build, (path for path in build.rglob("*") if path.is_file()))
        snapshot = state / "snapshots" / str(number)
        os.rename(build, snapshot)
        _fsync_path(snapshot.parent)
        _replace_symlink(state / "current", f"snapshots/{number}")
        _fsync_path(state)
        _fsync_path(out)
        _collect_garbage(state)
        refresh_companions(out, latest.values())  # OUT/zhengce.duckdb and OUT/deadlines.ics
    # merging segments reads whole buckets; hand those buffers back so a long batch stays flat
    pa.default_memory_pool().release_unused()

    return CommitResult(
        out=out,
        snapshot=number,
        doc_ids=list(latest),
        diff_keys=list(latest_diffs),
        rows={table: sum(len(r) for r in rows[table].values()) for table in TABLES},
        files_written=written,
        files_linked=linked,
    )


def read_table(out: str | Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """Table ``name`` of the live snapshot (empty, with its schema, before the first commit)."""
    schema = TABLES[name]
    files = table_files(out, name)
    if not files:
        data = schema.empty_table()
        return data.select(columns) if columns else data
    import pyarrow.dataset as ds  # only readers pay for it (it imports pandas)

    return ds.dataset([str(f) for f in files], schema=schema, format="parquet").to_table(columns=columns)


def existing_documents(out: str | Path) -> pa.Table:
    """(doc_id, source, sha256, title, series, published) of every document already written."""
    return read_table(out, "documents", columns=list(EXISTING_DOCUMENT_COLUMNS))
