"""Census class N (round 25, faults56): a ratio named by its metric and written as a bare number is a ratio row
(城乡居民收入倍差缩小到1.9以内: multiple, max; 收入比值缩小到1.3: ratio; 收入倍差≤1.8: multiple, max); a number with a
unit after the head's verb, or a head with no verb or sign before the number, is none (lexicon [ratios]
named_ratio_heads, named_ratio_pattern; parsers/named_ratios.py).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


def _rows(sentence):
    return [(r.surface, r.value, r.kind, r.form) for r in ratios_of(sentence).values()]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("到2031年,全县城乡居民收入倍差缩小到1.7以内。", [("1.7以内", 1.7, "max", "multiple")]),
        ("到2031年,城乡居民收入倍差≤1.75,居民人均可支配收入持续增长。", [("≤1.75", 1.75, "max", "multiple")]),
        ("到2031年,山区县与全市农民收入比值缩小到1.33。", [("1.33", 1.33, "exact", "ratio")]),
        ("到2031年,城乡居民收入比缩小至1.8以内。", [("1.8以内", 1.8, "max", "ratio")]),
        ("到2031年,山区居民收入与全市平均之比提升到0.8左右。", [("0.8左右", 0.8, "exact", "ratio")]),
        ("到2031年,特别是城乡收入倍差,要缩小到1.6以内。", [("1.6以内", 1.6, "max", "multiple")]),
    ],
)
def test_a_named_ratio_is_read(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "到2031年,城乡收入比值调查覆盖1200户。",
        "城乡居民收入倍差缩小到1.7万元以内的县给予奖励。",
        "2031年起开展城乡收入比值监测。",
    ],
)
def test_no_named_ratio_without_its_shape(sentence):
    assert _rows(sentence) == []
