"""Roles of round 36 (roles38): a total of the things counted is told, not which of them qualify (`other`).

8个项目总投资逾50亿元 / 实施重点技改项目15项、总投资超200亿元: the size word names the sum of the things counted, so the
amount qualifies none of them; 其中3个营业收入超1000亿元 still says which of the things counted reach the size.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("某区举行重大项目集中开工活动，8个项目总投资逾50亿元，涵盖新材料、生物医药等领域。", "逾50亿元"),
        ("深化技术改造试点，实施重点技改项目15项、总投资超200亿元。", "超200亿元"),
    ],
)
def test_a_total_of_things_counted_is_told(text, surface):
    assert money_of(text)[surface].role == "other"


def test_which_of_them_reach_a_size_stays_a_threshold():
    assert money_of("全省规上企业120家，其中3个营业收入超1000亿元。")["超1000亿元"].role == "threshold"
