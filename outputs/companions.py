"""The files that follow the tables: OUT/zhengce.duckdb (views) and OUT/deadlines.ics (deadlines).

``refresh_companions`` runs at the end of every commit, inside its writer lock, so whatever
writes the tables (``zhengce parse``, ``diff``, ``watch``, a flow) keeps both current. It costs
a stat and a small read when nothing they show has changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import pyarrow.parquet as pq

from outputs.calendar import Consultation, update_calendar
from outputs.sql import refresh_database
from parsers.model import Document

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


def consultations_in(out: str | Path) -> list[Consultation]:
    """Every document of the dataset whose notice has a comment deadline."""
    found = []
    for path in sorted((Path(out) / "documents").glob("*.parquet")):
        with pq.ParquetFile(path) as parquet:  # not pq.read_table: that imports pandas
            columns = [c for c in CALENDAR_COLUMNS if c in parquet.schema_arrow.names]
            for row in parquet.read(columns=columns).to_pylist():
                item = Consultation.of_row(row)
                if item is not None:
                    found.append(item)
    return found


def refresh_companions(out: str | Path, documents: Iterable[Document | Mapping[str, object]]) -> None:
    """After ``documents`` were committed to ``out``: the DuckDB file and the calendar.

    ``documents`` are the Documents just written, or their rows of the documents table (a
    writer that publishes staged segments holds rows, not Documents: CALENDAR_COLUMNS suffice).
    Call it inside the commit's writer lock, after the snapshot swap.
    """
    refresh_database(out)
    changed = {}
    for doc in documents:
        if isinstance(doc, Document):
            changed[doc.doc_id] = Consultation.of_document(doc)
        else:
            changed[str(doc["doc_id"])] = Consultation.of_row(doc)
    update_calendar(out, changed, everything=lambda: consultations_in(out))
