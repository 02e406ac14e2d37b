"""Round 13 of titles, on documents written for these tests (no corpus text).

* a notice whose title names one document issues that one, even when its sentences quote other names beside it
  (a report they cite, a form to fill in): those are not documents it issues;
* the sentences may write that name with the inner quotes its title dropped: the quoted form is the title;
* web chrome by its form: a numeric date beside a bullet is a field strip; a column in 《》 before a headline is
  the site's rubric, unless it ends with a kind of document (then the headline opens with the document's name);
* a bracket after a title's kind of document that holds no numeral and no stage word is the site's label;
* a page's title that leaves out the year of the document the notice below it issues names that document;
* neutral-tone readings (的(de)) go with a converter's toned ones; a notice's title broken before the issued
  name's period ends on its last line ((2026—2028年)的通知); a joint signature is its whole column of organs.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.furniture import is_web_chrome
from parsers.structure.issued_names import fuller_name, one_among, same_document
from parsers.structure.lines import split_lines
from parsers.structure.pinyin import strip_pinyin
from parsers.structure.site_label import drop_site_label
from parsers.structure.title_group import _kind_closes


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


CALL_WITH_FORM = (
    "关于征求《丙县农村供水工程运行管护办法（征求意见稿）》意见的公告\n"
    "发布时间：2026-03-02 09:15 来源：县水利局\n"
    "为规范农村供水工程运行管护，县水利局起草了《丙县农村供水工程运行管护办法》，现公开征求社会各界意见，"
    "请将意见填入《规范性文件征求意见反馈表》。\n"
    "一、征求意见时间：2026年3月2日至4月1日\n"
    "二、联系方式：县水利局农水股，电话0000-1234567。\n"
    "附：1.《丙县农村供水工程运行管护办法（征求意见稿）》\n"
    "2.规范性文件征求意见反馈表\n"
    "丙县水利局\n"
    "2026年3月1日\n"
)


def test_a_call_naming_one_draft_is_not_several_for_the_form_it_encloses() -> None:
    structure = parse(CALL_WITH_FORM)
    assert structure.title == "丙县农村供水工程运行管护办法"
    assert structure.status == "征求意见稿"
    assert structure.notice_title == "关于征求《丙县农村供水工程运行管护办法（征求意见稿）》意见的公告"


NOTICE_CITING_A_REPORT = (
    "丁区人民政府办公室关于印发2026年区政府工作报告重点任务分工方案的通知\n"
    "各街道办事处，区政府各部门：\n"
    "为落实好区《政府工作报告》确定的各项任务，经区人民政府同意，"
    "现将《2026年区〈政府工作报告〉重点任务分工方案》印发给你们，请认真贯彻执行。\n"
    "一、提高认识。各单位要把任务落实作为全年工作的重点。\n"
    "二、压实责任。牵头单位要定期调度进展。\n"
    "丁区人民政府办公室\n"
    "2026年2月20日\n"
)


def test_a_notice_issuing_one_plan_is_not_several_for_the_report_it_cites() -> None:
    structure = parse(NOTICE_CITING_A_REPORT)
    # the covering sentence writes the plan's name with the inner quotes the notice's title dropped
    assert structure.title == "2026年区〈政府工作报告〉重点任务分工方案"
    assert structure.notice_title == "丁区人民政府办公室关于印发2026年区政府工作报告重点任务分工方案的通知"


def test_two_documents_issued_by_name_stay_several() -> None:
    text = (
        "戊市人民政府办公室关于印发戊市物业管理办法的通知\n"
        "各县（区）人民政府：\n"
        "现将《戊市物业管理办法》《戊市物业服务收费细则》印发给你们，请遵照执行。\n"
        "戊市人民政府办公室\n"
        "2026年1月5日\n"
    )
    structure = parse(text)
    assert structure.title == "戊市人民政府办公室关于印发戊市物业管理办法的通知"
    assert structure.notice_title is None


def _one_among(names: tuple[str, ...], text: str) -> bool:
    lines = split_lines(text)
    return one_among(names, lines, 0, len(lines))


def test_one_among_needs_the_titles_name_alone_in_its_clause() -> None:
    assert _one_among(("甲办法",), "起草了《甲办法》，请将意见填入《意见反馈表》。")
    assert _one_among(
        ("区政府工作报告分工方案",), "为落实区《政府工作报告》，现将《区〈政府工作报告〉分工方案》印发。"
    )
    assert not _one_among(("甲办法",), "现将《甲办法》《乙细则》印发给你们。")
    assert not _one_among(("甲办法",), "现将《乙细则》印发给你们。")
    assert not _one_among(("甲办法", "乙细则"), "现将《甲办法》印发给你们。")


def test_fuller_name_only_adds_the_inner_quotes() -> None:
    assert (
        fuller_name("区政府工作报告分工方案", ["区〈政府工作报告〉分工方案"]) == "区〈政府工作报告〉分工方案"
    )
    assert fuller_name("区政府工作报告分工方案", ["政府工作报告"]) == "区政府工作报告分工方案"
    assert fuller_name("甲办法", ["甲办法实施细则"]) == "甲办法"


# Web chrome by its form: a numeric date with a bullet beside it is a field strip (date • 栏目), never a title.
@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("date 2026-04-01   • 会员", True),
        ("要闻 • 2026/04/01", True),
        ("·2026-04-01 来源：己市日报", True),
        ("己市人民政府 2026-04-01", False),  # a signature's day: no bullet
        ("己市推进老旧小区改造实施方案(2026—2028年)", False),
    ],
)
def test_a_date_beside_a_bullet_is_a_field_strip(line: str, chrome: bool) -> None:
    assert is_web_chrome(line) is chrome


WIRE_PAGE = (
    " date 2026-04-01   • 会员\n"
    "01/04/2026 10:05\n"
    "\n"
    "《财经要闻》庚省试点扩大消费新场景，按城市规模分档补助…\n"
    "\n"
    "　　《某通讯社1日专讯》庚省商务厅发布关于开展消费新场景试点工作的通知，支持10个左右城市开展试点。\n"
    "　　试点城市每个补助1亿元人民币。\n"
)


def test_a_wire_headline_loses_its_column_and_byline() -> None:
    structure = parse(WIRE_PAGE)
    assert structure.title == "庚省试点扩大消费新场景，按城市规模分档补助…"


def test_a_headline_opening_with_a_documents_name_keeps_it() -> None:
    text = (
        "《辛省湿地保护条例》5月1日起施行\n"
        "来源：辛省日报 2026-04-20\n"
        "　　记者从省人大常委会获悉，《辛省湿地保护条例》将于5月1日起施行。\n"
        "　　《条例》共40条，明确了湿地保护的总体要求。\n"
    )
    # the headline quotes one document whole and says it takes effect, the page only reports it: the headline as
    # written (round-25 convention; from round 21 to 24 the document's name)
    assert parse(text).title == "《辛省湿地保护条例》5月1日起施行"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("壬省湿地保护规定(最新版本全文)", "壬省湿地保护规定"),
        ("壬市物业管理办法（全文）", "壬市物业管理办法"),
        ("壬市乡村振兴规划(2026—2030年)", "壬市乡村振兴规划(2026—2030年)"),  # a period
        ("壬市河道管理条例（2024年修正）", "壬市河道管理条例（2024年修正）"),  # an edition
        ("壬县防汛应急预案（修订）", "壬县防汛应急预案（修订）"),  # a stage word
        ("壬市重点项目名单（第二批）", "壬市重点项目名单（第二批）"),  # a numeral
        ("壬市城市更新专项行动（城区）", "壬市城市更新专项行动（城区）"),  # no kind of document before it
    ],
)
def test_a_bracket_after_the_kind_of_document_with_no_number_nor_stage_is_a_site_label(
    title: str, kept: str
) -> None:
    assert drop_site_label(title) == kept


def test_a_page_title_loses_the_sites_label() -> None:
    text = (
        "当前位置：首页 > 法规 > 正文\n"
        "\n"
        "壬省湿地保护规定(最新版本全文)\n"
        "\n"
        "第一条 为了加强湿地保护，根据有关法律、法规，结合本省实际，制定本规定。\n"
        "第二条 本省行政区域内湿地的保护和管理，适用本规定。\n"
    )
    assert parse(text).title == "壬省湿地保护规定"


PAGE_OVER_A_NOTICE = (
    "癸县子镇人民政府\n"
    "\n"
    "癸县子镇防汛抢险应急预案\n"
    "\n"
    "发布日期:2026-05-20\n"
    "\n"
    "子镇人民政府\n"
    "\n"
    "关于印发《子镇2026年度防汛抢险应急预案》的通知\n"
    "\n"
    "各村、镇直各单位:\n"
    "\n"
    "为做好汛期防汛抢险工作，经研究，特制定《子镇2026年度防汛抢险应急预案》，请遵照执行。\n"
    "\n"
    "子镇人民政府\n"
    "2026年5月18日\n"
    "\n"
    "1 总则\n"
    "1.1 编制目的\n"
    "为有效应对汛期灾害，保障人民群众生命财产安全，制定本预案。\n"
    "1.2 适用范围\n"
    "本预案适用于本镇行政区域内的防汛抢险工作。\n"
)


def test_a_page_title_without_the_year_gives_way_to_the_notices_name() -> None:
    structure = parse(PAGE_OVER_A_NOTICE)
    assert structure.title == "子镇2026年度防汛抢险应急预案"
    assert structure.notice_title is not None
    assert structure.notice_title.endswith("关于印发《子镇2026年度防汛抢险应急预案》的通知")


@pytest.mark.parametrize(
    ("title", "name", "same"),
    [
        ("癸县子镇防汛抢险应急预案", "子镇2026年度防汛抢险应急预案", True),
        ("子镇防汛抢险应急预案", "子镇2026年防汛抢险应急预案", True),
        ("子镇森林防火应急预案", "子镇2026年度防汛抢险应急预案", False),
        ("子镇2025年度防汛抢险应急预案", "子镇2026年度防汛抢险应急预案", False),  # another year's plan
    ],
)
def test_same_document_sets_aside_the_year_a_name_gives(title: str, name: str, same: bool) -> None:
    assert same_document(title, name) is same


# A converter that writes tone marks writes the neutral tone without one (的(de)); and a notice's title may break
# before the issued name's period, its last line then the period and the notice's kind ((2026—2028年)的通知).
TONED_CONVERTER_NOTICE = (
    "時(shí)間:2026/3/2 10:00:00 作者: 點擊數:\n"
    "丑省人(rén)民政府辦公廳關于印發丑省推動\n"
    "數字經濟高(gāo)質量發展行動方案\n"
    "(2026—2028年)的(de)通(tōng)知\n"
    "丑府辦〔2026〕3号\n"
    "各地級以上市人(rén)民政府,省政府各部門:\n"
    "經省人(rén)民政府同意,現将《丑省推動數字經濟高(gāo)質量發展行動方案(2026—2028年)》印發給你們,請認真組織實施。\n"
    "丑省人(rén)民政府辦公廳\n"
    "2026年3月(yuè)1日\n"
    "丑省推動數字經濟高(gāo)質量發展行動方案\n"
    "(2026—2028年)\n"
    "一、總體要求\n"
    "到2028年,全省數字經濟規模明顯擴大。\n"
)


def test_a_notice_title_broken_before_the_period_ends_with_the_notices_kind() -> None:
    structure = parse(TONED_CONVERTER_NOTICE)
    assert structure.title == "丑省推動數字經濟高(gāo)質量發展行動方案(2026—2028年)"
    assert structure.notice_title == (
        "丑省人(rén)民政府辦公廳關于印發丑省推動數字經濟高(gāo)質量發展行動方案(2026—2028年)的(de)通(tōng)知"
    )


def test_neutral_tone_readings_go_with_toned_ones_only() -> None:
    toned = strip_pinyin("關(guān)于印發的(de)通(tōng)知\n")
    assert toned is not None and toned.compact == "關于印發的通知\n"
    assert strip_pinyin("附表(de)和附表(le)。\n") is None  # no toned reading: no converter's habit
    vowel = strip_pinyin("關(guān)于通(tōng)知見附表(a)。\n")
    assert vowel is not None and vowel.compact == "關于通知見附表(a)。\n"  # a bare vowel is an item's letter


@pytest.mark.parametrize(
    ("line", "closes"),
    [
        ("的通知", True),
        ("(2026—2028年)的通知", True),
        ("（征求意见稿）的通知", True),
        ("（第3号）的通知", False),
    ],
)
def test_the_notices_kind_closes_a_title(line: str, closes: bool) -> None:
    assert _kind_closes(line) is closes


JOINT_NOTICE = (
    "寅省商务厅等12部门关于印发寅省促进夜间消费若干措施的通知\n"
    "各设区市商务局、发展改革委、教育局、公安局、财政局、人力资源社会保障局、自然资源局、生态环境局、"
    "住房城乡建设局、交通运输局、文化和旅游局、市场监管局:\n"
    "现将《寅省促进夜间消费若干措施》印发给你们,请结合实际认真贯彻落实。\n"
    + "".join(
        f"寅省{organ}\n"
        for organ in (
            "商务厅",
            "发展和改革委员会",
            "教育厅",
            "公安厅",
            "财政厅",
            "人力资源和社会保障厅",
            "自然资源厅",
            "生态环境厅",
            "住房和城乡建设厅",
            "交通运输厅",
            "文化和旅游厅",
            "市场监督管理局",
        )
    )
    + "2026年6月1日\n"
    "寅省促进夜间消费若干措施\n"
    "一、丰富夜间消费场景。支持各地打造夜间消费街区。\n"
    "二、延长营业时间。鼓励商场延长营业时间至22时。\n"
)


def test_a_joint_notice_is_signed_by_every_organ_in_its_column() -> None:
    structure = parse(JOINT_NOTICE)
    assert structure.title == "寅省促进夜间消费若干措施"
    assert structure.issuer is not None
    assert structure.issuer.split("、") == [
        "寅省商务厅",
        "寅省发展和改革委员会",
        "寅省教育厅",
        "寅省公安厅",
        "寅省财政厅",
        "寅省人力资源和社会保障厅",
        "寅省自然资源厅",
        "寅省生态环境厅",
        "寅省住房和城乡建设厅",
        "寅省交通运输厅",
        "寅省文化和旅游厅",
        "寅省市场监督管理局",
    ]
