"""Census class of round 30 (roles32): 重奖, 另奖 and 奖赏 grant as 奖励 does (引进世界500强项目的团队重奖40万元, …以上的另奖
50万元, 每个项目奖赏500万元): the amount they pay is a subsidy, not a bare figure.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("引进世界500强企业区域总部的项目团队重奖30万元。", "30万元", "exact"),
        ("凡单个项目固定资产投资达到5亿元以上的另奖20万元。", "20万元", "exact"),
        ("对新引入的重大招商项目，每个项目奖赏500万元。", "500万元", "exact"),
    ],
)
def test_a_grant_synonym_pays_a_subsidy(text, surface, kind):
    m = money_of(text)[surface]
    assert (m.kind, m.role) == (kind, "subsidy")
