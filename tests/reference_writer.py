"""The simplest writer of the dataset contract, kept as the oracle the fast path is compared with.

Rows as dicts (outputs/rows.py), ``pa.Table.from_pylist`` with the table's schema, one Parquet file
per table: no chunks, no workers, no staging, no snapshots. Whatever columns outputs/schema.py and
outputs/rows.py hold, this writes them, so a comparison with it stays valid when columns are added.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from outputs.rows import document_rows
from outputs.schema import DOCUMENT_TABLES, TABLES
from parsers.model import Document


def write_reference(out: Path, docs: list[Document]) -> dict[str, Path]:
    """One Parquet file per document table under ``out``; the first document of each doc_id counts."""
    out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[dict]] = {table: [] for table in DOCUMENT_TABLES}
    seen: set[str] = set()
    for doc in docs:
        if doc.doc_id in seen:
            continue
        seen.add(doc.doc_id)
        for table, table_rows in document_rows(doc).items():
            rows[table].extend(table_rows)
    files = {}
    for table, table_rows in rows.items():
        files[table] = out / f"{table}.parquet"
        pq.write_table(pa.Table.from_pylist(table_rows, schema=TABLES[table]), files[table])
    return files


def sorted_rows(data: pa.Table, table: str) -> list[dict]:
    """The table's rows as dicts of every schema column, in an order that does not depend on files."""
    rows = data.select(TABLES[table].names).cast(TABLES[table]).to_pylist()
    return sorted(rows, key=lambda row: json.dumps(row, sort_keys=True, default=str, ensure_ascii=False))
