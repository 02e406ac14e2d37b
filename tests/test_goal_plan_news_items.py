"""News of a plan that announces its goals for a year, then lists them as 一是…二是… (round 34, issue 8, targets46):
the announcing verb with its perfective 了 (确定了, 提出了到…) still sets goals, and the part that only names the goals
(的发展目标, 和到2025年的行动目标) is no goal of its own. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, bound) for year, _, value, unit, bound in target_rows(text, "news.txt")]


def test_the_part_naming_the_goals_is_no_goal_without_a_number() -> None:
    # without 了 the items were read before; the lead's 的发展目标 gave a row of its own
    assert _rows("《方案》确定到2025年的发展目标。一是全区蔬菜面积80万亩。\n") == [
        (2025, 800000.0, "亩", "exact")
    ]


def test_two_years_of_goals_announced_at_once_name_no_goal() -> None:
    text = "方案同时提出了到2023年和到2025年的行动目标。到2025年，全省蔬菜面积达到80万亩。\n"
    assert _rows(text) == [(2025, 800000.0, "亩", "exact")]


def test_a_year_named_as_a_theme_after_the_verb_stays_no_goal() -> None:
    assert _rows("会议确定了2023年为项目建设年，全年完成投资100亿元。\n") == []
