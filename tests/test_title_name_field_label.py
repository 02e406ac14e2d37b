"""An encyclopedia page names the item it is about in its info box's 中文名 field (- 中文名：甲市X办法): the field's label
is no part of the name, whether the name is the document's title or its covering notice's.

Texts are made up; the forms are those of encyclopedia pages that print a notice under their info box.
"""

import pytest

from parsers.structure import parse_structure

_NOTICE = (
    "各区人民政府，市政府各部门：\n现将《甲市零工市场建设行动方案》印发给你们，请认真贯彻执行。\n"
    "甲市人民政府办公室\n2031年5月1日\n"
    "甲市零工市场建设行动方案\n一、总体要求\n坚持就业优先。\n二、主要任务\n建设零工市场。\n"
)


@pytest.mark.parametrize("label", ["中文名:", "- 中文名：", "中文名 ："])
def test_the_name_fields_label_is_no_part_of_the_notices_title(label: str) -> None:
    doc = parse_structure(f"{label}甲市人民政府办公室关于印发甲市零工市场建设行动方案的通知\n{_NOTICE}")
    assert doc.title == "甲市零工市场建设行动方案"
    assert doc.notice_title == "甲市人民政府办公室关于印发甲市零工市场建设行动方案的通知"


def test_the_name_fields_label_is_no_part_of_a_title() -> None:
    text = (
        "- 中文名：乙省大面积停电事件应急预案\n1 总则\n1.1 编制目的\n为做好停电事件应对工作，制定本预案。\n"
    )
    assert parse_structure(text).title == "乙省大面积停电事件应急预案"
