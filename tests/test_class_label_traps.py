"""A list of ordinal class labels (一类、二类、三类县…分别达到…) names which class each figure
is for, no count of classes: no goal row takes a label for its number (round 36, falsegoals36; lexicon [traps]
class_label_list_pattern). A numeral with its class word alone may count (培育三类特色产品), and a level as a bound's
floor (二级以上医院5家) keeps its goal's own figure. A count that points back at a list (…、…这四个定位) is no count either.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("到2031年，一类、二类、三类县的森林覆盖率分别达到60%、50%、40%。", [60.0, 50.0, 40.0]),
        ("到2031年，全省一类、二类、三类水质断面比例分别达到40%、30%、20%。", [40.0, 30.0, 20.0]),
    ],
)
def test_class_labels_give_no_count(sentence, values):
    assert [t.value for t in targets_of(sentence) if t.value is not None] == values


def test_a_single_class_count_and_a_level_floor_stay():
    found = [(t.value, t.unit) for t in targets_of("到2031年，培育三类特色产品，建成二级以上医院5家。")]
    assert found == [(3.0, "类"), (5.0, "家")]


def test_a_count_pointing_back_at_a_list_is_no_count():
    # round 36, falsegoals36 ([traps] anaphoric_count_pattern): 这四个定位 sums up the items just listed
    sentence = (
        "到2031年,基本实现打造滨海旅游名城、海洋经济强区、港口物流中心、海洋文化保护与建设示范区这四个定位。"
    )
    assert [(t.value, t.year) for t in targets_of(sentence)] == [(None, 2031)]
