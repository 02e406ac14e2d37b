"""One Document -> the rows it contributes to each table of the contract (outputs/schema.py).

Rows are plain dicts whose keys are exactly the columns of the table's schema, so a
writer can build a pyarrow table with ``pa.Table.from_pylist(rows, schema=...)``.
"""

from __future__ import annotations

from outputs.provisions import EMPTY_COLUMNS, Provision, provisions
from outputs.schema import TABLES
from parsers.dates import as_china_time
from parsers.model import Document, Node, field_values
from revisions.series import series_key


def _node_rows(doc: Document, where: dict[str, Provision]) -> list[dict]:
    rows: list[dict] = []
    stack: list[tuple[Node, int]] = [(node, 0) for node in reversed(doc.nodes)]
    while stack:
        node, depth = stack.pop()
        rows.append(
            {
                "doc_id": doc.doc_id,
                "node_id": node.node_id,
                "parent_id": node.parent_id,
                "kind": node.kind,
                "ordinal": node.ordinal,
                "label": node.label,
                "heading": node.heading,
                "text": node.text,
                "char_start": node.char_start,
                "char_end": node.char_end,
                "seq": node.seq,
                "depth": depth,
                "provision_id": where[node.node_id].provision_id,
                "path": where[node.node_id].path,
            }
        )
        stack.extend((child, depth + 1) for child in reversed(node.children))
    return rows


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


def document_rows(doc: Document, series: str | None = None) -> dict[str, list[dict]]:
    """The rows of ``doc`` for every document table: documents, nodes, money, ratios, targets.

    ``series`` names the policy series when the caller knows it (``--series``); else the title decides.
    """
    where = provisions(doc)
    return {
        "documents": [document_row(doc, series)],
        "nodes": _node_rows(doc, where),
        "money": _mention_rows(doc, doc.money, "money", where),
        "ratios": _mention_rows(doc, doc.ratios, "ratios", where),
        "targets": _mention_rows(doc, doc.targets, "targets", where),
    }
