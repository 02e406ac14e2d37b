"""The files that follow the tables: OUT/zhengce.duckdb (views) and OUT/deadlines.ics (deadlines).

``refresh_companions`` runs at the end of every commit, inside its writer lock, so whatever
writes the tables (``zhengce parse``, ``diff``, ``watch``, a flow) keeps both current. It costs
a stat and a small read when nothing they show has changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa
import pyarrow.parquet as pq

from outputs.calendar import Consultation, update_calendar
from outputs.sql import refresh_database
from parsers.dates import CHINA_TZ

if TYPE_CHECKING:  # a process that only writes the companions needs no data model
    from parsers.model import Document

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
CALENDAR_COLUMNS = (
    "doc_id",
    "comment_deadline",
    "title",
    "notice_title",
    "status",
    "issuer",
    "contact_name",
    "contact_phone",
    "contact_email",
    "source",
)


_MICROS_PER = {"s": 1_000_000, "ms": 1_000, "us": 1}


def _timestamp_micros(column) -> list[int | None]:
    """A timestamp column as microseconds since the epoch (UTC). Its int64 storage is read as it is:
    casting would load pyarrow.compute, a tenth of a second of a cold start, for a multiplication."""
    unit = column.type.unit
    values = [v for chunk in column.chunks for v in chunk.view(pa.int64()).to_pylist()]
    if unit == "ns":
        return [None if v is None else v // 1_000 for v in values]
    return [None if v is None else v * _MICROS_PER[unit] for v in values]


def calendar_rows(path: Path) -> Iterator[dict]:
    """The calendar columns of a documents file, as Python rows (one at a time).

    Not ``pq.read_table`` nor a timestamp's ``as_py``: each imports pandas (and numpy) into a
    process that has neither, a second on the cold path of ``zhengce parse``. Timestamps are read
    as microseconds since the epoch and made Beijing-time datetimes here."""
    # one thread, no read-ahead of whole row groups: with them, each file read left a few MB of
    # thread-local buffers behind, which a commit of many segments piled up. One row group at a time
    # (a worker's chunk of documents): a whole file's columns as Python objects at once were a few MB
    # more at the peak of a long batch's commit, which reads every documents file.
    with pq.ParquetFile(path, pre_buffer=False) as parquet:
        columns = [c for c in CALENDAR_COLUMNS if c in parquet.schema_arrow.names]
        for group in range(parquet.num_row_groups):
            yield from _rows(parquet.read_row_group(group, columns=columns, use_threads=False))


def _rows(table) -> Iterator[dict]:
    """The rows of a table of calendar columns, as Python dicts (timestamps in Beijing time)."""
    names = table.column_names
    values = []
    for name in names:
        column = table.column(name)
        if pa.types.is_timestamp(column.type):
            micros = _timestamp_micros(column)
            values.append(
                [
                    None if v is None else (EPOCH + timedelta(microseconds=v)).astimezone(CHINA_TZ)
                    for v in micros
                ]
            )
        else:
            values.append(column.to_pylist())
    del table
    for row in zip(*values, strict=True):  # one row at a time: a commit of 100,000 documents reads them all
        yield dict(zip(names, row, strict=True))


def consultations_in(out: str | Path) -> list[Consultation]:
    """Every document of the dataset whose notice has a comment deadline."""
    return list(iter_consultations(out))


def iter_consultations(out: str | Path) -> Iterator[Consultation]:
    """``consultations_in``, one at a time: a calendar built from them holds none (outputs/calendar.py)."""
    for path in sorted((Path(out) / "documents").glob("*.parquet")):
        for row in calendar_rows(path):
            item = Consultation.of_row(row)
            if item is not None:
                yield item
        pa.default_memory_pool().release_unused()  # each file's buffers, kept by the allocator otherwise


def refresh_companions(
    out: str | Path,
    documents: Iterable[Document | Mapping[str, object]],
    write_database: Callable[[Path], object] | None = None,
) -> None:
    """After ``documents`` were committed to ``out``: the DuckDB file and the calendar.

    ``documents`` are the Documents just written, or their rows of the documents table (a
    writer that publishes staged segments holds rows, not Documents: CALENDAR_COLUMNS suffice),
    iterated once, and only when a calendar is there to update.
    Call it inside the commit's writer lock, after the snapshot swap. ``write_database``: see
    ``outputs.sql.refresh_database``.
    """

    def changed() -> Iterator[tuple[str, Consultation | None]]:
        for doc in documents:
            if isinstance(doc, Mapping):  # a row of the documents table
                yield str(doc["doc_id"]), Consultation.of_row(doc)
            else:
                yield doc.doc_id, Consultation.of_document(doc)

    def calendar() -> None:
        update_calendar(out, changed, everything=lambda: iter_consultations(out))

    # the calendar after the DuckDB file, or while a child process writes that (the commit's tail)
    refresh_database(out, write=write_database, then=calendar)
