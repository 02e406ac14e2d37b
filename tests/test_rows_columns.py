"""The writers' column-by-column rows (outputs.rows.document_columns) are the rows as a row-by-row
definition gives them: every mention's fields, its document and its provision, and every node in
document order with its depth."""

from __future__ import annotations

from pathlib import Path

import pytest

from outputs import rows
from outputs.provisions import provisions
from outputs.schema import TABLES
from parsers.pipeline import parse_path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = (
    sorted((ROOT / "fixtures" / "drafts").glob("*.txt"))
    + sorted((ROOT / "fixtures" / "real").rglob("*.txt"))[:40]
)


@pytest.fixture(scope="module")
def documents():
    docs = [parse_path(path) for path in TEXTS]
    assert sum(len(doc.money) + len(doc.ratios) + len(doc.targets) for doc in docs) > 100
    return docs


def test_mention_columns_are_the_mention_rows(documents):
    for doc in documents:
        where = provisions(doc)
        columns = rows.document_columns(doc)
        for table in ("money", "ratios", "targets"):
            by_rows = rows._columns(rows._mention_rows(doc, getattr(doc, table), table, where), table)
            assert columns[table] == by_rows, (doc.source.path, table)
            assert list(columns[table]) == TABLES[table].names


def _walk(nodes, depth, where, out):
    for node in nodes:
        out.append((node.node_id, node.parent_id, node.seq, depth, where[node.node_id].path))
        _walk(node.children, depth + 1, where, out)
    return out


def test_node_columns_walk_the_tree_in_document_order(documents):
    for doc in documents:
        expected = _walk(doc.nodes, 0, provisions(doc), [])
        nodes = rows.document_columns(doc)["nodes"]
        got = list(
            zip(
                nodes["node_id"], nodes["parent_id"], nodes["seq"], nodes["depth"], nodes["path"], strict=True
            )
        )
        assert got == expected
        assert [seq for _, _, seq, _, _ in got] == list(range(len(got)))  # document order
