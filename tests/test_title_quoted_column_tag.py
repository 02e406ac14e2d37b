"""A mirror's headline that opens with the column's name in quotation marks and a space (“党政混合信息公开” 甲办公室
印发《X》的通知) over the plan's own heading: the tag is the site's, so the headline reads as the covering notice and
the plan under it is the title. A title's own quoted phrase (“十五五”时期…规划) runs on with no space and stays.

Texts are made up; the forms are those of a district's disclosure pages and their mirrors.
"""

from parsers.structure import parse_structure

_MIRROR = (
    "“党政混合信息公开” 中共甲区委办公室 甲区人民政府办公室印发《甲区全力打响“乙服务”品牌三年行动计划(2031—2033年)》的通知\n"
    "甲区全力打响“乙服务”品牌\n三年行动计划\n(2031—2033年)\n"
    "为贯彻落实全市战略部署,打响“乙服务”品牌,制定本行动计划。\n一、 总体要求\n(一)指导思想\n深入贯彻落实党的精神。\n"
)

_OWN_PHRASE = "“十五五”时期甲市生态环境保护规划\n\n为加强生态环境保护,制定本规划。\n\n一、发展基础\n\n过去五年,全市环境持续改善。\n"


def test_a_quoted_column_tag_before_a_covering_headline_is_the_sites() -> None:
    doc = parse_structure(_MIRROR)
    assert doc.title == "甲区全力打响“乙服务”品牌三年行动计划(2031—2033年)"
    assert doc.notice_title is not None and not doc.notice_title.startswith("“")


def test_a_titles_own_quoted_phrase_stays() -> None:
    assert parse_structure(_OWN_PHRASE).title == "“十五五”时期甲市生态环境保护规划"
