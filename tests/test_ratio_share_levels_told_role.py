"""Roles of round 36 (roles38): a share's level told is no condition (`other`).

风电、光伏发电量占比均超过25% [2][5] (a citation after it) / 省级文明村、文明社区占比分别超过55%、70%。 / 服务业占GDP比重早就低于40%了 /
社会消费品零售总额年均增速有望超过8%、…: a described bound (超过, 低于…了) after a size word, ending its part, in a
sentence that rules, grants and fines nothing and is no list's item, tells a level reached. A bound a rule demands
(不低于, 不超过), a share that qualifies firms (…占比超过30%的企业) and a grant's sentence keep their roles.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全省风电、光伏发电量占比均超过25% [2][5]", "超过25%"),
        ("全市省级文明村、文明社区占比分别超过55%、70%。", "超过55%"),
        ("有专家指出，一些城市服务业占GDP比重其实早就低于40%了，统计口径并不一致。", "低于40%"),
    ],
)
def test_a_share_level_told_is_no_condition(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对研发投入占比超过5%的企业，给予一次性奖励。", "超过5%"),
        ("对本地采购额占比超过30%的企业给予奖励。", "超过30%"),
    ],
)
def test_a_condition_keeps_its_threshold(text, surface):
    assert ratios_of(text)[surface].role == "threshold"
