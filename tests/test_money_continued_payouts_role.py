"""Roles of round 36 (roles38): a payout whose grant word stands in the sentence before (`subsidy`).

甘蔗机收补贴标准为联合机收50元/吨、分段机收200元/亩。其中，机械化割铺收获90元/亩，… / 小型设备按照20元/台次…；大型设备
按照80元/台次… / 当年认定的首台套产品，一次性奖励⏎企业30万元。: the grant's sentence ended before the amount, which
continues it (its 其中, a standard per unit, or a line broken after the grant word). A cost or a price (保险费标准为300元/人,
地价下调3万元/亩) and a figure after a report stay `other`.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "甘蔗机收补贴标准为联合机收50元/吨、分段机收200元/亩。其中，机械化割铺收获90元/亩，机械化集中除杂20元/吨。",
            "90元",
        ),
        (
            "甘蔗机收补贴标准为联合机收50元/吨、分段机收200元/亩。其中，机械化割铺收获90元/亩，机械化集中除杂20元/吨。",
            "20元",
        ),
        ("对当年认定的首台套产品，一次性奖励\n企业30万元。", "30万元"),
    ],
)
def test_a_grant_continued_in_the_next_sentence_is_paid(text, surface):
    assert money_of(text)[surface].role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对参加见习的青年给予见习补贴。人身意外伤害保险的保险费标准为300元/人。", "300元"),
        ("对新落户企业给予奖励。高新技术企业地价下调3万元/亩。", "3万元"),
        ("去年全市共兑现各类奖补资金2亿元。全县规上工业企业户均产值1200万元/户。", "1200万元"),
    ],
)
def test_a_cost_or_a_report_stays_other(text, surface):
    assert money_of(text)[surface].role == "other"


def test_the_sentence_alone_reads_no_grant():
    assert money_of("其中，机械化割铺收获90元/亩，机械化集中除杂20元/吨。")["90元"].role == "other"
