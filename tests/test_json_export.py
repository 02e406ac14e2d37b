"""OUT/json/<doc_id>.json: the nested Document, valid against the committed JSON Schema."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from outputs.json_export import json_path, read_document_json, write_document_json
from outputs.json_schema import SCHEMA_PATH, document_schema, schema_text
from parsers.pipeline import parse_path


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return parse_path(seed_path)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_the_generated_one():
    # After changing parsers/model.py: python -m outputs.json_schema
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text()
    assert document_schema()["properties"]["schema_name"]["const"] == "zhengce.Document"


def test_the_seed_json_is_the_whole_tree_and_valid(tmp_path, seed_doc, seed_text, validator):
    path = write_document_json(tmp_path, seed_doc)
    assert path == json_path(tmp_path, seed_doc.doc_id) == tmp_path / "json" / f"{seed_doc.doc_id}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    validator.validate(data)
    assert data["text"] == seed_text
    assert data["schema_name"] == "zhengce.Document"
    assert read_document_json(path) == seed_doc

    # nested: every node's children are inside it, and each node's text is its span of the document
    def walk(nodes, parent_id):
        for node in nodes:
            assert node["parent_id"] == parent_id
            assert seed_text[node["char_start"] : node["char_end"]] == node["text"]
            yield node
            yield from walk(node["children"], node["node_id"])

    assert len(list(walk(data["nodes"], None))) == len(list(seed_doc.iter_nodes()))
    assert [tuple(m.values()) for m in data["money"]] == [
        tuple(m.model_dump().values()) for m in seed_doc.money
    ]


def test_invalid_json_is_caught_by_the_schema(tmp_path, seed_doc, validator):
    data = json.loads(write_document_json(tmp_path, seed_doc).read_text(encoding="utf-8"))
    data["nodes"][0]["unexpected"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_writing_again_replaces_the_file_and_leaves_no_temporary(tmp_path, seed_doc):
    write_document_json(tmp_path, seed_doc)
    write_document_json(tmp_path, seed_doc)
    assert [p.name for p in (tmp_path / "json").iterdir()] == [f"{seed_doc.doc_id}.json"]


def test_a_killed_writers_temporary_is_removed_by_the_next_write(tmp_path, seed_doc):
    folder = tmp_path / "json"
    folder.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = folder / f".{seed_doc.doc_id}.json.tmp-{dead.stdout.strip()}"
    stale.write_text("{half", encoding="utf-8")
    write_document_json(tmp_path, seed_doc)
    assert not stale.exists()
    assert [p.name for p in folder.iterdir()] == [f"{seed_doc.doc_id}.json"]
