"""The goal-layout probes (tests/goal_layout_probes.py), each a made-up document parsed whole by
parsers.pipeline.parse_path: a goal probe gives exactly its targets (year, value, unit, and kind where it names one),
in order; a probe whose numbers are no goals (a review, last year's statistics, a subsidy notice) gives no target."""

from __future__ import annotations

import pytest
from goal_layout_probes import GOALS, NOT_GOALS, Probe, matches, parsed_rows


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_goal_layout_gives_its_targets(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_numbers_that_are_no_goals_give_no_target(probe, tmp_path):
    assert parsed_rows(probe, tmp_path) == []


def test_the_probe_matcher_checks_year_value_unit_and_kind():
    probe = Probe("control", "", ((2026, 6.0, "%"), (2026, 3200.0, "人", "min")))
    assert matches(probe, [(2026, 6.0, "%", "exact"), (2026, None, None, None), (2026, 3200.0, "人", "min")])
    assert not matches(probe, [(2026, 6.0, "%", "exact"), (2026, 3200.0, "人", "exact")])  # kind
    assert not matches(probe, [(2027, 6.0, "%", "exact"), (2026, 3200.0, "人", "min")])  # year
    assert not matches(probe, [(2026, 6.0, "%", "exact")])  # a goal missing
    assert not matches(Probe("none", ""), [(2026, None, None, None)])  # a goal row where none stands
