"""What each column of each table means, from outputs/data/columns.toml.

One source for the Parquet field metadata (``description``), the comments on the DuckDB views,
the two-line Excel headers and the README. ``value_changes`` carries the provision columns twice;
``old_provision_label`` is documented as "in the earlier draft: " + ``provision_label``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from parsers.data_tables import data_table

COLUMNS_PATH = Path(__file__).with_name("data") / "columns.toml"
DESCRIPTION_KEY = b"description"
_SIDES = {"old_": ("原", "In the earlier draft: "), "new_": ("新", "In the later draft: ")}


@dataclass(frozen=True)
class ColumnDoc:
    zh: str  # a short Chinese header
    en: str  # what the value is, its unit, what a null means


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict[str, dict[str, str]]]:
    return data_table(COLUMNS_PATH)


def column_doc(table: str, column: str) -> ColumnDoc | None:
    """The documentation of ``table.column``, or None when columns.toml has none."""
    entries = _entries()
    own = entries.get(table, {}).get(column, {})
    shared = entries["shared"].get(column, {})
    zh, en = own.get("zh", shared.get("zh")), own.get("en", shared.get("en"))
    if zh and en:
        return ColumnDoc(zh, en)
    for prefix, (zh_prefix, en_prefix) in _SIDES.items():
        if column.startswith(prefix) and column[len(prefix) :] in entries["shared"]:
            base = column_doc(table, column[len(prefix) :])
            if base is not None:
                return ColumnDoc(zh_prefix + base.zh, en_prefix + base.en)
    return None


def table_doc(table: str) -> str:
    """What one row of ``table`` is."""
    return _entries()["tables"][table]


def with_descriptions(table: str, schema: pa.Schema) -> pa.Schema:
    """``schema`` with each documented field's English description in its metadata."""
    fields = []
    for field in schema:
        doc = column_doc(table, field.name)
        if doc is not None:
            field = field.with_metadata({**(field.metadata or {}), DESCRIPTION_KEY: doc.en.encode("utf-8")})
        fields.append(field)
    return pa.schema(fields, metadata=schema.metadata)
