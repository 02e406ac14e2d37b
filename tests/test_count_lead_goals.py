"""A count of things made or added whose verb leads its part (新增国家高新技术企业600家, 培育…龙头企业8家, 年内建成5G基站3000个)
is a goal in a sentence a year's statement carries, where each part must show its verb (round 26, goals60: the verb stood
before the things counted, not right before the number, so the row was lost). A list after the verb shares it
(新增A600家、B120家). Not a count after a verb of measures (实施重点项目120个), not a project's size (新建年产30万吨…等项目),
not money (实现综合产值220亿元 keeps its old reading), not a count reported (去年新增…). Texts made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_HEAD = "甲市工作报告\n\n发布日期：2031-01-10\n\n2031年，甲市将着力提升市场主体质量。"


def _rows(sentence: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(_HEAD + sentence + "\n")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "新增国家高新技术企业600家、专精特新企业120家，新增上市公司20家以上。",
            [
                (2031, 600.0, "家", "exact"),
                (2031, 120.0, "家", "exact"),
                (2031, 20.0, "家", "min"),
            ],
        ),
        ("全年新增高标准农田2.6万亩。", [(2031, 26000.0, "亩", "exact")]),
        ("年内建成5G基站3000个。", [(2031, 3000.0, "个", "exact")]),
        (
            "培育年营业收入超10亿元的龙头企业8家。",
            [(2031, 8.0, "家", "exact")],
        ),
        ("将创建省级示范村15个。", [(2031, 15.0, "个", "exact")]),
    ],
)
def test_a_count_whose_verb_leads_its_part_is_a_goal(sentence: str, expected: list[tuple]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "实施重点项目120个。",  # a count of measures
        "新建年产30万吨颗粒硅、年产5万吨多晶硅等项目。",  # a project's size
        "去年新增高新技术企业500家。",  # a report
    ],
)
def test_counts_no_goal_verb_leads(sentence: str) -> None:
    assert _rows(sentence) == []
