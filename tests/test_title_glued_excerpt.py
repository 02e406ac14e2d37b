"""A document-sharing site's numbered excerpts (1、… 2、…) run the heading into the body's first words, the page's own
number glued before it (1、- 1 -X, 1、1X) and two brackets after it (its period or stage, then its stage): the
heading is the title, a period kept, the stages its status (glued_title)."""

import pytest

from parsers.structure import parse_structure

CASES = [
    (
        "1、- 1 -甲省地名管理办法（修订草案）（送审稿）第一章 总 则第一条 为规范地名管理，制定本办法。第二条 本办法适用于本省"
        "的地名命名、更名、使用、标志设置等活动。第三条 省民政厅主管全省地名工作，市县民政部门按职责负责辖区地名"
        "事务，其他部门在各自职责内配合做好地名相关工作，共同推进地名管理服务水平提升。\n"
        "2、第三条 本办法所称地名包括自然地理实体名称。\n",
        "甲省地名管理办法",
    ),
    (
        "1、1乙市海岸带保护规划（2031-2045年）（征求意见稿）一、总则（一）编制目的为保护海岸带资源，制定本规划。\n"
        "2、（二）规划范围乙市海岸带全域。\n",
        "乙市海岸带保护规划（2031-2045年）",
    ),
]


@pytest.mark.parametrize(("text", "title"), CASES)
def test_a_numbered_excerpt_glued_to_its_heading_is_titled_by_it(text: str, title: str) -> None:
    parsed = parse_structure(text)
    assert parsed.title == title
    assert parsed.status is not None


def test_a_numbered_sentence_is_no_glued_heading() -> None:  # guard: a list's item naming a plan in its prose
    text = "1、近日甲市出台的乙方案为企业减负指明方向。\n2、第二条 本办法适用于本市。\n"
    assert parse_structure(text).title is None
