"""Ingestion: bytes, .txt, .html and .docx in; exact text, source metadata and page metadata out; bad input refused."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import zipfile
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from parsers.ingest import CHINA_TZ, SUPPORTED_SUFFIXES, IngestError, read_bytes, read_path

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "fixtures" / "drafts"
BAD = ROOT / "fixtures" / "bad"
REAL_HTML = ROOT / "fixtures" / "real" / "html"
GB_TXT = DRAFTS / "yunling_huahui_2025_gb18030.txt"
GB_PAGE = DRAFTS / "yunling_keji_2025_notice.html"
DOCX = DRAFTS / "yunling_zhizao_2025_zqyj.docx"


def _load_make_fixtures():
    spec = importlib.util.spec_from_file_location("make_fixtures", ROOT / "scripts" / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_fixtures = _load_make_fixtures()


def _page(body: str, head: str = "", charset: str = "utf-8") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}">{head}</head><body>{body}</body></html>'
    ).encode("gb18030" if charset != "utf-8" else "utf-8")


# ------------------------------------------------------------------------------------------------ .txt


def test_utf8_file_text_is_the_file_content_exactly(seed_path):
    ingested = read_path(seed_path)
    content = seed_path.read_bytes()
    assert ingested.text == content.decode("utf-8")
    assert ingested.info.format == "txt"
    assert ingested.info.encoding == "utf-8"
    assert ingested.info.sha256 == hashlib.sha256(content).hexdigest()
    assert ingested.info.n_bytes == len(content)
    assert ingested.info.path == str(seed_path)


def test_bom_is_stripped_and_reported():
    ingested = read_bytes(b"\xef\xbb\xbf" + "第一条　为规范管理，制定本办法。\n".encode(), name="a.txt")
    assert ingested.text == "第一条　为规范管理，制定本办法。\n"
    assert ingested.info.encoding == "utf-8-sig"


def test_crlf_and_lone_cr_become_lf_and_nothing_else_changes():
    data = "一、总体要求\r\n（一）指导思想。\r第二行　保留　空格  \r\n".encode()
    assert read_bytes(data, name="x.txt").text == "一、总体要求\n（一）指导思想。\n第二行　保留　空格  \n"


def test_gb18030_file_round_trips_with_gbk_only_characters():
    data = GB_TXT.read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # so the GB18030 branch is the one under test
    ingested = read_path(GB_TXT)
    assert ingested.info.encoding == "gb18030"
    assert ingested.text == data.decode("gb18030")
    for char in "喆昇镕":  # in GBK/GB18030, not in GB2312
        assert char in ingested.text
        with pytest.raises(UnicodeEncodeError):
            char.encode("gb2312")
    assert ingested.text.splitlines()[0] == "云岭市关于支持花卉产业高质量发展的若干措施（征求意见稿）"
    assert ingested.text.rstrip("\n").splitlines()[-1] == "联系人：李喆　联系电话：0871-64200000"


def test_gbk_bytes_decode_as_gb18030():
    text = "对认定的企业给予一次性奖励50万元，联系人：王昇。\n"
    assert read_bytes(text.encode("gbk"), name="gbk.txt").text == text


_DRAFT_ALPHABET = st.sampled_from(
    list("一二三四五六七八九十第条章节（）()、。，；：“”《》—%万元年月日给予不超过奖励补助　 \n")
    + list("0123456789abcXYZ喆昇镕𠮷")
)


@settings(max_examples=150, deadline=None)
@given(st.text(_DRAFT_ALPHABET, min_size=1, max_size=300).filter(lambda t: t.strip()))
def test_any_utf8_or_gb18030_text_round_trips_exactly(text):
    assert read_bytes(text.encode("utf-8"), format="txt").text == text
    gb_bytes = text.encode("gb18030")
    try:
        gb_bytes.decode("utf-8")
        # Some short GB18030 byte strings are valid UTF-8 too ("一" is D2 BB, "һ" in UTF-8): UTF-8 wins by rule.
        assume(False)
    except UnicodeDecodeError:
        pass
    gb = read_bytes(gb_bytes, format="txt")
    assert (gb.text, gb.info.encoding) == (text, "gb18030")


def test_utf8_text_cut_inside_a_character_is_truncated_not_gb18030():
    data = "第一条　对认定的企业给予奖励。".encode()
    with pytest.raises(
        IngestError, match=r"truncated UTF-8 text: the file ends inside a character \(offset 42\)"
    ):
        read_bytes(data[:-1], name="cut.txt")
    # Without UTF-8 before the cut there is no evidence: "ab" + GB18030 "涓" (E4 B8) reads as GB18030.
    assert read_bytes(b"ab\xe4\xb8", name="gb.txt").text == "ab" + b"\xe4\xb8".decode("gb18030")


def test_control_characters_without_nul_are_binary():
    data = bytes(range(1, 32)) * 20 + "标题".encode()
    with pytest.raises(IngestError, match="binary file, not text"):
        read_bytes(data, name="ctl.txt")


def test_whitespace_only_file_is_empty():
    with pytest.raises(IngestError, match="empty file"):
        read_bytes(b" \n\r\n\t", name="blank.txt")


# ------------------------------------------------------------------------------------------------ dispatch


def test_read_bytes_sniffs_zip_html_and_text():
    assert read_bytes(DOCX.read_bytes()).info.format == "docx"
    assert read_bytes(_page("<p>第一条　正文。</p>")).info.format == "html"
    assert read_bytes("一、总体要求\n".encode()).info.format == "txt"
    # An explicit format wins over sniffing: markup read as text is kept verbatim.
    assert read_bytes(b"<html><body>x</body></html>", format="txt").text == "<html><body>x</body></html>"
    assert read_bytes(_page("<p>正文</p>"), format=".htm").info.format == "html"


def test_read_path_refuses_missing_directories_and_unsupported_types(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(IngestError) as err:
        read_path(missing)
    assert str(err.value) == f"{missing}: no such file"
    with pytest.raises(IngestError, match="is a directory"):
        read_path(tmp_path)
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    with pytest.raises(IngestError) as err:
        read_path(pdf)
    assert str(err.value).startswith(f"{pdf}: unsupported file type .pdf")
    assert ".docx" in SUPPORTED_SUFFIXES and ".htm" in SUPPORTED_SUFFIXES


# ------------------------------------------------------------------------------------------------ HTML


def test_gb2312_declared_page_keeps_text_after_a_gbk_only_character():
    data = GB_PAGE.read_bytes()
    assert b"charset=gb2312" in data
    ingested = read_path(GB_PAGE)
    assert ingested.info.encoding == "gb18030"
    assert "联系人：张喆；联系电话：0871-64300000。" in ingested.text
    assert "昇腾" in ingested.text
    assert ingested.text.splitlines()[-2:] == ["云岭市科学技术局", "2025年1月10日"]
    # Why we decode ourselves: lxml trusting the gb2312 declaration stops at 喆 and loses the rest of the page.
    lxml_text = lxml.html.document_fromstring(data).text_content()
    assert "张" in lxml_text and "昇腾" not in lxml_text and "2025年1月10日" not in lxml_text


def test_metadata_table_fills_fields_and_stays_out_of_the_body():
    ingested = read_path(GB_PAGE)
    title = "云岭市科学技术局关于公开征求《云岭市支持科技型企业加快发展若干措施（征求意见稿）》意见的通知"
    assert ingested.title == title
    assert ingested.issuer == "云岭市科学技术局"
    assert ingested.doc_number == "云科发〔2025〕8号"
    # 发布日期 of the table, with the time of day from the page's "发布时间" line of the same day.
    assert ingested.published == datetime(2025, 1, 10, 16, 30, tzinfo=CHINA_TZ)
    lines = ingested.text.splitlines()
    assert lines[0] == title and lines.count(title) == 1
    assert lines[1] == "各有关单位："
    for label in ("索", "主题分类", "成文日期", "发文字号", "11530100MB0000000X"):
        assert label not in ingested.text


def test_page_furniture_is_not_in_the_body():
    text = read_path(GB_PAGE).text
    for furniture in (
        "统计脚本",  # <script>
        "样式不应",  # <style>
        "页面底部脚本",
        "分享到",
        "微博",
        "打印",
        "关闭窗口",
        "当前位置",
        "首页",
        "政务公开",
        "主办单位",
        "字号",
        "发布时间",
    ):
        assert furniture not in text, furniture
    assert all(line == line.strip() and line for line in text.split("\n"))  # one clean line per block


def test_br_splits_a_paragraph_into_lines():
    lines = read_path(GB_PAGE).text.splitlines()
    index = lines.index("（三）对首次认定的高新技术企业给予一次性奖励20万元；对重新认定的给予10万元。")
    assert lines[index + 1] == "对科技型中小企业开展研发活动的，给予5—30万元资助。"


REAL_PAGES = [
    (
        "gov_cn_neimenggu_2023.html",
        "国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见",
        "国务院",
        "国发〔2023〕16号",
        datetime(2023, 10, 16, 16, 0, tzinfo=CHINA_TZ),  # table date, time from the "pages-date" line
        ["国发〔2023〕16号", "各省、自治区、直辖市人民政府，国务院各部委、各直属机构："],
        "——生态优先、绿色发展。",
    ),
    (
        "jinhua_wucheng_2025.html",
        "金华市婺城区人民政府关于印发关于推动经济高质量发展若干政策举措（2025年版）的通知",
        "婺城区人民政府",
        None,
        datetime(2025, 4, 1, tzinfo=CHINA_TZ),
        ["各乡镇人民政府、街道办事处，区直属有关单位："],
        "（一）加强科创平台效能建设。",
    ),
    (
        "shandong_yusuan_2014.html",
        "山东省人民政府关于深化预算管理制度改革的实施意见",
        None,
        "鲁政发〔2014〕20号",
        None,
        [
            "鲁政发〔2014〕20号",
            "各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校：",
        ],
        "2.目标任务。",
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "issuer", "doc_number", "published", "opening", "last"), REAL_PAGES
)
def test_real_government_pages(name, title, issuer, doc_number, published, opening, last):
    ingested = read_path(REAL_HTML / name)
    assert ingested.title == title
    assert ingested.issuer == issuer
    assert ingested.doc_number == doc_number
    assert ingested.published == published
    lines = ingested.text.splitlines()
    assert lines[0] == title
    assert lines[1 : 1 + len(opening)] == opening
    assert lines[-1].startswith(last)
    for furniture in (
        "首页",
        "当前位置",
        "打印",
        "关闭窗口",
        "分享",
        "版权所有",
        "主办",
        "字体",
        "浏览量",
        "朗读",
    ):
        assert furniture not in ingested.text, furniture


def test_title_split_by_br_in_the_body_is_not_repeated():
    text = read_path(REAL_HTML / "gov_cn_neimenggu_2023.html").text
    assert "国务院关于推动内蒙古高质量发展\n" not in text
    assert text.count("奋力书写中国式现代化新篇章的意见") == 1


def test_real_gb2312_page_is_read_as_gb18030():
    ingested = read_path(REAL_HTML / "shandong_yusuan_2014.html")
    assert ingested.info.encoding == "gb18030"
    assert "“三个代表”重要思想" in ingested.text


def test_page_without_charset_is_decoded_by_trying_utf8_then_gb18030():
    body = "<h1>关于支持企业发展的若干措施</h1><p>一、对新认定的企业给予一次性奖励50万元，联系人李喆。</p>"
    data = (
        f"<html><head><title>关于支持企业发展的若干措施_某市人民政府</title></head><body>{body}</body></html>"
    )
    ingested = read_bytes(data.encode("gb18030"), name="page.html")
    assert ingested.info.encoding == "gb18030"
    assert ingested.title == "关于支持企业发展的若干措施"
    assert ingested.text == "关于支持企业发展的若干措施\n一、对新认定的企业给予一次性奖励50万元，联系人李喆。"


def test_page_declared_gb2312_but_written_in_utf8_is_read_as_utf8():
    data = _page("<div id='zoom'><p>对认定的企业给予奖励50万元。</p></div>", head="<title>措施</title>")
    data = data.replace(b'charset="utf-8"', b'charset="gb2312"')
    ingested = read_bytes(data, name="mislabelled.html")
    assert ingested.info.encoding == "utf-8"
    assert ingested.text == "措施\n对认定的企业给予奖励50万元。"


def test_page_without_known_container_falls_back_to_the_densest_block_and_title_tag():
    paragraphs = "".join(
        f"<p>（{n}）对符合条件的项目给予不超过{n}0万元的补助，按年度拨付到位。</p>" for n in "一二三四"
    )
    body = (
        '<div class="x1"><a href="/">首页</a> <a href="/a">机构</a> <a href="/b">新闻</a></div>'
        f'<div class="x2"><div class="x3">{paragraphs}</div></div>'
        '<div class="x4">网站地图 | 联系我们</div>'
    )
    ingested = read_bytes(_page(body, head="<title>某区扶持措施 - 某区人民政府</title>"), name="p.html")
    assert ingested.title == "某区扶持措施"
    assert ingested.text.splitlines()[1:] == [
        f"（{n}）对符合条件的项目给予不超过{n}0万元的补助，按年度拨付到位。" for n in "一二三四"
    ]


def test_xhtml_with_xml_declaration_and_published_line():
    data = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        "<title>关于印发若干措施的通知</title></head><body><h1>关于印发若干措施的通知</h1>"
        '<div class="info">发布时间：2024-12-20 14:05:05　来源：市科技局</div>'
        '<div class="content"><p>一、总体要求</p><p>（一）到2027年，培育企业100家。</p></div></body></html>'
    ).encode()
    ingested = read_bytes(data, name="x.htm")
    assert ingested.published == datetime(2024, 12, 20, 14, 5, 5, tzinfo=CHINA_TZ)
    assert ingested.text == "关于印发若干措施的通知\n一、总体要求\n（一）到2027年，培育企业100家。"


def test_source_line_breaks_inside_chinese_are_layout_not_spaces():
    body = (
        '<div id="zoom"><p>为加快推进\n    产业发展，制定本措施。</p><p>Section 2  of   the rules</p></div>'
    )
    text = read_bytes(_page(body, head="<title>措施</title>"), name="p.html").text
    assert text.splitlines()[1:] == ["为加快推进产业发展，制定本措施。", "Section 2 of the rules"]


def test_furniture_inside_the_content_and_wrappers_named_like_furniture():
    paragraphs = "".join(f"<p>（{n}）对符合条件的项目给予不超过{n}0万元的补助。</p>" for n in "一二三")
    expected = ["扶持措施"] + [f"（{n}）对符合条件的项目给予不超过{n}0万元的补助。" for n in "一二三"]
    share = '<div class="bdsharebuttonbox">分享至：微信 微博 QQ空间</div>'
    # A known container with a share bar inside it, the whole inside a wrapper whose class says "position".
    known = f'<div class="main-position"><div class="TRS_Editor">{share}{paragraphs}</div></div>'
    # No known container: the densest block is found, and the share bar inside it still goes.
    unknown = f'<div class="location-wrap"><div class="x">{share}{paragraphs}</div></div>'
    for body in (known, unknown):
        text = read_bytes(_page(body, head="<title>扶持措施</title>"), name="p.html").text
        assert text.splitlines() == expected


def test_aspnet_form_wrapping_the_whole_page_is_not_furniture():
    body = (
        '<form id="form1" method="post"><div class="top"><a href="/">首页</a></div>'
        '<form class="search"><input name="q">站内搜索</form>'
        '<div class="content"><p>一、对新认定的企业给予一次性奖励50万元。</p><p>二、对研发投入给予补助。</p></div></form>'
    )
    text = read_bytes(_page(body, head="<title>措施_某市</title>"), name="aspx.html").text
    assert text == "措施\n一、对新认定的企业给予一次性奖励50万元。\n二、对研发投入给予补助。"


def test_simple_table_rows_are_lines_with_tab_separated_cells():
    table = (
        "<table><tr><th>支持事项</th><th>标准</th></tr>"
        "<tr><td>新认定的国家级企业技术中心</td><td>一次性奖励50万元</td></tr>"
        "<tr><td>多段单元格</td><td><p>第一段。</p><p>第二段。</p></td></tr></table>"
    )
    body = f'<div id="zoom"><p>附表：支持标准</p>{table}</div>'
    lines = read_bytes(_page(body, head="<title>标准</title>"), name="t.html").text.splitlines()
    assert lines[1:] == [
        "附表：支持标准",
        "支持事项\t标准",
        "新认定的国家级企业技术中心\t一次性奖励50万元",
        "多段单元格",  # a row whose cells hold paragraphs keeps a line per block
        "第一段。",
        "第二段。",
    ]


def test_metadata_table_inside_the_content_is_read_and_removed():
    body = (
        '<div id="zoom"><table><tr><td>发文机关：</td><td>某市人民政府</td></tr>'
        "<tr><td>发文字号：</td><td>某政发〔2024〕3号</td></tr><tr><td>成文日期：</td><td>2024-03-01</td></tr></table>"
        "<p>一、总体要求</p><p>（一）到2027年，新增企业1000家。</p></div>"
    )
    ingested = read_bytes(
        _page(body, head="<title>某市人民政府关于加快发展的意见_某市人民政府</title>"), name="m.html"
    )
    assert (ingested.issuer, ingested.doc_number) == ("某市人民政府", "某政发〔2024〕3号")
    assert ingested.published == datetime(2024, 3, 1, tzinfo=CHINA_TZ)  # 成文日期 when there is no 发布日期
    assert ingested.text == "某市人民政府关于加快发展的意见\n一、总体要求\n（一）到2027年，新增企业1000家。"


def test_a_stray_broken_byte_is_tolerated_but_a_wrongly_encoded_page_is_not():
    good = _page("<div id='zoom'><p>" + "对认定的企业给予奖励。" * 50 + "</p></div>", charset="gbk")
    stray = good.replace(b"</body>", b"\xff</body>")  # one byte that no codec accepts, outside the text
    assert "给予奖励" in read_bytes(stray, name="stray.html").text
    noise = bytes(range(0x80, 0x100)) * 20
    with pytest.raises(IngestError, match=r"cannot decode as gb18030 \(byte 0x"):
        read_bytes(good.replace(b"</body>", noise + b"</body>"), name="noise.html")


def test_nul_bytes_in_a_page_and_utf16_text_are_refused():
    with pytest.raises(IngestError, match="binary file, not HTML"):
        read_bytes(b"<html>\x00\x01\x02</html>", name="b.html")
    with pytest.raises(IngestError, match="UTF-16 text is not supported"):
        read_bytes("第一条".encode("utf-16"), name="u16.txt")
    with pytest.raises(IngestError, match="no HTML document|no text in the page body"):
        read_bytes(b"<html></html>", name="empty.html")


@pytest.mark.parametrize("name", ["entity_bomb.html", "external_entity.html"])
def test_entity_declarations_are_refused(name):
    path = BAD / name
    with pytest.raises(IngestError) as err:
        read_path(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ") and "entity declarations are not allowed" in message
    assert "root:" not in message


def test_external_dtd_is_never_loaded():
    data = b'<!DOCTYPE html SYSTEM "file:///etc/passwd"><html><body><div id="zoom"><p>\xe6\xad\xa3\xe6\x96\x87</p></div></body></html>'
    ingested = read_bytes(data, name="dtd.html")
    assert ingested.text == "正文"
    assert "root:" not in ingested.text


# ------------------------------------------------------------------------------------------------ .docx


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


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(document_body: str, numbering: str | None = None, styles: str | None = None) -> bytes:
    members = {
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{document_body}</w:body></w:document>'
    }
    if numbering is not None:
        members["word/numbering.xml"] = f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>'
    if styles is not None:
        members["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in members.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


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


# ------------------------------------------------------------------------------------------------ bad inputs

BAD_REASONS = {
    "empty.txt": "empty file",
    "binary.txt": "binary file, not text",
    "bad_encoding.txt": "cannot decode as UTF-8 or GB18030 (byte 0xff at offset 28)",
    "not_a_zip.docx": "not a .docx: not a zip archive",
    "zip_bomb.docx": "zip bomb",
    "zip_ratio_bomb.docx": "zip bomb",
    "no_document.docx": "word/document.xml is missing",
    "truncated.docx": "damaged .docx",
    "entity_bomb.html": "entity declarations are not allowed",
    "external_entity.html": "entity declarations are not allowed",
}


def test_every_bad_fixture_has_an_expected_reason():
    assert sorted(p.name for p in BAD.iterdir()) == sorted(BAD_REASONS)


@pytest.mark.parametrize("name", sorted(BAD_REASONS))
def test_bad_input_gives_one_line_error_naming_the_file(name):
    path = BAD / name
    with pytest.raises(IngestError) as err:
        read_path(path)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert "\n" not in message
    assert BAD_REASONS[name] in message
    assert err.value.source == str(path)


def _outcome(data: bytes, fmt: str | None) -> str:
    try:
        read_bytes(data, name=f"fuzz.{fmt or 'bin'}", format=fmt)
    except IngestError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.")
        return "refused"
    return "read"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["txt", "html", "docx", None]))
def test_any_bytes_are_read_or_refused_with_an_ingest_error(data, fmt):
    assert _outcome(data, fmt) in ("read", "refused")


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from([DOCX, GB_PAGE, REAL_HTML / "gov_cn_neimenggu_2023.html"]),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
    st.integers(0, 10**6),
)
def test_damaged_fixtures_are_read_or_refused_never_crash(path, flips, cut):
    data = bytearray(path.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    fmt = path.suffix.lstrip(".")
    assert _outcome(bytes(data), fmt) in ("read", "refused")
    assert _outcome(bytes(data[: cut % len(data)]), fmt) in ("read", "refused")


def test_bad_bytes_without_a_name_still_say_where_they_came_from():
    with pytest.raises(IngestError) as err:
        read_bytes(b"", format="txt")
    assert str(err.value) == "<bytes>: empty file"


# ------------------------------------------------------------------------------------------------ fixtures


def test_generated_fixtures_are_what_the_script_makes():
    docx = make_fixtures.make_docx()
    assert DOCX.read_bytes() == docx
    assert GB_TXT.read_bytes() == make_fixtures.GB18030_DRAFT.encode("gb18030")
    assert GB_PAGE.read_bytes() == make_fixtures.HTML_PAGE.encode("gb18030")
    for name, data in make_fixtures.bad_inputs(docx).items():
        assert (BAD / name).read_bytes() == data, name


def test_fixtures_are_small():
    for folder in (BAD, DRAFTS, REAL_HTML):
        for path in folder.iterdir():
            assert path.stat().st_size < 50_000, path
