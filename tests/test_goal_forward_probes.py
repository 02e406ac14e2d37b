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


def test_expected_before_its_subject_is_no_part_of_the_metric(tmp_path):
    from parsers.pipeline import parse_path

    path = tmp_path / "probe.txt"
    path.write_text(
        "某市召开人代会\n2027年，预期全市地区生产总值增长6%以上，人均预期寿命达到81岁。\n", encoding="utf-8"
    )
    assert [t.metric for t in parse_path(path).targets] == ["全市地区生产总值", "人均预期寿命"]
