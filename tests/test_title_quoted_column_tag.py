"""A mirror's headline that opens with the column's name in quotation marks and a space (“政务公开专栏” 甲办公室
印发《X》的通知) over the plan's own heading: the tag is the site's, so the headline reads as the covering notice and
the plan under it is the title. A title's own quoted phrase (“十五五”时期…规划) runs on with no space and stays.

Texts are made up; the forms are those of a district's disclosure pages and their mirrors.
"""

from parsers.structure import parse_structure

_MIRROR = (
    "“政务公开专栏” 甲县人民政府办公室关于印发《甲县推进数字乡村建设三年行动方案(2031—2033年)》的通知\n"
    "甲县推进数字乡村建设\n三年行动方案\n(2031—2033年)\n"
    "为加快数字乡村建设,结合本县实际,制定本方案。\n一、 工作目标\n(一)总体目标\n建成一批数字乡村示范村。\n"
)

_OWN_PHRASE = "“十五五”时期甲市生态环境保护规划\n\n为加强生态环境保护,制定本规划。\n\n一、发展基础\n\n过去五年,全市环境持续改善。\n"


def test_a_quoted_column_tag_before_a_covering_headline_is_the_sites() -> None:
    doc = parse_structure(_MIRROR)
    assert doc.title == "甲县推进数字乡村建设三年行动方案(2031—2033年)"
    assert doc.notice_title is not None and not doc.notice_title.startswith("“")


def test_a_titles_own_quoted_phrase_stays() -> None:
    assert parse_structure(_OWN_PHRASE).title == "“十五五”时期甲市生态环境保护规划"
