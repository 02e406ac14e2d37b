"""A negated bound shared by shares of two bases joined by 和/及 (round 35, money47).

按不超过A的2‰和B的3‰: the bound before the first base reaches its share across the base phrase (…的); a share of a
second base joined to it, named the same way (和B的), is one more member of that list and takes the same bound, as the
amounts of 分别给予最高300万元、100万元 do.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("对小额贷款公司，按不超过年度内日均贷款余额的 1‰和日均贷款增量的 4‰给予奖励。", "4‰", 0.004, "max"),
        ("按不超过设备投资额的15%和软件投资额的25%给予补助。", "25%", 0.25, "max"),
        ("企业配套资金按不低于项目总投资的30%及设备购置费的20%落实。", "20%", 0.2, "min"),
    ],
)
def test_a_share_of_a_second_base_takes_the_first_shares_bound(text, surface, value, kind):
    m = ratios_of(text)[surface]
    assert (m.kind, m.value) == (kind, value)


def test_the_first_share_keeps_its_own_bound():
    m = ratios_of("按不超过设备投资额的15%和软件投资额的25%给予补助。")["不超过设备投资额的15%"]
    assert (m.kind, m.value) == ("max", 0.15)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # no bound before the first share: nothing to share
        ("按设备投资额的15%和软件投资额的25%给予补助。", "25%", 0.25),
        # the first share is bounded right before it, not across a base: the second base is its own
        ("设备补助不超过15%，软件投资额的25%由企业自筹。", "25%", 0.25),
    ],
)
def test_no_bound_is_shared_without_a_bounded_base_before(text, surface, value):
    m = ratios_of(text)[surface]
    assert (m.kind, m.value) == ("exact", value)
