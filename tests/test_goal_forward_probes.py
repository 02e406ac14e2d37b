"""The probes of goals set by a word that looks ahead or expects (tests/goal_forward_probes.py), each a made-up page
parsed whole by parsers.pipeline.parse_path: a goal probe gives exactly its targets (year, value, unit, and kind where
it names one), in order; a near miss gives no target."""

from __future__ import annotations

import pytest
from goal_forward_probes import GOALS, NOT_GOALS
from goal_layout_probes import matches, parsed_rows


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_goal_set_by_a_forward_word_is_read(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_a_report_near_a_forward_word_gives_no_target(probe, tmp_path):
    assert parsed_rows(probe, tmp_path) == []
