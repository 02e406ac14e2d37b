"""Census class of round 29 (roles31): a rate named by 按/按照 whose grant word stands in a later comma part of its
sentence is the rate paid (subsidy_rate) also when its bound opens the surface right after 按 (按不超过投资额20%的比例，
择优给予…) and for the later rates of a list after the first (分别按照实际投资额的1.5%、1.8%、2%，最高给予…奖补). Without a
grant word in the sentence, or in a "…的，" condition, it is no rate paid.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对符合条件的技改项目按不超过设备投资15%的比例，择优给予最高300万元补助。", "不超过设备投资15%"),
        ("市级财政按不低于40%比例，对开展促消费活动的区予以配套奖励。", "不低于40%"),
        ("对验收合格的项目，按不高于核定投资额25%的标准，一次性给予资助。", "不高于核定投资额25%"),
        ("分别按照实际投资额的2.5%、3%、3.5%，最高给予200万元奖励。", "3%"),
        ("分别按照实际投资额的2.5%、3%、3.5%，最高给予200万元奖励。", "3.5%"),
        ("依照上年度研发投入的8%和10%，分档给予补贴。", "10%"),
    ],
)
def test_a_rate_by_a_base_with_its_grant_later_is_the_rate_paid(text, surface):
    assert ratios_of(text)[surface].role == "subsidy_rate"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # no grant word in the sentence: a share, not a rate paid
        ("按不超过总量30%的比例，安排年度用地指标。", "不超过总量30%", "other"),
        # a bound closing a "…的，" condition: what qualifies
        ("研发投入按不低于营业收入5%的，给予一次性奖励10万元。", "不低于营业收入5%", "threshold"),
    ],
)
def test_no_grant_word_or_a_condition_is_no_rate_paid(text, surface, role):
    assert ratios_of(text)[surface].role == role
