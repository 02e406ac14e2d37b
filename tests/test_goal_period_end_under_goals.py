"""A bare five-year period's end opening its paragraph under a line naming goals (一、发展目标 ⏎ “十六五”末风电装机
达到…) in an undated text times the goals of the period's last year (十六五 → 2035), as a bare year there does; under
a line naming no goals (一、发展基础) it stays a result (round 36, targets52; parsers.goal_year_reading).

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(text, "plan.txt")]


def test_a_period_end_under_a_goals_heading() -> None:
    text = "能源规划\n一、发展目标\n“十六五”末风电装机达到800万千瓦，光伏装机达到500万千瓦。\n"
    assert _rows(text) == [(2035, "风电装机", 8e6), (2035, "光伏装机", 5e6)]


def test_a_period_end_with_a_comma_under_a_goals_heading() -> None:
    text = "能源规划\n一、发展目标\n“十七五”末，储能规模达到120万千瓦。\n"
    assert _rows(text) == [(2040, "储能规模", 1.2e6)]


def test_a_period_end_under_a_line_of_results_stays_none() -> None:
    text = "能源规划\n一、发展基础\n“十六五”末风电装机达到800万千瓦。\n"
    assert _rows(text) == []
