"""Tenths right after 超/逾 are a share whatever follows them (round 37, ratios38).

Stage: a precision filter. 三成 is read as tenths only before a bound word, a mark or a few verbs (so that 三成员,
统一成为 stay words); 超7成乡镇 and 实现超六成增长 were dropped by that filter though 超 before a numeral and 成 can only
be a share that it bounds (min).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("到2028年超7成乡镇建成示范区。", "超7成", 0.7),
        ("乙市蔬菜产值较2019年实现超六成增长。", "超六成", 0.6),
        ("丙县逾四成农户加入合作社。", "逾四成", 0.4),
    ],
)
def test_tenths_after_a_word_of_more_are_a_minimum(text, surface, value):
    m = ratios_of(text)[surface]
    assert (m.value, m.kind, m.form) == (value, "min", "tenths")


@pytest.mark.parametrize(
    "text",
    ["丁村把合作社统一成为一家公司。", "戊镇有三成员单位参加。"],
)
def test_no_word_of_more_no_share_before_a_noun(text):
    assert ratios_of(text) == {}
