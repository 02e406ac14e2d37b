"""A government web page -> its document: the title first, then one line per block of the body.

The page furniture and the metadata table are left out of the text; the table's fields
(title, issuer, 文号, date) go to ``Ingested``.
"""

from __future__ import annotations

from parsers.ingest.decode import decode_html
from parsers.ingest.html_content import block_lines, drop_furniture, find_content
from parsers.ingest.html_metadata import (
    find_doc_number,
    find_title,
    published,
    take_metadata,
    without_title_lines,
)
from parsers.ingest.html_tree import parse_page, squash
from parsers.ingest.result import Ingested, IngestError, source_info


def read_html(data: bytes, name: str | None, source: str) -> Ingested:
    text, encoding = decode_html(data, source)
    page = parse_page(text, source)
    meta = take_metadata(page)
    heading = find_title(page, meta.get("title"))
    when = published(meta, page)
    drop_furniture(page)
    lines = block_lines(find_content(page))
    title = meta.get("title") or heading
    if title and not (lines and squash(lines[0]) == squash(title)):
        lines = [title, *without_title_lines(lines, title)]
    doc_number = meta.get("doc_number") or find_doc_number(lines)
    body = "\n".join(lines)
    if not body.strip():
        raise IngestError(source, "no text in the page body")
    return Ingested(
        text=body,
        info=source_info(data, name, "html", encoding),
        title=title,
        issuer=meta.get("issuer"),
        doc_number=doc_number,
        published=when,
    )
