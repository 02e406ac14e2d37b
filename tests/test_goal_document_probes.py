"""The goal-document probes (tests/goal_document_probes.py), each a made-up page parsed whole by
parsers.pipeline.parse_path: a goal probe gives exactly its targets (year, value, unit, and kind where it names one),
in order; a probe whose numbers are no goals (a period's results, a review) gives no target."""

from __future__ import annotations

import pytest
from goal_document_probes import GOALS, NOT_GOALS, PLACES
from goal_layout_probes import matches, parsed_rows

from parsers.pipeline import parse_path


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_goal_as_a_document_sets_it_out_gives_its_targets(probe, tmp_path):
    found = parsed_rows(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_numbers_that_are_no_goals_give_no_target(probe, tmp_path):
    assert parsed_rows(probe, tmp_path) == []


def test_a_place_of_a_breakdown_names_the_metric_said_once(tmp_path):
    path = tmp_path / "places.txt"
    path.write_text(PLACES, encoding="utf-8")
    metrics = [t.metric for t in parse_path(path).targets]
    assert metrics == [
        "甲市GDP预期目标",
        "乙市GDP预期目标",
        "丙市GDP预期目标",
        "丁、戊、己GDP预期目标",
        "庚、辛GDP预期目标",
    ]
