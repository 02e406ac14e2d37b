"""OUT/json/<doc_id>.json: the nested Document, compact, no text repeated, valid against the committed schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from dataclasses import replace
from pathlib import Path

import jsonschema
import orjson
import pytest

from outputs.json_export import (
    document_json,
    document_tree,
    json_path,
    read_document_json,
    remove_stale_temporaries,
    write_document_json,
)
from outputs.json_schema import SCHEMA_PATH, document_schema, schema_text
from parsers.model import SCHEMA_VERSION
from parsers.pipeline import parse_path

ROOT = Path(__file__).resolve().parent.parent
OLD_SCHEMA = ROOT / "schemas" / "document-1.0.0.schema.json"


# The field corpus grows by a few hundred texts a round and the round trip is a property of layouts, not of how many
# sets exist: every other fixture is read back, and of the field corpus a fixed eighth chosen by the file's name (the
# same file is always in or out; 2,813 field texts took 140 s of a loaded suite in round 16). `make fuzz` reads back
# the whole corpus (ZHENGCE_TEST_FIELD_SAMPLE=1).
FIELD_SAMPLE_ONE_IN = int(os.environ.get("ZHENGCE_TEST_FIELD_SAMPLE") or 8)


def in_field_sample(path: Path) -> bool:
    relative = path.relative_to(ROOT / "fixtures").as_posix()
    return (
        not relative.startswith("field/") or zlib.crc32(relative.encode("utf-8")) % FIELD_SAMPLE_ONE_IN == 0
    )


def fixture_documents():
    """Every text fixture that parses (drafts, real documents, revisions) and a fixed sample of the field corpus."""
    paths = sorted((ROOT / "fixtures" / "drafts").iterdir()) + sorted((ROOT / "fixtures").rglob("*.txt"))
    docs = {}
    for path in paths:
        if "bad" in path.parts or not in_field_sample(path):
            continue
        try:
            doc = parse_path(path)
        except Exception:  # a fixture meant to be refused
            continue
        docs.setdefault(doc.doc_id, doc)
    return list(docs.values())


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
    schema = document_schema()
    assert schema["properties"]["schema_name"]["const"] == "zhengce.Document"
    assert schema["$id"] == f"zhengce.Document/{SCHEMA_VERSION}" and SCHEMA_VERSION.startswith("2.")


def test_the_seed_json_is_compact_valid_and_reads_back_whole(tmp_path, seed_doc, seed_text, validator):
    path = write_document_json(tmp_path, seed_doc)
    assert path == json_path(tmp_path, seed_doc.doc_id) == tmp_path / "json" / f"{seed_doc.doc_id}.json"
    raw = path.read_text(encoding="utf-8")
    data = json.loads(raw)
    validator.validate(data)
    assert (data["schema_name"], data["version"], data["text"]) == (
        "zhengce.Document",
        SCHEMA_VERSION,
        seed_text,
    )
    assert read_document_json(path) == seed_doc
    # compact, and the text is there once: no node carries it again
    assert "\n " not in raw and '": ' not in raw
    sentence = max(seed_text.split("\n"), key=len)[:60]
    assert raw.count(sentence) == 1
    first_clause = next(n for n in seed_doc.iter_nodes() if n.kind == "clause" and len(n.text) > 20)
    assert raw.count(json.dumps(first_clause.text, ensure_ascii=False)[1:-1]) == 1
    assert len(raw.encode("utf-8")) <= 3 * len(seed_text.encode("utf-8"))


def test_nodes_nest_and_their_offsets_index_the_text(seed_doc, seed_text):
    data = document_tree(seed_doc)
    read_back = read_document_json_from(data)
    nodes = list(read_back.iter_nodes())
    assert [n.node_id for n in nodes] == [n.node_id for n in seed_doc.iter_nodes()]
    for node in nodes:
        assert node.text == seed_text[node.char_start : node.char_end]
        assert all(child.parent_id == node.node_id for child in node.children)
    money = data["money"][0]
    assert "surface" not in money  # the text at its offsets
    assert read_back.money[0].surface == seed_text[money["char_start"] : money["char_end"]]


def read_document_json_from(tree):
    from outputs.json_export import document_from_tree

    return document_from_tree(json.loads(json.dumps(tree, ensure_ascii=False)))


def test_every_fixture_reads_back_exactly_and_stays_under_three_times_its_text(tmp_path, validator):
    docs = fixture_documents()
    assert len(docs) >= 20
    source = written = 0
    for doc in docs:
        path = write_document_json(tmp_path, doc)
        data = json.loads(path.read_text(encoding="utf-8"))
        validator.validate(data)
        assert read_document_json(path) == doc, doc.source.path
        source += len(doc.text.encode("utf-8"))
        written += path.stat().st_size
    assert written <= 3 * source


def test_what_the_tree_cannot_derive_is_written_and_read_back(tmp_path, seed_doc, validator):
    """A node whose id, parent, seq or text are not what the tree implies still reads back exactly."""
    k = next(i for i, node in enumerate(seed_doc.nodes) if len(node.children) > 2)
    top = seed_doc.nodes[k]
    odd_child = replace(top.children[1], node_id="elsewhere", seq=999, text="另一段")
    short_last = replace(top.children[-1], char_end=top.children[-1].char_end - 1)
    odd_top = replace(top, children=[top.children[0], odd_child, *top.children[2:-1], short_last])
    odd = replace(seed_doc, nodes=[*seed_doc.nodes[:k], odd_top, *seed_doc.nodes[k + 1 :]])
    path = write_document_json(tmp_path, odd)
    data = json.loads(path.read_text(encoding="utf-8"))
    validator.validate(data)
    stored = data["nodes"][k]["children"][1]
    assert (stored["node_id"], stored["seq"], stored["text"]) == ("elsewhere", 999, "另一段")
    assert data["nodes"][k]["children"][-1]["char_end"] == short_last.char_end  # not its parent's end
    assert read_document_json(path) == odd


def test_a_format_1_file_still_reads():
    """A file the last format-1 release wrote (every node with its text, indented) reads back whole."""
    path = ROOT / "fixtures" / "json" / "format-1.0.0-kunming_keji_2024_zqyj.json"
    old = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(json.loads(OLD_SCHEMA.read_text(encoding="utf-8"))).validate(old)
    doc = read_document_json(path)
    assert doc.version == SCHEMA_VERSION
    assert doc.title == old["title"] == "科技创新赋能经济转型升级若干措施"

    def walk(nodes):
        for node in nodes:
            yield node
            yield from walk(node["children"])

    old_nodes = list(walk(old["nodes"]))
    assert [(n.node_id, n.text) for n in doc.iter_nodes()] == [(n["node_id"], n["text"]) for n in old_nodes]
    assert all(doc.text[n.char_start : n.char_end] == n.text for n in doc.iter_nodes())
    assert [(m.surface, m.low, m.high, m.role) for m in doc.money] == [
        (m["surface"], m["low"], m["high"], m["role"]) for m in old["money"]
    ]
    assert [(t.metric, t.value, t.year) for t in doc.targets] == [
        (t["metric"], t["value"], t["year"]) for t in old["targets"]
    ]
    assert doc.notice_title is None  # a field format 1 did not have


def test_invalid_json_is_caught_by_the_schema(seed_doc, validator):
    data = json.loads(document_json(seed_doc))
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
    stale = folder / f".{seed_doc.doc_id}.json.tmp-{dead.stdout.strip()}-0a1b2c3d"
    stale.write_text("{half", encoding="utf-8")
    live = folder / f".{seed_doc.doc_id}.json.tmp-{1}-0a1b2c3d"  # pid 1 is alive: its writer may still finish
    live.write_text("{half", encoding="utf-8")
    remove_stale_temporaries(folder)
    assert not stale.exists() and live.exists()
    live.unlink()
    write_document_json(tmp_path, seed_doc)
    assert [p.name for p in folder.iterdir()] == [f"{seed_doc.doc_id}.json"]


def test_a_number_computed_as_an_int_is_written_as_a_float(seed_doc):
    """The model's number fields hold floats whichever way a maker computed them (round(5, 10) is 5),
    so the JSON writes 1000000.0, as it did when pydantic coerced every value."""
    money = next(m for m in seed_doc.money if m.high is not None)
    made = replace(money, high=1_000_000)
    assert type(made.high) is float and made.high == 1_000_000.0
    tree = document_tree(replace(seed_doc, money=[made], ratios=[], targets=[]))
    assert b'"high":1000000.0' in orjson.dumps(tree["money"][0])
