"""A site's tag set before a whole title on its line is dropped (parsers/structure/leading_tag.py): a column's tag in
lenticular or corner brackets, or the site's name and a colon when the page's source line gives that name.

Texts are made up; the layouts are those of portals and copying sites.
"""

import pytest

from parsers.pipeline import parse_bytes
from parsers.structure import parse_structure
from parsers.structure.leading_tag import drop_leading_tag
from parsers.structure.lines import Line


def test_a_corner_bracket_tag_before_a_notice() -> None:
    text = (
        "「快讯公告」甲市人大常委会公告\n"
        "\n"
        "根据《甲省各级人民代表大会常务委员会监督条例》，市人大常委会定于9月召开会议，现公开征集意见建议。\n"
        "邮箱：jiashi@example.cn\n"
        "甲市人大常委会办公厅\n"
        "2031年8月16日\n"
    )
    assert parse_structure(text).title == "甲市人大常委会公告"


def test_the_sites_name_and_a_colon_before_a_regulation() -> None:
    text = (
        "乙星体育在线:乙市城市供水管理办法\n"
        "来源:乙星体育在线 发布时间:2031-01-09 03:06:05\n"
        "(2031年12月28日乙市人民政府第7次常务会议通过)\n"
        "第一条 为了规范城市供水管理，制定本办法。\n"
        "第二条 本办法适用于本市城市供水。\n"
    )
    assert parse_structure(text).title == "乙市城市供水管理办法"


def test_a_bracket_tag_in_the_name_field() -> None:
    text = (
        "索引号: | 1134/203105-00058 | 组配分类: | 预案管理 |\n"
        "发布机构: | 丙镇人民政府 | 主题分类: | 农业、林业、水利 |\n"
        "名称: | 【应急预案】丙镇防汛抗旱应急预案 | 文号: | 无 |\n"
        "(1)自然地理\n"
        "丙镇位于丁县东面，总面积251平方公里。\n"
    )
    assert parse_bytes(text.encode(), "page.txt").title == "丙镇防汛抗旱应急预案"


@pytest.mark.parametrize(
    ("title", "source", "expected"),
    [
        ("【预案】甲镇防汛应急预案", "", "甲镇防汛应急预案"),
        ("甲网:乙市X管理办法", "来源:甲网", "乙市X管理办法"),
        # a headline opening on a place and a colon: no source line names the place
        ("乙市:X管理办法出台", "来源:甲网", "乙市:X管理办法出台"),
        ("丙省:丁市X管理办法", "来源:甲网", "丙省:丁市X管理办法"),
        # the words after the tag are no whole title
        ("【专题】学习宣传", "", "【专题】学习宣传"),
    ],
)
def test_drop_leading_tag(title: str, source: str, expected: str) -> None:
    paragraphs = [Line(0, len(source), 0, source)] if source else []
    assert drop_leading_tag(title, paragraphs) == expected
