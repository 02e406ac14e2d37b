"""Census class B (round 24, faults55): investment sought from the centre (争取中央投资33.56亿元, 中央预算内投资) and bonds to
issue (力争发行不低于200亿元地方政府专项债券) are budgets: sums got or raised for work, no goal (lexicon [roles] budget_cues),
and their money is no target. A planned investment (计划投资超百亿元) was left as a goal here in round 24; round 25
(faults56, tests/test_planned_investment_budgets.py) reads it as a budget, as ten of the eleven readings in the sets do.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("2031年争取中央投资12.5亿元，用于高标准农田建设。", "12.5亿元"),
        ("2031年，全省力争发行不低于300亿元地方政府专项债券，用于园区建设。", "300亿元"),
        ("2031年全市争取中央预算内投资8亿元。", "8亿元"),
    ],
)
def test_a_sum_sought_or_raised_is_a_budget(sentence, surface):
    assert [t for t in targets_of(sentence) if t.value is not None] == []
    assert [m.role for s, m in money_of(sentence).items() if s.endswith(surface)] == ["other"]


def test_a_planned_investment_is_a_budget_since_round_25():
    assert [t.value for t in targets_of("2031年全市计划投资超百亿元。") if t.value is not None] == []
