"""Staged segments: documents written by any process as Parquet files readers do not see yet.

A batch of documents is written in three steps, so that parsing and writing can run in worker
processes (on this machine, or Dask workers on many machines that reach OUT at the same path)
while one process publishes the result atomically:

1. ``open_batch(out)`` (the parent) makes ``OUT/.zhengce/staged/<batch>/`` and holds a lock on
   it while the batch runs. The ``Batch`` it yields is small and picklable: send it to workers.
2. ``stage(batch, documents, index)`` (a worker that sees the batch's folder) writes the documents'
   rows, one Parquet file per table, and their JSON files into
   ``OUT/.zhengce/staged/<batch>/<batch>-<index>/``, and returns a ``StagedSegment``: a small
   picklable manifest (segment name, doc_ids, sources, each document's place in the batch, row
   counts). A worker that stages many parts can keep one ``SegmentWriter(batch, index)`` open
   instead and ``add`` each part (a Parquet row group each, one part in memory at a time), then
   ``close`` it for the manifest: fewer, larger files.
3. ``outputs.dataset.commit_staged(out, segments)`` (the parent) publishes the manifests it was
   handed in one atomic snapshot swap: the staged Parquet files are hard-linked into the new
   snapshot as they are, the JSON files renamed into OUT/json/, then the staged folders removed.

For a cluster (flows/dask_cluster.py; flows/steps.py does the same with forked workers)::

    with open_batch(out) as batch:
        results = client.gather(client.map(partial(stage_chunk, batch), chunks))
        commit_staged(out, [r.segment for r in results if r.segment is not None])

Nothing under ``.zhengce/staged`` is visible to readers (they read ``OUT/<table>``, which points
at the live snapshot), and every staged file appears under its final name only once whole. A
part staged twice (a retried task, a worker that died after writing) writes the same segment
name with the same content, and the commit keeps one copy of each document whichever manifests
reach it, and which of two files with the same text came first in the batch. A batch whose
parent died is swept by the next commit (its lock is free); ``open_batch`` removes the batch's
folder when its block ends, committed or not.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from outputs.files import exclusive_lock, lock_if_free, still_names
from outputs.manifests import StagedDocument, StagedDocuments

if TYPE_CHECKING:
    from parsers.model import Document

STATE_DIR = ".zhengce"
STAGED_DIR = "staged"
COMPRESSION = "zstd"


@dataclass(frozen=True)
class Batch:
    """Where the segments of one batch are staged: picklable, so workers anywhere can stage into it."""

    out: str
    id: str

    @property
    def folder(self) -> Path:
        return Path(self.out) / STATE_DIR / STAGED_DIR / self.id

    def segment_folder(self, segment: str) -> Path:
        return self.folder / segment


@dataclass(frozen=True)
class StagedSegment:
    """The manifest a worker hands back for the documents it staged (small and picklable)."""

    batch: Batch
    segment: str  # the file name stem in every table: part-<segment>.parquet
    documents: StagedDocuments  # kept, in the order of their rows
    duplicates: tuple[StagedDocument, ...] = ()  # dropped here: same doc_id as an earlier document
    rows: tuple[tuple[str, int], ...] = ()  # (table, rows) for the tables with rows
    json: bool = True

    @property
    def folder(self) -> Path:
        return self.batch.segment_folder(self.segment)

    def table_file(self, table: str) -> Path:
        return self.folder / f"{table}.parquet"

    def json_file(self, doc_id: str) -> Path:
        return self.folder / "json" / f"{doc_id}.json"


def staged_root(out: str | Path) -> Path:
    return Path(out) / STATE_DIR / STAGED_DIR


def new_batch_id() -> str:
    """Sortable by time (segment files list in the order batches ran), unique by a random tail."""
    return f"{time.time_ns():016x}{secrets.token_hex(3)}"


@contextlib.contextmanager
def open_batch(out: str | Path) -> Iterator[Batch]:
    """A batch to stage segments into; its folder is removed when the block ends, committed or not.

    The batch names OUT by its absolute path, so a worker whose working folder differs stages into
    the same place (workers on other machines need OUT at that same path).
    """
    out = os.path.abspath(out)
    while True:
        batch = Batch(out, new_batch_id())
        with contextlib.ExitStack() as held:
            batch.folder.mkdir(parents=True)
            held.callback(shutil.rmtree, batch.folder, ignore_errors=True)  # after the lock is let go
            lock = batch.folder / "lock"
            # The folder is made, then locked: a commit's sweep (below) may take it for a dead batch's in between
            # and remove it, holding its lock while it does. Locked here, the lock file is still this folder's
            # or the batch is made anew under another name.
            try:
                fd = held.enter_context(exclusive_lock(lock))
            except FileNotFoundError:  # swept before its lock file was made
                continue
            if not still_names(lock, fd):  # swept while this process waited for the lock
                continue
            yield batch
            return


def sweep_stale_batches(out: str | Path) -> list[str]:
    """Remove the staged folders of batches whose process is gone (their lock is free); their names.

    Each folder is removed while its lock is held here (``lock_if_free`` makes the lock file if it is not
    there yet): a batch being opened at that moment in another process (its folder made, its lock not
    taken yet) finds its lock file gone once it locks it, and opens a new folder (``open_batch``). A
    killed parent's batch is swept by the next commit, at once.
    """
    root = staged_root(out)
    swept = []
    for folder in sorted(root.iterdir()) if root.is_dir() else ():
        if not folder.is_dir():
            continue
        with lock_if_free(folder / "lock") as held:
            if held:
                shutil.rmtree(folder, ignore_errors=True)
                swept.append(folder.name)
    return swept


# ---------------------------------------------------------------- rows -> Arrow -> Parquet


def rows_table(rows: list[dict], schema):
    """The rows (dicts keyed exactly by the schema's columns) as a pyarrow Table, column by column.

    Generic over the schema: a column added to outputs/schema.py and outputs/rows.py needs nothing
    here; a row missing a column, or carrying one the schema lacks, fails loudly.
    """
    import pyarrow as pa

    names = schema.names
    if rows and len(rows[0]) != len(names):
        extra = sorted(set(rows[0]) - set(names))
        missing = sorted(set(names) - set(rows[0]))
        raise ValueError(f"rows do not match the table's schema: extra {extra}, missing {missing}")
    arrays = [pa.array([row[name] for row in rows], type=schema.field(name).type) for name in names]
    return pa.Table.from_arrays(arrays, schema=schema)


def columns_table(columns: Mapping[str, list], schema):
    """Columns (lists keyed exactly by the schema's column names) as a pyarrow Table.

    Generic over the schema, like ``rows_table``: a column missing, or one the schema lacks, fails loudly.
    """
    import pyarrow as pa

    names = schema.names
    if columns.keys() != set(names):
        extra = sorted(set(columns) - set(names))
        missing = sorted(set(names) - set(columns))
        raise ValueError(f"columns do not match the table's schema: extra {extra}, missing {missing}")
    arrays = [pa.array(columns[name], type=schema.field(name).type) for name in names]
    return pa.Table.from_arrays(arrays, schema=schema)


# Free text gets no min/max statistics: nobody filters on the smallest body text, and each row group
# would carry up to 4 KB of it per column in the file's footer (and in the writer's memory).
FREE_TEXT_COLUMNS = frozenset({"text", "heading", "old_text", "new_text"})


def parquet_options(schema) -> dict:
    """How every segment file is written: zstd, statistics on every column but free text."""
    return {
        "compression": COMPRESSION,
        "write_statistics": [name for name in schema.names if name not in FREE_TEXT_COLUMNS],
    }


def write_parquet(data, path: Path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(data, path, **parquet_options(data.schema))


_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)


def _write_file_atomically(folder: str, name: str, data: bytes, tag: str) -> None:
    """``data`` as ``folder/name``, written under a temporary name (``tag``: the writer's own) and renamed
    whole. Plain os calls on strings: a batch writes one per document, creating the file is most of its
    cost already, and pathlib paths and a buffered file object only added Python work around it."""
    final = f"{folder}/{name}"
    temp = f"{folder}/.{name}.tmp-{tag}"
    try:
        fd = os.open(temp, _NEW_FILE, 0o666)
        try:
            view = memoryview(data)
            while view:  # (one call writes it all but on a signal or a full disk)
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        os.rename(temp, final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise


class SegmentWriter:
    """Stages documents as one segment, a part at a time: each ``add`` appends one Parquet row group
    per table and the documents' JSON files, so a worker holds one part in memory however many it
    stages; ``close`` finishes the files and returns the manifest.

    Until ``close`` the Parquet files have temporary names: a worker that dies leaves no file a
    commit could take for whole (its batch's folder is swept). Not for use by two processes at once.
    """

    def __init__(self, batch: Batch, index: int, *, json: bool = True):
        self.batch = batch
        self.index = index
        self.segment = f"{batch.id}-{index:06d}"
        self.folder = batch.segment_folder(self.segment)
        self.json = json
        # Never create the batch's folder: rows staged where the parent cannot see them are lost.
        if not batch.folder.is_dir():
            raise FileNotFoundError(
                f"{batch.folder}: the batch's folder is not there (OUT not shared with this machine,"
                " or the batch has ended)"
            )
        (self.folder / "json" if json else self.folder).mkdir(parents=True, exist_ok=True)
        self._json_folder = str(self.folder / "json")
        self._temp_tag = f"{os.getpid()}-{secrets.token_hex(4)}"  # temporary names no other writer uses
        self._kept: list[StagedDocument] = []
        self._dropped: list[StagedDocument] = []
        self._seen: set[str] = set()
        self._writers: dict[str, tuple[object, Path]] = {}  # table -> (ParquetWriter, temporary path)
        self._rows: dict[str, int] = {}
        self._parts = 0

    def add(
        self,
        documents: Iterable[Document],
        *,
        orders: Sequence[int] | None = None,
        series: Mapping[str, str] | None = None,
    ) -> None:
        """Stage ``documents``; ``orders`` are their places in the batch (of two documents with the same
        doc_id the lower is kept), ``series`` (doc_id -> name) overrides the series of a title."""
        from outputs.json_export import document_json_bytes
        from outputs.rows import documents_columns
        from outputs.schema import TABLES

        kept: list[Document] = []
        for k, doc in enumerate(documents):
            order = orders[k] if orders is not None else self.index * 1_000_000 + len(self._kept) + k
            entry = StagedDocument(doc.doc_id, doc.source.path, order)
            if doc.doc_id in self._seen:
                self._dropped.append(entry)
                continue
            self._seen.add(doc.doc_id)
            self._kept.append(entry)
            kept.append(doc)
            if self.json:
                _write_file_atomically(
                    self._json_folder, f"{doc.doc_id}.json", document_json_bytes(doc), self._temp_tag
                )
        names = [series.get(doc.doc_id) for doc in kept] if series else None
        # the part's rows as one list per column: one Arrow table (a row group) per table
        for table, table_columns in documents_columns(kept, names).items():
            n_rows = len(next(iter(table_columns.values()), ()))
            if n_rows:
                self._writer(table, TABLES[table]).write_table(columns_table(table_columns, TABLES[table]))
                self._rows[table] = self._rows.get(table, 0) + n_rows
        self._parts += 1

    def _writer(self, table: str, schema):
        if table not in self._writers:
            import pyarrow.parquet as pq

            final = self.folder / f"{table}.parquet"
            temp = final.with_name(f".{final.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
            self._writers[table] = (pq.ParquetWriter(temp, schema, **parquet_options(schema)), temp)
        return self._writers[table][0]

    @property
    def parts(self) -> int:
        """How many ``add`` calls (row groups) the segment holds so far."""
        return self._parts

    @property
    def empty(self) -> bool:
        """Nothing staged yet (a segment without documents is not worth a manifest)."""
        return not self._kept

    def close(self) -> StagedSegment:
        """Finish the files (each renamed to its final name whole) and return the manifest."""
        for table, (writer, temp) in self._writers.items():
            writer.close()
            os.replace(temp, self.folder / f"{table}.parquet")
        self._writers = {}
        return StagedSegment(
            self.batch,
            self.segment,
            StagedDocuments.of(self._kept),
            tuple(self._dropped),
            tuple(sorted(self._rows.items())),
            self.json,
        )

    def abort(self) -> None:
        for writer, temp in self._writers.values():
            writer.close()
            temp.unlink(missing_ok=True)
        self._writers = {}


def stage(
    batch: Batch,
    documents: Iterable[Document],
    index: int,
    *,
    orders: Sequence[int] | None = None,
    series: Mapping[str, str] | None = None,
    json: bool = True,
) -> StagedSegment:
    """Write ``documents`` as staged segment number ``index`` of ``batch``; returns its manifest.

    ``orders`` gives each document's place in the whole batch (default: ``index`` * 1,000,000 plus
    its place here); of two documents with the same doc_id the lower order is kept. ``series``
    (doc_id -> name) overrides the series worked out from a title. ``json`` also stages each
    document's OUT/json file. Staging the same ``index`` again rewrites the same files.
    """
    writer = SegmentWriter(batch, index, json=json)
    try:
        writer.add(documents, orders=orders, series=series)
    except BaseException:
        writer.abort()
        raise
    return writer.close()
