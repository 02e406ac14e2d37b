"""Goals with no number on made-up probes (tests/goal_no_number_probes.py): every goal a reader lists is a row with
no value, and what is no goal (a slogan, a list's set-up, a task, a report, commentary, a fragment) gives none."""

from __future__ import annotations

import pytest
from goal_no_number_probes import GOALS, NEAR_MISSES, NON_GOALS

from parsers.context import TextIndex
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
