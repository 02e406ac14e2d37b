"""Round 15 of titles, on documents written for these tests (no corpus text).

A text with no title line whose first sentence only reports that a body drafted a document (a 起草说明, a news
item: 我局起草了《X》。) is about X, not X: it gets no title. A drafting word hands X over only when its paragraph
goes on to call for comments on it or to pass its text on (现公开征求意见, 请反馈, 予以公示, 印发).
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


DRAFTING_EXPLANATION = (
    "为落实省委省政府关于推进数据资源开发利用的要求，甲省数据局调研各地经验，结合本省实际，"
    "起草了《甲省数据资源开发利用管理办法（试行）》（以下简称《管理办法》）。\n"
    "数据资源是重要的生产要素，开发利用前景广阔。\n"
    "一、起草背景\n"
    "近年来，各地相继出台有关制度。\n"
)


def test_a_drafting_explanation_without_a_call_gets_no_title() -> None:
    structure = parse(DRAFTING_EXPLANATION)
    assert structure.title is None
    assert structure.status is None


def test_the_same_drafting_sentence_with_a_call_is_the_call_about_the_draft() -> None:
    text = DRAFTING_EXPLANATION.replace("）。\n", "），现向社会公开征求意见。\n", 1)
    structure = parse(text)
    assert (structure.title, structure.status) == ("甲省数据资源开发利用管理办法", "试行")


def test_a_news_item_reporting_a_plan_drafted_gets_no_title() -> None:
    text = (
        "记者从乙市发展改革委获悉，该委近日编制了《乙市物流枢纽建设三年行动计划》。\n"
        "计划提出，到2027年建成物流园区5个。\n"
    )
    assert parse(text).title is None
    with_handover = text.replace("》。\n", "》，现予以公示。\n", 1)
    assert parse(with_handover).title == "乙市物流枢纽建设三年行动计划"


# A name inside the title of another document the sentence reports (发布关于征求《X》意见的公告) qualifies that
# document: the clause of the qualifying words ends at ？！ in either width, as at 。 (half-width punctuation and
# a mis-decoded 。 shown as ? are common on pages).
NEWS_OF_A_CALL = (
    "5月8日，丙省发展改革委发布关于公开征求《丙省氢能产业发展实施方案（2025-2027年）（征求意见稿）》意见的公告{end}"
    "方案提出，到2027年建成加氢站20座，培育龙头企业3家，氢能产业产值达到100亿元。\n"
)


def test_a_news_item_about_a_call_gets_no_title_whatever_its_sentence_end() -> None:
    for end in ("。", "？", "?", "!"):
        structure = parse(NEWS_OF_A_CALL.format(end=end))
        assert structure.title is None, end
        assert structure.status is None, end


# A signature date that lost its 月 and 日 (2024年815) is still the notice's date line, not a line of the heading
# that follows it.
NOTICE_WITH_GARBLED_DATE = (
    "关于印发《丁县农家乐管理办法（试行）》的通知\n"
    "各乡镇人民政府，县直各单位：\n"
    "《丁县农家乐管理办法（试行）》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    "丁县人民政府\n"
    "{date}\n"
    "丁县农家乐管理\n"
    "办法（试行）\n"
    "第一条 为规范农家乐经营，制定本办法。\n"
    "第二条 本办法适用于本县行政区域。\n"
)


def test_a_date_that_lost_its_month_and_day_is_no_part_of_the_heading() -> None:
    for date in ("2024年8月15日", "2024年815", "2024年1015"):
        structure = parse(NOTICE_WITH_GARBLED_DATE.format(date=date))
        assert (structure.title, structure.status) == ("丁县农家乐管理办法", "试行"), date


def test_a_heading_that_starts_with_a_year_still_keeps_it() -> None:
    text = "2024年丁县农家乐提升行动方案\n一、总体要求\n坚持规划引领，分类推进。\n"
    assert parse(text).title == "2024年丁县农家乐提升行动方案"
