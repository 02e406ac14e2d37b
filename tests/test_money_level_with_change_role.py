"""Census class (round 29, results30): an amount brought to a level or achieved (达到8500亿元, 实现旅游收入166亿元) and
told at once with its change over the year before (、增长1.5%; ，分别增长28.1%…), the change bare of any hedge, in a
sentence with no word of intent, is a level reached and reported (money role other), however round the amount: a report
gives the level and how much it grew, a plan gives the level it aims at, or a yearly rate over its period (年均增长8%),
or hedges the change (增长7%左右). Like the amount measured to four digits (达到382.74亿元), one reading of a measured
level. A sentence naming its aim (目标, 力争 …) and a goal statement's own figure keep the goal reading.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全市地方一般公共预算收入达到620亿元、增长2.4%。", "620亿元"),
        ("全县社会消费品零售总额达到86亿元，增长7.9%，消费市场稳步回暖。", "86亿元"),
        ("全年接待游客2300万人次，实现旅游收入210亿元，分别增长12.4%和15.7%。", "210亿元"),
        ("外贸进出口总额达到4800亿元、同比增长6%。", "4800亿元"),
        ("城镇居民人均可支配收入达到5.2万元，增长5%。", "5.2万元"),
    ],
)
def test_a_level_told_with_its_change_is_a_result_reported(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a yearly rate over the plan's period, or a hedged change: what a plan sets beside its level
        ("全县地区生产总值达到500亿元，年均增长8%。", "500亿元"),
        ("全市地方一般公共预算收入达到620亿元、增长6%左右。", "620亿元"),
        # a word of intent in the sentence names the aim
        ("今年全市旅游经济预期目标是：实现旅游总收入210亿元，增长12%。", "210亿元"),
        ("力争全县社会消费品零售总额达到86亿元，增长8%。", "86亿元"),
        # a goal statement's own figure
        ("到2030年，全县地区生产总值达到500亿元、增长6%。", "500亿元"),
    ],
)
def test_a_level_aimed_at_keeps_the_goal_reading(text, surface):
    assert money_of(text)[surface].role == "target"
