"""The goal probe suite (tests/goal_probes.py): made-up goal clauses composed from the grammar of goal clauses (time
frame, hedge, verb of reach, baseline, bound, range, number form, unit, several metrics, clause order), each checked
for the year, value, kind and unit of every row; and sentences of the same words that state no goal, checked for none.
``scripts/goal_probe_rate.py`` prints the suite's pass rate by class."""

from __future__ import annotations

import pytest
from goal_probes import expected_rows, goal_probes, non_goal_probes, probe_passes

_GOALS = goal_probes()
_NOT_GOALS = non_goal_probes()


def test_the_suite_is_as_large_as_its_brief() -> None:
    assert len(_GOALS) >= 150 and len(_NOT_GOALS) >= 60


@pytest.mark.parametrize("probe", _GOALS, ids=[p.id for p in _GOALS])
def test_goal_clause_gives_its_rows(probe) -> None:
    ok, got = probe_passes(probe)
    assert ok, f"{probe.text}: want {expected_rows(probe)}, got {got}"


@pytest.mark.parametrize("probe", _NOT_GOALS, ids=[p.id for p in _NOT_GOALS])
def test_sentence_that_states_no_goal_gives_no_row(probe) -> None:
    ok, got = probe_passes(probe)
    assert ok, f"{probe.text}: want no row, got {got}"
