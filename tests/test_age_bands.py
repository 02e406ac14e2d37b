"""An age band before the people it names (65至74岁老年人失能发生率, 16—24岁青年失业率, 18-22周岁人口) is part of the
metric's name, as an age class is (tests/test_age_class_traps.py): neither end of it is the goal's value, and a part
that holds no other figure is a goal without a number (lexicon [traps] age_class_pattern).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _values(sentence):
    return [(t.value, t.low, t.unit) for t in targets_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2031年,65至74岁老年人失能发生率有所下降。", [(None, None, None)]),
        (
            "到2031年,60-69岁老年人失能率持续降低,人均预期寿命达到81岁。",
            [(None, None, None), (81.0, None, "岁")],
        ),
        ("到2031年,16—24岁青年失业率明显下降。", [(None, None, None)]),
        ("到2031年,6至12岁儿童近视率逐年降低。", [(None, None, None)]),
        ("到2031年,3~6岁儿童入园率达到95%以上。", [(95.0, None, "%")]),
        ("到2031年,18-22周岁人口接受高等教育的比例达到60%。", [(60.0, None, "%")]),
    ],
)
def test_an_age_band_is_no_value_of_the_goal(sentence, expected):
    assert _values(sentence) == expected
