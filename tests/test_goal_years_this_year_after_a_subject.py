"""今年/明年 between a goal's subject and its metric, a word of intent before the verb (某省明年农作物播种面积将稳定在
2亿亩以上): the year the text's date names, as a bare year there (lexicon [targets] relative_goal_year_pattern; census of
round 30, year31). An estimate right before it (预计今年…将达到…: the year ending's result) and no intent give none.
Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_DATE = "发布时间：2026-12-04\n"


def test_next_year_after_the_subject_dates_its_goals() -> None:
    text = _DATE + "某省明年农作物播种面积将稳定在2亿亩以上，其中粮食播种面积将超过1.9亿亩。\n"
    assert [(year, metric, value) for year, metric, value, _, _ in target_rows(text)] == [
        (2027, "农作物播种面积", 200000000.0),
        (2027, "粮食播种面积", 190000000.0),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "预计今年某市工业销售产值将达到1.2万亿元，是2020年的2倍。",  # an estimate of the year ending
        "某省今年农作物播种面积稳定在2亿亩以上。",  # no intent
    ],
)
def test_an_estimate_or_no_intent_gives_no_goal(sentence: str) -> None:
    assert target_rows(_DATE + sentence + "\n") == []


def test_a_headline_over_its_body_repeats_it_a_line_under_the_date_states_it() -> None:
    headline = "某县明年粮食播种面积将稳定在80万亩以上\n"
    body = _DATE + "会议提出，明年全县粮食播种面积要稳定在80万亩以上，新建高标准农田5万亩。\n"
    assert [(year, value) for year, _, value, _, _ in target_rows(headline + body)] == [
        (2027, 800000.0),
        (2027, 50000.0),
    ]
    assert [
        value for _, _, value, _, _ in target_rows(_DATE + "某县明年粮食播种面积将稳定在80万亩以上。\n")
    ] == [800000.0]
