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
    ("text", "surface", "high"),
    [
        ("评为四星级乡村旅游村的，最高可给予村委会一次性200万元奖励。", "200万元", 2e6),
        ("对首次认定的企业，最高给予企业80万元奖励。", "80万元", 8e5),
        ("新引进的研发机构，最高奖励机构每年300万元。", "300万元", 3e6),
        ("对年度考核优秀的园区，最高可一次性给予园区管委会50万元奖补。", "50万元", 5e5),
        ("对认定的孵化器，最高给予运营单位研发费用补助120万元。", "120万元", 1.2e6),
        ("對評為示範村的，最高可給予村集體一次性30萬元獎勵。", "30萬元", 3e5),
        ("对符合条件的项目，最高给予符合条件的企业60万元补助。", "60万元", 6e5),
    ],
)
def test_a_cap_reaches_over_the_recipient_of_a_grant(text, surface, high):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("max", None, high)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a recipient phrase with a clause stop in it is no recipient: 按照 opens a basis
        ("最高给予按照投资额计算的40万元。", "40万元", 4e5),
        # a floor word is no cap: only caps reach over the recipient
        ("最低给予每人500元慰问金。", "500元", 500.0),
        # a grant with no cap word before it
        ("给予企业一次性20万元奖励。", "20万元", 2e5),
    ],
)
def test_no_cap_without_a_cap_word_over_a_plain_recipient(text, surface, value):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("exact", value, value)


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


@pytest.mark.parametrize(
    ("text", "surface", "high"),
    [
        # a cap word, any short noun and the verb it comes to: the most it comes to is a cap
        ("今年全镇农户人均增收8000元，最高单户增收达5万元。", "5万元", 5e4),
        ("入秋以来脐橙收购价最高达到每斤6元。", "6元", 6.0),
    ],
)
def test_a_cap_over_a_short_noun_and_its_verb_is_max(text, surface, high):
    m = money_of(text)[surface]
    assert (m.kind, m.high) == ("max", high)


def test_a_superlative_before_a_verb_is_no_cap():
    m = money_of("今年销量最高的门店营业额达80万元。")["80万元"]
    assert (m.kind, m.low, m.high) == ("exact", 8e5, 8e5)
