"""Census class K4 (round 24, faults55): a cap (最高) read across the words a payout or a fine is written with — 奖, 扶持
and 罚 as grant words (最高奖200万元, 最高扶持300万元, 最高将罚5万元), 将/各/分别 as modals between (最高各补贴500万元,
最高限额分别为…), and the amount named by a short noun with no copula (最高补贴资金100万元, 最高额度20万元, 最高支持金额
50万元) — bounds the number: kind max. A cap that a text raises by an amount (提高…最高支付限额3800元) still does not
bound that amount, nor does a floor of a wage or relief line (最低工资标准1800元).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("获评五星级的民宿，最高奖80万元。", "80万元"),
        ("单个项目最高扶持 150 万元。", "150 万元"),
        ("市、区两级最高各补贴60万元。", "60万元"),
        ("违规企业最高将罚8万元。", "8万元"),
        ("每位创业者最高额度30万元，合伙创业的不超过150万元。", "30万元"),
        ("每家企业可获最高补贴资金80万元。", "80万元"),
        ("按研发费用的10%给予支持，最高支持金额60万元。", "60万元"),
        ("单个企业最高投放贷款资金3亿元。", "3亿元"),
        ("个人和合作社享受补贴最高限额分别为20万元和60万元。", "20万元"),
    ],
)
def test_a_cap_across_a_grant_word_or_a_named_amount_is_max(sentence, surface):
    money = money_of(sentence)
    found = [m for s, m in money.items() if s.endswith(surface)]
    assert [m.kind for m in found] == ["max"]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("每连续参保1年，提高大病保险最高支付限额2600元。", "2600元"),
        ("全市最低工资标准1900元。", "1900元"),
    ],
)
def test_a_raise_of_a_cap_or_a_floor_line_is_no_cap(sentence, surface):
    assert money_of(sentence)[surface].kind == "exact"
