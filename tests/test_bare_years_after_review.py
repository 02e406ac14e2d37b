"""A bare year under a heading of goals met, or after intent but before a later year already named, reports results.

review19's counter-examples to the reading of bare plan years (parsers.goal_bare_years, parsers.goal_intents): a
heading that names goals *met* (完成/实现…目标) heads a review, and a verb of intent does not make last year's figures
a plan. The plan forms beside them keep their goals.
"""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


@pytest.mark.parametrize(
    "heading",
    ["一、超额完成全年主要目标", "（一）顺利实现年度目标", "二、圆满完成年度预期目标"],
)
def test_results_under_a_heading_of_goals_met_are_no_goals(heading):
    text = f"某县政府工作报告\n{heading}\n2023年，全县地区生产总值增长6.1%，产业结构不断优化，群众获得感明显增强。\n"
    assert target_rows(text) == []


@pytest.mark.parametrize("heading", ["一、主要目标", "（一）实现以下目标"])
def test_a_bare_year_under_a_heading_of_goals_still_opens_them(heading):
    text = f"某县实施方案\n{heading}\n2026年，全县地区生产总值增长6.1%，产业结构不断优化。\n"
    assert target_rows(text) == [
        (2026, "全县地区生产总值", 6.1, "%", "exact"),
        (2026, "产业结构不断优化", None, None, None),
    ]


def test_intent_before_last_years_results_is_no_plan():
    text = "某区2031年工作总结\n我区将加快发展，2030年全区实现营业收入320亿元，新增就业8000人。\n"
    assert target_rows(text) == []


def test_intent_before_a_year_to_come_still_frames_its_goals():
    text = "某区2031年工作要点\n我区将加快建设先进制造基地，2033年新增产能40万吨。\n"
    assert [(y, v, u) for y, _, v, u, _ in target_rows(text)] == [(2033, 400000.0, "吨")]
