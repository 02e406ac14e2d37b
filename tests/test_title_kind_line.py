"""A title broken before its kind, the kind on a line of its own qualified by its purpose (的备案报告, 的实施方案): the
line closes the title as 的通知 does, so a report on a notice is titled by the report, not by the notice's name.
A line of 的 and a clause is no kind line.

Texts are made up; the forms are those of filing reports and implementing plans.
"""

from parsers.structure import parse_structure

_FILING_REPORT = (
    "— 1 —\n甲省发展改革委《关于印发甲省乙产业项目\n贴息资金使用管理暂行办法的通知》\n的备案报告\n省政府:\n"
    "根据规范性文件备案要求,现将《关于印发甲省乙产业项目贴息资金使用管理暂行办法的通知》报给你们,请备案审查。\n"
    "甲省发展和改革委员会\n2031年6月1日\n"
)

_PLAN_UNDER_NAME = (
    "丙市贯彻落实\n《丁行动计划(2031-2033年)》\n的实施方案\n\n为深入贯彻落实丁行动计划,制定本方案。\n\n"
    "一、发展目标\n\n到2033年,建成一批示范项目。\n"
)

_CLAUSE_LINE = "丙市贯彻落实《丁行动计划(2031-2033年)》\n的要求,制定本方案\n\n一、发展目标\n\n到2033年,建成一批示范项目。\n"


def test_a_filing_report_on_a_notice_is_titled_by_the_report() -> None:
    doc = parse_structure(_FILING_REPORT)
    assert doc.title == "甲省发展改革委《关于印发甲省乙产业项目贴息资金使用管理暂行办法的通知》的备案报告"
    assert doc.notice_title is None


def test_a_plan_broken_before_its_kind_is_joined_whole() -> None:
    assert parse_structure(_PLAN_UNDER_NAME).title == "丙市贯彻落实《丁行动计划(2031-2033年)》的实施方案"


def test_a_line_of_a_clause_after_a_quoted_name_closes_no_title() -> None:
    assert parse_structure(_CLAUSE_LINE).title != "丙市贯彻落实《丁行动计划(2031-2033年)》的要求,制定本方案"
