"""A multiple of a named base stated beside a goal (…突破300亿元，是2020年的2倍; …，相当于上年的两倍) compares the level
with its base: no target row, nor a goal without a number (lexicon [targets] multiple_of_base_pattern; the read sets give
such a multiple no target row, fixtures/heldout/SOURCES.md round 13). Its ratio row stays. A multiple with no base
before it (增长3倍) is still a goal's value, and so is the level beside it.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of, targets_of


def _rows(sentence):
    return [(t.value, t.unit) for t in targets_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2031年,全县旅游总收入突破300亿元,是2020年的2倍。", [(300.0, "亿元")]),
        ("到2031年,全市快递业务量超过20亿件,相当于2021年的3倍。", [(2000000000.0, "件")]),
        ("预计到2031年,全省低空飞行量将突破40万架次,相当于上年的两倍。", [(400000.0, "架次")]),
        ("到2031年,数字经济增加值达到800亿元,约为“十四五”末的1.5倍。", [(800.0, "亿元")]),
        ("到2031年,农民人均可支配收入增速保持在8%左右,大约相当于全国平均增速的1.2倍。", [(8.0, "%")]),
        ("到2031年,全县文化产业增加值为2021年的2.5倍以上。", []),
    ],
)
def test_a_multiple_of_a_base_is_no_target(sentence, expected):
    assert _rows(sentence) == expected


def test_its_ratio_row_stays():
    assert "2倍" in ratios_of("到2031年,全县旅游总收入突破300亿元,是2020年的2倍。")


def test_a_multiple_with_no_base_is_a_goal():
    assert _rows("到2031年,全县乡村旅游收入增长3倍。") == [(3.0, "倍")]
