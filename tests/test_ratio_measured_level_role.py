"""Census class (round 29, results30): a share or rate brought to a level (覆盖率达到66.8%, 比重提高到27.4%, 失业率控制在
3.27%), given to a tenth or finer and bare of any hedge, outside any goal statement and in a sentence with no word of
intent, is a level a text reports (ratio role other), not a yearless goal: plans set levels in whole or half points
(65%, 62.5%) or hedge them (以上, 左右). The sibling of the measured change (年均增长8.7%) and of the money level
measured to four digits (达到382.74亿元): one reading of a measured figure. A goal statement's own figure, a hedged
one, a round one and one in a sentence that names its aim keep the goal reading; a condition of a grant stays a
threshold.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县农村自来水普及率达到96.2%。", "96.2%"),
        ("全区战略性新兴产业增加值占规模以上工业比重提高到27.4%。", "27.4%"),
        ("城镇登记失业率控制在3.27%，居民消费价格保持平稳。", "3.27%"),
        ("全省地表水国考断面优良水体比例达到91.8%，空气质量持续向好。", "91.8%"),
        ("新建种业基地3个，主要农作物良种覆盖率达到97.3%。", "97.3%"),
        ("高技术制造业占规上工业比重提升至18.3%，数字经济持续壮大。", "18.3%"),
        ("县域内就诊率稳定在89.6%。", "89.6%"),
    ],
)
def test_a_measured_level_of_a_share_is_a_result_reported(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # whole or half points: the levels plans set
        ("全县森林覆盖率达到65%。", "65%", "target"),
        ("全市常住人口城镇化率达到62.5%。", "62.5%", "target"),
        # a hedge makes it a projection, whatever its digits
        ("全区农村自来水普及率达到96.2%以上。", "96.2%以上", "target"),
        ("全社会研发经费投入强度达到2.7%左右。", "2.7%左右", "target"),
        # a goal statement's own figure
        ("到2030年，全县森林覆盖率达到67.3%。", "67.3%", "target"),
        # a word of intent in the sentence names the aim
        ("全市力争森林覆盖率达到67.3%。", "67.3%", "target"),
        ("今年主要目标是：城镇调查失业率控制在5.5%以内，研发投入强度提高到2.7%。", "2.7%", "target"),
    ],
)
def test_round_hedged_aimed_or_dated_levels_keep_the_goal_reading(text, surface, role):
    assert ratios_of(text)[surface].role == role


def test_a_measured_level_a_grant_asks_for_stays_a_threshold():
    text = "对楼宇整体入驻率达到85.6%以上的，给予运营主体20万元奖励。"
    assert ratios_of(text)["85.6%以上"].role == "threshold"
