"""Roles of round 37 (roles39): a floor or a "below" written before an amount, then 的 (`threshold`).

村集体年经营性收入低于20万元的薄弱村 / 展位费低于2万元的按实补助 / 单台设备购置费不低于5万元的农机具: the amount closes a "…的"
condition or qualifies the noun after it, though the sentence grants; the grant word nearest to it does not make it a
payout. A payout's floor or cap (给予不低于5万元的补助, 按每亩不低于800元的标准补助, 最高不超过50万元的奖励), a fund's floor
(设立总规模不低于2亿元的产业引导资金) and the part of a base (低于1000万元的部分按15%) are no condition.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("年经营性收入低于20万元的村集体经济薄弱村，每村补助10万元。", "低于20万元"),
        ("对参加境外展会的企业，每个展位补助2万元（展位费低于2万元的按实补助）。", "低于2万元"),
        ("单台设备购置费不低于5万元的农机具纳入补贴范围。", "不低于5万元"),
        ("对年培训收入高于50万元的机构给予奖励。", "高于50万元"),
    ],
)
def test_a_bound_closing_a_condition_is_a_threshold(text, surface):
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("对首次认定的企业，给予不低于5万元的补助。", "不低于5万元", "subsidy"),
        ("县财政按每亩不低于800元的标准给予补助。", "不低于800元", "subsidy"),
        ("对新认定的企业，给予最高不超过50万元的奖励。", "最高不超过50万元", "subsidy"),
        ("设立总规模不低于2亿元的产业发展引导 资金，用于奖补。", "不低于2亿元", "other"),
        ("对单价低于1000万元的部分按15%给予奖补。", "低于1000万元", "basis"),
    ],
)
def test_a_payout_a_fund_or_a_base_keeps_its_role(text, surface, role):
    assert money_of(text)[surface].role == role
