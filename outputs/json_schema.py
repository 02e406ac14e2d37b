"""The JSON Schema of OUT/json/<doc_id>.json, generated from parsers.model.Document.

The committed copy lives at schemas/document.schema.json; a test checks it equals what
this module generates. After changing the model, regenerate it with
``python -m outputs.json_schema``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from parsers.model import SCHEMA_NAME, SCHEMA_VERSION, Document

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "document.schema.json"


def document_schema() -> dict:
    """The schema of a Document as ``model_dump_json`` writes it."""
    schema = Document.model_json_schema(mode="serialization")
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
