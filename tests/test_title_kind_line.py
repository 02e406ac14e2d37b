"""A title broken before its kind, the kind on a line of its own qualified by its purpose (的备案报告, 的工作方案): the
line closes the title as 的通知 does, so a report on a notice is titled by the report, not by the notice's name.
A line of 的 and a clause is no kind line.

Texts are made up; the forms are those of filing reports and implementing plans.
"""

from parsers.structure import parse_structure

_FILING_REPORT = (
    "— 1 —\n甲市林草局《关于发布甲市乙镇林下经济\n奖补细则的通告》\n的备案审查报告\n市人民政府:\n"
    "依照本市文件报备制度,我局现将《关于发布甲市乙镇林下经济奖补细则的通告》随文呈送,请予审查备案。\n"
    "甲市林草局\n2031年11月7日\n"
)


_PLAN_UNDER_NAME = (
    "丙市贯彻落实\n《丁行动计划(2031-2033年)》\n的工作方案\n\n为深入贯彻落实丁行动计划,制定本方案。\n\n"
    "一、发展目标\n\n到2033年,建成一批示范项目。\n"
)

_CLAUSE_LINE = "丙市贯彻落实《丁行动计划(2031-2033年)》\n的要求,制定本方案\n\n一、发展目标\n\n到2033年,建成一批示范项目。\n"


def test_a_filing_report_on_a_notice_is_titled_by_the_report() -> None:
    doc = parse_structure(_FILING_REPORT)
    assert doc.title == "甲市林草局《关于发布甲市乙镇林下经济奖补细则的通告》的备案审查报告"
    assert doc.notice_title is None


def test_a_plan_broken_before_its_kind_is_joined_whole() -> None:
    assert parse_structure(_PLAN_UNDER_NAME).title == "丙市贯彻落实《丁行动计划(2031-2033年)》的工作方案"


def test_a_line_of_a_clause_after_a_quoted_name_closes_no_title() -> None:
    assert parse_structure(_CLAUSE_LINE).title != "丙市贯彻落实《丁行动计划(2031-2033年)》的要求,制定本方案"
