"""Census class of round 30 (roles32): a worked computation of a payout (按…测算，补贴A元/人月×6月+B元/人=C元/人) names
the terms the payout is computed from (role basis) and, after the equals sign, the payout itself (subsidy). Summing the
terms as subsidies counts the same grant twice.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of

WORKED = "按培训3个月测算，每名学员生活补贴1800元/人月×3月+600元/人=6000元/人。"
SUMMED = "按6个月测算，岗位补贴2000元/人月×6月+300元/人+50元/人月×6月=12600元/人。"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (WORKED, "1800元", "basis"),  # multiplied by the months after it
        (WORKED, "600元", "basis"),  # added, then the equals sign
        (WORKED, "6000元", "subsidy"),  # the result: the payout
        (SUMMED, "2000元", "basis"),
        (SUMMED, "300元", "basis"),  # added to a term after it
        (SUMMED, "50元", "basis"),
        (SUMMED, "12600元", "subsidy"),
    ],
)
def test_the_terms_of_a_worked_computation_are_its_basis(text, surface, role):
    assert money_of(text)[surface].role == role


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对新引进人才落实1+N政策，每人一次性补贴5万元。", "5万元"),  # a plus sign that adds no amount
        ("对符合条件的企业给予补贴20万元+贴息。", "20万元"),  # nothing numeric after the sign
    ],
)
def test_a_sign_that_computes_nothing_leaves_a_payout(text, surface):
    assert money_of(text)[surface].role == "subsidy"
