"""Roles of round 36 (roles38): an at-least share of things told as a result is no condition (`other`).

目前全省有70%以上的乡镇发展特色种植 / 全县85%的村、75%以上的农户从事茶产业 / 每年将80%以上的财政支出用于民生 /
四成以上家庭有养老服务需求: in a sentence that reports what was reached, the share counts the things, and no firm must
have it. In a plan the same shape is a goal (使95%以上的村庄完成改造: target); a measure before the share or a firm-like
head after it keeps a property the firms must have (持股10%以上的股东, 出口占比30%以上的企业: threshold).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("目前，全省有70%以上的乡镇发展特色种植，全省特色种植已从分散走向集中。", "70%以上"),
        ("截至目前，全县85%的村、75%以上的农户从事茶产业。", "75%以上"),
        ("近五年来，我市坚持民生优先，每年将80%以上的财政支出用于民生。", "80%以上"),
        ("据统计，四成以上家庭有养老服务需求，但现有床位仅能满足一半。", "四成以上"),
    ],
)
def test_a_share_of_things_told_is_no_condition(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("到2027年，使95%以上的村庄完成人居环境改造。", "95%以上", "target"),
        ("对持股10%以上的股东，给予一次性奖励。", "10%以上", "threshold"),
        ("截至目前，出口占比30%以上的企业达到120家。", "30%以上", "threshold"),
    ],
)
def test_a_goal_or_a_property_keeps_its_role(text, surface, role):
    assert ratios_of(text)[surface].role == role
