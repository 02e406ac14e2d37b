"""A band or bound before a rank, with the award after it (round 36, money49).

在600万元(含600万元)至900万元的前六名，每家奖励3万元: the band says which of them are ranked — a condition, as a head noun
after it would be (threshold); the award after it is subsidy. An exact amount before a rank is no band.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "award"),
    [
        ("在600万元(含600万元)至900万元的前六名，每家奖励3万元。", "600万元(含600万元)至900万元", "3万元"),
        ("零售额在80万元至120万元的前10名，各奖励5000元。", "80万元至120万元", "5000元"),
        (
            "纳税额在150万元（含150万元）以上至400万元的前5名企业，奖励1.5万元。",
            "150万元（含150万元）以上至400万元",
            "1.5万元",
        ),
    ],
)
def test_a_band_before_a_rank_is_a_threshold(text, surface, award):
    money = money_of(text)
    assert len(money) == 2, list(money)
    assert (money[surface].kind, money[surface].role) == ("range", "threshold")
    assert money[award].role == "subsidy"
