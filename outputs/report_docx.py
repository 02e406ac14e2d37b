"""The 新旧对照表 as a Word file, in the two-column layout drafting offices circulate and edit.

A title (《…》修改前后对照表), a line saying which versions are compared, then one table: 原条文 |
修改后条文, a header row repeated on every page, one row per changed unit in new-document order (a
removed unit where it stood), and the heading of each chapter whose articles changed above them. In the
old column deleted text is struck through in red; in the new column inserted text is underlined, bold,
in blue; a unit added or removed as a whole has the other cell say so. Unchanged units are left out,
as drafting offices do (a closing note says how many). Written with python-docx.
"""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from outputs.report_rows import XML_INVALID, Row, display_rows
from parsers.model import Document
from revisions.model import RevisionDiff

FONT = "SimSun"  # 宋体: what drafting offices use; Word substitutes where it is missing
DELETED = RGBColor(0xA4, 0x0E, 0x26)
INSERTED = RGBColor(0x05, 0x50, 0xAE)
HEADERS = ("原条文", "修改后条文")
HEADING_LEVELS = {"chapter": 0, "action": 0, "section": 1}
# A line ends at a newline, and at a page break (\f, between the pages of a PDF) or another separator
# Word's XML cannot hold: each starts a paragraph of its own.
_LINE_BREAKS = re.compile("[\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _font(run, size: float = 10.5, bold: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def _add(paragraph, text: str, *, deleted: bool = False, inserted: bool = False, bold: bool = False) -> None:
    text = XML_INVALID.sub(" ", text)  # python-docx refuses the whole file for one of them
    if not text:
        return
    run = paragraph.add_run(text)
    _font(run, bold=bold or inserted)
    if deleted:
        run.font.strike = True
        run.font.color.rgb = DELETED
    if inserted:
        run.font.underline = True
        run.font.color.rgb = INSERTED


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _fill(cell, pieces: list[tuple[str, str]], note: str | None = None) -> None:
    """Write (kind, text) pieces into a cell, one paragraph per line of the text."""
    paragraph = cell.paragraphs[0]
    if note:
        _add(paragraph, note, bold=True)
        paragraph = cell.add_paragraph()
    for kind, text in pieces:
        lines = _LINE_BREAKS.split(text)
        for number, line in enumerate(lines):
            if number:
                paragraph = cell.add_paragraph()
            _add(
                paragraph,
                line.strip("\r"),
                deleted=kind == "delete",
                inserted=kind == "insert",
                bold=kind == "bold",
            )


def _pieces(row: Row, side: str) -> list[tuple[str, str]]:
    change = row.change
    text = change.old_text if side == "old" else change.new_text
    if change.change != "modified":
        return [("bold" if row.heading else "plain", (text or "").strip())]
    label = change.old_label if side == "old" else change.new_label
    pieces = [("bold", label)] if label else []
    for op in change.ops:
        if op.op == "equal":
            pieces.append(("plain", op.old if side == "old" else op.new))
        elif side == "old" and op.op in ("delete", "replace"):
            pieces.append(("delete", op.old))
        elif side == "new" and op.op in ("insert", "replace"):
            pieces.append(("insert", op.new))
    return pieces


def _note(row: Row, side: str) -> str | None:
    change = row.change
    if side == "new" and change.moved:
        return f"（移动：原{change.old_label or ''}）"
    if side == "new" and change.note:
        return f"（{change.note}）"
    return None


def table_rows(diff: RevisionDiff) -> list[Row]:
    """The rows the Word table holds: changed units, each under the heading of its changed chapter."""
    chosen: list[Row] = []
    pending: list[Row] = []  # the chapter, then the section, not written yet
    for row in display_rows(diff):
        if row.heading and row.change.kind in HEADING_LEVELS:
            level = HEADING_LEVELS[row.change.kind]
            pending = [p for p in pending if HEADING_LEVELS[p.change.kind] < level] + [row]
            if row.changed:
                chosen.extend(pending)
                pending = []
            continue
        if row.changed and not row.heading:
            chosen.extend(pending)
            pending = []
            chosen.append(row)
    return chosen


def write_docx(path: Path, diff: RevisionDiff, old_doc: Document, new_doc: Document) -> Path:
    name = diff.series or new_doc.title or old_doc.title or diff.new_doc_id
    word = WordDocument()
    section = word.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    title = word.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(f"《{name}》修改前后对照表")
    _font(run, size=16, bold=True)
    subtitle = word.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    old_version = diff.old_version or old_doc.status or "原稿"
    new_version = diff.new_version or new_doc.status or "新稿"
    _font(subtitle.add_run(f"{old_version} → {new_version}"), size=11)

    rows = table_rows(diff)
    table = word.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, HEADERS, strict=True):
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add(cell.paragraphs[0], text, bold=True)
    _repeat_header(table.rows[0])
    for row in rows:
        old_cell, new_cell = table.add_row().cells
        if row.change.change == "added":
            _add(old_cell.paragraphs[0], "（新增）", bold=True)
        else:
            _fill(old_cell, _pieces(row, "old"))
        if row.change.change == "removed":
            _add(new_cell.paragraphs[0], "（删除）", bold=True)
        else:
            _fill(new_cell, _pieces(row, "new"), _note(row, "new"))
    unchanged = sum(1 for r in display_rows(diff) if not r.changed and not r.heading)
    closing = word.add_paragraph()
    _font(closing.add_run(f"注：未修改的条文（{unchanged} 条，含仅编号变化的）未列入本表。"), size=9)
    path.parent.mkdir(parents=True, exist_ok=True)
    word.save(str(path))
    return path
