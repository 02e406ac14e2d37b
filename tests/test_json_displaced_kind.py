"""The node kind ``displaced`` (format 2.1.0) in the JSON files: a document holding one writes a file the
committed schema accepts and reads back whole; a file of format 2.0.0 (before the kind existed) is read as it is."""

from __future__ import annotations

import json

import jsonschema
import orjson
from test_wrap_displaced_tail import BODY as NOTICE_BODY
from test_wrap_displaced_tail import TITLE, with_tail_on_top
from wrapping import hard_wrap

from outputs.json_export import read_document_json, write_document_json
from outputs.json_schema import SCHEMA_PATH
from parsers.model import SCHEMA_VERSION
from parsers.pipeline import parse_bytes


def test_a_displaced_node_is_written_valid_and_read_back(tmp_path):
    copy = with_tail_on_top(hard_wrap(TITLE + "\n" + NOTICE_BODY), "知")
    doc = parse_bytes(copy.encode("utf-8"), "copy.txt")
    assert [n.text.strip() for n in doc.iter_nodes() if n.kind == "displaced"] == ["知"]
    path = write_document_json(tmp_path, doc)
    data = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert SCHEMA_VERSION == data["version"] == "2.1.0"
    assert read_document_json(path) == doc


def test_a_file_of_format_2_0_0_reads_as_it_is(tmp_path):
    doc = parse_bytes((TITLE + "\n" + NOTICE_BODY).encode("utf-8"), "original.txt")
    path = write_document_json(tmp_path, doc)
    data = orjson.loads(path.read_bytes())
    data["version"] = "2.0.0"
    path.write_bytes(orjson.dumps(data))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert read_document_json(path) == doc
