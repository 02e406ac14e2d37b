"""Census class R1 (round 22, faults53): a change measured to a tenth or finer (年均增长8.7%, 下降17.4%), bare of any
hedge, outside any goal statement, is mostly a result a text reports (other): plans more often give changes in whole or
half points (年均增长6%, 6.5%) or hedge them (左右, 以上). Plans give bare tenths too: a goal statement's own figure keeps
its role whatever its digits, and so does a change in a sentence that names the plan's period or the plan (规划期内,
三年后, 按照规划; review23 S1).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县社会消费品零售总额年均增长9.3%，高于全省平均水平。", "9.3%"),
        ("全区一般公共预算收入由28.4亿元增加到41.6亿元，年均增长7.82%。", "7.82%"),
        ("城镇居民人均可支配收入年均增长8.6%，农村居民人均可支配收入年均增长10.3%。", "8.6%"),
        ("城镇居民人均可支配收入年均增长8.6%，农村居民人均可支配收入年均增长10.3%。", "10.3%"),
        ("全旗固定资产投资累计完成312亿元、年均递增14.2%。", "14.2%"),
        ("全市化学需氧量排放总量下降18.4%，氨氮排放总量下降21.7%。", "18.4%"),
        ("全市化学需氧量排放总量下降18.4%，氨氮排放总量下降21.7%。", "21.7%"),
    ],
)
def test_a_measured_change_is_a_result_reported(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # whole or half points: the rates plans set
        ("全市地区生产总值年均增长7.5%，一般公共预算收入年均增长6%。", "7.5%", "target"),
        ("全市地区生产总值年均增长7.5%，一般公共预算收入年均增长6%。", "6%", "target"),
        # a hedge makes it a projection, whatever its digits
        ("今后五年，全县工业增加值年均增长8.5%以上。", "8.5%以上", "target"),
        ("全县农村居民人均可支配收入年均增长9.2%左右。", "9.2%左右", "target"),
        # a goal statement's own figure
        ("到2030年，全市数字经济核心产业增加值年均增长12.6%。", "12.6%", "target"),
        # a condition of a grant stays a threshold
        ("对营业收入年均增长15.5%以上的企业，给予10万元奖励。", "15.5%以上", "threshold"),
    ],
)
def test_round_hedged_goal_or_conditioned_changes_keep_their_role(text, surface, role):
    assert ratios_of(text)[surface].role == role


def test_a_verb_of_intent_in_the_sentence_keeps_a_measured_change_a_goal():
    text = "2026-2028年，全县数字经济增加值年均增长26.9%，到2028年底力争在2025年基础上翻一番。"
    assert ratios_of(text)["26.9%"].role == "target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("规划期内，全市地区生产总值年均增长6.2%，固定资产投资年均增长9.3%。", "6.2%"),
        ("规划期内，全市地区生产总值年均增长6.2%，固定资产投资年均增长9.3%。", "9.3%"),
        ("三年后，全区数字经济核心产业增加值年均增长12.3%。", "12.3%"),
        ("五年后，全县规模以上工业增加值年均增长6.2%。", "6.2%"),
        ("按照规划，全市地区生产总值年均增长6.2%。", "6.2%"),
        ("依据规划，全县农村居民人均可支配收入年均增长8.1%。", "8.1%"),
        ("到期末，全市一般公共预算收入年均增长6.8%。", "6.8%"),
        ("规划期末，全县城镇居民人均可支配收入年均增长7.3%。", "7.3%"),
        ("本规划实施期间，全区社会消费品零售总额年均增长8.4%。", "8.4%"),
        ("在规划期内，全县单位生产总值能耗年均下降3.2%。", "3.2%"),
    ],
)
def test_a_change_in_the_plans_own_period_stays_a_goal(text, surface):
    assert ratios_of(text)[surface].role == "target"


@pytest.mark.parametrize(
    "text",
    [
        "上一规划期内，全市地区生产总值年均增长6.2%。",
        "三年来，全区数字经济核心产业增加值年均增长12.3%。",
        "规划实施以来，全市地区生产总值年均增长6.2%。",
    ],
)
def test_a_period_gone_by_still_reports_its_change(text):
    (ratio,) = ratios_of(text).values()
    assert ratio.role == "other"
