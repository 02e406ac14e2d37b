"""Goals set apart by spaces in a statement's part, not only in a list line (census extract52: a headline's
目标:GDP增长8%左右 城镇新增就业70万人; 力争…12亿人次以上 年均增长12.5%左右): a gap after a figure's unit or hedge,
before a metric of its own with its own figure, ends a goal. Spaces around a figure inside one goal (新增 1 个,
增长 4.5% 至 5%, 500 万元) and words with no figure after a gap stay one goal. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text, "news.txt")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "2029年某省目标:GDP增长7%左右 城镇新增就业65万人\n",
            [(2029, 7.0, "%", "exact"), (2029, 650000.0, "人", "exact")],
        ),
        (
            "某省:力争2029年接待旅游总人数11亿人次以上 年均增长12.5%左右\n",
            [(2029, 1100000000.0, "人次", "min"), (2029, 12.5, "%", "exact")],
        ),
        (
            "2029年某市工作目标:新建保障性住房3000套 城镇新增就业5万人\n",
            [(2029, 3000.0, "套", "exact"), (2029, 50000.0, "人", "exact")],
        ),
    ],
)
def test_goals_set_apart_by_spaces_are_goals_of_their_own(text: str, rows: list[tuple]) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("到2029年，力争实现新增 1 个 5000 亿级产业、1 个 4000 亿级产业。\n", 2),  # spaces around figures
        ("到2029年，地区生产总值 (GDP) 增长 4.5% 至 5%。\n", 1),  # a range written with spaces
        ("到2029年，累计安排 500 万元以上重点项目 120 项。\n", 1),
        (
            "到2029年，城镇新增就业5万人 社会保障体系更加完善。\n",
            1,
        ),  # no figure after the gap: no goal of its own
    ],
)
def test_spaces_inside_one_goal_keep_it_whole(text: str, count: int) -> None:
    assert len(_rows(text)) == count
