""".docx -> text: the paragraphs and tables of word/document.xml in document order.

The archive is read with bounded sizes (a zip bomb is refused before it expands), its XML
with entities and DTDs refused, and Word's automatic numbers rendered into the text
(word_numbering). A damaged archive is refused with what is wrong with it, in words.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from lxml import etree

from parsers.ingest.result import Ingested, IngestError, one_line, source_info
from parsers.ingest.word_numbering import ListNumbering, w

MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024  # sum of the declared sizes of all members of a .docx
MAX_DOCX_RATIO = 200  # XML deflates about 10:1; a zip bomb reaches 1000:1 and more
MAX_DOCX_MEMBERS = 10_000

_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_W_P, _W_T, _W_TAB, _W_BR, _W_CR = (w(t) for t in ("p", "t", "tab", "br", "cr"))
_W_NO_BREAK_HYPHEN = w("noBreakHyphen")
_W_TBL, _W_TR, _W_TC, _W_SECT_PR, _W_TXBX = (w(t) for t in ("tbl", "tr", "tc", "sectPr", "txbxContent"))

_XML_PARSER = dict(
    resolve_entities=False,
    no_network=True,
    huge_tree=False,
    load_dtd=False,
    dtd_validation=False,
    remove_comments=True,
    remove_pis=True,
)


def read_docx(data: bytes, name: str | None, source: str) -> Ingested:
    if not data.startswith(b"PK"):
        raise IngestError(source, "not a .docx: not a zip archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
        raise IngestError(source, "damaged .docx: truncated or corrupt zip archive") from None
    with archive:
        _check_zip_bounds(archive, source)
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise IngestError(source, "a zip archive but not a .docx: word/document.xml is missing")
        document = _parse_member(archive, "word/document.xml", source)
        title = None
        if "docProps/core.xml" in names:
            title = _core_title(_parse_member(archive, "docProps/core.xml", source))
        numbering = ListNumbering(
            _parse_member(archive, "word/numbering.xml", source) if "word/numbering.xml" in names else None,
            _parse_member(archive, "word/styles.xml", source) if "word/styles.xml" in names else None,
        )
    paragraphs = list(_docx_paragraphs(document, numbering))
    if not paragraphs:
        raise IngestError(source, "empty document: no text in word/document.xml")
    return Ingested(text="\n".join(paragraphs), info=source_info(data, name, "docx", None), title=title)


def _check_zip_bounds(archive: zipfile.ZipFile, source: str) -> None:
    members = archive.infolist()
    if len(members) > MAX_DOCX_MEMBERS:
        raise IngestError(source, f"refused: zip with {len(members)} members")
    total = sum(m.file_size for m in members)
    if total > MAX_DOCX_UNCOMPRESSED:
        raise IngestError(
            source,
            f"refused: zip expands to {total // 2**20} MB (limit {MAX_DOCX_UNCOMPRESSED // 2**20} MB), a zip bomb?",
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > 1_000_000 and ratio > MAX_DOCX_RATIO:
            raise IngestError(source, f"refused: {member.filename} compresses {ratio}:1, a zip bomb?")


def _damage(member: str, err: BaseException) -> str:
    """What is wrong with a member that cannot be read, in words a user can act on."""
    message = str(err)
    if isinstance(err, zlib.error):
        return f"{member} is corrupt: its compressed data does not decompress"
    if isinstance(err, EOFError):
        return f"{member} is cut short: its compressed data ends early"
    if message.startswith("Bad CRC-32"):
        return f"{member} is corrupt: its checksum does not match its content"
    if "encrypted" in message:
        return f"{member} is encrypted"
    if isinstance(err, NotImplementedError) or "compression method" in message:
        return f"{member} uses a compression method Word does not write"
    # Bad magic number, file name in directory and header differ, truncated header, negative seek ...
    return f"the zip directory does not match the data of {member}"


def _parse_member(archive: zipfile.ZipFile, member: str, source: str) -> etree._Element:
    try:
        with archive.open(member) as handle:
            raw = handle.read(MAX_DOCX_UNCOMPRESSED + 1)
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        RuntimeError,
        NotImplementedError,
        EOFError,
        ValueError,
    ) as err:
        raise IngestError(source, f"damaged .docx: {_damage(member, err)}") from None
    if len(raw) > MAX_DOCX_UNCOMPRESSED:
        raise IngestError(source, f"refused: {member} expands past {MAX_DOCX_UNCOMPRESSED // 2**20} MB")
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw:
        raise IngestError(source, f"{member} has a DOCTYPE: entity declarations are not allowed")
    try:
        return etree.fromstring(raw, parser=etree.XMLParser(**_XML_PARSER))
    except etree.XMLSyntaxError as err:
        raise IngestError(
            source, f"damaged .docx: {member} is not well-formed XML ({one_line(str(err))})"
        ) from None


def _docx_paragraphs(document: etree._Element, numbering: ListNumbering) -> Iterator[str]:
    body = document.find(w("body"))
    if body is None:
        return
    yield from _docx_blocks(body, numbering)


def _docx_blocks(container: etree._Element, numbering: ListNumbering) -> Iterator[str]:
    """Lines of the paragraphs and tables of a body, cell or text box, in document order."""
    for child in container:
        if child.tag == _W_P:
            yield from _paragraph_lines(child, numbering)
        elif child.tag == _W_TBL:
            yield from _table_lines(child, numbering)
        elif child.tag in (_MC_FALLBACK, _W_SECT_PR) or not isinstance(child.tag, str):
            continue  # a fallback copy duplicates its mc:Choice
        else:
            yield from _docx_blocks(child, numbering)  # w:sdt, w:customXml, mc:AlternateContent ...


def _paragraph_lines(paragraph: etree._Element, numbering: ListNumbering) -> Iterator[str]:
    label = numbering.label(paragraph)  # counted even when the paragraph is empty, as Word does
    text = "".join(_run_texts(paragraph))
    if text.strip():
        yield label + text
    # Text boxes anchored in this paragraph (not those nested in another box, which that box yields).
    for box in paragraph.iter(_W_TXBX):
        owner = next(a for a in box.iterancestors() if a.tag == _W_P)
        if owner is paragraph and not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):
            yield from _docx_blocks(box, numbering)


def _table_lines(table: etree._Element, numbering: ListNumbering) -> Iterator[str]:
    """A row of one-line cells is one line, cells separated by a tab (the row keeps "item, amount" together);
    rows with longer cells give each cell paragraph its own line."""
    for row in table.iter(_W_TR):
        if next(a for a in row.iterancestors() if a.tag == _W_TBL) is not table:
            continue  # a row of a nested table: its cell yields it
        cell_elements = [cell for cell in row if cell.tag == _W_TC]
        cells = [list(_docx_blocks(cell, numbering)) for cell in cell_elements]
        nested = any(cell.find(f".//{_W_TBL}") is not None for cell in cell_elements)
        if not nested and all(len(lines) <= 1 and "\n" not in "".join(lines) for lines in cells):
            line = "\t".join(lines[0] if lines else "" for lines in cells)
            if line.strip():
                yield line
        else:
            for lines in cells:
                yield from lines


def _run_texts(element: etree._Element) -> Iterator[str]:
    for child in element:
        tag = child.tag
        if tag == _W_T:
            yield child.text or ""
        elif tag == _W_TAB:
            yield "\t"
        elif tag in (_W_BR, _W_CR):
            yield "\n"
        elif tag == _W_NO_BREAK_HYPHEN:
            yield "-"
        elif tag in (_W_P, _W_TXBX):
            continue  # a text box inside the paragraph: its paragraphs come on their own
        elif isinstance(tag, str):
            yield from _run_texts(child)


def _core_title(core: etree._Element) -> str | None:
    element = core.find(_DC_TITLE)
    if element is None or not element.text:
        return None
    title = one_line(element.text)
    # Core titles are often a template's or "Microsoft Word - x.doc"; only a Chinese title is worth keeping.
    if len(title) >= 4 and re.search(r"[\u4e00-\u9fff]{4}", title):
        return title
    return None
