"""Census class M5 (round 22, faults53): an amount a budget verb sets aside and a fund noun names right after it
(每年安排1800万元财政资金, 组建50亿元产业基金, 设立了80亿元产业发展基金, 单列30亿元设立引导基金) is the size of a fund or
budget (money role other), not a payout, whatever grant words follow in its sentence. A grant (给予…奖励资金) and an
amount with no fund noun after it (对新建平台，每年安排最高100万元经费支持) keep their roles.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县每年安排1800万元财政资金,按每亩300元的标准补助种植户。", "1800万元"),
        ("基金投资方面,组建50亿元产业基金,对成长性企业提供支持。", "50亿元"),
        ("全市设立了80亿元产业发展基金用于支持重点产业。", "80亿元"),
        ("每年安排不少于500万元专项扶持资金,对获评企业给予奖励。", "不少于500万元"),
    ],
)
def test_a_fund_set_aside_is_no_payout(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("对认定的企业一次性给予30万元奖励资金。", "30万元", "subsidy"),
        ("对新建平台,每年安排最高100万元经费支持。", "最高100万元", "subsidy"),
        # an outlay that qualifies who is granted, the grant's 资金 later in the sentence: a condition, no fund
        ("对上年度技改投入2000万元以上的项目给予资金奖励。", "2000万元以上", "threshold"),
        ("对当年研发投入800万元以上企业给予专项资金奖励。", "800万元以上", "threshold"),
    ],
)
def test_a_grant_keeps_its_role(text, surface, role):
    assert money_of(text)[surface].role == role
