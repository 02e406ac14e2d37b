"""The goal-type probes (tests/goal_type_probes.py): the canonical goal section of each document type that sets
numbered goals, each a made-up page parsed whole by parsers.pipeline.parse_path; a goal probe gives exactly its
targets (year, value, unit, and kind where it names one), in order; a near miss gives no target."""

from __future__ import annotations

import pytest
from goal_layout_probes import Probe, matches, rows
from goal_type_probes import GOALS, NOT_GOALS

from parsers.pipeline import parse_path


def _parsed(probe: Probe, tmp_path) -> list[tuple]:
    path = tmp_path / f"probe{probe.suffix}"
    path.write_text(probe.text, encoding="utf-8")
    return rows(parse_path(path))


@pytest.mark.parametrize("probe", GOALS, ids=[p.name for p in GOALS])
def test_a_goal_as_a_document_sets_it_out_gives_its_targets(probe, tmp_path):
    found = _parsed(probe, tmp_path)
    assert matches(probe, found), f"want {list(probe.expected)}, got {found}"


@pytest.mark.parametrize("probe", NOT_GOALS, ids=[p.name for p in NOT_GOALS])
def test_numbers_that_are_no_goals_give_no_target(probe, tmp_path):
    assert _parsed(probe, tmp_path) == []
