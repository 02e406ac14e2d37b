"""A page's title field (标题:X) naming the same document as the title line, more fully (its organ, its place), gives
the title: the line is the field's end, its first line lost or never printed. A field that names another document,
or a site's tag on the field, changes nothing.

Texts are made up; the form is an open-government page with its metadata table.
"""

from parsers.structure import parse_structure

_TABLE = "索引号 | 000000/2031-00005 | 发文字号 | |\n发布机构 | 甲镇政府 | 有效性 | |\n标题 | {field} | ||\n成文日期 | 2031-03-05 |\n"
_PLAN = "自然灾害救助应急预案\n1 总则\n1.1 编制目的\n为了做好自然灾害救助工作,制定本预案。\n"


def test_the_fuller_field_gives_the_title() -> None:
    text = _TABLE.format(field="甲市乙区甲镇人民政府自然灾害救助应急预案") + _PLAN
    assert parse_structure(text).title == "甲市乙区甲镇人民政府自然灾害救助应急预案"


def test_a_field_naming_another_document_changes_nothing() -> None:
    text = _TABLE.format(field="甲镇人民政府关于印发防汛工作方案的通知") + _PLAN
    assert parse_structure(text).title == "自然灾害救助应急预案"
