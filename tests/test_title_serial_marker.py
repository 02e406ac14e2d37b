"""A news site that prints a long plan in parts marks each part after the title (X分工方案(一)): the marker is the
site's (field conventions), so the title is the plan's name. A period or a status in brackets stays.

Texts are made up; the form is that of a province's news site.
"""

from parsers.structure import parse_structure

_PART = (
    "2032年市全民健身重点任务推进方案(三)\n\n"
    "  为把市体育工作会议部署落到实处,现将今年全民健身各项任务逐条分解如下。\n\n"
    "  一、新建社区健身步道40公里,年底前全部投用。(市体育局负责)\n\n"
    "  二、举办全市业余足球联赛,组织各区参赛队伍报名。(市体育局、市教育局负责)\n"
)


_PERIOD = (
    "甲市内河航运畅通行动计划(2031-2033年)\n\n  为畅通内河水运通道,制定本计划。\n\n"
    "  一、发展目标\n\n  到2033年,建成一批内河港口作业区。\n"
)


def test_a_sites_serial_marker_after_the_title_is_dropped() -> None:
    assert parse_structure(_PART).title == "2032年市全民健身重点任务推进方案"


def test_a_period_in_brackets_after_the_title_stays() -> None:
    assert parse_structure(_PERIOD).title == "甲市内河航运畅通行动计划(2031-2033年)"
