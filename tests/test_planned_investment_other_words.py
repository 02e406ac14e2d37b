"""False goals, round 35 (targets48), class 2: a sum a plan or project list is to spend, in words other than 计划投资
(lexicon [roles] planned_investment_pattern): 计划安排…领域投资, 估算(总)投资, 当年度投资 after a planned total. Money
role other, no goal row. 完成投资 stays a level a year's plan may aim at.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("2031年,全市计划安排基础教育领域投资312.5亿元。", "312.5亿元"),
        ("全省两年拟实施项目共18个,估算总投资640亿元,2031年估算投资150亿元。", "150亿元"),
        ("全省两年拟实施项目共18个,估算总投资640亿元,2031年估算投资150亿元。", "640亿元"),
        ("2031年全县安排文旅项目12个,计划总投资56.2亿元,当年度投资9.8亿元。", "9.8亿元"),
    ],
)
def test_a_planned_sum_in_other_words_is_no_goal(sentence, amount):
    assert money_of(sentence)[amount].role == "other"
    assert [t.value for t in targets_of(sentence) if t.unit == "亿元"] == []


def test_work_to_complete_stays_a_goal():
    rows = [(t.year, t.value, t.unit) for t in targets_of("到2031年,全市重大项目完成投资500亿元。")]
    assert rows == [(2031, 500.0, "亿元")]
