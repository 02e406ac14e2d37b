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
import re
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from outputs.files import exclusive_lock, fsync_path, link_or_copy, make_durable, replace_symlink
from outputs.schema import DIFF_TABLES, DOCUMENT_TABLES, TABLES
from outputs.staging import (
    STATE_DIR,
    Batch,
    StagedDocument,
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

MAX_SEGMENTS = 32  # files per table; past this the smallest are merged
FULL_SEGMENT_BYTES = 256 * 1024 * 1024  # a file this big is never merged further
EXISTING_DOCUMENT_COLUMNS = ("doc_id", "source", "sha256", "title", "series", "published")
EMPTY_PART = "part-0-empty.parquet"  # an empty table still has one file, with its schema

_PART = re.compile(r"^part-(.+)\.parquet$")
_KEY_SEP = "\x1f"


class DatasetError(Exception):
    """The output folder is not one this module can write to."""


@dataclass(frozen=True)
class Duplicate:
    """A document not written because an earlier file of the batch has the same text."""

    source: str | None
    doc_id: str
    kept_source: str | None  # the file whose copy was written


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


# ---------------------------------------------------------------- keys


def _key_columns(table: str) -> tuple[str, ...]:
    return ("doc_id",) if table in DOCUMENT_TABLES else ("old_doc_id", "new_doc_id")


def _key_array(data, table: str):
    import pyarrow.compute as pc

    columns = _key_columns(table)
    if len(columns) == 1:
        return data.column(columns[0])
    return pc.binary_join_element_wise(*(data.column(c) for c in columns), _KEY_SEP)


def _read_file(path: Path, columns: list[str] | None = None):
    import pyarrow.parquet as pq

    # ParquetFile, not pq.read_table: the latter goes through pyarrow.dataset, which imports pandas (slow)
    with pq.ParquetFile(path) as parquet:
        return parquet.read(columns=columns)


def _file_keys(path: Path, table: str) -> set[str]:
    data = _read_file(path, columns=list(_key_columns(table)))
    return set(_key_array(data, table).to_pylist())


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
        replace_symlink(link, target)


def _parts(table_dir: Path | None) -> list[Path]:
    if table_dir is None or not table_dir.is_dir():
        return []
    return sorted(p for p in table_dir.iterdir() if _PART.match(p.name))


def table_files(out: str | Path, name: str) -> list[Path]:
    """The Parquet files of table ``name`` in the live snapshot."""
    live = current_snapshot(out)
    if live is None:
        return []
    return sorted((live / name).glob("part-*.parquet"))


# ---------------------------------------------------------------- one table of a new snapshot


@dataclass
class _Source:
    """A file that goes into the new snapshot: as it is, or without the rows of ``drop`` keys."""

    path: Path
    name: str  # its file name in the new snapshot
    drop: frozenset[str] = frozenset()


def _conform(data, schema):
    """``data`` with exactly the schema's columns (a file written before a column was added gets nulls)."""
    import pyarrow as pa

    columns = [
        data.column(f.name).cast(f.type) if f.name in data.column_names else pa.nulls(data.num_rows, f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def _copy_rows(sources: list[_Source], table: str, path: Path) -> int:
    """Stream the rows of ``sources`` (without their dropped keys) into one new file; rows written."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    schema = TABLES[table]
    written = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for source in sources:
            with pq.ParquetFile(source.path) as parquet:
                for group in range(parquet.num_row_groups):
                    data = _conform(parquet.read_row_group(group), schema)
                    if source.drop:
                        keys = _key_array(data, table)
                        data = data.filter(pc.invert(pc.is_in(keys, value_set=_string_array(source.drop))))
                    if data.num_rows:
                        writer.write_table(data)
                        written += data.num_rows
    return written


def _string_array(values: Iterable[str]):
    import pyarrow as pa

    return pa.array(sorted(values), pa.string())


def _merge_plan(sources: list[_Source]) -> tuple[list[_Source], list[list[_Source]]]:
    """(files kept as they are, groups of files each merged into one) so the table stays small."""
    if len(sources) <= MAX_SEGMENTS:
        return sources, []
    sizes = {id(s): s.path.stat().st_size for s in sources}
    small = sorted((s for s in sources if sizes[id(s)] < FULL_SEGMENT_BYTES), key=lambda s: sizes[id(s)])
    n_merge = len(sources) - MAX_SEGMENTS // 2 + 1
    chosen = small[:n_merge]
    if len(chosen) < 2:
        return sources, []
    chosen_ids = {id(s) for s in chosen}
    groups: list[list[_Source]] = [[]]
    total = 0
    for source in sorted(chosen, key=lambda s: s.name):  # merged files keep the order rows came in
        if groups[-1] and total + sizes[id(source)] > FULL_SEGMENT_BYTES:
            groups.append([])
            total = 0
        groups[-1].append(source)
        total += sizes[id(source)]
    return [s for s in sources if id(s) not in chosen_ids], [g for g in groups if g]


def _build_table(table: str, sources: list[_Source], new_dir: Path, stamp: str) -> tuple[int, int]:
    """Write the new snapshot's folder for ``table``; returns (files written, files linked)."""
    new_dir.mkdir(parents=True)
    written = linked = 0
    kept, groups = _merge_plan(sources)
    for source in kept:
        if source.drop:
            if _copy_rows([source], table, new_dir / source.name):
                written += 1
            else:
                (new_dir / source.name).unlink()
        else:
            link_or_copy(source.path, new_dir / source.name)
            linked += 1
    for k, group in enumerate(groups):
        target = new_dir / f"part-{stamp}-merged-{k:03d}.parquet"
        if _copy_rows(group, table, target):
            written += 1
        else:
            target.unlink()
    if not any(new_dir.iterdir()):
        write_parquet(TABLES[table].empty_table(), new_dir / EMPTY_PART)
        written += 1
    return written, linked


# ---------------------------------------------------------------- what a commit writes


def _winners(segments: Sequence[StagedSegment]) -> tuple[dict[str, tuple[int, StagedDocument]], list]:
    """doc_id -> (segment position, the staged document kept), and the documents left out as duplicates."""
    best: dict[str, tuple[int, StagedDocument]] = {}
    losers: list[tuple[StagedDocument, str]] = []
    for position, segment in enumerate(segments):
        for doc in segment.documents:
            held = best.get(doc.doc_id)
            if held is None or doc.order < held[1].order:
                if held is not None:
                    losers.append((held[1], doc.doc_id))
                best[doc.doc_id] = (position, doc)
            elif (doc.source, doc.order) != (held[1].source, held[1].order):  # not the same chunk run twice
                losers.append((doc, doc.doc_id))
        losers.extend((doc, doc.doc_id) for doc in segment.duplicates)
    return best, losers


def _unique_segments(segments: Iterable[StagedSegment]) -> list[StagedSegment]:
    """One manifest per staged segment (a chunk whose task ran twice may report twice)."""
    seen: dict[tuple[str, str], StagedSegment] = {}
    for segment in segments:
        seen.setdefault((segment.batch.folder.as_posix(), segment.segment), segment)
    return list(seen.values())


def _present_keys(live: Path | None, table: str, keys: set[str]) -> set[str]:
    if live is None or not keys:
        return set()
    present: set[str] = set()
    for path in _parts(live / table):
        present |= keys & _file_keys(path, table)
    return present


def _live_sources(live: Path | None, table: str, replaced: set[str]) -> list[_Source]:
    """The live files of ``table``: linked as they are, or without the rows of ``replaced`` keys."""
    sources = []
    for path in _parts(live / table if live else None):
        if path.name == EMPTY_PART:
            continue
        if replaced:
            keys = _file_keys(path, table)
            hit = keys & replaced
            if hit == keys:
                continue  # every row replaced: the file goes
            if hit:
                sources.append(_Source(path, path.name, frozenset(hit)))
                continue
        sources.append(_Source(path, path.name))
    return sources


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


# ---------------------------------------------------------------- the public API


def commit_staged(
    out: str | Path,
    segments: Iterable[StagedSegment] = (),
    diffs: Iterable = (),
    diff_documents: Iterable[Document] = (),
) -> CommitResult:
    """Publish staged segments (and ``diffs``, written here) in one atomic snapshot swap.

    A document replaces the rows of the same ``doc_id`` in every document table; a diff replaces
    the rows of the same (old_doc_id, new_doc_id) in the diff tables. ``diff_documents`` are the
    drafts the diffs compare, when the caller has them: they tell each value change which provision
    it is in. Staged JSON files go to OUT/json/ just before the swap. The staged folders are removed
    afterwards.
    """
    out = Path(out)
    state = _state(out)
    (state / "snapshots").mkdir(parents=True, exist_ok=True)
    segments = _unique_segments(segments)
    best, losers = _winners(segments)
    kept_by_position: dict[int, set[str]] = {}
    for doc_id, (position, _) in best.items():
        kept_by_position.setdefault(position, set()).add(doc_id)
    new_doc_keys = set(best)
    diffs = list(diffs)

    with exclusive_lock(state / "lock"):
        _ensure_table_links(out)  # before building: a folder in the way fails the commit early
        _collect_garbage(state)
        sweep_stale_batches(out)
        live = current_snapshot(out)
        number = _next_number(state)
        build = state / "tmp" / f"{number}-{os.getpid()}"
        build.mkdir(parents=True)
        stamp = new_batch_id()
        compared = {doc.doc_id: doc for doc in diff_documents}
        diff_files, diff_keys, diff_counts = (
            _diff_segment(diffs, compared, build / "diffs") if diffs else ({}, [], {})
        )
        present_docs = _present_keys(live, "documents", new_doc_keys)
        present_pairs = {
            table: _present_keys(live, table, {_KEY_SEP.join(k) for k in diff_keys}) for table in DIFF_TABLES
        }
        written = linked = 0
        rows: dict[str, int] = dict.fromkeys(TABLES, 0)
        for table in TABLES:
            if table in DOCUMENT_TABLES:
                sources = _live_sources(live, table, present_docs)
                for position, segment in enumerate(segments):
                    path = segment.table_file(table)
                    if not path.is_file():
                        continue  # a table this segment has no rows for
                    keep = kept_by_position.get(position, set())
                    staged = {d.doc_id for d in segment.documents}
                    if keep:
                        name = f"part-{segment.segment}.parquet"
                        sources.append(_Source(path, name, frozenset(staged - keep)))
                rows[table] = sum(dict(s.rows).get(table, 0) for s in segments)
            else:
                replaced = set().union(*present_pairs.values())
                sources = _live_sources(live, table, replaced)
                if table in diff_files:
                    sources.append(_Source(diff_files[table], f"part-{stamp}-diffs.parquet"))
                rows[table] = diff_counts.get(table, 0)
            w, ln = _build_table(table, sources, build / table, stamp)
            written += w
            linked += ln
        shutil.rmtree(build / "diffs", ignore_errors=True)
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
        _collect_garbage(state)
    for segment in segments:  # published: the staged copies are no longer needed
        shutil.rmtree(segment.folder, ignore_errors=True)
    _release_arrow_memory()

    order = sorted(best.values(), key=lambda pd: pd[1].order)
    sources = {doc_id: doc.source for doc_id, (_, doc) in best.items()}
    return CommitResult(
        out=out,
        snapshot=number,
        doc_ids=[doc.doc_id for _, doc in order],
        diff_keys=diff_keys,
        rows=rows,
        files_written=written,
        files_linked=linked,
        duplicates=[Duplicate(doc.source, doc_id, sources[doc_id]) for doc, doc_id in losers],
    )


def _publish_json(out: Path, segments: list[StagedSegment], best: dict) -> int:
    """Move each kept document's staged JSON to OUT/json/ (flushed before, by make_durable's syncfs)."""
    from outputs.json_export import JSON_DIR, remove_stale_temporaries

    folder = out / JSON_DIR
    moved = 0
    for doc_id, (position, _) in best.items():
        segment = segments[position]
        if not segment.json:
            continue
        if not moved:
            folder.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(folder)
        source = segment.json_file(doc_id)
        if source.is_file():
            os.replace(source, folder / f"{doc_id}.json")
            moved += 1
    return moved


def _release_arrow_memory() -> None:
    """Merging reads whole row groups; hand those buffers back so a long batch stays flat."""
    import sys

    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()


def commit(
    out: str | Path,
    documents: Iterable[Document] = (),
    diffs: Iterable = (),
    series: Mapping[str, str] | None = None,
    diff_documents: Iterable[Document] = (),
) -> CommitResult:
    """Write ``documents`` and ``diffs`` to every table under ``out`` as one atomic step (no JSON).

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
        return commit_staged(out, segments, diffs, compared)


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
