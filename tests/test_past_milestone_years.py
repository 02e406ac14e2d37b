"""Census class R-milestone (round 24, faults55): a year a past milestone is told after (是继2012年突破1000亿元、2016年
突破2000亿元之后，首次突破3000亿元大关; 早在2021年印发的…) names what had happened by then: that year opens no goal
(lexicon [tense] past_milestone_lead_pattern, read by parsers/goal_forecasts.py as a source's data is). A goal year of
the same sentence (到2030年…) still opens its goal.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "2029年，全市地区生产总值达到5120亿元，是继2019年突破3000亿元、2024年突破4000亿元之后，首次突破5000亿元大关。",
        "该县财政收入继2027年突破20亿元之后，再次迈上新台阶。",
        "全省旅游收入继2026年突破8000亿元和2028年突破9000亿元之后，首次突破万亿元。",
    ],
)
def test_a_milestone_told_after_its_year_is_no_goal(sentence):
    assert [t for t in targets_of(sentence) if t.value is not None] == []


def test_its_amounts_are_no_target_money():
    money = money_of("是继2019年突破3000亿元、2024年突破4000亿元之后，首次突破5000亿元大关。")
    assert {m.role for m in money.values()} == {"other"}


def test_a_goal_year_after_an_early_year_still_opens_its_goal():
    rows = [
        (t.year, t.value)
        for t in targets_of("早在2027年印发的纲要中，就提出了到2031年力争经济总量突破8000亿元的目标。")
    ]
    assert rows == [(2031, 8000.0)]
