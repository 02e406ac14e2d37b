"""A year inside its figure's part (地区生产总值2023年达到5200亿元) in an undated sentence that reports (a report cue:
居全省第2位, 连续…位居, 排名) and states no intent is a result, no goal, as a year before a dated text's date is
(parsers.goal_reports._closed_year_reported). 到/至 before the year (a deadline), a word of intent (力争) or an estimate
right before it (预计2031年达到…, which the sets read both ways) keeps the goal.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "全市经济稳中有进,地区生产总值2023年达到5200亿元,位居全省第2位。",
        "全县粮食生产保持稳定,粮食产量2022年达到48万吨,连续五年位居全市第一。",
        "在开放发展方面,外贸进出口总额2021年突破300亿元、居全国同类城市第三位。",
    ],
)
def test_an_inner_year_of_a_report_is_no_goal(sentence):
    assert targets_of(sentence) == []  # no goal, with a number or without


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全市地区生产总值力争2031年达到6000亿元,位居全省前列。", 6000.0),
        ("全市地区生产总值到2031年达到6000亿元,位居全省前列。", 6000.0),
        ("全市旅游总收入预计2031年达到300亿元,位居全省前列。", 300.0),
    ],
)
def test_a_deadline_an_aim_or_an_estimate_keeps_the_goal(sentence, value):
    assert [t.value for t in targets_of(sentence) if t.value is not None] == [value]
