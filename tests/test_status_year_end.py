"""A sentence opening with 至 and a year's end (至2031年底，…) that counts a running total (累计) and aims at nothing
dates a status, as 截至 does: its figures are what had been reached by then, no targets (issue 8, round 30: reported
results read as goals). Texts written for this file.

Near misses: the same sentence with a word of intent (力争, 将), 到 instead of 至, 至 before a bare year (no 底 or 末), or
no running total (至2031年底，全镇茶园面积达到4.6万亩: the goal probes' frame) sets a goal with that deadline.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    "text",
    [
        "至2031年底，该镇累计新增茶园8200多亩，全镇茶园面积达到4.6万亩，年产干茶1.2万吨。",
        "至2029年末,全区累计建成污水处理厂12座,农村生活污水治理率达到76%。",
        "至 2030 年底，甲县累计培育家庭农场350家，带动农户增收1.8亿元。",
    ],
)
def test_a_status_at_a_years_end_sets_no_target(text: str) -> None:
    assert targets_of(text) == []


def test_a_status_at_a_years_end_keeps_its_money_as_a_result() -> None:
    money = money_of("至2031年底，该镇累计带动农户增收1.8亿元，茶叶综合产值达到6.5亿元。")
    assert {surface: m.role for surface, m in money.items()} == {"1.8亿元": "other", "6.5亿元": "other"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("力争至2031年底，全镇茶园面积达到4.6万亩。", {"全镇茶园面积达到4.6万亩": 2031}),
        ("至2031年底，全镇茶园面积将达到4.6万亩。", {"全镇茶园面积将达到4.6万亩": 2031}),
        ("到2031年底，全镇茶园面积达到4.6万亩。", {"全镇茶园面积达到4.6万亩": 2031}),
        ("至2031年，全镇茶园面积达到4.6万亩。", {"全镇茶园面积达到4.6万亩": 2031}),
        ("至2031年底，全镇茶园面积达到4.6万亩。", {"全镇茶园面积达到4.6万亩": 2031}),
        ("力争至2031年底，全镇累计新增茶园8200亩。", {"全镇累计新增茶园8200亩": 2031}),
    ],
)
def test_an_aim_or_a_deadline_keeps_the_goal(text: str, expected: dict[str, int]) -> None:
    assert {t.surface: t.year for t in targets_of(text)} == expected


@pytest.mark.parametrize(
    "heading",
    ["二、主要目标", "（一）发展目标", "三、主要指标"],
)
def test_a_running_total_under_a_goals_heading_is_a_plans_goal(heading: str) -> None:
    # a plan's goals list dates its goals 至…年底 and counts them 累计 with no 力争 (review31 S12)
    text = f"某市数字基础设施建设三年行动计划\n\n{heading}\n\n至2027年底，全市累计建成5G基站1.2万个，实现行政村5G网络全覆盖。\n"
    assert {t.surface: t.year for t in targets_of(text)} == {
        "全市累计建成5G基站1.2万个": 2027,
        "实现行政村5G网络全覆盖": 2027,
    }


def test_a_running_total_under_a_results_heading_stays_a_status() -> None:
    text = "某镇茶产业发展情况\n\n一、目标完成情况\n\n至2031年底，该镇累计新增茶园8200多亩，全镇茶园面积达到4.6万亩。\n"
    assert targets_of(text) == []
