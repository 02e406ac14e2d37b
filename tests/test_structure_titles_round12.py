"""Round 12 of titles: a title is given only to a document the text names and hands over, on documents written
for these tests (no corpus text).

* names side by side after a citing word (``根据《甲法》《乙规定》``) are one list: all cited, as with 和/及/、;
* a name that qualifies another document (``《X》实施情况的报告``, ``征集《X》评估报告的意见``) is not handed over;
  the document named after it is;
* a name the sentence says is in force since a date (``《X》（以下简称《办法》）于2021年3月1日起施行``) is a
  document already issued, not the one the text hands over;
* a text with no title line takes its title from its first sentence only when a handing word governs the name
  (``将《X》全文公布``, ``起草了《X》``, ``发布《X》``): a name the sentence mentions otherwise gives no title.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.covering import modifies_a_document, names_in_sentences
from parsers.structure.furniture import is_web_chrome
from parsers.structure.head_titles import run_on_title
from parsers.structure.lead_title import lead_title
from parsers.structure.lines import split_lines


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def names(text: str) -> list[str]:
    lines = split_lines(text)
    return names_in_sentences(lines, 0, len(lines))


@pytest.mark.parametrize(
    "sentence",
    [
        "根据《甲法》《乙省河道管理条例》等规定，现将《乙省采砂许可办法》印发给你们，请遵照执行。",
        "根据《甲法》 《乙省河道管理条例》的规定，现将《乙省采砂许可办法》印发给你们。",
        "依据《甲法》、《乙省河道管理条例》和《丙规定》，现将《乙省采砂许可办法》印发给你们。",
    ],
)
def test_names_side_by_side_after_a_cited_one_are_cited(sentence: str) -> None:
    assert names(sentence) == ["乙省采砂许可办法"]


def test_names_issued_side_by_side_are_both_issued() -> None:
    assert names("现将《丁县养犬管理办法》《丁县犬只收容规定》印发给你们，请认真执行。") == [
        "丁县养犬管理办法",
        "丁县犬只收容规定",
    ]


@pytest.mark.parametrize(
    ("sentence", "end", "expected"),
    [
        ("形成了《办法》实施一周年情况的报告。", len("形成了《办法》"), True),
        ("现将《办法》的起草说明公布。", len("现将《办法》"), False),  # 说明 is no kind of document here
        ("现将《戊市停车管理办法》印发给你们。", len("现将《戊市停车管理办法》"), False),
        ("现将《戊市停车管理办法》全文公布，征求意见。", len("现将《戊市停车管理办法》"), False),
    ],
)
def test_a_name_that_qualifies_a_document(sentence: str, end: int, expected: bool) -> None:
    assert modifies_a_document(sentence, end) is expected


def test_a_call_for_comments_on_a_report_about_a_regulation_names_no_draft() -> None:
    text = (
        "《己市物业管理办法》（以下简称《办法》）于2021年3月1日起施行，根据《甲法》《乙规定》等要求，"
        "市住建局形成了《办法》实施情况的评估报告。现向社会公开征集《办法》评估报告的意见和建议：\n"
        "一、征集时间为2025年5月1日至5月31日。\n"
        "二、意见请寄至己市住建局法规科。\n"
    )
    assert names(text) == []
    structure = parse(text)
    assert structure.title is None
    assert structure.status is None


def test_a_name_in_force_since_a_date_is_not_issued() -> None:
    assert names("《庚县河长制办法》于2020年1月1日起施行，现将其实施情况公布，征求意见。") == []
    assert names("现将《庚县河长制办法》印发给你们，自2020年1月1日起施行。") == ["庚县河长制办法"]


FRAGMENT_CITING_IN_ITS_LEAD = (
    "为做好2026年立法计划编制工作，根据《中华人民共和国立法法》《辛区政府立法工作规定》（政府令第8号）等规定，"
    "现将公开征集2026年立法项目建议有关事项公告如下：\n"
    "一、征集范围\n"
    "制定、修改或者废止规章的建议。\n"
    "二、征集要求\n"
    "（一）建议应写明项目名称和理由。\n"
    "（二）建议应附有关资料。\n"
)


def test_a_fragment_whose_lead_only_cites_gets_no_title() -> None:
    structure = parse(FRAGMENT_CITING_IN_ITS_LEAD)
    assert structure.title is None
    assert [node.label for node in structure.nodes if node.kind == "action"] == ["一、", "二、"]


def test_a_lead_name_not_governed_by_a_handing_word_gives_no_title() -> None:
    lines = split_lines(
        "经研究，《壬市公共自行车管理办法（征求意见稿）》由市交通局起草完成，征求社会各界意见。\n一、时间\n"
    )
    assert lead_title(lines) is None


def test_a_lead_name_handed_over_gives_the_title_and_status() -> None:
    lines = split_lines(
        "市交通局将《壬市公共自行车管理办法（征求意见稿）》全文公布，征求社会各界意见。\n一、时间\n"
    )
    assert lead_title(lines) == ("壬市公共自行车管理办法", "征求意见稿")


ANNOUNCEMENT_THAT_ISSUES_AN_ACT = (
    "癸县人民政府防汛抗旱指挥部关于发布禁止在河道内游泳的通告\n"
    "癸防指〔2025〕3号\n"
    "入汛以来，我县降雨偏多，河道水位上涨。为保障群众生命安全，现将有关事项通告如下：\n"
    "一、禁止时限：2025年6月1日至2025年9月30日。\n"
    "二、禁止区域：全县河道、水库及其周边。\n"
    "三、违反本通告的，依法予以处理。\n"
)


def test_an_announcement_that_issues_an_act_is_the_document_itself() -> None:
    """关于发布X的通告 where X names no kind of document: the 通告 is the document, not a covering notice."""
    structure = parse(ANNOUNCEMENT_THAT_ISSUES_AN_ACT)
    assert structure.title == "癸县人民政府防汛抗旱指挥部关于发布禁止在河道内游泳的通告"
    assert structure.notice_title is None
    assert structure.doc_number == "癸防指〔2025〕3号"
    assert [node.label for node in structure.nodes if node.kind == "action"] == ["一、", "二、", "三、"]


NOTICE_ISSUING_RULES_AND_FORMS = (
    "子市人民政府办公室关于印发子市公文处理实施细则及文种式样的通知\n"
    "各区人民政府，市政府各部门：\n"
    "现将《子市公文处理实施细则及文种式样》印发给你们，请遵照执行。\n"
    "子市人民政府办公室\n"
    "2025年3月1日\n"
    "子市公文处理实施细则及文种式样\n"
    "第一条 为了规范公文处理工作，制定本细则。\n"
    "第二条 本细则适用于市政府各部门。\n"
)


def test_a_notice_issuing_a_document_listed_with_another_thing_still_issues_it() -> None:
    structure = parse(NOTICE_ISSUING_RULES_AND_FORMS)
    assert structure.title == "子市公文处理实施细则及文种式样"
    assert structure.notice_title == "子市人民政府办公室关于印发子市公文处理实施细则及文种式样的通知"


PAGE_WITH_A_BULLETED_FIELD_LIST = (
    "索引号: 11330800-002/2025-00017 公开方式: 主动公开\n"
    "责任单位: 区府办 有效性: 有效\n"
    "  • 信息索引号:\n"
    "    11330800-002/2025-00017\n"
    "  • 责任单位:\n"
    "    区府办\n"
    "  • 有效性:\n"
    "    有效\n"
    "丑区人民政府办公室关于印发《丑区老年食堂建设实施办法》的通知\n"
    "发布时间:2025-04-02 09:10\n"
    "各乡镇人民政府、街道办事处，区级有关单位：\n"
    "《丑区老年食堂建设实施办法》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
    "丑区人民政府办公室\n"
    "2025年4月1日\n"
    "丑区老年食堂建设实施办法\n"
    "一、总体要求\n"
    "到2026年，全区建成老年食堂30家。\n"
    "二、建设标准\n"
    "（一）每家食堂面积不少于80平方米。\n"
)


def test_a_bulleted_label_alone_is_a_field_not_an_addressee() -> None:
    """• 责任单位: over its value is a page's field (by its form: a bullet, a label, a colon, nothing after it),
    not an addressee that starts the body: the notice and the policy under it are read."""
    structure = parse(PAGE_WITH_A_BULLETED_FIELD_LIST)
    assert structure.title == "丑区老年食堂建设实施办法"
    assert structure.notice_title == "丑区人民政府办公室关于印发《丑区老年食堂建设实施办法》的通知"
    assert structure.issuer == "丑区人民政府办公室"


@pytest.mark.parametrize("line", ["• 责任单位:", "  • 发布机构：", "- 信息索引号:"])
def test_bulleted_bare_labels_are_web_chrome(line: str) -> None:
    assert is_web_chrome(line)


@pytest.mark.parametrize(
    "line", ["各区人民政府，市政府各部门：", "• 各有关单位：请于5月前报送材料", "责任单位:"]
)
def test_lines_that_are_no_bulleted_bare_label(line: str) -> None:
    assert not is_web_chrome(line)


@pytest.mark.parametrize(
    "heading",
    [
        "寅财农〔2024〕9号 寅省财政厅 寅省农业农村厅关于加强耕地地力保护补贴资金管理的通知\n",
        "寅财农【2024】9号 寅省财政厅 寅省农业农村厅 寅省自然资源厅关于加强耕地地力保护补贴资金管理的通知\n",
    ],
)
def test_a_heading_line_with_its_number_first_then_joint_issuers_is_the_title(heading: str) -> None:
    """文号, joint issuers separated by spaces, then the title, on one line: a notice's heading, not a banner of
    spaced phrases."""
    structure = parse(heading)
    assert structure.title is not None
    assert structure.title.startswith("寅省财政厅寅省农业农村厅")
    assert structure.title.endswith("关于加强耕地地力保护补贴资金管理的通知")
    assert structure.doc_number == heading.split(" ")[0]
    assert structure.issuer is not None and structure.issuer.startswith("寅省财政厅、寅省农业农村厅")


def test_a_banner_of_spaced_phrases_stays_chrome() -> None:
    assert is_web_chrome("寅财农〔2024〕9号 政务公开 政策解读 互动交流")


ANNOUNCEMENT_ON_ONE_LINE = (
    "卯县人民政府关于发布秋冬季禁止焚烧秸秆的通告 根据《中华人民共和国大气污染防治法》的规定，为保护大气环境，"
    "自2025年10月1日起，全县范围内禁止露天焚烧秸秆。违者依法处理。特此通告。 卯县人民政府 2025年9月20日\n"
)


def test_a_heading_run_into_its_text_on_one_line_gives_the_title() -> None:
    structure = parse(ANNOUNCEMENT_ON_ONE_LINE)
    assert structure.title == "卯县人民政府关于发布秋冬季禁止焚烧秸秆的通告"
    assert structure.issuer == "卯县人民政府"  # the organ at the head of the title, before 关于


@pytest.mark.parametrize(
    "line",
    [
        # no 关于: a name at the head of a sentence, not a heading (the weak reading stays out)
        "卯县秸秆禁烧办法 已经县政府同意，现予公布，自2025年10月1日起施行，请各乡镇认真贯彻执行。\n",
        # the words before the space end with no kind of document
        "卯县人民政府关于秸秆禁烧 根据《中华人民共和国大气污染防治法》的规定，全县范围内禁止露天焚烧秸秆。\n",
    ],
)
def test_a_line_that_is_no_heading_run_into_text(line: str) -> None:
    assert run_on_title(line) is None


@pytest.mark.parametrize(
    "line",
    ["首页 - 政策文件 - 辰市城市道路挖掘管理办法", "首页/政务公开/规章", "首页 | 通知公告 | 辰市关于X的通知"],
)
def test_a_breadcrumb_led_by_the_home_page_is_chrome(line: str) -> None:
    assert is_web_chrome(line)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("辰省政府门户网站 2026-01-16 10:30:59", True),
        ("辰省日报 2025年3月2日 08:15", True),
        ("2025-01-05 07:01", True),
        ("辰省人民政府 2025-12-20", False),  # a signature's day: no time of day
        ("2025年12月20日", False),
    ],
)
def test_a_posting_time_ends_a_byline(line: str, chrome: bool) -> None:
    assert is_web_chrome(line) is chrome


ORDER_UNDER_A_BYLINE = (
    "辰省政府门户网站 2026-01-16 10:30:59\n"
    "辰省人民政府令第12号\n"
    "《辰省人民政府关于废止部分省政府规章的决定》已经2025年12月1日省人民政府第9次常务会议通过，现予公布。\n"
    "省长 某某\n"
    "2025年12月20日\n"
    "辰省人民政府关于废止部分省政府规章的决定\n"
    "一、废止《辰省河道采砂管理办法》。\n"
    "二、废止《辰省城市绿化管理办法》。\n"
)


def test_a_byline_with_a_posting_time_is_no_notice_title() -> None:
    structure = parse(ORDER_UNDER_A_BYLINE)
    assert structure.title == "辰省人民政府关于废止部分省政府规章的决定"
    assert structure.notice_title is None
    assert structure.doc_number == "辰省人民政府令第12号"


TONELESS_CONVERTER_PAGE = (
    "巳市人(ren)民(min)政府發(fa)布《關于禁止(zhi)在公園(yuan)內(nei)放風(feng)箏的通告》,具體內容如下:\n"
    "一、全市公園(yuan)內禁止放風箏。\n"
    "二、違(wei)者由公園管理處勸(quan)離。\n"
)


def test_toneless_converter_pinyin_is_read_past() -> None:
    """A converter that writes readings without tone marks (人(ren)民(min)): many such brackets after CJK
    characters are its habit, and the rules read the text without them (the title keeps them, as written)."""
    structure = parse(TONELESS_CONVERTER_PAGE)
    assert structure.title == "關于禁止(zhi)在公園(yuan)內(nei)放風(feng)箏的通告"


def test_a_few_latin_letters_in_brackets_are_no_converter() -> None:
    from parsers.structure.pinyin import strip_pinyin

    assert strip_pinyin("见附表(a)和附表(b)，以及图(e)。\n") is None
    assert strip_pinyin(TONELESS_CONVERTER_PAGE) is not None
