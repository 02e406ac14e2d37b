"""Goals with no number on made-up probes (tests/goal_no_number_probes.py): every goal a reader lists is a row with
no value, and what is no goal (a slogan, a list's set-up, a task, a report, commentary, a fragment) gives none."""

from __future__ import annotations

import pytest
from goal_no_number_probes import GOALS, NEAR_MISSES, NON_GOALS

from parsers.context import TextIndex
from parsers.goal_clauses import no_goal_part
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _goals_with_no_number(text: str) -> list[str]:
    index = TextIndex(text)
    return [
        t.surface
        for t in extract_targets(text, sentence_clauses(text), index)
        if t.value is None and t.low is None and t.high is None
    ]


@pytest.mark.parametrize("probe", GOALS + NEAR_MISSES, ids=lambda p: p.id)
def test_goal_with_no_number_is_a_row(probe) -> None:
    assert _goals_with_no_number(probe.text) == list(probe.goals)


@pytest.mark.parametrize("probe", NON_GOALS, ids=lambda p: p.id)
def test_no_goal_gives_no_row(probe) -> None:
    assert _goals_with_no_number(probe.text) == list(probe.goals)


def test_probes_cover_both_kinds() -> None:
    assert len(GOALS) >= 40 and len(NON_GOALS) >= 40
    assert {p.cls for p in NON_GOALS} >= {
        "slogan",
        "heading",
        "setup",
        "task",
        "report",
        "commentary",
        "fragment",
    }


@pytest.mark.parametrize(
    ("text", "part", "named"),
    [
        # a part whose head an earlier split took (、农民富全面实现) is a fragment; the whole list is a goal
        ("到2050年，农业强、农民富全面实现。", "、农民富全面实现", True),
        ("到2050年，农业强、农民富全面实现。", "农业强、农民富全面实现", False),
        # a part that only sets the list up, and a part after it in its sentence
        ("到2027年，为实现这一目标，要统筹推进产业升级。", "要统筹推进产业升级", True),
        ("到2027年，产业升级取得明显成效。", "产业升级取得明显成效", False),
    ],
)
def test_no_goal_part(text, part, named) -> None:
    start = text.index(part)
    assert no_goal_part(TextIndex(text), start, start + len(part)) is named
