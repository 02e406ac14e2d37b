"""Round 17 of titles, on documents written for these tests (no corpus text).

A call for proposals (征集X立法计划建议, 征集…建议项目的公告) names no draft: what it asks for is not written yet, so it
is no covering notice of the plan it names. The call's own line is the title (the whole line, never its middle). A
call for comments on a draft (征求《X》意见, 关于X公开征求意见, 征集《X》修改建议) still names the draft.
"""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


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
