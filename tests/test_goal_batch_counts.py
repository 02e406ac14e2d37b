"""Things a goal counts with no number (一批, 多个, 若干, 一些) sized by a 的-modifier that lists several sizes
(培育多个年客运量超过800万人次或者年营业收入超过30亿元的公司) give a goal without a number, not a target of the first
size (issue 8, round 30: a modifier's figure taken as a goal). Texts written for this file.

Near miss: a count with its own number (龙头企业5家) stays a target of that number.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _rows(text: str) -> list[tuple[str, float | None]]:
    return [(t.surface, t.value) for t in targets_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "到2031年，培育多个年客运量超过800万人次或者年营业收入超过30亿元的客运公司。",
        "到2031年，培育一批产值超10亿元、税收超1亿元的龙头企业。",
        "到2031年，建设若干年接待游客超过300万人次和旅游收入超过20亿元的景区。",
        # every joiner the pattern is built from (goal_joiners and listed_size_joiners: fix36, one table)
        "到2031年，建设若干年接待游客超过300万人次以及旅游收入超过20亿元的景区。",
        "到2031年，培育一批产值超10亿元及税收超1亿元的龙头企业。",
        "到2031年，培育一批产值超10亿元或税收超1亿元的龙头企业。",
    ],
)
def test_a_batch_sized_by_several_figures_is_a_goal_without_a_number(text: str) -> None:
    rows = _rows(text)
    assert len(rows) == 1 and rows[0][1] is None


def test_a_count_with_its_own_number_stays_a_target() -> None:
    assert _rows("到2031年，培育产值超10亿元、税收超1亿元的龙头企业5家。") == [
        ("培育产值超10亿元、税收超1亿元的龙头企业5家", 5.0)
    ]
