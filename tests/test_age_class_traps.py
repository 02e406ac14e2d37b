"""Census class A (round 25, faults56): an age class before the people it names (5岁以下儿童死亡率, 3岁以下婴幼儿托位数,
65周岁及以上老年人…, 60岁以上人口) is part of the metric's name, no bound on the goal: the goal's figure is the one its
verb reaches, and a list member holding only the age class gives no row (lexicon [traps] age_class_pattern).
An age the goal reaches (人均预期寿命达到80岁) keeps its value.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _values(sentence):
    return [(t.value, t.unit) for t in targets_of(sentence) if t.value is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2031年,每千人口拥有3岁以下婴幼儿托位数5.5个。", [(5.5, "个")]),
        ("到2031年,新生儿死亡率、5岁以下儿童死亡率分别控制在3.1‰、4.2‰以内。", None),
        ("到2031年,新生儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别降到3.3‰、4.4‰、11/10万。", None),
        ("到2031年,65周岁及以上老年人健康管理率达到78%。", [(78.0, "%")]),
        ("到2031年,全县60岁以上人口将达12万人。", [(120000.0, "人")]),
        ("到2031年,14岁以下儿童近视率下降到40%。", [(40.0, "%")]),
    ],
)
def test_an_age_class_is_no_value_of_the_goal(sentence, expected):
    values = _values(sentence)
    assert all(unit not in ("岁", "周岁") for _, unit in values)
    if expected is not None:
        assert values == expected


def test_an_age_reached_keeps_its_value():
    assert _values("到2031年,全市人均预期寿命达到80.2岁。") == [(80.2, "岁")]
