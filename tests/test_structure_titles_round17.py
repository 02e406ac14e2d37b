"""Round 17 of titles, on documents written for these tests (no corpus text).

A call for proposals (征集X立法计划建议, 征集…建议项目的公告) names no draft: what it asks for is not written yet, so it
is no covering notice of the plan it names. The call's own line is the title (the whole line, never its middle). A
call for comments on a draft (征求《X》意见, 关于X公开征求意见, 征集《X》修改建议) still names the draft.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.furniture import hands_over_at_end
from parsers.structure.lines import split_lines
from parsers.structure.page_label import drop_edition_note
from parsers.structure.title_affixes import drop_column_prefix
from parsers.structure.title_group import issue_unclosed
from parsers.structure.title_labels import drop_title_label
from parsers.structure.weak_line import is_chrome_line, is_column_over_title, is_prose_line


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


CALL_FOR_PROPOSALS = (
    "首页 > 通知公告\n"
    "\n"
    "关于公开征集甲省2027年政府规章立法计划建议项目的公告\n"
    "\n"
    "时间: 2026-06-02 10:11:12 来源: 甲省司法厅\n"
    "\n"
    "为提高政府立法的公众参与度，现向社会公开征集甲省2027年政府规章立法计划建议项目。现将有关事项公告如下:\n"
    "一、公民、法人和其他组织可于2026年7月1日前提出建议。\n"
    "二、建议应当写明项目名称和理由。\n"
    "甲省司法厅\n"
    "2026年6月2日\n"
)


def test_a_call_for_proposals_is_its_own_title_not_a_notice_of_the_plan() -> None:
    structure = parse(CALL_FOR_PROPOSALS)
    assert structure.title == "关于公开征集甲省2027年政府规章立法计划建议项目的公告"
    assert structure.notice_title is None


NEWS_OF_A_CALL = (
    "乙市征集后年立法工作计划建议\n"
    "乙市日报 | 作者 丙丁\n"
    "\n"
    "2026-03-15 07:56\n"
    "\n"
    "为推进科学立法，乙市司法局从本月12日起向社会公开征集后年政府规章立法项目建议，截止时间为4月12日。\n"
    "本次征集重点包括:推动高质量发展;保障和改善民生。\n"
)


def test_a_news_item_on_a_call_for_proposals_keeps_its_headline() -> None:
    structure = parse(NEWS_OF_A_CALL)
    assert structure.title == "乙市征集后年立法工作计划建议"
    assert structure.notice_title is None


CALL_FOR_COMMENTS_ON_A_QUOTED_DRAFT = (
    "关于公开征集《丙市物业管理办法（草案）》修改建议的通知\n"
    "各有关单位:\n"
    "现将《丙市物业管理办法（草案）》公布，征集修改建议。\n"
    "\n"
    "丙市物业管理办法（草案）\n"
    "第一条 为规范物业管理，制定本办法。\n"
    "第二条 本办法适用于本市行政区域。\n"
)


def test_a_call_for_changes_to_a_quoted_draft_still_names_the_draft() -> None:
    structure = parse(CALL_FOR_COMMENTS_ON_A_QUOTED_DRAFT)
    assert structure.title == "丙市物业管理办法"
    assert structure.notice_title == "关于公开征集《丙市物业管理办法（草案）》修改建议的通知"


CALL_FOR_COMMENTS_UNQUOTED = (
    "关于丁县农村供水管理办法公开征求意见的通知\n"
    "各乡镇人民政府:\n"
    "现将丁县农村供水管理办法（征求意见稿）公开征求意见。\n"
    "\n"
    "丁县农村供水管理办法（征求意见稿）\n"
    "第一条 为保障农村供水安全，制定本办法。\n"
    "第二条 本办法适用于本县农村供水工程。\n"
)


def test_an_unquoted_call_for_comments_still_names_the_draft() -> None:
    structure = parse(CALL_FOR_COMMENTS_UNQUOTED)
    assert structure.title == "丁县农村供水管理办法"
    assert structure.notice_title == "关于丁县农村供水管理办法公开征求意见的通知"


# A weak title line (naming no kind of document) is never chrome nor prose: a row of bracketed widgets, a reporter's
# credit, or a long sentence with a comma leaves a fragment without a title.

WIDGETS_OVER_A_REPORT = (
    "【 信息发布时间:2026-04-03  阅读次数:】 【我要打印】 【关闭】\n"
    "经过近半年的研究和审议,甲省政府日前发布了《甲省古建筑保护办法》,为古建筑的保护提供了更加具体的法规依据。\n"
    "新办法由30项条款组成,原办法同时废止。\n"
)


def test_a_row_of_page_widgets_over_a_report_gives_no_title() -> None:
    assert parse(WIDGETS_OVER_A_REPORT).title is None


CREDIT_OVER_A_REPORT = (
    "甲省在線記者 乙丙\n"
    "為進一步推進科學立法,9月22日,甲省司法廳發布公告,面向社會公開征集立法項目建議。\n"
    "征集時間截至10月21日。\n"
)


def test_a_reporters_credit_in_traditional_characters_is_no_title() -> None:
    assert parse(CREDIT_OVER_A_REPORT).title is None


HEADLINE_WITH_A_COMMA = (
    "甲市试点夜间经济新场景，按街区规模分类推进\n"
    "2026-05-06 08:30 来源:甲市日报\n"
    "甲市日前确定首批夜间经济试点街区，按规模分三类推进。\n"
)


def test_a_short_headline_with_a_comma_is_still_a_title() -> None:
    assert parse(HEADLINE_WITH_A_COMMA).title == "甲市试点夜间经济新场景，按街区规模分类推进"


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("【打印】 【关闭】", True),
        ("[ 发布时间:2026-01-02 ] [ 字号:大 中 小 ]", True),
        ("本报记者 张三 李四", True),
        ("新华社特约记者 王五", True),
        ("【甲市】关于X的通知", False),  # a column tag before a title: one bracket group, then words
        ("记者节表彰大会召开", False),  # the word 记者 in a headline, no name after it
    ],
)
def test_chrome_by_form(line: str, chrome: bool) -> None:
    assert is_chrome_line(line) is chrome


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("经过近半年的研究和审议,甲省政府日前发布了《甲省古建筑保护办法》,为古建筑的保护提供了依据。", True),
        ("10个关键句,读懂甲省政府工作报告", False),  # short: a headline may have a comma
        (
            "以数据要素乘数效应赋能经济社会发展——17部门联合印发《三年行动计划(2024—2026年)》",
            False,
        ),  # no comma
    ],
)
def test_prose_by_form(line: str, prose: bool) -> None:
    assert is_prose_line(line) is prose


# A law site's year after a title (…的通知(2000年), …条例(2020)) is the site's note, not part of the title, and does
# not make the line read as a 文号 (X〔2020〕). A title's own bracket holds a span, an edition or a stage, and stays.

YEAR_AFTER_A_REGULATION = (
    "当前位置: 法律博客 > 法律法规 > 地方法规 > 正文\n"
    "\n"
    "甲市城市绿化条例(2021)\n"
    "\n"
    "日期:2022-03-01 10:23:24 来源:互联网 热度:512\n"
    "\n"
    "(2021年5月20日甲市第十届人民代表大会常务委员会第九次会议通过)\n"
    "第一章 总则\n"
    "第一条 为促进城市绿化事业的发展，制定本条例。\n"
    "第二条 本条例适用于本市城市规划区。\n"
)


def test_a_sites_year_after_a_regulations_name_is_dropped() -> None:
    assert parse(YEAR_AFTER_A_REGULATION).title == "甲市城市绿化条例"


YEAR_AFTER_A_NOTICE = (
    "您的位置: 首页 » 法律资料网 » 法律法规 »\n"
    "\n"
    "乙省财政厅关于调整部分行政事业性收费标准的通知(2001年)\n"
    "\n"
    "各市财政局:\n"
    "经省政府同意，现将有关事项通知如下:\n"
    "一、调整部分收费标准。\n"
)


def test_a_sites_year_after_a_notice_is_dropped() -> None:
    assert parse(YEAR_AFTER_A_NOTICE).title == "乙省财政厅关于调整部分行政事业性收费标准的通知"


@pytest.mark.parametrize(
    "title",
    ["丙市国土空间总体规划(2021-2035年)", "丙市政府定价目录(2024年版)", "丙市物业管理条例(2019年修订)"],
)
def test_a_titles_own_bracket_stays(title: str) -> None:
    text = f"{title}\n第一章 总则\n第一条 为规范管理，制定本规定。\n第二条 本规定适用于本市。\n"
    assert parse(text).title == title


# A metadata row's label for the title, set off by a space (信息名称 关于X的通知), is no part of the title.

ROW_LABEL_PAGE = (
    "当前位置: 首页 > 市司法局 > 政务公开制度\n"
    "索 引 号 001234567/202601-00012 信息分类 政务公开制度\n"
    "发布机构 市司法局 发布日期 2026-01-15 10:06:36\n"
    "信息名称 关于印发丁市行政执法公示制度等三项制度的通知\n"
    "内容概述\n"
    "各县(市)、区人民政府，市政府各部门:\n"
    "现将《丁市行政执法公示制度》等三项制度印发给你们，请认真遵照执行。\n"
)


def test_a_metadata_rows_label_before_the_title_is_dropped() -> None:
    assert parse(ROW_LABEL_PAGE).title == "关于印发丁市行政执法公示制度等三项制度的通知"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("信息名称 关于印发X办法的通知", "关于印发X办法的通知"),
        ("文件标题 甲市物业管理条例", "甲市物业管理条例"),
        ("地名名称管理办法", "地名名称管理办法"),  # no space: 名称 is a word of the title
        ("信息名称 工作动态", "信息名称 工作动态"),  # the value names no kind of document
    ],
)
def test_row_label_by_form(line: str, kept: str) -> None:
    assert drop_title_label(line) == kept


# A site's note of its copy's edition after a bar (X条例|2025年修正版) is the page's, like (修订版): the line is the
# document's title without it, and a title line (it wins over a metadata row further down that names an amendment).

EDITION_AFTER_A_BAR = (
    "甲市物业管理条例|2026年修正版\n"
    "\n"
    "扫描二维码 分享好友和朋友圈\n"
    "发布单位\n"
    "甲市人民代表大会常务委员会\n"
    "备注  修订公告:甲市人民代表大会常务委员会关于修改《甲市物业管理条例》的决定\n"
    "(2020年1月25日甲市第十五届人民代表大会常务委员会第一次会议通过)\n"
    "第一章 总则\n"
    "第一条 为规范物业管理，制定本条例。\n"
    "第二条 本条例适用于本市。\n"
)


def test_an_edition_note_after_a_bar_is_the_sites() -> None:
    assert parse(EDITION_AFTER_A_BAR).title == "甲市物业管理条例"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("甲市物业管理条例|2026年修正版", "甲市物业管理条例"),
        ("甲市物业管理条例(修正版)", "甲市物业管理条例"),
        ("甲市物业管理条例|修正说明", "甲市物业管理条例|修正说明"),  # not an edition note
    ],
)
def test_edition_note_by_form(title: str, kept: str) -> None:
    assert drop_edition_note(title) == kept


# A site's column over a title (…的地方法规, 政策文件) names a collection: the title is the line under it.

COLUMN_OVER_A_REGULATION = (
    "您的当前位置:\n"
    "\n"
    "市人大颁布的地方法规\n"
    "\n"
    "  乙市城市绿化管理办法\n"
    "    (1990年3月1日乙市人民代表大会常务委员会第八次会议通过)\n"
    "    第一章 总 则\n"
    "    第一条 为加强城市绿化管理，制定本办法。\n"
    "    第二条 本办法适用于本市市区。\n"
)


def test_a_column_over_a_title_is_not_its_first_line() -> None:
    assert parse(COLUMN_OVER_A_REGULATION).title == "乙市城市绿化管理办法"


WRAPPED_NOTICE_AFTER_A_COLLECTION_WORD = (
    "丙市人民政府办公室\n"
    "关于印发丙市行政规范性文件\n"
    "管理办法的通知\n"
    "丙府办发〔2026〕3号\n"
    "各区人民政府，市政府各部门:\n"
    "现将《丙市行政规范性文件管理办法》印发给你们，请认真贯彻执行。\n"
    "丙市人民政府办公室\n"
    "2026年3月1日\n"
    "丙市行政规范性文件管理办法\n"
    "第一条 为规范行政规范性文件管理，制定本办法。\n"
    "第二条 本办法适用于本市。\n"
)


def test_a_title_wrapped_after_a_collection_word_stays_whole() -> None:
    structure = parse(WRAPPED_NOTICE_AFTER_A_COLLECTION_WORD)
    assert structure.title == "丙市行政规范性文件管理办法"
    assert structure.notice_title == "丙市人民政府办公室关于印发丙市行政规范性文件管理办法的通知"


@pytest.mark.parametrize(
    ("upper", "lower", "column"),
    [
        ("政府文件", "关于印发《甲市人民政府工作规则》的通知", True),
        ("市人大颁布的地方法规", "甲市市容管理办法", True),
        ("甲市人民政府关于废止部分规章", "的决定", False),  # the title goes on with 的
        ("关于印发甲市行政规范性文件", "管理办法的通知", False),  # a title's opening (关于), wrapped
        ("甲市促进民营经济发展", "若干措施", False),  # the upper line names no collection
        ("政策法规", "工作动态", False),  # the lower line is no title
    ],
)
def test_column_over_title_by_form(upper: str, lower: str, column: bool) -> None:
    assert is_column_over_title(upper, lower) is column


# A single dash between two short names (places) is part of the title's own name (戊城—己城都市圈…), not a column
# tag set before the title (政务服务—…, 要闻丨…).


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("戊城—己城都市圈发展“十五五”实施方案", "戊城—己城都市圈发展“十五五”实施方案"),
        ("政务服务—甲市人民政府关于优化营商环境的意见", "甲市人民政府关于优化营商环境的意见"),
        ("要闻丨甲市人民政府关于优化营商环境的意见", "甲市人民政府关于优化营商环境的意见"),
    ],
)
def test_a_dash_between_two_names_is_no_column(title: str, kept: str) -> None:
    assert drop_column_prefix(title) == kept


JOINT_PLAN_OF_TWO_CITIES = (
    "戊省人民政府办公厅 己省人民政府办公厅\n"
    "关于印发戊城—己城都市圈发展“十五五”\n"
    "实施方案的通知\n"
    "各市人民政府:\n"
    "《戊城—己城都市圈发展“十五五”实施方案》已经两省人民政府同意，现印发给你们，请抓好贯彻落实。\n"
    "戊省人民政府办公厅 己省人民政府办公厅\n"
    "2026年5月6日\n"
    "戊城—己城都市圈发展“十五五”实施方案\n"
    "一、总体要求\n"
    "推动两城协同发展。\n"
)


def test_a_plan_named_after_two_cities_keeps_both() -> None:
    assert parse(JOINT_PLAN_OF_TWO_CITIES).title == "戊城—己城都市圈发展“十五五”实施方案"


# A news lead of one paragraph that ends handing over (…具体内容如下:) before the document's title is the site's:
# the document under it is the text. A notice's own sentence (现将…具体内容如下:) under its title is not a lead.

LEAD_HANDING_OVER = (
    "5月6日,甲省政协办公厅发布公告,即日起向社会各界公开征集提案线索。具体内容如下:\n"
    "关于公开征集甲省政协提案线索的公告\n"
    "为进一步提高提案质量，即日起向社会各界公开征集提案线索。现将有关事项公告如下:\n"
    "一、征集时间\n"
    "2026年5月6日至2026年5月20日\n"
)


def test_a_one_paragraph_lead_that_hands_over_is_the_sites() -> None:
    assert parse(LEAD_HANDING_OVER).title == "关于公开征集甲省政协提案线索的公告"


HEADLINE_OVER_A_LEAD_HANDING_OVER = (
    "《乙市物业管理条例》全文发布\n"
    "乙市日报讯,乙市人大常委会日前审议通过《乙市物业管理条例》。具体内容如下:\n"
    "乙市物业管理条例\n"
    "第一条 为规范物业管理，制定本条例。\n"
    "第二条 本条例适用于本市。\n"
)


def test_a_lead_under_a_headline_is_left_to_the_other_rules() -> None:
    assert not hands_over_at_end(split_lines(HEADLINE_OVER_A_LEAD_HANDING_OVER), 0, 1)
    assert hands_over_at_end(split_lines(LEAD_HANDING_OVER), 0, 0)


# A covering notice's title broken after the first name it issues (关于印发甲办法 / 乙办法的通知) is joined to its
# end, the notice's kind: a title line that names a kind of document is not whole while its 印发 is unclosed.

TWO_POLICIES_WRAPPED = (
    "甲法办发〔2026〕4号\n"
    "甲省依法治省委员会办公室\n"
    "关于印发甲省行政执法公示办法\n"
    "甲省行政执法全过程记录办法\n"
    "的通知\n"
    "各市依法治市委员会办公室:\n"
    "现将《甲省行政执法公示办法》《甲省行政执法全过程记录办法》印发给你们，请认真贯彻执行。\n"
    "甲省依法治省委员会办公室\n"
    "2026年4月1日\n"
)


def test_a_notice_title_broken_after_its_first_policy_is_joined_to_its_kind() -> None:
    assert (
        parse(TWO_POLICIES_WRAPPED).title
        == "甲省依法治省委员会办公室关于印发甲省行政执法公示办法甲省行政执法全过程记录办法的通知"
    )


POLICY_TITLE_OVER_ITS_FIRST_SENTENCE = (
    "关于印发乙市物业管理办法\n乙市人民政府办公室关于乙市物业管理办法的通知\n各区人民政府:\n"
)


def test_a_line_with_its_own_about_is_not_joined() -> None:
    assert (
        issue_unclosed("关于印发乙市物业管理办法", split_lines(POLICY_TITLE_OVER_ITS_FIRST_SENTENCE), 1, "")
        == 0
    )


def test_a_whole_notice_title_is_not_joined_to_the_line_under_it() -> None:
    lines = split_lines("关于印发丙市物业管理办法的通知\n丁办法的通知\n")
    assert issue_unclosed("关于印发丙市物业管理办法的通知", lines, 1, "") == 0


# D8 (round 31, documents.toml): a year glued in brackets to a kind issued anew each year (a guide, a plan) is the
# title's edition; a law site's year after a statute stays dropped.
@pytest.mark.parametrize(
    "title",
    [
        "甲县人民政府信息公开指南(2031年)",
        "乙区农业保险补贴实施方案（2032年）",
        "丙县秋冬季森林防火工作要点(2033年)",
    ],
)
def test_a_year_glued_to_a_yearly_kind_is_its_edition(title: str) -> None:
    text = f"{title}\n一、主要内容\n本县人民政府办公室负责此项工作。\n二、工作要求\n各单位认真落实。\n"
    assert parse(text).title == title


def test_a_year_after_a_statute_on_its_line_is_still_the_sites() -> None:
    text = "丙市城市绿化管理规定(2031年)\n第一条 为加强管理，制定本规定。\n第二条 本规定适用于本市。\n"
    assert parse(text).title == "丙市城市绿化管理规定"


def test_a_year_on_a_line_of_its_own_under_a_guide_is_no_part_of_its_title() -> None:
    # D8: a year printed on a line of its own is the site's, even under a kind issued each year
    text = (
        "甲县人民政府信息公开指南\n(2031年)\n一、主要内容\n本县人民政府办公室负责此项工作。\n二、工作要求\n"
    )
    assert parse(text).title == "甲县人民政府信息公开指南"
