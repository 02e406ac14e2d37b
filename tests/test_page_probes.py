"""Round 27 (issue 7): made-up government pages, and the classes of page the probes found the parser missing.

``fixtures/probes/pages.toml`` (written by ``scripts/make_page_probes.py``) holds 281 pages in the layouts
government sites, gazettes and collections use; every probe's title, status, notice title, issuer and 文号 are
what a reader gives them. ``scripts/probe_pages.py`` prints the pass rate per field. Classes fixed (each with a
test below, on texts of my own writing): a site's masthead and menus over its breadcrumb or search box, and its name
alone, are chrome; a side menu of short word entries (even ones ending like 政府信息公开指南) holds no title, nor do
one-word entries joined over lines; the 发布机构/发布单位 field names the issuer when the text names none; a
letterhead (甲局文件) names it over an unsigned notice; a signature and its date on one line; a gazette's name alone
is no notice title, and its contents over the document it prints title that document; the 标题 field outranks a
site's line read as the notice's title, in traditional characters too; a page's bar does not run on into the
title under it; a column tag in [ ] and the page's fields on the title's line are cut; 签发人 and 【发文字号】 around
the 文号.
"""

import pytest

from parsers.structure import covering_title, parse_structure
from parsers.structure.chrome_form import is_masthead
from scripts.probe_pages import load_probes, predict_text, score_probe

PROBES = load_probes()


@pytest.mark.parametrize("probe", PROBES, ids=[p["name"] for p in PROBES])
def test_each_probe_reads_as_a_reader_reads_it(probe: dict) -> None:
    correct, predicted = score_probe(probe)
    wrong = {k for k, ok in correct.items() if not ok}
    assert not wrong, {k: (probe[k], getattr(predicted, k)) for k in wrong}


def test_the_suite_covers_the_layouts_it_names() -> None:
    layouts = {tag for p in PROBES for tag in p["layout"]}
    assert len(PROBES) >= 80
    for tag in (
        "notice_one",
        "consultation",
        "regulation",
        "gazette",
        "traditional",
        "footer",
        "title_twice",
    ):
        assert tag in layouts
    assert {f"table{n}" for n in range(4)} <= layouts  # the metadata table in its four shapes


_BODY = (
    "甲市电动自行车停放管理办法\n"
    "第一条 为了规范电动自行车停放，制定本办法。\n"
    "第二条 本办法自2031年1月1日起施行。\n"
    "甲市公安局\n"
    "2030年12月1日\n"
)


def test_a_sites_masthead_over_its_breadcrumb_is_not_the_issuer() -> None:
    text = "甲市人民政府\n新闻中心\n政务服务中心\n互动交流\n当前位置：首页 > 政务公开 > 政策文件\n" + _BODY
    doc = parse_structure(text)
    assert doc.title == "甲市电动自行车停放管理办法"
    assert doc.issuer == "甲市公安局"


def test_a_title_over_a_breadcrumb_stays_the_title() -> None:
    text = "甲市电动自行车停放管理办法\n首页 > 政务公开 > 政策文件\n" + _BODY.split("\n", 1)[1]
    assert parse_structure(text).title == "甲市电动自行车停放管理办法"


_UNSIGNED = (
    "甲市城市道路挖掘管理规定\n一、总体要求\n坚持问题导向，统筹推进各项工作。\n二、主要任务\n完善工作机制。\n"
)


@pytest.mark.parametrize(
    "table",
    [
        "索引号：1234/2031-00001\n发布机构：甲市交通运输局\n成文日期：2031年5月1日\n",
        "索 引 号：1234/2031-00001    主题分类：交通\n发布机构：甲市交通运输局    成文日期：2031年5月1日\n",
        "索引号\t1234/2031-00001\t发布机构\t甲市交通运输局\n",
        "索引号\n1234/2031-00001\n发布机构：\n甲市交通运输局\n成文日期\n2031年5月1日\n",
    ],
    ids=["field_a_line", "two_fields_a_line", "tabs", "value_under_label"],
)
def test_the_posting_field_names_the_issuer_of_an_unsigned_text(table: str) -> None:
    doc = parse_structure("当前位置：首页 > 政务公开\n" + table + _UNSIGNED)
    assert doc.title == "甲市城市道路挖掘管理规定"
    assert doc.issuer == "甲市交通运输局"


def test_a_signature_outranks_the_posting_field() -> None:
    text = "发布机构：甲市人民政府办公室\n" + _UNSIGNED + "甲市交通运输局\n2031年5月1日\n"
    assert parse_structure(text).issuer == "甲市交通运输局"


def test_a_gazettes_name_alone_is_no_notice_title() -> None:
    text = (
        "甲市人民政府公报\n"
        "甲市农业农村局关于印发《甲市农田建设实施方案》的通知\n"
        "甲农〔2031〕3号\n"
        "各区人民政府：\n"
        "现将《甲市农田建设实施方案》印发给你们，请认真贯彻执行。\n"
        "甲市农业农村局\n"
        "2031年9月15日\n"
        "甲市农田建设实施方案\n"
        "一、总体要求\n"
        "坚持问题导向。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市农田建设实施方案"
    assert doc.notice_title == "甲市农业农村局关于印发《甲市农田建设实施方案》的通知"


@pytest.mark.parametrize(
    ("line", "masthead"),
    [
        ("甲市人民政府公报", True),
        ("甲省人民代表大会常务委员会公报", True),
        ("甲市人民政府公报（2031年第3期）", True),
        ("甲市2030年国民经济和社会发展统计公报", False),
        ("中国共产党甲市第五届委员会第三次全体会议公报", False),
    ],
)
def test_a_gazettes_name_by_its_form(line: str, masthead: bool) -> None:
    assert is_masthead(line) is masthead


_COVERING = (
    "各区人民政府：\n"
    "现将《甲市农田建设实施方案》印发给你们，请认真贯彻执行。\n"
    "甲市农业农村局\n"
    "2031年9月15日\n"
    "甲市农田建设实施方案\n"
    "一、总体要求\n"
    "坚持问题导向。\n"
)


def test_the_title_field_is_the_notice_when_the_page_lost_its_title_line() -> None:
    text = (
        "甲市人民政府门户网站\n首页\n走进甲市\n政务公开\n"
        "标题：甲市农业农村局关于印发《甲市农田建设实施方案》的通知\n"
        "文号：甲农〔2031〕3号\n" + _COVERING
    )
    doc = predict_text(text)  # the document as the pipeline gives it
    assert doc.title == "甲市农田建设实施方案"
    assert doc.notice_title == "甲市农业农村局关于印发《甲市农田建设实施方案》的通知"
    assert doc.doc_number == "甲农〔2031〕3号"


def test_a_title_field_naming_another_document_does_not_replace_the_notice() -> None:
    text = (
        "甲市人民政府门户网站\n走进甲市\n标题：甲市农业农村局关于印发《乙县河道管理办法》的通知\n" + _COVERING
    )
    assert parse_structure(text).notice_title != "甲市农业农村局关于印发《乙县河道管理办法》的通知"


_WIDE_BODY = "".join(
    f"（{n}）完善工作机制，建立健全农田建设协调机制，明确各级各部门的责任分工。\n" for n in "一二三四五六"
)


@pytest.mark.parametrize(
    "bar",
    [
        "来源：甲市农业农村局  发布时间：2031-09-15 10:05  浏览次数：4580",
        "信息来源：甲市农业农村局 发布日期：2031-09-15 【字号：大 中 小】",
    ],
)
def test_a_pages_bar_does_not_run_on_into_the_title_under_it(bar: str) -> None:
    text = (
        "首页 / 政务公开\n" + bar + "\n甲市农业农村局\n关于印发《甲市农田建设实施方案》的通知\n"
        "各区人民政府：\n现将《甲市农田建设实施方案》印发给你们，请认真贯彻执行。\n甲市农业农村局\n2031年9月15日\n"
        "甲市农田建设实施方案\n一、总体要求\n" + _WIDE_BODY
    )
    doc = parse_structure(text)
    assert doc.title == "甲市农田建设实施方案"
    assert doc.notice_title == "甲市农业农村局关于印发《甲市农田建设实施方案》的通知"


_NOTICE = "甲市农业农村局关于印发《甲市农田建设实施方案》的通知"


def test_a_gazette_issue_over_the_document_it_prints_is_titled_by_that_document() -> None:
    text = (
        "甲市人民政府公报\n2031年第3期\n目 录\n"
        f"{_NOTICE}（1）\n甲市人民政府关于公布示范村名单的通知（5）\n"
        f"{_NOTICE}\n甲农〔2031〕3号\n" + _COVERING
    )
    doc = parse_structure(text)
    assert doc.title == "甲市农田建设实施方案"
    assert doc.notice_title == _NOTICE


def test_a_gazettes_masthead_over_its_contents_alone_is_no_title() -> None:
    entries = [
        f"甲市人民政府关于{x}的通知（{n}）"
        for n, x in enumerate(["公布示范村名单", "调整专项资金", "加强农田保护", "做好春耕工作"], 1)
    ]
    text = "甲市人民政府公报\n2031年第3期\n目 录\n" + "\n".join(entries) + "\n"
    assert parse_structure(text).title is None


def test_a_menus_entries_one_a_line_are_no_notice_title() -> None:
    menu = "\n".join(["网站首页", "政务服务", "部门动态", "县区动态", "通知公告"])
    doc = parse_structure(f"甲市人民政府\n{menu}\n{_NOTICE}\n甲农〔2031〕3号\n" + _COVERING)
    assert doc.notice_title == _NOTICE
    assert doc.title == "甲市农田建设实施方案"


def test_an_issuer_line_over_a_short_about_line_is_still_one_title() -> None:
    text = "甲市人民政府\n关于春耕的通知\n各区人民政府：\n一、做好春耕准备。\n二、加强农资供应。\n甲市人民政府\n2031年3月1日\n"
    assert parse_structure(text).title == "甲市人民政府关于春耕的通知"


def test_a_letterheads_signer_does_not_hide_the_doc_number() -> None:
    doc = parse_structure(f"甲市农业农村局文件\n甲农〔2031〕3号      签发人：张明\n{_NOTICE}\n" + _COVERING)
    assert doc.doc_number == "甲农〔2031〕3号"
    assert doc.notice_title == _NOTICE


def test_a_law_databases_bracketed_label_gives_the_doc_number() -> None:
    text = (
        "甲市农田建设实施方案\n【发布部门】甲市农业农村局\n【发文字号】甲农〔2031〕3号\n【时效性】现行有效\n"
        + _UNSIGNED
    )
    assert parse_structure(text).doc_number == "甲农〔2031〕3号"


def test_a_sites_name_and_menus_over_its_search_box_are_no_title() -> None:
    header = "甲市人民政府门户网站\n首页\n走进甲市\n政务公开\n请输入关键字\n搜索\n"
    doc = parse_structure(header + "甲 市 城 市 道 路 挖 掘 管 理 规 定\n" + _UNSIGNED.split("\n", 1)[1])
    assert doc.title == "甲市城市道路挖掘管理规定"


def test_a_metadata_title_in_traditional_characters_reads_as_a_notice() -> None:
    read = covering_title("甲市農業農村局關於印發《甲市農田建設實施方案》的通知")
    assert read.title == "甲市農田建設實施方案"
    assert read.notice_title == "甲市農業農村局關於印發《甲市農田建設實施方案》的通知"


@pytest.mark.parametrize(
    "line",
    [
        f"[通知公告] {_NOTICE}",
        f"［政策文件］{_NOTICE}",
        f"{_NOTICE}  发布时间：2031-09-15  浏览次数：272",
    ],
)
def test_a_column_tag_or_the_pages_fields_on_the_title_line_are_not_the_title(line: str) -> None:
    doc = parse_structure(f"{line}\n甲农〔2031〕3号\n" + _COVERING)
    assert doc.notice_title == _NOTICE
    assert doc.title == "甲市农田建设实施方案"


def test_a_title_that_names_a_field_of_its_own_keeps_it() -> None:
    # a colon inside the title's own words, no spaces before it: nothing is cut
    text = "甲市关于春耕工作的通知：补充通知\n各区人民政府：\n一、做好准备。\n二、加强供应。\n"
    assert parse_structure(text).title == "甲市关于春耕工作的通知：补充通知"


def test_a_letterhead_names_the_issuer_of_an_unsigned_notice() -> None:
    text = "甲市农业农村局文件\n甲农〔2031〕3号\n关于印发《甲市农田建设实施方案》的通知\n各区人民政府：\n"
    text += "现将《甲市农田建设实施方案》印发给你们，请认真贯彻执行。\n甲市农田建设实施方案\n一、总体要求\n坚持问题导向。\n"
    doc = parse_structure(text)
    assert doc.issuer == "甲市农业农村局"
    assert doc.notice_title == "关于印发《甲市农田建设实施方案》的通知"


def test_a_posting_unit_field_names_the_issuer_of_an_unsigned_text() -> None:
    assert (
        parse_structure("发布单位：甲市交通运输局\n发布日期：2031-05-01\n" + _UNSIGNED).issuer
        == "甲市交通运输局"
    )


def test_a_side_menus_columns_that_end_like_documents_are_no_title() -> None:
    menu = "乙川市人民政府\n政府信息公开\n政府信息公开指南\n应急预案\n政策解读\n规划计划\n"
    doc = parse_structure(menu + f"{_NOTICE}\n甲农〔2031〕3号\n" + _COVERING)
    assert doc.notice_title == _NOTICE
    assert doc.title == "甲市农田建设实施方案"


def test_a_short_title_over_its_stage_and_first_chapter_is_still_the_title() -> None:
    text = "甲市物业管理条例\n（征求意见稿）\n目录\n第一章 总则\n第一条 为了规范物业管理，制定本条例。\n"
    doc = parse_structure(text)
    assert doc.title == "甲市物业管理条例"
    assert doc.status == "征求意见稿"


def test_a_signature_and_its_date_on_one_line_name_the_issuer() -> None:
    text = "关于印发《乙川市农田建设实施方案》的通知\n各区人民政府：\n"
    text += "现将《乙川市农田建设实施方案》印发给你们，请认真贯彻执行。\n乙川市农业农村局          2031年9月15日\n"
    text += "乙川市农田建设实施方案\n一、总体要求\n坚持问题导向。\n"
    assert parse_structure(text).issuer == "乙川市农业农村局"


def test_a_title_that_names_its_place_under_a_short_menu_stays_the_title() -> None:
    text = "乙川县人民政府\n无障碍浏览长者模式\n返回首页\n政府信息公开\n乙川县防汛抗旱应急预案\n"
    text += "1 总则\n1.1 编制目的\n为做好防汛抗旱工作，制定本预案。\n"
    assert parse_structure(text).title == "乙川县防汛抗旱应急预案"
