"""预期寿命 (life expectancy) is a metric's name: the plan cue 预期 inside it states no intent, so a bare year's clause
that only reports the figure (2023年全县平均预期寿命79.5岁) is no plan in an undated text (lexicon [tense]
cue_in_name_words, parsers.clause_tense). A word of intent beside it still plans.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年全县主要健康指标分别为:居民平均预期寿命79.5岁、婴儿死亡率3.1‰。",
        "2022年,全市平均预期寿命80.2岁,高于全省平均水平。",
        "2021年,全县预期寿命78.9岁、孕产妇死亡率9.6/10万。",
    ],
)
def test_a_reported_life_expectancy_is_no_goal(sentence):
    assert targets_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("2031年,全县居民平均预期寿命力争达到80岁。", 80.0),
        ("到2031年,全市平均预期寿命达到81.5岁。", 81.5),
    ],
)
def test_a_life_expectancy_aimed_at_stays_a_goal(sentence, value):
    assert [t.value for t in targets_of(sentence)] == [value]
