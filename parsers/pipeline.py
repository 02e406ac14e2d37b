"""Bytes or a path in, a complete Document out: ingestion, structure, notice, extractions."""

from __future__ import annotations

import hashlib
from pathlib import Path

from parsers import PARSER_VERSION
from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.ingest import Ingested, read_bytes, read_path
from parsers.model import Document, Notice
from parsers.notice import parse_notice
from parsers.structure import Structure, covering_title, parse_structure, split_status, title_issuer
from parsers.structure.place_completion import completed_issuer
from parsers.targets import extract_targets


def doc_id_for(text: str) -> str:
    """The same text always gets the same id, so re-parsing a draft replaces its rows."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def choose_title(
    structure: Structure, metadata_title: str | None
) -> tuple[str | None, str | None, str | None]:
    """The document's title, status and covering notice title, from its text and its metadata.

    The text decides when it has a title: a page's metadata title (an HTML table, docx properties)
    often names the covering notice, not the policy. Without one, the metadata title is read like a
    notice's title: 关于印发《X》的通知 gives X, and keeps the notice's title as ``notice_title``.
    """
    status = structure.status
    if structure.title:
        notice_title = structure.notice_title
        if notice_title is None and metadata_title:
            read = covering_title(metadata_title)
            if read.notice_title and read.title and split_status(structure.title)[0] == read.title:
                notice_title = read.notice_title
        return structure.title, status, notice_title
    if not metadata_title:
        return None, status, None
    read = covering_title(metadata_title)
    return read.title or None, status or read.status, read.notice_title


def read_text(ingested: Ingested) -> tuple[Structure, Notice | None, list, TextIndex]:
    """What both extractors read: the structure, the covering notice, the clauses and the text's index (built once;
    a joined line break and page furniture read as spaces; dated by the source or the notice, so that
    今年…主要预期目标是：… names the year the text is dated)."""
    text = ingested.text
    structure = parse_structure(text)
    notice = parse_notice(text, structure.notice_span) if structure.notice_span else None
    clauses = [n for n in structure.iter_nodes() if n.kind == "clause"]
    published = ingested.published or (notice.published if notice else None)
    index = TextIndex(
        text,
        soft_breaks=structure.soft_breaks,
        furniture=structure.furniture,
        current_year=published.year if published else None,
    )
    return structure, notice, clauses, index


def parse_ingested(ingested: Ingested) -> Document:
    text = ingested.text
    structure, notice, clauses, index = read_text(ingested)
    published = ingested.published or (notice.published if notice else None)
    if published is None and index.stated is not None:
        # the day the text states (a page stamp, a signature's date), if it states one
        published = index.stated.when
    money, ratios = extract_amounts(text, clauses, index)
    targets = extract_targets(text, clauses, index)
    title, status, notice_title = choose_title(structure, ingested.title or structure.metadata_title)
    return Document(
        doc_id=doc_id_for(text),
        source=ingested.info,
        parser_version=PARSER_VERSION,
        text=text,
        title=title,
        status=status,
        notice_title=notice_title,
        # the acting body of the lead's first sentence only when no signature, field or line names one
        # a body named by its level alone (市司法局) in the fullest form the text gives it (field conventions, D11)
        issuer=completed_issuer(
            ingested.issuer
            or structure.issuer
            or (notice.issuing_body if notice else None)
            # a notice stored without its heading, its title given by the page's field: the body at its head
            # (field conventions: the title's head comes before the acting body of the lead's sentence)
            or (title_issuer(notice_title) if notice_title and not structure.notice_title else None)
            or structure.acting_issuer,
            text,
        ),
        doc_number=ingested.doc_number or structure.doc_number,
        published=published,
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
