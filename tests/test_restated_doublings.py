"""A doubling word 上述/前述 restates (提前实现上述“双倍增”目标) names the goal stated before it: no ratio row of its
own (lexicon [targets] doubling_count_pattern, as a count of doublings naming a set of goals). A doubling goal stays one.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    "sentence",
    [
        "多个省份明确提出要提前实现上述“双倍增”目标。",
        "各县要确保如期实现前述翻一番目标。",
        "全市上下要咬定上述“翻两番”目标不放松。",
    ],
)
def test_a_restated_doubling_is_no_ratio(sentence):
    assert ratios_of(sentence) == {}


def test_a_doubling_goal_stays_a_ratio():
    assert "翻一番" in ratios_of("到2031年,全县农村居民人均可支配收入比2020年翻一番。")
