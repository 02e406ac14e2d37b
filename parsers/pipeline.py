"""Bytes or a path in, a complete Document out: ingestion, structure, notice, extractions."""

from __future__ import annotations

import hashlib
from pathlib import Path

from parsers import PARSER_VERSION
from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.ingest import Ingested, read_bytes, read_path
from parsers.model import Document
from parsers.notice import parse_notice
from parsers.structure import parse_structure, split_status
from parsers.targets import extract_targets


def doc_id_for(text: str) -> str:
    """The same text always gets the same id, so re-parsing a draft replaces its rows."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def parse_ingested(ingested: Ingested) -> Document:
    text = ingested.text
    structure = parse_structure(text)
    notice = parse_notice(text, structure.notice_span) if structure.notice_span else None
    clauses = [n for n in structure.iter_nodes() if n.kind == "clause"]
    index = TextIndex(text)  # built once, read by both extractors
    money, ratios = extract_amounts(text, clauses, index)
    targets = extract_targets(text, clauses, index)
    # A page's metadata title names the covering notice (关于印发…的通知) when one wraps the policy:
    # the policy's own title line is then the better name for the document and its series.
    if structure.notice_span:
        title = structure.title or ingested.title
    else:
        title = ingested.title or structure.title
    status = structure.status
    if title:
        # metadata titles (HTML table, docx properties) still carry （征求意见稿）: keep the status apart
        title, title_status = split_status(title)
        status = status or title_status
    return Document(
        doc_id=doc_id_for(text),
        source=ingested.info,
        parser_version=PARSER_VERSION,
        text=text,
        title=title or None,
        status=status,
        issuer=ingested.issuer or (notice.issuing_body if notice else None),
        doc_number=ingested.doc_number,
        published=ingested.published or (notice.published if notice else None),
        notice=notice,
        nodes=structure.nodes,
        money=money,
        ratios=ratios,
        targets=targets,
    )


def parse_path(path: str | Path) -> Document:
    return parse_ingested(read_path(path))


def parse_bytes(data: bytes, name: str | None = None) -> Document:
    return parse_ingested(read_bytes(data, name=name))
