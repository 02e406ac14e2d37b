"""PDF -> text through PDFium (pypdfium2): each page's text in reading order, pages joined as
pdftotext does (every page's text ends with a newline; every page after the first starts with a
form feed, so structure can tell a page break from a paragraph break).

The text stays as the page shows it: hard-wrapped lines, running headers and page numbers are
kept (the structure recognises them; the text must stay lossless). Two things are corrected,
both artefacts of extraction rather than of the document: lines that a producer drew out of
order (Chromium draws its print header after the body) are put back in reading order, and the
space PDFium infers from the narrow gap a word processor leaves between a Chinese character and
a digit or Latin letter (到 2022 年, its "autospace") is dropped.

A PDF that needs a password to open, one with no text layer (a scan), and one whose text layer
is unreadable are refused with one line each. PDFium is not thread-safe, not even across
documents: every call into it holds ``_PDFIUM`` (the Prefect flow ingests in threads).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from parsers.ingest.decode import looks_binary
from parsers.ingest.result import PAGE_BREAK, Ingested, IngestError, source_info

MAX_PAGES = 10_000  # a long regulation with annexes runs to a few hundred pages
_PDFIUM = threading.Lock()
_CJK_RE = re.compile("[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_SPACE_BETWEEN_RE = re.compile(r"(?<=\S) (?=\S)")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f]")  # \t and \n stay; \f is ours, between pages
_AUTOSPACE_EM = 0.5  # a gap narrower than this (in ems) between CJK and Latin is layout, not a space
_OPEN_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "encrypted PDF: it needs a password to open (remove it, or print to a new PDF)",
    pdfium_c.FPDF_ERR_SECURITY: "encrypted PDF with a security handler that cannot be read",
    pdfium_c.FPDF_ERR_FORMAT: "damaged PDF: PDFium cannot open it (its structure is broken or cut short)",
}


@dataclass
class _Line:
    text: str
    top: float  # PDF units, y grows upwards
    bottom: float


def read_pdf(data: bytes, name: str | None, source: str) -> Ingested:
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            reason = _OPEN_ERRORS.get(
                err.err_code, f"damaged PDF: PDFium cannot open it (error {err.err_code})"
            )
            raise IngestError(source, reason) from None
        try:
            pages = len(document)
            if pages > MAX_PAGES:
                raise IngestError(source, f"refused: PDF of {pages:,} pages (limit {MAX_PAGES:,})")
            texts, images = [], 0
            for index in range(pages):
                text, page_images = _page_text(document, index)
                texts.append(text)
                images += page_images
        finally:
            document.close()
    if not any(text.strip() for text in texts):
        what = "scanned PDF" if images else "PDF without text"
        raise IngestError(
            source, f"{what}: no text layer on its {pages} page(s) (run OCR first, e.g. ocrmypdf -l chi_sim)"
        )
    if looks_binary("".join(texts)):
        raise IngestError(
            source, "the PDF's text layer is unreadable (fonts without a Unicode mapping); run OCR first"
        )
    body = PAGE_BREAK.join(text if text.endswith("\n") else text + "\n" for text in texts)
    return Ingested(text=body, info=source_info(data, name, "pdf", None))


def _page_text(document: pdfium.PdfDocument, index: int) -> tuple[str, int]:
    """One page's text in reading order, and how many images it holds (to tell a scan)."""
    try:
        page = document[index]
    except pdfium.PdfiumError:
        return "", 0  # a page PDFium cannot load reads as empty, like a viewer showing it blank
    try:
        textpage = page.get_textpage()
        try:
            lines = _lines(textpage)
        finally:
            textpage.close()
        images = 0 if any(line.text.strip() for line in lines) else _count_images(page)
    finally:
        page.close()
    return "\n".join(line.text for line in _reading_order(lines)), images


def _count_images(page: pdfium.PdfPage) -> int:
    return sum(1 for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))


def _lines(textpage: pdfium.PdfTextPage) -> list[_Line]:
    """The page's lines as PDFium reads them (in the order they are drawn), each with its vertical extent."""
    text = textpage.get_text_range()
    if not text:
        return []
    index = _TextIndex(text)
    lines: list[_Line] = []
    start = 0
    for raw in re.split(r"\r\n|\r|\n", text):  # PDFium ends a line with \r\n
        end = start + len(raw)
        extent = _extent(textpage, index, raw, start)
        if extent is None:  # a blank line sits where the line before it ends
            extent = (lines[-1].bottom, lines[-1].bottom) if lines else (0.0, 0.0)
        cleaned = _without_autospace(textpage, index, raw, start)
        lines.append(_Line(_CONTROL_RE.sub("", cleaned).rstrip(), *extent))
        start = end + (2 if text.startswith("\r\n", end) else 1)
    return lines


class _TextIndex:
    """PDFium counts its text in UTF-16 units, Python in code points: the two differ past the BMP (𠮷)."""

    def __init__(self, text: str):
        self.units: list[int] | None = None
        if _ASTRAL_RE.search(text):
            units, total = [], 0
            for char in text:
                units.append(total)
                total += 2 if ord(char) > 0xFFFF else 1
            self.units = units

    def char(self, textpage: pdfium.PdfTextPage, position: int) -> int:
        """The PDFium character index of the code point at ``position`` of the page text (-1: none)."""
        unit = position if self.units is None else self.units[position]
        return pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage, unit)

    def box(self, textpage: pdfium.PdfTextPage, position: int) -> tuple[float, float, float, float] | None:
        char = self.char(textpage, position)
        return None if char < 0 else textpage.get_charbox(char)  # left, bottom, right, top


def _extent(
    textpage: pdfium.PdfTextPage, index: _TextIndex, raw: str, start: int
) -> tuple[float, float] | None:
    """Top and bottom of a line, from its first and last visible characters; None for a blank line."""
    stripped = raw.strip()
    if not stripped:
        return None
    first = start + len(raw) - len(raw.lstrip())
    last = start + len(raw.rstrip()) - 1
    boxes = [box for box in (index.box(textpage, first), index.box(textpage, last)) if box is not None]
    if not boxes:
        return None
    return max(box[3] for box in boxes), min(box[1] for box in boxes)


def _without_autospace(textpage: pdfium.PdfTextPage, index: _TextIndex, raw: str, start: int) -> str:
    """The line without the spaces PDFium inferred from a narrow gap between a CJK character and a Latin one."""
    drop = []
    for match in _SPACE_BETWEEN_RE.finditer(raw):
        at = match.start()
        before, after = raw[at - 1], raw[at + 1]
        # Word processors space Chinese from digits and Latin letters (autospace); never Chinese from Chinese.
        if not ((_CJK_RE.match(before) and after.isascii()) or (before.isascii() and _CJK_RE.match(after))):
            continue
        char = index.char(textpage, start + at)
        if char < 0 or not pdfium_c.FPDFText_IsGenerated(textpage, char):
            continue  # a space the document itself holds
        left, right = index.box(textpage, start + at - 1), index.box(textpage, start + at + 1)
        size = pdfium_c.FPDFText_GetFontSize(textpage, index.char(textpage, start + at - 1))
        if left and right and size > 0 and 0 <= right[0] - left[2] < _AUTOSPACE_EM * size:
            drop.append(at)
    if not drop:
        return raw
    kept = [raw[previous + 1 : at] for previous, at in zip([-1, *drop], [*drop, len(raw)], strict=True)]
    return "".join(kept)


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Lines top to bottom by blocks: a block is a run of drawn lines each just below the last. Blocks are
    sorted by their top, to half a line's height; blocks side by side (table cells, columns) keep the order
    they were drawn in (the sort is stable). O(n log n) in the lines of the page."""
    blocks: list[list[_Line]] = []
    for line in lines:
        if blocks and _continues(blocks[-1][-1], line):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    heights = sorted(line.top - line.bottom for line in lines if line.top > line.bottom)
    unit = max(heights[len(heights) // 2] / 2, 1.0) if heights else 1.0
    blocks.sort(key=lambda block: -math.floor(block[0].top / unit))
    return [line for block in blocks for line in block]


def _continues(previous: _Line, line: _Line) -> bool:
    height = max(previous.top - previous.bottom, 1.0)
    if not line.text.strip() or not previous.text.strip():
        return True  # a blank line stays where it was drawn
    below = line.top <= previous.top + height / 2
    return below and previous.bottom - line.top < 3 * height
