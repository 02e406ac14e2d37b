"""最高 then 按/按照 and the rate (最高按10%补助, 最高按照设备投资额的10%给予补助): the cap of the rate a grant is counted
at, kind max, with or without a base named between 按 and the rate and whether the grant word comes before or after.
按 after a floor word that names a line (按最低工资标准的90%) still bounds nothing.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("对实际设备投资超过2000万元的，最高按10%补助。", "最高按10%", 0.1),
        ("对购置设备的，最高按照设备投资额的10%给予补助。", "最高按照设备投资额的10%", 0.1),
        ("场地租金补助最高按实际租金的30%计算。", "最高按实际租金的30%", 0.3),
    ],
)
def test_a_cap_before_the_rate_counted_by_is_a_max(text, surface, value):
    r = ratios_of(text)[surface]
    assert (r.kind, r.value) == ("max", value)


def test_a_rate_of_a_named_line_is_exact():
    r = ratios_of("失业保险金按最低工资标准的90%发放。")["90%"]
    assert r.kind == "exact"
