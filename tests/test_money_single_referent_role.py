"""Roles of round 36 (roles38): the size one ranked referent reached is told, not a class that qualifies (`other`).

某市成为全省第三个规模以上工业总产值突破5000亿元的城市 / 成为全省唯一营业收入突破300亿元的县区: the amount tells what that one
place or industry reached; it names no class of things that qualify, as 营业收入首次突破1亿元的企业 (a grant's condition) or
形成5个千亿元产业集群 (a class counted) do.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("去年工业投资增长9.1%，某市成为全省第三个规模以上工业总产值突破5000亿元的城市。", "突破5000亿元"),
        ("去年全县经济稳步增长，成为全省唯一营业收入突破300亿元的县区。", "突破300亿元"),
    ],
)
def test_a_ranked_referents_size_is_told(text, surface):
    assert money_of(text)[surface].role == "other"


def test_a_class_that_qualifies_stays_a_threshold():
    assert money_of("对年营业收入首次突破1亿元的企业，给予一次性奖励。")["突破1亿元"].role == "threshold"
