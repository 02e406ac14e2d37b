"""A cap before a base reaches the share across a date or a bracketed bound inside the base (round 37, ratios38).

Stage: the bound grammar. 按不超过<base>的X% is max; the reach across the base stopped at any digit, so a base that
names its period (2024年3—5月销售收入增量的, 2021年度研发投入的) lost the cap, and at the last comparator found, so a
base with a remark bounding its own number (投资额（原则上不超过2000万元）的) lost it too. A date is words of the base;
a bound inside a closed bracket bounds the remark's number, and the search goes on to the bound before the base.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("对养殖企业按不超过2024年3—5月销售收入增量的2%给予奖励。", 0.02),
        ("按不超过2021年度企业研发投入（经税务部门认定）的5%给予补助。", 0.05),
        ("按不超过仓储设施投资额(原则上不超过2000万元)的12%给予补贴。", 0.12),
        ("按照不超过冷库、仓储实际建设费用（不含土地费用且不低于800万元）的15%给予补助。", 0.15),
    ],
)
def test_the_cap_reaches_the_share(text, value):
    (m,) = [m for m in ratios_of(text).values() if m.value == value]
    assert m.kind == "max"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("企业2024年产值的5%用于研发。", 0.05),  # no bound before the base
        ("项目投资不超过2000万元，企业自筹比例为30%。", 0.3),  # the cap bounds money in another part
    ],
)
def test_no_cap_before_the_base_no_bound(text, value):
    (m,) = [m for m in ratios_of(text).values() if m.value == value]
    assert m.kind == "exact"
