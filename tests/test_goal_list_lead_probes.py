"""The probes of goal lists whose lead names its indicators or stands alone (tests/goal_list_lead_probes.py), each a
made-up page parsed whole by parsers.pipeline.parse_path: a goal probe gives exactly its targets (year, value, unit,
and kind where it names one), in order; a near miss gives no target."""

from __future__ import annotations

import pytest
from goal_layout_probes import matches, parsed_rows
from goal_list_lead_probes import GOALS, HEADINGS_ONLY, NOT_GOALS


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_goal_list_after_its_lead_is_read(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_a_review_after_a_lead_gives_no_target(probe, tmp_path):
    assert parsed_rows(probe, tmp_path) == []


def test_a_category_heading_is_no_goal_of_its_own(tmp_path):
    from parsers.pipeline import parse_path

    path = tmp_path / "probe.txt"
    path.write_text(HEADINGS_ONLY, encoding="utf-8")
    targets = parse_path(path).targets
    # the goal under the heading is read (else the check below holds on nothing), and the heading is none
    assert any(t.value == 90.0 and t.unit == "%" for t in targets), targets
    assert all("方面" not in (t.metric or "") for t in targets), targets
