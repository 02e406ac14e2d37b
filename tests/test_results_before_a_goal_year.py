"""A report states last year's results and then this year's goal in one sentence (`全年…增长5.5%，2025年预期目标为增长
6%左右`): the results before the year are no goals of that year. Round 18's review (review18) found a rule reading the
year after a goal back onto the clauses before it turn them into goals; the rule was taken out
(/work/notes/extract46-TN1-year-after-reverted.patch) and these texts guard the reading."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes

CASES = [
    ("2025年1月15日 市人民政府工作报告。全年地区生产总值增长5.5%，2025年预期目标为增长6%左右。", 6.0, {5.5}),
    ("地区生产总值达到4800亿元、增长5.5%，2025年全市地区生产总值要增长6%左右。", 6.0, {4800.0, 5.5}),
    ("一般公共预算收入完成380亿元，2025年要力争达到400亿元。", 400.0, {380.0}),
]


@pytest.mark.parametrize(("text", "goal", "results"), CASES)
def test_the_results_before_the_years_goal_are_no_goals(text, goal, results):
    targets = parse_bytes(text.encode(), "report.txt").targets
    assert [(t.year, t.value) for t in targets] == [(2025, goal)]
    assert not results & {t.value for t in targets}
