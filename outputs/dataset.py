"""The Parquet datasets under OUT/: segment files, staged by any process, published by one atomic commit.

Layout::

    OUT/documents -> .zhengce/current/documents      (one relative symlink per table)
    OUT/.zhengce/current -> snapshots/<n>            (the live snapshot)
    OUT/.zhengce/snapshots/<n>/<table>/part-<segment>.parquet
    OUT/.zhengce/staged/<batch>/<segment>/...        (staged segments: outputs/staging.py)
    OUT/.zhengce/tmp/                                (snapshots being built)
    OUT/.zhengce/lock                                (one commit at a time)

A table is a folder of segment files. Each batch of documents adds one file per table per
staged segment (a worker's chunk of documents, written by ``outputs.staging.stage``), so a
table has a few files per run, never one per document. ``commit_staged`` publishes staged
segments: it builds a whole new snapshot in tmp/ in which the live snapshot's files and the
staged files are hard links (cheap: nothing is copied or re-encoded), fsyncs it, moves it under
snapshots/, and then swaps the ``current`` symlink with one ``os.replace``: readers see either
the old snapshot or the new one, never a mix, and a process killed at any moment leaves the
previous snapshot live. Leftovers of a killed commit, and the staged folders of batches whose
process is gone, are removed by the next commit. The snapshot before the live one is kept, so a
reader that listed its files just before a swap can still open them.

Replacing by key: ``doc_id`` is derived from the text, so a document written again replaces its
rows in every document table (``new_doc_id``/``old_doc_id`` pairs for the diff tables). The
commit finds the files that hold a key being written (the documents table tells which doc_ids are
present at all, so new documents cost no reads), drops a file whose keys are all replaced and
rewrites one that keeps some. Two staged documents with the same doc_id (the same draft twice in
a batch) are written once: the one earliest in the batch is kept, the others are reported in
``CommitResult.duplicates``. Past ``MAX_SEGMENTS`` files in a table the smallest are merged,
streaming (one row group in memory at a time), into files of at most ``FULL_SEGMENT_BYTES``.

Typical use: ``commit(out, documents)`` in one process; or, with workers::

    with open_batch(out) as batch:                           # parent
        segments = [stage(batch, docs, i) for i, docs ...]   # workers, anywhere OUT is shared
        result = commit_staged(out, segments)                # parent

pandas (``read_parquet(OUT/"money")``), pyarrow, polars (``scan_parquet(OUT/"money")`` or
``OUT/"money/**/*.parquet"``) and DuckDB (``read_parquet('OUT/money/**/*.parquet')``) read
these folders through the symlinks with no help. No ``key=value`` folders, so no phantom
partition columns.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from outputs.companions import calendar_rows, refresh_companions
from outputs.files import exclusive_lock, fsync_path, make_durable, replace_symlink
from outputs.manifests import kept_document, position_of, unplace, winners
from outputs.schema import DIFF_TABLES, DOCUMENT_TABLES, HISTORY_TABLES, TABLES
from outputs.segments import (
    KEY_SEP,
    MAX_SEGMENTS,
    Source,
    build_table,
    live_sources,
    present_keys,
    release_arrow_memory,
)
from outputs.snapshots import (
    DatasetError,
    collect_garbage,
    current_snapshot,
    ensure_table_links,
    next_number,
    state_dir,
    table_files,
)
from outputs.staging import (
    Batch,
    StagedSegment,
    new_batch_id,
    open_batch,
    rows_table,
    stage,
    sweep_stale_batches,
    write_parquet,
)
from parsers.model import Document

__all__ = [
    "MAX_SEGMENTS",
    "Batch",
    "CommitResult",
    "DatasetError",
    "Duplicate",
    "StagedSegment",
    "commit",
    "commit_staged",
    "current_snapshot",
    "existing_documents",
    "make_durable",
    "open_batch",
    "read_table",
    "stage",
    "table_files",
]

EXISTING_DOCUMENT_COLUMNS = ("doc_id", "source", "sha256", "title", "series", "published")


@dataclass(frozen=True)
class Duplicate:
    """A document not written because an earlier file of the batch has the same text."""

    source: str | None
    doc_id: str
    kept_source: str | None  # the file whose copy was written
    order: int | None = None  # the dropped file's place in its batch


@dataclass(frozen=True)
class CommitResult:
    out: Path
    snapshot: int  # number of the snapshot this commit made live
    doc_ids: list[str] = field(default_factory=list)  # documents written, in batch order
    diff_keys: list[tuple[str, str]] = field(default_factory=list)  # (old_doc_id, new_doc_id)
    rows: dict[str, int] = field(default_factory=dict)  # rows written per table
    files_written: int = 0
    files_linked: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)


# ---------------------------------------------------------------- what a commit writes


def _unique_segments(segments: Iterable[StagedSegment]) -> list[StagedSegment]:
    """One manifest per staged segment (a chunk whose task ran twice may report twice)."""
    seen: dict[tuple[str, str], StagedSegment] = {}
    for segment in segments:
        seen.setdefault((segment.batch.folder.as_posix(), segment.segment), segment)
    return list(seen.values())


def _diff_segment(
    diffs: Iterable, documents: Mapping[str, Document], folder: Path
) -> tuple[dict[str, Path], list[tuple[str, str]], dict]:
    """The diff tables' rows of ``diffs`` as one segment file per table (later diffs of a pair win).

    ``documents`` (doc_id -> Document) are the drafts compared, when known: each value change
    then says which provision of each draft it is in."""
    from outputs.diff_rows import diff_rows

    latest: dict[tuple[str, str], object] = {}
    for diff in diffs:
        latest[(diff.old_doc_id, diff.new_doc_id)] = diff
    rows: dict[str, list[dict]] = {table: [] for table in DIFF_TABLES}
    for (old_id, new_id), diff in latest.items():
        for table, table_rows in diff_rows(diff, documents.get(old_id), documents.get(new_id)).items():
            rows[table].extend(table_rows)
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for table, table_rows in rows.items():
        if table_rows:
            files[table] = folder / f"{table}.parquet"
            write_parquet(rows_table(table_rows, TABLES[table]), files[table])
    return files, list(latest), {table: len(r) for table, r in rows.items()}


def _history_segment(histories: Iterable, folder: Path) -> tuple[dict[str, Path], list[str], dict]:
    """The history table's rows of ``histories`` as one segment file (a later history of a series wins)."""
    from outputs.history_rows import history_rows

    latest = {history.series: history for history in histories}
    rows = [row for history in latest.values() for row in history_rows(history)]
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for table in HISTORY_TABLES:
        if rows:
            files[table] = folder / f"{table}.parquet"
            write_parquet(rows_table(rows, TABLES[table]), files[table])
    return files, list(latest), dict.fromkeys(HISTORY_TABLES, len(rows))


def _calendar_rows(segments: Sequence[StagedSegment], best: Mapping[str, int]) -> Iterator[dict]:
    """The documents rows (calendar columns) of the documents this commit publishes, one at a time."""
    for position, segment in enumerate(segments):
        path = segment.table_file("documents")
        if path.is_file():
            yield from (
                row for row in calendar_rows(path) if position_of(best.get(row["doc_id"], -1)) == position
            )


# ---------------------------------------------------------------- the public API


def commit_staged(
    out: str | Path,
    segments: Iterable[StagedSegment] = (),
    diffs: Iterable = (),
    diff_documents: Iterable[Document] = (),
    histories: Iterable = (),
    write_database: Callable[[Path], object] | None = None,
) -> CommitResult:
    """Publish staged segments (and ``diffs`` and ``histories``, written here) in one atomic snapshot swap.

    A document replaces the rows of the same ``doc_id`` in every document table; a diff replaces
    the rows of the same (old_doc_id, new_doc_id) in the diff tables. ``diff_documents`` are the
    drafts the diffs compare, when the caller has them: they tell each value change which provision
    it is in. A series history (revisions.history.SeriesHistory) replaces the history rows of its
    series. Staged JSON files go to OUT/json/ just before the swap; OUT/zhengce.duckdb and
    OUT/deadlines.ics follow the new snapshot, inside the writer lock (``write_database``: what
    writes the DuckDB file, see ``outputs.sql.refresh_database``). The staged folders are removed
    afterwards.
    """
    out = Path(out)
    state = state_dir(out)
    (state / "snapshots").mkdir(parents=True, exist_ok=True)
    segments = _unique_segments(segments)
    best, losers = winners(segments)
    # the segments that hold a document kept: the others add no file (every document lost to an earlier copy)
    winning_positions = {position_of(place) for place in best.values()}
    diffs = list(diffs)
    histories = list(histories)

    with exclusive_lock(state / "lock"):
        ensure_table_links(out)  # before building: a folder in the way fails the commit early
        collect_garbage(state)
        sweep_stale_batches(out)
        live = current_snapshot(out)
        number = next_number(state)
        build = state / "tmp" / f"{number}-{os.getpid()}"
        build.mkdir(parents=True)
        stamp = new_batch_id()
        compared = {doc.doc_id: doc for doc in diff_documents}
        diff_files, diff_keys, diff_counts = (
            _diff_segment(diffs, compared, build / "diffs") if diffs else ({}, [], {})
        )
        history_files, history_keys, history_counts = (
            _history_segment(histories, build / "histories") if histories else ({}, [], {})
        )
        present_docs = present_keys(live, "documents", best.keys())
        present_pairs = {
            table: present_keys(live, table, {KEY_SEP.join(k) for k in diff_keys}) for table in DIFF_TABLES
        }
        written = linked = 0
        rows: dict[str, int] = dict.fromkeys(TABLES, 0)
        for table in TABLES:
            if table in DOCUMENT_TABLES:
                sources = live_sources(live, table, present_docs)
                for position, segment in enumerate(segments):
                    path = segment.table_file(table)
                    if not path.is_file():
                        continue  # a table this segment has no rows for
                    if position in winning_positions:  # without the rows of its documents kept elsewhere
                        lost = frozenset(
                            d for d in segment.documents.doc_ids() if position_of(best[d]) != position
                        )
                        sources.append(Source(path, f"part-{segment.segment}.parquet", lost))
                rows[table] = sum(dict(s.rows).get(table, 0) for s in segments)
            elif table in HISTORY_TABLES:
                # a live file keeps the rows of other series (live_sources reads each file's keys once)
                sources = live_sources(live, table, set(history_keys))
                if table in history_files:
                    sources.append(Source(history_files[table], f"part-{stamp}-history.parquet"))
                rows[table] = history_counts.get(table, 0)
            else:
                replaced = set().union(*present_pairs.values())
                sources = live_sources(live, table, replaced)
                if table in diff_files:
                    sources.append(Source(diff_files[table], f"part-{stamp}-diffs.parquet"))
                rows[table] = diff_counts.get(table, 0)
            w, ln = build_table(table, sources, build / table, stamp)
            written += w
            linked += ln
        shutil.rmtree(build / "diffs", ignore_errors=True)
        shutil.rmtree(build / "histories", ignore_errors=True)
        make_durable(build, (path for path in build.rglob("*") if path.is_file()))
        moved_json = _publish_json(out, segments, best)
        snapshot = state / "snapshots" / str(number)
        os.rename(build, snapshot)
        fsync_path(snapshot.parent)
        replace_symlink(state / "current", f"snapshots/{number}")
        fsync_path(state)
        fsync_path(out)
        if moved_json:
            fsync_path(out / "json")
        collect_garbage(state)
        # the DuckDB views and the calendar
        refresh_companions(out, _calendar_rows(segments, best), write_database=write_database)
    for segment in segments:  # published: the staged copies are no longer needed
        shutil.rmtree(segment.folder, ignore_errors=True)
    release_arrow_memory()

    def batch_order(doc_id: str) -> int:
        position, row = unplace(best[doc_id])
        return segments[position].documents.order(row)

    return CommitResult(
        out=out,
        snapshot=number,
        doc_ids=sorted(best, key=batch_order),
        diff_keys=diff_keys,
        rows=rows,
        files_written=written,
        files_linked=linked,
        duplicates=[
            Duplicate(doc.source, doc_id, kept_document(segments, best[doc_id]).source, doc.order)
            for doc, doc_id in losers
        ],
    )


def _publish_json(out: Path, segments: list[StagedSegment], best: dict) -> int:
    """Move each kept document's staged JSON to OUT/json/ (flushed before, by make_durable's syncfs)."""
    from outputs.json_export import JSON_DIR, remove_stale_temporaries

    folder = out / JSON_DIR
    target = str(folder)
    staged: dict[int, str] = {}  # segment position -> its json folder, as a string (a rename per document)
    moved = 0
    for doc_id, place in best.items():
        position = position_of(place)
        segment = segments[position]
        if not segment.json:
            continue
        if not moved:
            folder.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(folder)
        source = staged.get(position)
        if source is None:
            source = staged[position] = str(segment.json_file(doc_id).parent)
        try:
            os.replace(f"{source}/{doc_id}.json", f"{target}/{doc_id}.json")
        except FileNotFoundError:  # a segment staged without this document's file
            continue
        moved += 1
    return moved


def commit(
    out: str | Path,
    documents: Iterable[Document] = (),
    diffs: Iterable = (),
    series: Mapping[str, str] | None = None,
    diff_documents: Iterable[Document] = (),
    histories: Iterable = (),
) -> CommitResult:
    """Write ``documents``, ``diffs`` and ``histories`` to every table under ``out`` as one atomic step (no JSON).

    The same draft twice counts once. ``series`` (doc_id -> name) overrides the series worked out
    from a document's title. ``diff_documents`` are documents the diffs compare that are not
    rewritten here (an earlier draft read back from its JSON): they only tell each value change
    which provision it is in.
    """
    latest: dict[str, Document] = {}
    for doc in documents:  # given twice: the later copy (its latest state) in the first one's place
        latest[doc.doc_id] = doc
    ordered = list(latest.values())
    compared = [*diff_documents, *ordered]  # the documents written win over copies read back
    with open_batch(out) as batch:
        segments = [stage(batch, ordered, 0, series=series, json=False)] if ordered else []
        return commit_staged(out, segments, diffs, compared, histories)


def read_table(out: str | Path, name: str, columns: list[str] | None = None):
    """Table ``name`` of the live snapshot (empty, with its schema, before the first commit)."""
    schema = TABLES[name]
    files = table_files(out, name)
    if not files:
        data = schema.empty_table()
        return data.select(columns) if columns else data
    import pyarrow.dataset as ds  # only readers pay for it (it imports pandas)

    return ds.dataset([str(f) for f in files], schema=schema, format="parquet").to_table(columns=columns)


def existing_documents(out: str | Path):
    """(doc_id, source, sha256, title, series, published) of every document already written."""
    return read_table(out, "documents", columns=list(EXISTING_DOCUMENT_COLUMNS))
