"""Roles of round 35 (roles37): a fund's or a pool's scale, or a fund's whole shared out, is what the fund holds
(`other`), not a payout.

协作基金规模由50亿元扩大至120亿元 / 每类贴息资金池规模均为500万元 / 专项贷款首期规模60亿元: an analyst summing what
recipients get must not add them (D1 of round 31: a fund's total is other), though a grant word or 每 stands near. A
borrower's 贷款规模上限 stays the loan's basis, and a recipient's cap stays the payout. So is a fund's whole that is then
shared out (…的520万元资金中，贷款贴息资金不低于…; 300万元资金中的80万元划拨给…; 2亿元专项资金，其中…).
An investment reached under its short name (完成固投达到5000万元，…给予奖励) is the grant's condition (`threshold`).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("《意见》明确，泉州市产业协作基金规模由50亿元扩大至120亿元，进一步支持制造企业发展。", "120亿元"),
        ("江西省近日设立专精特新企业专项贷款，首期规模60亿元，省级财政对符合条件的企业给予贴息。", "60亿元"),
        ("对小微企业贷款按2%给予贴息补助，且每类贴息资金池规模均为500万元。", "500万元"),
    ],
)
def test_a_funds_scale_is_not_a_payout(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "贴息方案为每年贴息1个百分点，单户贴息贷款规模上限3000万元，单户最多可享受贴息60万元。",
            "上限3000万元",
            "basis",
        ),
        (
            "贴息方案为每年贴息1个百分点，单户贴息贷款规模上限3000万元，单户最多可享受贴息60万元。",
            "60万元",
            "subsidy",
        ),
        ("对认定的市级孵化基地，给予最高80万元资金支持。", "最高80万元", "subsidy"),
    ],
)
def test_a_loans_basis_and_a_recipients_payout_stay(text, surface, role):
    assert money_of(text)[surface].role == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("用于养殖户融资成本综合补贴的520万元资金中，贷款贴息资金不低于试点总资金的60%。", "520万元"),
        ("一季度促消费300万元资金中的80万元划拨给文旅集团开展年货节消费补贴。", "300万元"),
        ("按照规定，2亿元专项资金，其中8000万元主要用于技术改造奖补。", "2亿元"),
    ],
)
def test_a_funds_whole_shared_out_is_not_a_payout(text, surface):
    assert money_of(text)[surface].role == "other"


def test_a_payout_named_as_funds_stays_a_payout():
    assert money_of("对认定的企业给予一次性20万元资金奖励。")["20万元"].role == "subsidy"


def test_an_abbreviated_fixed_investment_reached_before_a_grant_is_its_condition():
    # 固投 is 固定资产投资 abbreviated: the investment a project must reach to be paid
    text = (
        "新建锂电项目且完成固投达到5000万元，自建成投产后第一个纳税年度起，前三年按其对地方经济贡献给予奖励。"
    )
    assert money_of(text)["5000万元"].role == "threshold"
