""".docx: paragraphs and tables in document order, Word's automatic numbers rendered, XML read safely."""

from __future__ import annotations

import io
import zipfile

import pytest
from ingest_helpers import DOCX, load_script
from ingest_helpers import docx as _docx

from parsers.ingest import IngestError, read_bytes, read_path

make_fixtures = load_script("make_fixtures")


def test_docx_paragraphs_in_order_with_tables_tabs_and_breaks():
    ingested = read_path(DOCX)
    assert ingested.text.split("\n") == "\n".join(make_fixtures.docx_paragraphs()).split("\n")
    lines = ingested.text.split("\n")
    assert lines[1] == "第一章　总　　则"
    # A table comes where it stands, a row a line with its cells separated by tabs.
    row = lines.index("支持事项\t支持标准")
    assert row == lines.index("（三）平台上一年度营业收入不低于1000万元。") + 1
    assert lines[row + 1] == "智能化改造项目\t设备投资额的10%，最高不超过300万元"
    assert "云岭市工业和信息化局\t2025年1月10日" in lines
    assert ingested.text.endswith("联系人：王昇\n联系电话：0871-64100000")
    assert ingested.info.format == "docx" and ingested.info.encoding is None
    assert ingested.title == "云岭市促进智能制造高质量发展办法（征求意见稿）"  # docProps/core.xml


def test_docx_with_entity_in_document_xml_is_refused():
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
    with pytest.raises(IngestError, match="entity declarations are not allowed"):
        read_bytes(buffer.getvalue(), name="xxe.docx")


def test_docx_text_box_fallback_is_not_read_twice():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    box = "<w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>"
    xml = (
        f'<w:document xmlns:w="{w}" xmlns:mc="{mc}"><w:body>'
        f"<w:p><w:r><w:t>正文前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice>{box}</mc:Choice>"
        f"<mc:Fallback>{box}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文后</w:t></w:r></w:p>"
        "</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
    assert read_bytes(buffer.getvalue(), name="box.docx").text == "正文前正文后\n文本框"


def _level(ilvl: int, fmt: str, text: str, suffix: str = "nothing") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/></w:lvl>'
    )


def _numbered(text: str, ilvl: int, num_id: int = 1) -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p>"
    )


def test_docx_automatic_numbering_is_rendered_like_word():
    numbering = (
        '<w:abstractNum w:abstractNumId="0">'
        + _level(0, "chineseCounting", "%1、")
        + _level(1, "chineseCounting", "（%2）")
        + _level(2, "decimal", "%3.")
        + _level(3, "decimalEnclosedCircle", "%4")
        + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        # A second instance of the same list that restarts its first level at 1.
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    )
    body = (
        _numbered("总体要求", 0)
        + _numbered("指导思想。", 1)
        + _numbered("基本原则。", 1)
        + _numbered("坚持问题导向。", 2)
        + _numbered("突出重点。", 3)
        + _numbered("坚持系统观念。", 2)
        + _numbered("重点任务", 0)
        + _numbered("加强平台建设。", 1)
        + _numbered("附件说明", 0, num_id=2)
    )
    text = read_bytes(_docx(body, numbering), name="n.docx").text
    assert text.split("\n") == [
        "一、总体要求",
        "（一）指导思想。",
        "（二）基本原则。",
        "1.坚持问题导向。",
        "①突出重点。",
        "2.坚持系统观念。",
        "二、重点任务",
        "（一）加强平台建设。",
        "一、附件说明",
    ]


def test_docx_numbering_from_a_paragraph_style_with_tab_suffix():
    numbering = (
        '<w:abstractNum w:abstractNumId="7">'
        + _level(0, "chineseCounting", "第%1条", suffix="tab")
        + '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num>'
    )
    styles = '<w:style w:styleId="Article"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    article = '<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr><w:r><w:t>{}</w:t></w:r></w:p>'
    body = "".join(
        article.format(t) for t in ["为了规范管理，制定本办法。"] * 10 + ["本办法自发布之日起施行。"]
    )
    lines = read_bytes(_docx(body, numbering, styles), name="s.docx").text.split("\n")
    assert lines[0] == "第一条\t为了规范管理，制定本办法。"
    assert lines[9].startswith("第十条\t") and lines[10] == "第十一条\t本办法自发布之日起施行。"


def test_docx_table_with_multi_paragraph_cells_and_a_nested_table():
    def cell(*paragraphs: str) -> str:
        return "<w:tc>" + "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs) + "</w:tc>"

    nested = f"<w:tc><w:tbl><w:tr>{cell('内表甲')}{cell('内表乙')}</w:tr></w:tbl></w:tc>"
    body = (
        f"<w:tbl><w:tr>{cell('项目')}{cell('金额')}</w:tr>"
        f"<w:tr>{cell('平台建设')}{cell('不超过100万元', '按年度拨付')}</w:tr>"
        f"<w:tr>{cell('嵌套')}{nested}</w:tr></w:tbl>"
    )
    lines = read_bytes(_docx(body), name="t.docx").text.split("\n")
    assert lines == ["项目\t金额", "平台建设", "不超过100万元", "按年度拨付", "嵌套", "内表甲\t内表乙"]


def test_python_docx_reads_the_same_paragraphs():
    import docx  # python-docx, a dev dependency: an independent reader of the same file

    ours = read_path(DOCX).text.split("\n")
    theirs = [p.text for p in docx.Document(str(DOCX)).paragraphs if p.text.strip()]
    # python-docx skips tables and does not render automatic numbers: each of its paragraphs ends one of ours.
    position = 0
    for paragraph in theirs:
        first_line = paragraph.split("\n")[0]
        while not ours[position].endswith(first_line):
            position += 1
        position += 1
    assert len(theirs) == len([line for line in ours if line]) - 3 - 1  # 3 table rows; the <w:br> line
