"""Roles of round 35 (roles37): a growth bounded or banded before the part that grants is the grant's condition.

营业收入同比增长12%-25%、25%-40%、40%及以上的企业，分别给予… / 零售额同比增速高于9%，给予… / 增幅需保持在8%以上，
可申报…奖: the share says how much a firm must grow to be paid (`threshold`), not a growth reported (`other`). A growth
told exactly (增长15%，…) or stated with no grant after it stays as it was.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "上年度营业收入同比增长12%-25%、25%-40%、40%及以上的软件企业，分别给予6万元、12万元、18万元奖励。",
            "12%-25%",
        ),
        (
            "上年度营业收入同比增长12%-25%、25%-40%、40%及以上的软件企业，分别给予6万元、12万元、18万元奖励。",
            "25%-40%",
        ),
        ("规上企业年度工业产值增长12%—30%(含30%)且产值达4000万元的工业企业，奖励6万元。", "12%—30%"),
        ("2024年网络零售额同比增速高于9%，给予零售额增量部分2%的奖励。", "高于9%"),
        ("零售企业年零售额需在5亿元以上，同时，与上年比增幅需保持在8%以上，可申报零售业规模奖。", "8%以上"),
    ],
)
def test_a_growth_bounded_before_a_grant_is_its_condition(text, surface):
    assert ratios_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a growth told exactly is a change reported, whatever follows
        ("全区限上批发业销售额同比增长13.7%，给予企业的各项奖励按时兑现。", "13.7%"),
        # a grant word in the share's own part: the rate tests decide (the rate paid)
        ("对年度营业收入增长部分按不低于3%给予奖励，每家最高20万元。", "不低于3%"),
    ],
)
def test_a_growth_told_or_a_rate_granted_is_not_a_growth_condition(text, surface):
    assert ratios_of(text)[surface].role != "threshold"


def test_a_growth_with_no_grant_after_it_is_not_a_condition():
    text = "全县规上工业增加值同比增长10%以上，固定资产投资增长8%以上。"
    assert ratios_of(text)["10%以上"].role != "threshold"
