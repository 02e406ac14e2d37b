"""Census class M5: an investment that sizes the things a description names (总投资X的N个项目, 这个总投资X的…项目) is
what they cost (role other), not a condition on which things qualify (threshold). A bound or a reach with no count
after 的 (总投资5000万元以上的项目, 总投资达到3000万元的项目) is still the condition.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("该县去年实施了总投资30多亿元的12个乡村振兴项目。", "30多亿元", "min"),
        ("今年将抓好年度投资1200亿元以上的300个省重点项目。", "1200亿元以上", "min"),
        ("在南部海域建设了规划总投资8亿元的3处海洋牧场。", "8亿元", "exact"),
        ("除了这个总投资6亿元的食品加工项目外，该企业还在筹建新厂。", "6亿元", "exact"),
        ("谋划实施总投资120.5亿元的新基建项目。", "120.5亿元", "exact"),
    ],
)
def test_an_investment_sizing_described_things_is_no_condition(text, surface, kind):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == (kind, "other")


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        # a bound with no count after 的: which projects qualify
        ("对总投资5000万元以上的项目，给予一次性奖励。", "5000万元以上", 5e7),
        # a reach in a condition
        ("对总投资达到3000万元的项目，给予奖励。", "3000万元", 3e7),
        # a bound before the amount
        ("对总投资超过2亿元的工业项目给予补助。", "超过2亿元", 2e8),
    ],
)
def test_a_bounded_investment_of_the_things_that_qualify_stays_a_threshold(text, surface, low):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.role) == ("min", low, "threshold")


def test_an_investment_with_no_de_after_it_is_left_to_the_other_rules():
    # a report of a project's size, no 的: not this rule's (a plain figure)
    m = money_of("该项目总投资5亿元，已于去年投产。")["5亿元"]
    assert m.role != "threshold"
