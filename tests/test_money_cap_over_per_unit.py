"""A cap word before a per-unit word naming its unit with a measure word (round 36, money49).

最高为每座冷库2.5万元: the cap reaches over 每 + measure word + noun to the amount (max), as it reaches over 每公斤.
最高可按每台农机4000元给予奖励: 按 before such a per-unit word is the cap's verb too (max); without the per-unit word
(最高按…) nothing changes here.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "high"),
    [
        ("对新建冷库的，奖励金额最高为每座冷库2.5万元人民币。", "2.5万元人民币", 2.5e4),
        ("对改造产线的，补贴最高为每条产线8万元。", "8万元", 8e4),
        ("对购置新能源农机的，最高可按每台农机4000元人民币给予奖励。", "4000元人民币", 4e3),
        ("对新建充电桩的，最高按照每个桩体600元给予补贴。", "600元", 600.0),
    ],
)
def test_a_cap_reaches_over_a_per_unit_word_with_its_noun(text, surface, high):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high, m.role) == ("max", None, high, "subsidy")


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # no cap word: the per-unit amount is exact
        ("对新建冷库的，按每座冷库2.5万元给予奖励。", "2.5万元", 2.5e4),
        # a per-unit word with 的 in it is no unit: the cap names the noun (最高的…)
        ("补贴最高的每个项目的5万元。", "5万元", 5e4),
    ],
)
def test_no_cap_over_a_per_unit_word_without_a_cap(text, surface, value):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("exact", value, value)


@pytest.mark.parametrize(
    ("text", "surface", "recipient"),
    [
        # a 在…基础上 frame opening the 对 phrase names no one: who gets the grant follows it
        ("对在原有厂房基础上扩建车间的，奖励金额最高为每个车间3万元人民币。", "3万元人民币", "扩建车间"),
        ("对在原有厂房基础上的，奖励3万元。", "3万元", None),
        # a head noun after 的 is the recipient, as before
        ("对在原有厂房基础上扩建车间的企业，奖励3万元。", "3万元", "企业"),
    ],
)
def test_a_frame_on_what_the_work_builds_is_no_recipient(text, surface, recipient):
    assert money_of(text)[surface].recipient == recipient
