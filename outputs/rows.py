"""One Document -> the rows it contributes to each table of the contract (outputs/schema.py).

``documents_columns`` gives them column by column for a chunk of documents, as the writers hand them
to Arrow (``document_columns`` for one);
``document_rows`` as plain dicts whose keys are exactly the columns of the table's schema, as
``pa.Table.from_pylist(rows, schema=...)`` takes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields

from outputs.provisions import EMPTY_COLUMNS, PROVISION_COLUMNS, Provision, provisions
from outputs.schema import TABLES
from parsers.dates import as_china_time
from parsers.model import Document, Node, field_values
from revisions.series import series_key


def _node_columns(docs: Sequence[Document], wheres: Sequence[dict[str, Provision]]) -> dict[str, list]:
    """The nodes table of ``docs`` column by column, each document's nodes in document order: the bulk
    of the rows, built without a dict per row (one walk lists the nodes and depths, then a comprehension
    per column over all the documents at once: a tenth of the method calls of appending to 14 lists
    per node, and one list per column for a whole chunk)."""
    nodes: list[Node] = []
    depths: list[int] = []
    doc_ids: list[str] = []
    placed: list[Provision] = []

    def walk(children: list[Node], depth: int) -> None:
        for node in children:
            nodes.append(node)
            depths.append(depth)
            if node.children:
                walk(node.children, depth + 1)

    for doc, where in zip(docs, wheres, strict=True):
        start = len(nodes)
        walk(doc.nodes, 0)
        doc_ids += [doc.doc_id] * (len(nodes) - start)
        placed += [where[node.node_id] for node in nodes[start:]]  # (islice would step over the first ones)
    return {
        "doc_id": doc_ids,
        "node_id": [node.node_id for node in nodes],
        "parent_id": [node.parent_id for node in nodes],
        "kind": [node.kind for node in nodes],
        "ordinal": [node.ordinal for node in nodes],
        "label": [node.label for node in nodes],
        "heading": [node.heading for node in nodes],
        "text": [node.text for node in nodes],
        "char_start": [node.char_start for node in nodes],
        "char_end": [node.char_end for node in nodes],
        "seq": [node.seq for node in nodes],
        "depth": depths,
        "provision_id": [provision.provision_id for provision in placed],
        "path": [provision.path for provision in placed],
    }


def document_row(doc: Document, series: str | None = None) -> dict:
    """The row of ``doc`` in the documents table."""
    notice = doc.notice
    return {
        "doc_id": doc.doc_id,
        "source": doc.source.path,
        "format": doc.source.format,
        "encoding": doc.source.encoding,
        "sha256": doc.source.sha256,
        "title": doc.title,
        "status": doc.status,
        "notice_title": doc.notice_title,
        "issuer": doc.issuer,
        "doc_number": doc.doc_number,
        "published": as_china_time(doc.published),
        "comment_deadline": as_china_time(notice.comment_deadline) if notice else None,
        "contact_name": notice.contact_name if notice else None,
        "contact_phone": notice.contact_phone if notice else None,
        "contact_email": notice.contact_email if notice else None,
        "series": series or series_key(doc.title, doc.issuer),
        "text": doc.text,
        "n_chars": len(doc.text),
        "parser_version": doc.parser_version,
    }


def _mention_rows(doc: Document, mentions, table: str, where: dict[str, Provision]) -> list[dict]:
    columns = TABLES[table].names
    rows = []
    for mention in mentions:
        values = field_values(mention)
        values["doc_id"] = doc.doc_id
        values["doc_title"] = doc.title
        provision = where.get(mention.node_id)
        values.update(provision.columns() if provision else EMPTY_COLUMNS)
        rows.append({name: values.get(name) for name in columns})
    return rows


def _columns(rows: list[dict], table: str) -> dict[str, list]:
    return {name: [row[name] for row in rows] for name in TABLES[table].names}


_PROVISION_INDEX = {name: k for k, name in enumerate(PROVISION_COLUMNS)}


def _mention_columns(
    docs: Sequence[Document], table: str, wheres: Sequence[dict[str, Provision]]
) -> dict[str, list]:
    """``_mention_rows`` of every document column by column, without a dict per row: each column taken as
    a row takes it (the provision's columns over the document's over the mention's own fields; a column
    none has is null)."""
    mentions: list = []
    doc_ids: list[str] = []
    titles: list[str | None] = []
    placed: list[Provision | None] = []
    for doc, where in zip(docs, wheres, strict=True):
        found = getattr(doc, table)
        if found:
            mentions += found
            doc_ids += [doc.doc_id] * len(found)
            titles += [doc.title] * len(found)
            placed += [where.get(mention.node_id) for mention in found]
    kinds = {type(mention) for mention in mentions}
    if len(kinds) > 1:  # (a table's mentions are of one kind; anything else goes the way of rows)
        by_rows = [
            row
            for doc, where in zip(docs, wheres, strict=True)
            for row in _mention_rows(doc, getattr(doc, table), table, where)
        ]
        return _columns(by_rows, table)
    own = {field.name for kind in kinds for field in fields(kind)}
    n = len(mentions)
    columns: dict[str, list] = {}
    for name in TABLES[table].names:
        if name in _PROVISION_INDEX:
            k = _PROVISION_INDEX[name]
            columns[name] = [None if provision is None else provision[k] for provision in placed]
        elif name == "doc_id":
            columns[name] = doc_ids
        elif name == "doc_title":
            columns[name] = titles
        elif name in own:
            columns[name] = [getattr(mention, name) for mention in mentions]
        else:
            columns[name] = [None] * n
    return columns


def documents_columns(
    docs: Sequence[Document], series: Sequence[str | None] | None = None
) -> dict[str, dict[str, list]]:
    """The rows of ``docs`` for every document table (documents, nodes, money, ratios, targets), column
    by column, the documents one after another: what a writer hands to Arrow for a chunk
    (``outputs.staging.columns_table``), one list per column for all of them.

    ``series`` names each document's policy series when the caller knows it (``--series``; None: the
    title decides).
    """
    wheres = [provisions(doc) for doc in docs]
    names = series if series is not None else [None] * len(docs)
    return {
        "documents": _columns(
            [document_row(doc, name) for doc, name in zip(docs, names, strict=True)], "documents"
        ),
        "nodes": _node_columns(docs, wheres),
        "money": _mention_columns(docs, "money", wheres),
        "ratios": _mention_columns(docs, "ratios", wheres),
        "targets": _mention_columns(docs, "targets", wheres),
    }


def document_columns(doc: Document, series: str | None = None) -> dict[str, dict[str, list]]:
    """``documents_columns`` of one document."""
    return documents_columns([doc], [series])


def document_rows(doc: Document, series: str | None = None) -> dict[str, list[dict]]:
    """The rows of ``doc`` for every document table, as dicts keyed by the tables' columns
    (``document_columns`` row by row)."""
    rows = {}
    for table, columns in document_columns(doc, series).items():
        names = TABLES[table].names  # in the schema's order
        values = zip(*(columns[name] for name in names), strict=True)
        rows[table] = [dict(zip(names, row, strict=True)) for row in values]
    return rows
