"""Goals of a span of years ahead with no year named (round 31, targets35; parsers/goal_spans.py, lexicon [targets]
span_ahead_pattern): a change from the level now to the level aimed at (由现在的13%提高到30%左右) is a goal by the verb
before its level; a verb that reaches a level (跨过…大关) is a goal verb; a figure in Chinese numerals before its scale
(将达四万亿元) is a figure; 3年内， and 五年后 opening the sentence open a span ahead. Each row has year null. Guards: a
term (建成后3年内), 五年后的今天, a budget. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]  # 亿元 stays the unit: 6000 亿元


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("通过5至10年的努力，全县城镇化率由现在的21%提高到35%左右。", [(None, 35.0)]),
        ("会议明确提出，通过五年努力，推动全市经济总量跨过6000亿元大关。", [(None, 6000.0)]),
        ("甲代表大会提出蓝图，五年后乙市生产总值将达三万亿元。", [(None, 30000.0)]),
        (
            "3年内，丙区软件业务收入达到1200亿元，集成电路产业收入达到300亿元。",
            [(None, 1200.0), (None, 300.0)],
        ),
        ("五年后，丁县旅游总收入达到80亿元。", [(None, 80.0)]),
    ],
)
def test_a_span_ahead_states_goals_with_no_year(sentence: str, rows: list[tuple]) -> None:
    assert _rows(sentence + "\n") == rows


def test_a_term_after_an_event_is_no_span_ahead() -> None:
    assert _rows("项目建成后3年内，不得擅自转让，转让的收回补助50万元。\n") == []


def test_five_years_on_as_a_day_is_no_span_ahead() -> None:
    assert _rows("五年后的今天，戊镇特色产业产值达到12亿元。\n") == []


def test_a_budget_in_a_span_ahead_is_no_goal() -> None:
    assert _rows("3年内，全区将投入资金30亿元用于老旧小区改造。\n") == []
