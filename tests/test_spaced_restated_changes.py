"""A level and its change from a base set apart by spaces only, the comma lost (达到3% 较2025年提高0.5个百分点, as PDF text
and some pages give it): the level is the goal, as with the comma; the change restates it and is no goal of its own.
Texts written for this file."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _read(text: str) -> list[tuple[int | None, float | None, str | None, str | None]]:
    return [(t.year, t.value, t.unit, t.kind) for t in targets_of(text)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("到2026年，全社会研发投入强度达到3% 较2025年提高0.5个百分点。", [(2026, 3.0, "%", "exact")]),
        ("到2027年，森林覆盖率达到 45% 左右 较 2022 年提升 2 个百分点。", [(2027, 45.0, "%", "exact")]),
        (
            "到2028年，常住人口城镇化率提高到68%　比2023年增加5个百分点，数字经济占比达到50%以上。",
            [(2028, 68.0, "%", "exact"), (2028, 50.0, "%", "min")],
        ),
        ("到2030年，清洁能源消费占比达到30%以上 较2025年提高6个百分点。", [(2030, 30.0, "%", "min")]),
    ],
)
def test_the_level_before_a_spaced_change_is_the_goal(text, rows):
    assert _read(text) == rows


def test_the_surface_ends_at_the_level():
    text = "到2026年，全社会研发投入强度达到3% 较2025年提高0.5个百分点。"
    (goal,) = targets_of(text)
    assert text[goal.char_start : goal.char_end] == "全社会研发投入强度达到3%"


def test_a_spaced_goal_of_its_own_after_a_level_stays_a_goal():
    # a metric of its own after the gap: two goals, as before
    assert _read("到2029年，GDP增长7%左右 城镇新增就业65万人。") == [
        (2029, 7.0, "%", "exact"),
        (2029, 650000.0, "人", "exact"),
    ]
