"""Caps over a grant word and its recipient, and 最高 naming a superlative (round 35, money47).

A cap word, a modal and a grant word, then who gets the grant, then the amount (最高可给予村委会一次性500万元奖励,
最高给予企业100万元奖励): the cap reaches over the recipient to the amount (max), as 最高…不超过 reaches across nouns.
最高 followed by 的 names the noun after it (获得奖金额最高的企业: the firm with the highest award): the amount reported
after it is no cap (exact).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("今年获得补助额最高的企业补助总额达45万元。", "45万元", 4.5e5),
        ("在各类奖项中，奖励最高的项目奖励金额为15万元。", "15万元", 1.5e5),
        ("产值最多的企业奖补资金为12万元。", "12万元", 1.2e5),
    ],
)
def test_a_superlative_naming_a_noun_is_no_cap(text, surface, value):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("exact", value, value)


def test_a_cap_over_a_named_amount_still_caps():
    m = money_of("单个企业最高补助金额可达90万元。")["90万元"]
    assert (m.kind, m.high) == ("max", 9e5)
