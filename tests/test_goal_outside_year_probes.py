"""The probes of goal lists whose year stands outside their clauses (tests/goal_outside_year_probes.py), each a
made-up page parsed whole by parsers.pipeline.parse_path: a goal probe gives exactly its targets (year, value, unit,
and kind where it names one), in order; a near miss gives no target."""

from __future__ import annotations

import pytest
from goal_layout_probes import matches, parsed_rows
from goal_outside_year_probes import GOALS, NOT_GOALS


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_goal_list_takes_the_year_its_requirement_names(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_numbers_that_are_no_goals_give_no_target(probe, tmp_path):
    assert parsed_rows(probe, tmp_path) == []
