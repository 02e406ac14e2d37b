"""False goals without a number, round 35 (targets48), class 5: a part naming a programme's goals by its code alone
(将实现“1024”目标, 实现“3618”链主企业提升行动目标) names goals, it is none of them ([targets]
no_goal_coded_goals_pattern). A quoted name in words (实现“双碳”目标) stays a goal; a figure beside it keeps its row.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "news.txt")]


def test_goals_named_by_a_code_are_no_goal() -> None:
    assert _rows("到2031年，某省将实现“1024”目标。") == []
    assert _rows("到2031年，全省实现“3618”链主企业提升行动目标，培育链主企业30家。") == [(2031, 30.0, "家")]


def test_a_quoted_name_in_words_stays_a_goal() -> None:
    assert _rows("到2031年，全省实现“双碳”目标。") == [(2031, None, None)]
