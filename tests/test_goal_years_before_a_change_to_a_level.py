"""A bare year between a goal's subject and a verb of change to a level (全县城镇化率2031年提高到62%; 设施蔬菜的比重在
2031年也要提高到45%以上; 能耗强度2031年下降到0.4吨标准煤/万元): the goal's time, as before 达到 (round 31, targets34; lexicon
[targets] inner_goal_year_patterns). Not after 由/从/比 (a base year), and a review text dated after the year reports.
Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("全县常住人口城镇化率2031年提高到62%。", [(2031, 62.0)]),
        ("全区设施农业稳步发展，而设施蔬菜的比重在2031年也要提高到45%以上。", [(2031, 45.0)]),
        ("全省单位地区生产总值能耗2031年下降到0.4吨标准煤/万元。", [(2031, 0.4)]),
    ],
)
def test_a_year_before_a_change_to_a_level(sentence: str, rows: list[tuple]) -> None:
    assert _rows(sentence + "\n") == rows


def test_a_base_year_before_the_change_is_no_goals_time() -> None:
    assert _rows("森林覆盖率由2028年的40%提高到45%。\n") == []


def test_a_review_dated_after_the_year_reports() -> None:
    text = "某市2033年政府工作报告\n2033年1月10日\n过去一年，全市森林覆盖率2032年提高到45%，比上年提高1个百分点。\n"
    assert _rows(text) == []
