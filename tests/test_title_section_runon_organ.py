"""The plan heading under a notice that issues it, run into its first section label, with the issuing organ
printed before the name the notice gives (甲市政府2031年X方案综合目标分解 under 市政府关于印发2031年X方案的通知): the
heading as written keeps its organ, and the label is the plan's first part, no part of the title.

Texts are made up; the form is that of a city portal's notice.
"""

from parsers.structure import parse_structure
from parsers.structure.section_runon import without_section_label

_COVERING = (
    "市政府关于印发2031年重点工作分解落实方案的通知\n"
    "各镇人民政府，市各委办局：\n"
    "现将《2031年重点工作分解落实方案》印发给你们，请认真贯彻落实。\n"
    "甲市人民政府\n2031年2月3日\n"
)
_PLAN_BODY = "1.全年新增城镇就业1.2万人。\n2.新建改建农村公路80公里。\n"


def test_a_plan_heading_with_its_organ_run_into_a_section_label_is_the_plan() -> None:
    text = _COVERING + "市政府2031年重点工作分解落实方案综合目标分解\n" + _PLAN_BODY
    structure = parse_structure(text)
    assert structure.title == "市政府2031年重点工作分解落实方案"
    assert structure.notice_title == "市政府关于印发2031年重点工作分解落实方案的通知"


def test_words_before_the_name_that_name_no_organ_leave_the_heading() -> None:
    names = ["2031年重点工作分解落实方案"]
    assert without_section_label("全面推进2031年重点工作分解落实方案综合目标分解", names) == (
        "全面推进2031年重点工作分解落实方案综合目标分解"
    )
    assert without_section_label("甲市人民政府2031年重点工作分解落实方案责任分工", names) == (
        "甲市人民政府2031年重点工作分解落实方案"
    )
