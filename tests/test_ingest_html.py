"""Web pages: decoded by us, parsed safely, reduced to the document body; metadata read from the page."""

from __future__ import annotations

from datetime import datetime

import lxml.html
import pytest
from ingest_helpers import BAD, GB_PAGE, REAL_HTML
from ingest_helpers import page as _page

from parsers.dates import CHINA_TZ
from parsers.ingest import IngestError, read_bytes, read_path


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
