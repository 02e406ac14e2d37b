"""The files of one table in a new snapshot: which live files stay, which lose replaced rows, which merge.

A table is a folder of segment files ``part-<segment>.parquet``. A commit hands ``build_table``
the files the new snapshot should hold (``Source``: a live file, a staged one, a diff segment),
each perhaps without the rows of some keys. A file kept whole is hard-linked (nothing is read or
re-encoded); a file that loses rows is rewritten without them; past ``MAX_SEGMENTS`` files the
smallest are merged, streaming one row group at a time, into files of at most
``FULL_SEGMENT_BYTES``. Keys are ``doc_id`` for the document tables and (old_doc_id, new_doc_id)
for the diff tables.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Set
from dataclasses import dataclass
from pathlib import Path

from outputs.files import link_or_copy
from outputs.schema import DOCUMENT_TABLES, HISTORY_TABLES, TABLES
from outputs.staging import parquet_options, write_parquet

MAX_SEGMENTS = 32  # files per table; past this the smallest are merged
FULL_SEGMENT_BYTES = 256 * 1024 * 1024  # a file this big is never merged further
EMPTY_PART = "part-0-empty.parquet"  # an empty table still has one file, with its schema

_PART = re.compile(r"^part-(.+)\.parquet$")
KEY_SEP = "\x1f"


# ---------------------------------------------------------------- keys


def _key_columns(table: str) -> tuple[str, ...]:
    if table in HISTORY_TABLES:
        return ("series",)
    return ("doc_id",) if table in DOCUMENT_TABLES else ("old_doc_id", "new_doc_id")


def _key_array(data, table: str):
    import pyarrow.compute as pc

    columns = _key_columns(table)
    if len(columns) == 1:
        return data.column(columns[0])
    return pc.binary_join_element_wise(*(data.column(c) for c in columns), KEY_SEP)


def _read_file(path: Path, columns: list[str] | None = None):
    import pyarrow.parquet as pq

    # ParquetFile, not pq.read_table: the latter goes through pyarrow.dataset, which imports pandas (slow)
    with pq.ParquetFile(path) as parquet:
        return parquet.read(columns=columns)


def _file_keys(path: Path, table: str) -> set[str]:
    data = _read_file(path, columns=list(_key_columns(table)))
    return set(_key_array(data, table).to_pylist())


def parts(table_dir: Path | None) -> list[Path]:
    """The segment files of a table folder (none for a folder that does not exist)."""
    if table_dir is None or not table_dir.is_dir():
        return []
    return sorted(p for p in table_dir.iterdir() if _PART.match(p.name))


# ---------------------------------------------------------------- one table of a new snapshot


@dataclass
class Source:
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


def _copy_rows(sources: list[Source], table: str, path: Path) -> int:
    """Stream the rows of ``sources`` (without their dropped keys) into one new file; rows written."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    schema = TABLES[table]
    written = 0
    with pq.ParquetWriter(path, schema, **parquet_options(schema)) as writer:
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
                    del data
                    release_arrow_memory()  # else the pool keeps every row group's buffers: +100 MB a merge
    return written


def _string_array(values: Iterable[str]):
    import pyarrow as pa

    return pa.array(sorted(values), pa.string())


def _merge_plan(sources: list[Source]) -> tuple[list[Source], list[list[Source]]]:
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
    groups: list[list[Source]] = [[]]
    total = 0
    for source in sorted(chosen, key=lambda s: s.name):  # merged files keep the order rows came in
        if groups[-1] and total + sizes[id(source)] > FULL_SEGMENT_BYTES:
            groups.append([])
            total = 0
        groups[-1].append(source)
        total += sizes[id(source)]
    return [s for s in sources if id(s) not in chosen_ids], [g for g in groups if g]


def build_table(table: str, sources: list[Source], new_dir: Path, stamp: str) -> tuple[int, int]:
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


def present_keys(live: Path | None, table: str, keys: Set[str]) -> set[str]:
    if live is None or not keys:
        return set()
    present: set[str] = set()
    for path in parts(live / table):
        present |= keys & _file_keys(path, table)
    return present


def live_sources(live: Path | None, table: str, replaced: set[str]) -> list[Source]:
    """The live files of ``table``: linked as they are, or without the rows of ``replaced`` keys."""
    sources = []
    for path in parts(live / table if live else None):
        if path.name == EMPTY_PART:
            continue
        if replaced:
            keys = _file_keys(path, table)
            hit = keys & replaced
            if hit == keys:
                continue  # every row replaced: the file goes
            if hit:
                sources.append(Source(path, path.name, frozenset(hit)))
                continue
        sources.append(Source(path, path.name))
    return sources


def release_arrow_memory() -> None:
    """Merging reads whole row groups; hand those buffers back so a long batch stays flat."""
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
