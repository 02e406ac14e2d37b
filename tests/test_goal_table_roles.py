"""A figure in a target cell of a goal table is a target, as the table reader says (parsers.roles.in_goal_cell): the
cell's few words (98%, >85%, 5万元/人) name no goal by themselves. Tables written for this file."""

from __future__ import annotations

import pytest

from parsers.amounts import extract_amounts
from parsers.pipeline import parse_bytes


def _roles(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    document = parse_bytes(text.encode("utf-8"), "t.txt")
    money = [(m.surface, m.role) for m in document.money]
    ratios = [(r.surface, r.role) for r in document.ratios]
    return money, ratios


TABLES = [
    (  # transposed, letter-spaced header, blocks of metrics
        "主 要 指 标 |\n森林覆盖率 | 城市污水处理率 | 农村居民人均可支配收入 |\n"
        "2028 年 目 标 值 |\n>46% | 97% | 3.2万元/人 |\n属 性 | 约束性 | 约束性 | 预期性 |\n",
        [(">46%", "target"), ("97%", "target")],
        [("3.2万元", "target")],
    ),
    (  # transposed, a unit row and tab-separated cells
        "某市乡村建设行动方案\n主要指标\t行政村通硬化路比例\t农村卫生厕所普及率\n"
        "单位\t%\t%\n2027年目标\t100%\t≥90%\n属性\t约束性\t预期性\n",
        [("100%", "target"), ("≥90%", "target")],
        [],
    ),
    (  # metrics in the first column, the target year's column
        "某县“十五五”发展规划\n表1  主要指标\n序号\t指标名称\t单位\t2025年\t2030年\t属性\n"
        "1\t常住人口城镇化率\t%\t61%\t66%\t预期性\n2\t规上工业企业研发机构覆盖率\t%\t40%\t55%\t预期性\n",
        [("66%", "target"), ("55%", "target")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "ratios", "money"), TABLES)
def test_a_goal_tables_target_cells_are_targets(
    text: str, ratios: list[tuple[str, str]], money: list[tuple[str, str]]
) -> None:
    got_money, got_ratios = _roles(text)
    for row in ratios:
        assert row in got_ratios
    for row in money:
        assert row in got_money


def test_a_share_outside_any_goal_table_keeps_its_own_role() -> None:
    text = "对符合条件的企业，按设备投资额的10%给予补助。\n"
    _, ratios = _roles(text)
    assert ratios == [("10%", "subsidy_rate")]


def test_extract_amounts_without_a_table_reads_as_before() -> None:
    text = "2024年全市城镇化率为58.3%，同比提高1.2个百分点。"
    _, ratios = extract_amounts(text, parse_bytes(text.encode("utf-8"), "t.txt").nodes)
    assert all(r.role == "other" for r in ratios)
