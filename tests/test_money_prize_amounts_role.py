"""Roles of round 35 (roles37): an amount right after a prize's name is the prize paid (`subsidy`).

一等奖12万元、二等奖6万元 / 省科学技术特等奖60万元/人 / 企业最高可获奖70万元: no grant word (奖励, 给予 …) names the
amount, but the prize is what its winner gets. An amount that only follows 获奖 as part of a noun (获奖企业营业收入…)
is not the prize.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("本届大赛评选一等奖12万元、二等奖6万元、三等奖3万元。", "12万元"),
        ("本届大赛评选一等奖12万元、二等奖6万元、三等奖3万元。", "3万元"),
        ("自治区科学技术特等奖80万元/人，每两年评审一次。", "80万元"),
        ("新政出台，制造企业最高可获奖150万元", "150万元"),
    ],
)
def test_the_amount_after_a_prize_is_paid(text, surface):
    assert money_of(text)[surface].role == "subsidy"


def test_an_amount_after_a_prize_winners_noun_is_not_the_prize():
    assert money_of("全市获奖企业营业收入达500亿元。")["500亿元"].role == "other"
