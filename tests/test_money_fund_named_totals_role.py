"""Census class of round 29 (roles31): a fund pooled or handed down whose noun carries a grant word (奖励资金, 补贴资金,
奖补资金 …) or whose pooling verb comes with 每年, or with 共/达 between the fund noun and the amount, is the size of a
programme (role other): the grant word names the kind of fund and 每年 how often it is set aside, neither one
recipient's payout. One recipient's marks (每户, 最高, 给予, 单个项目 …) keep a payout.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a grant word naming the fund handed down, pooled or sought
        ("日前，市财政下达第二批稳岗奖励资金2345.6万元，惠及全市企业。", "2345.6万元"),
        ("县财政拨付耕地地力保护补贴资金3120万元。", "3120万元"),
        ("今年共争取上级文旅奖补资金860万元。", "860万元"),
        ("省财政预拨2026年度秸秆综合利用补助资金1.8亿元。", "1.8亿元"),
        # 每年 before the pooling verb: how often, not per recipient
        ("每年安排专项资金800万元，对获评的示范企业给予奖励。", "800万元"),
        ("区财政每年统筹财政资金3000万元，用于支持科技创新。", "3000万元"),
        # 共 / 达 between the fund noun and the amount
        ("省财政已下达支持茶产业发展资金共2468.5万元。", "2468.5万元"),
        ("今年已拨付农业保险保费补贴资金达1.25亿元。", "1.25亿元"),
    ],
)
def test_a_fund_named_by_its_grant_word_or_set_aside_yearly_is_no_payout(text, surface):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == ("exact", "other")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        # one recipient's marks before the amount keep a payout
        ("每年安排每户补贴资金2000元。", "2000元", "exact", "subsidy"),
        ("每年安排资金，对每个项目给予补助资金最高100万元。", "最高100万元", "max", "subsidy"),
        ("对认定的企业拨付奖励资金20万元。", "20万元", "exact", "subsidy"),
        ("对新认定的示范基地，给予奖补资金50万元。", "50万元", "exact", "subsidy"),
        ("单个项目下达补助资金不超过200万元。", "不超过200万元", "max", "subsidy"),
    ],
)
def test_one_recipients_payout_stays_a_payout(text, surface, kind, role):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == (kind, role)
