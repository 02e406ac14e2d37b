"""Census class M2 (round 22, faults53): an amount brought to a level or achieved (达到382.74亿元, 实现营业收入31.86亿元),
given to four significant digits or more and bare of any hedge, in a sentence with no word of intent, is a level
reached and reported (money role other), not a yearless goal: plans set levels in round figures (达到2万亿元, 12.5万元
左右). A goal statement's own figure, a hedged one and one in a sentence that names its aim keep the goal reading.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县地区生产总值达到318.46亿元,增长5.2%。", "318.46亿元"),
        ("全市农村常住居民人均可支配收入达到23416元。", "23416元"),
        ("社会消费品零售总额从211.3亿元增加到297.6亿元。", "297.6亿元"),
        ("全区实现营业收入41.27亿元,利润总额3.15亿元。", "41.27亿元"),
        ("地方一般公共预算收入达到1087.5亿元、增长3.1%。", "1087.5亿元"),
    ],
)
def test_a_measured_level_is_a_result_reported(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # round figures: the levels plans set
        ("全县地区生产总值达到500亿元。", "500亿元"),
        ("人均地区生产总值达到10.3万元左右。", "10.3万元左右"),
        # a word of intent in the sentence names the aim
        ("今年全市旅游经济预期目标是:实现旅游总收入1245亿元,增长12%。", "1245亿元"),
        # a goal statement's own figure
        ("到2030年,全县地区生产总值达到318.46亿元。", "318.46亿元"),
    ],
)
def test_round_aimed_or_dated_goal_levels_stay_targets(text, surface):
    assert money_of(text)[surface].role == "target"
