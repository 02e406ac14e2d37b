"""Census class B (round 25, faults56): a planned investment (计划投资…, 计划总投资…, 计划投资额…) is a budget, the sum a
year's projects are to spend: money role other and no goal row, whatever year or goal words stand around it
(lexicon [roles] planned_investment_pattern, joined to budget_cues). A goal in the same sentence keeps its row.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("2031年,计划实施林业重点项目15个、计划投资4.2亿元,推进生态建设。", "4.2亿元"),
        ("2031年全县安排康养项目21个,计划总投资88.5亿元,当年度计划投资12.7亿元。", "12.7亿元"),
        ("到2031年,全区计划投资额达到310亿元,建成一批重大工程。", "310亿元"),
    ],
)
def test_a_planned_investment_is_a_budget(sentence, amount):
    assert money_of(sentence)[amount].role == "other"
    assert [t.value for t in targets_of(sentence) if t.unit == "亿元"] == []


def test_a_goal_beside_it_keeps_its_row():
    rows = [(t.year, t.value) for t in targets_of("2031年,计划实施林业重点项目15个、计划投资4.2亿元。")]
    assert rows == [(2031, 15.0)]
