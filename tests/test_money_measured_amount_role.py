"""Census class M1 (measures): an amount a measure names right before it (总投资X, 自筹资金X, 研发经费支出X, 户均增收X) is
what that measure comes to (role other), not a payout, even when a grant word stands elsewhere in the sentence. A grant
word right before the measure (补偿造林投资X) still pays it.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("某县3个冷链物流项目,总投资2.4亿元,今年投资8000万元,县财政给予500万元补助。", "2.4亿元"),
        ("某县3个冷链物流项目,总投资2.4亿元,今年投资8000万元,县财政给予500万元补助。", "8000万元"),
        ("项目总资金860万元，其中中央补助资金300万元、自筹资金560万元。", "860万元"),
        ("项目总资金860万元，其中中央补助资金300万元、自筹资金560万元。", "560万元"),
        ("去年全市研发经费支出约310亿元，获得各类扶持的企业增加。", "310亿元"),
        ("全村实现户均增收2万元，积极争取政策支持。", "2万元"),
    ],
)
def test_an_amount_a_measure_names_is_no_payout(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # the grant paid in the same sentence stays the payout
        ("某县3个冷链物流项目,总投资2.4亿元,今年投资8000万元,县财政给予500万元补助。", "500万元", "exact"),
        ("项目总资金860万元，其中中央补助资金300万元、自筹资金560万元。", "300万元", "exact"),
        # a grant word right before the measure: the investment is what is paid back
        ("每亩补偿造林投资800元至1200元。", "800元至1200元", "range"),
        # a grant word anywhere earlier in the same comma part, not only right before the measure
        ("对新建冷库，补助农户建设投资10万元。", "10万元", "exact"),
        ("对改造提升的，按规定补助企业设备更新投资20万元。", "20万元", "exact"),
    ],
)
def test_the_payout_beside_a_measured_amount_stays_a_payout(text, surface, kind):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == (kind, "subsidy")
