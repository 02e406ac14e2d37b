"""The probes of goal lists with changes against the year before (tests/goal_list_comparison_probes.py), each a
made-up page parsed whole by parsers.pipeline.parse_path: a goal probe gives exactly its targets (year, value, unit,
and kind where it names one), in order; a near miss gives no target."""

from __future__ import annotations

import pytest
from goal_layout_probes import matches, parsed_rows
from goal_list_comparison_probes import GOALS, NOT_GOALS


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_listed_change_against_the_year_before_is_a_goal(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_a_reported_comparison_gives_no_target(probe, tmp_path):
    assert parsed_rows(probe, tmp_path) == []
