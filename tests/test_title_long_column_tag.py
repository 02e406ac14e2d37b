"""A portal's column tag before a notice's title may name a class of documents in up to ten characters
(【自然灾害类应急预案】甲市…关于印发《X》的通知): the tag is the site's, no part of the notice title. A status in
brackets (【征求意见稿】) stays.

Texts are made up; the form is that of a city portal's 名称 field.
"""

from parsers.structure.title_affixes import drop_column_tag


def test_a_ten_character_column_tag_is_dropped() -> None:
    title = "【自然灾害类应急预案】甲市减灾委员会关于印发《甲市低温雨雪冰冻灾害应急预案》的通知"
    assert drop_column_tag(title) == "甲市减灾委员会关于印发《甲市低温雨雪冰冻灾害应急预案》的通知"


def test_a_status_in_brackets_stays() -> None:
    assert drop_column_tag("【征求意见稿】甲市城乡供水保障办法") == "【征求意见稿】甲市城乡供水保障办法"
