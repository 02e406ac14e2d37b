"""Roles of round 37 (roles39): a share of growth that qualifies a firm (`threshold`).

首次升规后次年工业增加值仍保持15%以上增长的企业奖励3万元: the share, a growth noun and 的, then the firm it qualifies, says
which firms qualify; neither the grant word in its part (奖励) nor the level verb before it (保持) makes it a rate paid or a
goal. A rate granted (给予不超过20%的补助) keeps subsidy_rate.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    "text",
    [
        "“首次升规”后次年工业增加值仍保持15%以上增长的企业奖励3万元。",
        "2.首次升规后次年工业增加值仍保持15%以上增长的企业;",
        "对增加值保持15%以上增长的企业，给予10万元奖励。",
    ],
)
def test_a_share_of_growth_before_the_firm_it_qualifies_is_a_threshold(text):
    assert ratios_of(text)["15%以上"].role == "threshold"


def test_a_rate_granted_stays_a_rate():
    assert ratios_of("对新建项目给予不超过投资额20%的补助。")["不超过投资额20%"].role == "subsidy_rate"
