"""A news site that prints a long plan in parts marks each part after the title (X分工方案(一)): the marker is the
site's (field conventions), so the title is the plan's name. A period or a status in brackets stays.

Texts are made up; the form is that of a province's news site.
"""

from parsers.structure import parse_structure

_PART = (
    "2032年省《政府工作报告》重点工作分工方案(一)\n\n"
    "  2032年是规划的收官之年。为贯彻落实省“两会”精神,现制定分工方案如下。\n\n"
    "  一、对地区生产总值增长5%以上的预期目标,逐月调度。(省发展改革委牵头)\n\n"
    "  二、深入实施15项重大工程,提升项目谋划质量。(省发展改革委牵头)\n"
)

_PERIOD = (
    "甲市冰雪旅游发展行动计划(2031-2033年)\n\n  为加快冰雪旅游发展,制定本计划。\n\n"
    "  一、发展目标\n\n  到2033年,建成一批冰雪旅游度假地。\n"
)


def test_a_sites_serial_marker_after_the_title_is_dropped() -> None:
    assert parse_structure(_PART).title == "2032年省《政府工作报告》重点工作分工方案"


def test_a_period_in_brackets_after_the_title_stays() -> None:
    assert parse_structure(_PERIOD).title == "甲市冰雪旅游发展行动计划(2031-2033年)"
