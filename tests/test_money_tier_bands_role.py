"""Census class of round 29 (roles31): the band of a tier with its payout right after it, no comma between
(3亿元至5亿元（不含）奖励10万元, 在20万元（含）以上的补贴8000元, 营业收入1亿元及以上的为一档企业) is what qualifies (role
threshold); the payout after the grant word stays a subsidy. A cap (最高…), a step (每…) and an amount alone are no band.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "payout"),
    [
        (
            "按年度营业收入分档：2亿元至5亿元（不含5亿元）奖励8万元；5亿元至10亿元奖励15万元。",
            "2亿元至5亿元",
            "8万元",
        ),
        (
            "按年度营业收入分档：2亿元至5亿元（不含5亿元）奖励8万元；5亿元至10亿元奖励15万元。",
            "5亿元至10亿元",
            "15万元",
        ),
        (
            "新增投资3000万元至8000万元(不含)补助6万元、新增投资8000万元及以上补助12万元。",
            "8000万元及以上",
            "12万元",
        ),
        (
            "新增投资3000万元至8000万元(不含)补助6万元、新增投资8000万元及以上补助12万元。",
            "3000万元至8000万元",
            "6万元",
        ),
        ("房屋售价在60万元（含）以上的补贴8000元，在60万元以下的补贴5000元。", "60万元（含）以上", "8000元"),
        ("房屋售价在60万元（含）以上的补贴8000元，在60万元以下的补贴5000元。", "60万元以下", "5000元"),
        ("年销售额首次达到五亿元的奖励一百万元。", "五亿元", "一百万元"),
    ],
)
def test_a_tiers_band_is_a_threshold_and_its_payout_a_subsidy(text, surface, payout):
    money = money_of(text)
    assert money[surface].role == "threshold"
    assert money[payout].role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("年纳税额500万元至1000万元（不含1000万元）的为三级纳税大户。", "500万元至1000万元"),
        ("年纳税额3000万元及以上的为一级纳税大户。", "3000万元及以上"),
    ],
)
def test_a_band_that_names_a_class_is_a_threshold(text, surface):
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("对认定的企业给予最高200万元奖励。", "最高200万元", "subsidy"),
        ("产值每增加1000万元奖励5万元。", "1000万元", "basis"),
        ("对新认定的企业，一次性奖励20万元。", "20万元", "subsidy"),
        ("对获评的企业给予不超过30万元的奖励，用于研发。", "不超过30万元", "subsidy"),
    ],
)
def test_a_cap_a_step_or_a_payout_is_no_band(text, surface, role):
    assert money_of(text)[surface].role == role
