"""A portal's title row whose label a copy cut to its last character (称:X for 名称:X, 題:X for 標題:X), or a longer
label than the title labels (信息名称:X): the label is no part of the notice's title. Words that only open with those
characters, or a value that names no kind of document, are left alone.

Texts are made up; the forms are those of city and ministry portals.
"""

from parsers.structure import parse_structure
from parsers.structure.title_labels import drop_title_label

_BODY = (
    "各镇人民政府，区政府各部门：\n"
    "现将《甲区森林火灾应急预案》印发给你们，请认真贯彻执行。\n"
    "甲区人民政府办公室\n2031年5月8日\n"
    "甲区森林火灾应急预案\n一、总则\n为做好森林火灾应对工作，制定本预案。\n"
)


def test_a_label_cut_to_its_last_character_is_no_part_of_the_notice_title() -> None:
    structure = parse_structure("称:区政府办公室关于印发《甲区森林火灾应急预案》的通知\n" + _BODY)
    assert structure.notice_title == "区政府办公室关于印发《甲区森林火灾应急预案》的通知"
    assert structure.title == "甲区森林火灾应急预案"


def test_a_cut_traditional_title_label_is_dropped() -> None:
    structure = parse_structure("題:關於印發《甲區森林火災應急預案》的通知\n" + _BODY)
    assert structure.notice_title == "關於印發《甲區森林火災應急預案》的通知"


def test_a_longer_name_label_before_a_colon_is_dropped() -> None:
    assert drop_title_label("信息名称:市政府办公室关于印发甲市就业行动方案的通知") == (
        "市政府办公室关于印发甲市就业行动方案的通知"
    )


def test_a_value_naming_no_kind_keeps_its_words() -> None:
    assert drop_title_label("题:甲区召开森林防火会议") == "题:甲区召开森林防火会议"
