"""A figure stated with a copula at a year before its goal's (…，这一比重在2027年为61.5%; 也就是2027年，…收入为412亿元)
is the level the goal starts from, told as a fact: no target row (round 37, falsegoals37; lexicon [targets]
base_figure_pattern, parsers.goal_own_years.without_base_figures). A figure a goal verb dates (2030年达到65%) and a
goal stated with 为 at its own year stay.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _rows(sentence: str) -> list[tuple[str, int | None]]:
    return [(t.surface, t.year) for t in targets_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "到2032年，全县森林覆盖率达到68%，这一比重在2027年为61.5%。",
            [("全县森林覆盖率达到68%", 2032)],
        ),
        (
            "五年前也就是2027年，全市旅游总收入为412亿元，按此推算，全市在2032年的目标旅游总收入达800亿元。",
            [("全市在2032年的目标旅游总收入达800亿元", 2032)],
        ),
    ],
)
def test_a_base_figure_is_no_goal(sentence: str, rows: list[tuple[str, int | None]]) -> None:
    assert _rows(sentence) == rows


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "到2032年，全县森林覆盖率达到68%，2030年达到65%。",
            [("全县森林覆盖率达到68%", 2032), ("2030年达到65%", 2030)],
        ),
        ("到2032年，全市养老床位总数为1.2万张。", [("全市养老床位总数为1.2万张", 2032)]),
    ],
)
def test_goals_stay(sentence: str, rows: list[tuple[str, int | None]]) -> None:
    assert _rows(sentence) == rows
