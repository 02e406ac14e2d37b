"""A goal's figure with the goal named right after it, no 的 between (round 35, issue 8, targets47): 逾/超 before the
figure are the goal's floor (实现逾2万亿元发展目标, 超1万亿元目标), while a count of the text's own items before 目标
(三个发展目标, 七项工作任务) stays no goal. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, value, unit, bound) for year, _, value, unit, bound in target_rows(text + "\n", "news.txt")
    ]


def test_a_floor_before_a_figure_the_goal_is_named_after_is_the_goals_floor() -> None:
    assert _rows("到2031年，全省海洋经济总量实现逾2万亿元发展目标。") == [(2031, 20000.0, "亿元", "min")]
    assert _rows("到2031年，力争实现全市旅游总收入超1万亿元目标。") == [(2031, 10000.0, "亿元", "min")]


def test_the_same_in_traditional_characters() -> None:
    assert _rows("到2031年，全省海洋經濟總量實現逾兩萬億元發展目標。") == [(2031, 20000.0, "亿元", "min")]


def test_a_count_of_the_texts_own_goals_is_no_goal() -> None:
    assert _rows("到2031年，全市要实现三个发展目标，完成七项工作任务。") == []
