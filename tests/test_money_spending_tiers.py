"""The tiers of a coupon or a discount (round 35, money48): 满 X元 is the floor a purchase must reach (threshold, kind
min, value X); the amount after 减 / 立减 / 抵 / 可用 is what is given (subsidy, exact). 每满 (a step a payout is
counted by) and 未满 are none (fixtures/heldout/SOURCES.md, "Written down in round 35").

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of

TIERS = "本市发放餐饮消费券，分满30元减8元、满80元减20元两档。"


@pytest.mark.parametrize(
    ("text", "floor", "given"),
    [
        (TIERS, "30元", "8元"),
        (TIERS, "80元", "20元"),
        ("读书月期间一次购书满150元立减25元。", "150元", "25元"),
        ("持电子券选购家具满600元可用90元。", "600元", "90元"),
        ("家电消费券满1000元抵用150元。", "1000元", "150元"),
    ],
)
def test_a_tier_floor_is_a_threshold_the_amount_given_a_subsidy(text, floor, given):
    money = money_of(text)
    assert (money[floor].role, money[floor].kind, money[floor].low) == (
        "threshold",
        "min",
        float(floor.removesuffix("元")),
    )
    assert (money[given].role, money[given].kind, money[given].low) == (
        "subsidy",
        "exact",
        float(given.removesuffix("元")),
    )


def test_a_step_counted_by_is_no_tier_floor():
    money = money_of("新增税收每满100万元给予运营主体一定金额的奖励。")
    assert (money["100万元"].role, money["100万元"].kind) == ("basis", "exact")


def test_an_amount_not_reached_is_no_floor():
    assert money_of("订单未满100元可用10元运费券。")["未满100元"].kind == "max"
