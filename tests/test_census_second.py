"""Classes of language from a second census of missed goals (issue 8, round 12 wave 4: heldout50-57), each on texts
written for this file; none is copied from a fixture.

* a budget's total revenue or spending (公共预算总收入增长7.5%) is an aggregate a goal brings to a level, as its
  revenue (公共预算收入) already was: 预算 before 总收入/总支出 is no budget cue. Near miss: a budget's size (预算总额
  安排45亿元) stays a budget, no goal.
"""

from __future__ import annotations

from extraction_helpers import money_of, targets_of


def _years_values(text: str) -> list[tuple]:
    return [(t.year, t.value if t.value is not None else (t.low, t.high), t.kind) for t in targets_of(text)]


# --- a budget's total revenue is an aggregate, no budget -------------------------------------------------------


def test_total_budget_revenue_growth_is_a_goal():
    text = "2029年全镇发展的主要预期目标是：公共预算总收入增长7.5%，农民收入增长8%。"
    assert _years_values(text) == [(2029, 7.5, "exact"), (2029, 8.0, "exact")]


def test_total_budget_revenue_level_is_a_target_amount():
    text = "到2031年，全县一般公共预算总收入达到60亿元。"
    assert money_of(text)["60亿元"].role == "target"


def test_total_budget_spending_growth_is_a_goal():
    text = "2030年全区财政的主要目标是：公共预算总支出增长6%左右，其中民生支出增长9%。"
    assert _years_values(text) == [(2030, 6.0, "exact"), (2030, 9.0, "exact")]


def test_a_budget_total_is_still_a_budget():
    text = "今年全区部门预算总额安排45亿元，重点保障教育医疗。"
    assert money_of(text)["45亿元"].role == "other"
    assert targets_of(text) == []
