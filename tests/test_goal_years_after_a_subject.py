"""A year between a goal's subject and its metric, a word of intent before the verb (某区2026年地区生产总值预期目标增长
6%, 某省2026年地区生产总值将达到3.5万亿元; census of round 30, year31; lexicon [targets] subject_goal_year_patterns):
the subject's goal of that year, in a text with no date too. No intent, 将近, an estimate before the year (预计2025年…将
突破…: the year ending's result) or a base (比2020年) give none. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("某省2027年地区生产总值将达到3.5万亿元。\n", (2027, 35000.0, "亿元", "exact")),
        ("十条重点产业链2028年营业收入将突破8400亿元。\n", (2028, 8400.0, "亿元", "min")),
        ("全县2027年粮食产量要稳定在50万吨以上。\n", (2027, 500000.0, "吨", "min")),
        ("某自治区2027年第一产业增加值预期增长5%左右。\n", (2027, 5.0, "%", "exact")),
    ],
)
def test_a_year_after_the_subject_dates_its_intended_goal(text: str, expected: tuple) -> None:
    rows = target_rows(text)
    assert [(year, value, unit, kind) for year, _, value, unit, kind in rows] == [expected]
    assert rows[0][1].endswith(("生产总值", "营业收入", "粮食产量", "第一产业增加值"))


@pytest.mark.parametrize(
    "text",
    [
        "某省2020年地区生产总值达到3.5万亿元。\n",  # no intent: a level reached
        "某省2020年地区生产总值将近3.5万亿元。\n",  # 将近: nearly
        "全省经济总量持续跃升，预计2025年地区生产总值将突破9万亿元。\n",  # an estimate of the year ending
        "某省地区生产总值比2020年将增长30%。\n",  # a base
    ],
)
def test_no_intent_nearly_an_estimate_or_a_base_dates_nothing(text: str) -> None:
    assert target_rows(text) == []
