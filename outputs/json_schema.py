"""The JSON Schema of OUT/json/<doc_id>.json (format 2), generated from parsers.model.

The file's tree form (outputs/json_tree.py) is the Document with derived values left out.
Its pydantic models are built here from the model's dataclasses themselves: every field of Node,
Money, Ratio, Target and Document is carried over, except those the tree derives from the
text and the nesting, so a field added to the model reaches the schema with no edit here.

The committed copy lives at schemas/document.schema.json; a test checks it equals what this
module generates. After changing the model, regenerate it with ``python -m outputs.json_schema``.
The format-1 schema stays at schemas/document-1.0.0.schema.json for files written before.
"""

from __future__ import annotations

import json
import sys
from dataclasses import MISSING
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from outputs.json_tree import (
    DERIVED_NODE_FIELDS,
    MENTION_ID_FIELDS,
    MENTION_MODELS,
    MENTION_TABLES,
    model_fields,
    omitted_when_empty,
)
from parsers.model import SCHEMA_NAME, SCHEMA_VERSION, Document, Node

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json"
_STRICT = ConfigDict(extra="forbid")


def _carried(model: type, leave_out: tuple[str, ...], may_omit: bool = False) -> dict[str, Any]:
    """The model's fields but ``leave_out``; with ``may_omit``, a field that may be null may be absent."""
    omitted = omitted_when_empty(model, leave_out) if may_omit else {}
    fields: dict[str, Any] = {}
    for field, annotation in model_fields(model):
        if field.name in leave_out:
            continue
        if field.default is not MISSING or field.name in omitted:
            info = Field(field.default if field.default is not MISSING else omitted[field.name])
        elif field.default_factory is not MISSING:
            info = Field(default_factory=field.default_factory)
        else:
            info = Field()
        fields[field.name] = (annotation, info)
    return fields


@cache
def stored_document_model() -> type[BaseModel]:
    """The pydantic model of a format-2 file."""
    node_fields = _carried(Node, DERIVED_NODE_FIELDS + ("char_start", "char_end", "kind"))
    kind = dict((field.name, annotation) for field, annotation in model_fields(Node))["kind"]
    node = create_model(
        "StoredNode",
        __config__=_STRICT,
        __doc__="A node: its text is text[char_start:char_end]; its id extends its parent's.",
        id=(
            str | None,
            Field(
                None,
                description="this node's component of node_id (parent's node_id + '__' + id); absent when"
                " it is <kind>_<n> for the n-th child of its kind",
            ),
        ),
        kind=(
            kind | None,
            Field(None, description="absent when id starts with it (id 'measure_3': measure)"),
        ),
        **node_fields,
        char_start=(
            int | None,
            Field(None, description="only when the node does not start where its previous sibling ends"),
        ),
        char_end=(
            int | None,
            Field(None, description="absent for a last child that ends where its parent ends"),
        ),
        heading_span=(
            tuple[int, int] | None,
            Field(None, description="offsets of the heading in the document's text"),
        ),
        heading=(str | None, Field(None, description="the heading, only when it is not a span of the text")),
        node_id=(str | None, Field(None, description="only when it does not extend the parent's")),
        parent_id=(str | None, Field(None, description="only when it is not the enclosing node")),
        seq=(int | None, Field(None, description="only when it is not the place in document order")),
        text=(str | None, Field(None, description="only when it is not text[char_start:char_end]")),
        children=(list["StoredNode"], Field(default_factory=list)),  # noqa: F821 (the model itself)
    )
    node.model_rebuild(_types_namespace={"StoredNode": node})
    mentions = {}
    for table, model in MENTION_MODELS.items():
        id_field = MENTION_ID_FIELDS[table]
        fields = _carried(model, ("surface", id_field, "node_id"), may_omit=True)
        mentions[table] = create_model(
            f"Stored{model.__name__}",
            __config__=_STRICT,
            id=(str, Field(description=f"{id_field} = node_id + '__' + id")),
            **fields,
            node_id=(
                str | None,
                Field(None, description="only when it is not the clause the mention starts in"),
            ),
            surface=(str | None, Field(None, description="only when it is not text[char_start:char_end]")),
            **{id_field: (str | None, Field(None, description="only when it does not extend node_id"))},
        )
    document_fields = _carried(Document, ("schema_name", "version", "nodes", *MENTION_TABLES))
    return create_model(
        "StoredDocument",
        __config__=_STRICT,
        __doc__=None,  # the dataclass's docstring is its signature
        schema_name=(Literal["zhengce.Document"], SCHEMA_NAME),
        version=(
            str,
            Field(SCHEMA_VERSION, description="the file format; 1.x files repeat every node's text"),
        ),
        **document_fields,
        nodes=(list[node], Field(default_factory=list)),  # type: ignore[valid-type]
        **{table: (list[m], Field(default_factory=list)) for table, m in mentions.items()},  # type: ignore[valid-type]
    )


def document_schema() -> dict:
    """The schema of a format-2 file, as ``outputs.json_export.document_json`` writes it."""
    schema = stored_document_model().model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_NAME}/{SCHEMA_VERSION}",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(document_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_schema(Path(sys.argv[1]) if len(sys.argv) > 1 else SCHEMA_PATH))
