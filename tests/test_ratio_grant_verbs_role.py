"""Roles of round 36 (roles38): 计奖 and 补足 grant at the share they name (`subsidy_rate`).

按实际到位资金的4‰计奖 (a reward counted at that rate, as 计发 pays one) / 上级补助低于10%的，由县级补足10% (the county
tops the grant up to that rate). A share before them with 的 and no grant of its own (低于10%的) stays the condition.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("引荐外来投资的，投入生产性项目的，按实际到位资金的4‰计奖。", "4‰", "subsidy_rate"),
        ("对获得上级技改补助的项目，上级补助低于10%的，由县级补足10%。", "10%", "subsidy_rate"),
        ("对获得上级技改补助的项目，上级补助低于10%的，由县级补足10%。", "低于10%", "threshold"),
    ],
)
def test_a_share_topped_up_or_counted_as_a_reward(text, surface, role):
    assert ratios_of(text)[surface].role == role
