"""Titles read from the wrong line, with extra text, or in part (issue 7, round 32).

- a call's headline over a reporter's lead, with no credit line: the page reports the call, its headline is the title
  (round 29's convention; parsers/structure/press_report.py, report_opening.told_by_reporter);
- a site's greeting with today's date and an e-paper's page label with the issue's date are chrome (furniture.toml);
- an edition's or a part's word in a title's last bracket ((修编), (内容摘要)) is the title's (site_label.py);
- a heading printed again right under itself with its period gives the period (title_names.with_edition_line);
- a file name's year before a title in book marks is dropped (leading_tag.py);
- a reporter's byline or a column's tag alone is no title (item_lines.py);
- a call put up as a 公示 names its draft (notice_names._presented), a call's closing day after its title is the page's
  note (titles.drop_appended_note), as is a page counter; a copy's lost-character marks and a list number, or a day of
  posting in figures, before a whole title are dropped (leading_tag.py);
- a covering sentence naming two documents (《X目录和Y目录》) over the first's heading, the notice's title not stored,
  titles the text by that name (notice_block.read_front_from).

Texts are made up; the layouts are those of news sites, portals and document-sharing sites.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.furniture import is_web_chrome
from parsers.structure.item_lines import is_item_line
from parsers.structure.leading_tag import drop_leading_tag


def test_a_calls_headline_over_a_reporters_lead_on_the_day_is_the_title() -> None:
    text = (
        "甲省就乙类船舶停泊管理办法向社会征求意见\n"
        "\n"
        "发布日期:2031-05-14 来源:丙网\n"
        "\n"
        "甲省司法厅日前公布《甲省乙类船舶停泊管理办法》(征求意见稿),向公众征集修改意见。"
        "截至5月30日,社会各界人士可通过电子邮件提出修改意见。\n"
        "\n"
        "据介绍,征求意见稿共二十条,对停泊区域的划定作了规定。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "甲省就乙类船舶停泊管理办法向社会征求意见"
    assert structure.notice_title is None


def test_a_calls_headline_over_a_lead_from_the_day_on_is_the_title() -> None:
    text = (
        "丁部 戊部就《关于加快丙类志愿服务发展的意见》公开征求意见\n"
        "\n"
        "2031-11-02 10:15 来源: 丁部网站\n"
        "\n"
        "11月1日起,《丁部 戊部关于加快丙类志愿服务发展的意见(征求意见稿)》开始面向公众征求意见。"
        "公众可在2031年11月20日前通过电子邮件提出意见。\n"
        "\n"
        "征求意见稿针对丙类志愿服务管理制度不健全等问题提出了措施。\n"
    )
    structure = parse_structure(text)
    # (the space between the two organs is the line's; the title is read without it)
    assert structure.title == "丁部戊部就《关于加快丙类志愿服务发展的意见》公开征求意见"
    assert structure.notice_title is None


def test_an_organs_own_call_calling_now_stays_the_drafts() -> None:
    text = (
        "《甲市文明养犬促进条例(草案)》公开征求意见\n"
        "\n"
        "2031-04-01 15:31\n"
        "\n"
        "3月30日,市人大常委会第二十次会议对《甲市文明养犬促进条例(草案)》进行了初次审议。"
        "为了提高立法质量,现向公众征集对该草案的意见建议。\n"
        "\n"
        "请将修改意见于4月30日前反馈给市人大常委会法制工作委员会。\n"
        "\n"
        "甲市人大常委会办公室\n"
        "2031年3月31日\n"
    )
    assert parse_structure(text).title == "甲市文明养犬促进条例"


@pytest.mark.parametrize(
    "line",
    ["今天是2031年6月11日 星期二,欢迎光临本站", "今天是2031年6月11日 星期二", "第6版:综合新闻 2031-04-23"],
)
def test_a_dated_greeting_and_a_dated_page_label_are_chrome(line: str) -> None:
    assert is_web_chrome(line)


def test_a_newspapers_headline_under_its_dated_page_label() -> None:
    text = (
        "第6版:综合新闻 2031-04-23\n"
        "\n"
        "八项举措护航乙城夜经济\n"
        "\n"
        "本报讯(记者丙丁)为了繁荣乙城夜间经济,乙市出台了八项举措,一批夜市将陆续开放。\n"
        "各区将设立夜间经济服务专员。\n"
    )
    assert parse_structure(text).title == "八项举措护航乙城夜经济"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("甲省乙区发展纲要(修编)", "甲省乙区发展纲要(修编)"),
        ("甲省总体规划(2031-2045)纲要(内容摘要)", "甲省总体规划(2031-2045)纲要(内容摘要)"),
        # a site's label is still dropped
        ("甲省河道管理规定(最新版本全文)", "甲省河道管理规定"),
    ],
)
def test_an_editions_or_parts_word_in_the_last_bracket_is_kept(heading: str, expected: str) -> None:
    text = (
        f"{heading}\n\n第一章 总则\n\n第一条 为了规范甲省乙区的发展,制定本纲要。\n第二条 本纲要适用于乙区。\n"
    )
    assert parse_structure(text).title == expected


def test_a_heading_printed_again_with_its_period_gives_the_period() -> None:
    text = (
        "乙区儿童发展规划.docx\n"
        "《乙区儿童发展规划.docx》由会员分享,可在线阅读。\n"
        "乙区儿童发展规划\n"
        "乙区儿童发展规划(2031—2040年)\n"
        "儿童是国家的未来,促进儿童发展是乙区的重要任务。\n"
        "一、总体目标\n"
        "到2040年,儿童发展水平显著提高。\n"
    )
    assert parse_structure(text).title == "乙区儿童发展规划(2031—2040年)"


def test_a_file_names_year_before_a_quoted_title_is_dropped() -> None:
    assert drop_leading_tag("2031《甲自治区燃气事故应急预案》", []) == "甲自治区燃气事故应急预案"
    # a year that is the title's own, with no book marks, is kept
    assert drop_leading_tag("2031年甲市燃气事故应急预案", []) == "2031年甲市燃气事故应急预案"


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("甲网-乙日报记者 丙丁", True),
        ("本报记者 丙丁 戊己", True),
        ("【深入学习贯彻甲精神】", True),
        # a kind of document in the brackets, or a credit word inside a title: left to the title rules
        ("【甲市X管理办法】", False),
        ("记者节活动方案", False),
    ],
)
def test_a_byline_or_a_column_tag_alone_is_no_title(line: str, item: bool) -> None:
    assert is_item_line(line) is item


@pytest.mark.parametrize(
    "heading",
    [
        "关于公开征求《甲市乡村公园评定标准(试行)》(征求意见稿)意见的公示",
        "关于公开征求《甲市乡村公园评定标准(试行)(征求意见稿)》意见的公示(截止日期:2031年6月6日)",
    ],
)
def test_a_call_put_up_as_a_gongshi_names_its_draft(heading: str) -> None:
    text = (
        f"{heading}\n"
        "\n"
        "为指导全市乡村公园建设,我局拟定了《甲市乡村公园评定标准(试行)》(征求意见稿),现予公示。\n"
        "公示时间:2031年5月23日至2031年6月6日。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "甲市乡村公园评定标准"
    assert structure.notice_title == heading.removesuffix("(截止日期:2031年6月6日)")


def test_a_list_put_up_as_a_gongshi_is_still_its_own_title() -> None:
    text = "关于甲市第三批传统村落名单的公示\n\n经评审,拟将以下村落列入第三批传统村落名单,现予公示。\n一、乙村\n二、丙村\n"
    assert parse_structure(text).title == "关于甲市第三批传统村落名单的公示"


def test_lost_character_marks_and_a_list_number_before_a_whole_title_are_dropped() -> None:
    assert drop_leading_tag("??????2.甲县秸秆禁烧区划定方案", []) == "甲县秸秆禁烧区划定方案"
    assert drop_leading_tag("??2.甲县", []) == "??2.甲县"  # no whole title after them


def test_a_sentence_naming_two_lists_over_the_first_lists_heading() -> None:
    text = (
        "甲府办〔2031〕50号\n"
        "各乡镇人民政府,各街道,区属各部门:\n"
        "《2031年甲区重大事项目录和听证事项目录》业经区政府常务会议审议通过,现印发给你们,请认真组织实施。\n"
        "甲区人民政府办公室\n"
        "2031年5月25日\n"
        "2031年甲区重大事项目录\n"
        "序号 | 事项名称 | 承办部门 |\n"
        "1 | 建设乙医院 | 区卫生局 |\n"
        "2031年甲区听证事项目录\n"
        "序号 | 事项名称 | 承办部门 |\n"
        "1 | 建设乙医院 | 区卫生局 |\n"
    )
    assert parse_structure(text).title == "2031年甲区重大事项目录和听证事项目录"


@pytest.mark.parametrize(
    "line",
    ["2031-03-12 甲市城市更新管理办法", "甲市城市更新管理办法 (点击量：52)"],
)
def test_a_day_of_posting_before_or_a_counter_after_the_title_is_dropped(line: str) -> None:
    text = f"{line}\n\n第一章 总则\n第一条 为了规范城市更新活动，制定本办法。\n第二条 本办法适用于本市。\n"
    assert parse_structure(text).title == "甲市城市更新管理办法"


def test_a_titles_own_year_stays() -> None:
    text = "2031年甲市城市更新工作要点\n\n一、总体要求\n为推进城市更新，制定本要点。\n二、主要任务\n"
    assert parse_structure(text).title == "2031年甲市城市更新工作要点"
