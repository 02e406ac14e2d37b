"""A bare year opening a clause of changes hedged as aims, in a text with no date (census of round 30, year31: a
sentence of a plan or a work report quoted alone, 2027年，全县服务业增加值增长6.5%以上，…增长6%左右): two changes so
hedged, or a yearly one, make the clause a plan (lexicon [tense] hedged_change_pattern). One hedged change alone may
be a review's estimate of the year gone by, a hedged level (稳定在…以上) is stated by reports too, and words that count
or estimate before the year (初步统计, 预计: [tense] counted_lead_words) make the changes results. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _years_and_values(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_two_hedged_changes_make_an_undated_year_a_plan() -> None:
    text = "2027年，全县服务业增加值增长6.5%以上，社会消费品零售总额增长8%以上，城镇居民人均可支配收入增长6%左右。\n"
    assert target_rows(text) == [
        (2027, "全县服务业增加值", 6.5, "%", "min"),
        (2027, "社会消费品零售总额", 8.0, "%", "min"),
        (2027, "城镇居民人均可支配收入", 6.0, "%", "exact"),
    ]


def test_a_hedged_yearly_change_makes_an_undated_year_a_plan() -> None:
    text = "2029年，全省人均地区生产总值超过15万元、居民人均可支配收入年均增长6.5%左右。\n"
    assert _years_and_values(text) == [(2029, 150000.0), (2029, 6.5)]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，全省生产总值增长5.5%左右。\n",  # one hedged change: a review's estimate as well
        "初步统计，2024年，全省生产总值增长5.2%以上，一般公共预算收入增长6%以上。\n",  # counted
        "预计，2024年全年地区生产总值增长9%左右，固定资产投资增长12%以上。\n",  # estimated
        "2024年，全省粮食产量稳定在650亿斤以上，油料面积稳定在400万亩以上。\n",  # hedged levels
        "2024年，全省生产总值增长5.2%，一般公共预算收入增长6.1%。\n",  # measured changes
    ],
)
def test_one_hedged_change_a_count_an_estimate_or_levels_decide_nothing(text: str) -> None:
    assert _years_and_values(text) == []


def test_hedged_changes_of_a_year_before_the_plans_own_are_its_review() -> None:
    text = "某县2028年工作计划\n\n2027年，全县粮食产量同比增长6%以上，电商销售额同比增长20%以上。\n"
    assert target_rows(text) == []
