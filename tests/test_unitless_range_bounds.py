"""Census class K1 (round 24, faults55): a range whose one bound is written without its unit (处2500以上5000元以下罚款,
处五千以上一万元以下罚款, 处三千元以上一万以下罚款) is one range: the bare bound borrows the unit and scale of the amount
beside it, as the first number of a dash range does (parsers/unitless_bounds.py). A bare number that is no bound of it
(2000人以上, or a bound the same way) is left alone.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high"),
    [
        ("情节严重的，处以3500以上7000元以下罚款。", "3500以上7000元以下", 3500.0, 7000.0),
        ("逾期不改正的，处六千以上一万二千元以下罚款。", "六千以上一万二千元以下", 6000.0, 12000.0),
        ("逾期不改正的，处两千元以上一万以下罚款。", "两千元以上一万以下", 2000.0, 10000.0),
        ("情节严重的，处2以上5万元以下罚款。", "2以上5万元以下", 20000.0, 50000.0),
        ("违反本条规定的，处以200及以上1000元及以下罚款。", "200及以上1000元及以下", 200.0, 1000.0),
    ],
)
def test_a_bound_without_its_unit_makes_one_range(sentence, surface, low, high):
    money = money_of(sentence)
    assert list(money) == [surface]
    m = money[surface]
    assert (m.low, m.high, m.kind, m.role) == (low, high, "range", "penalty")


@pytest.mark.parametrize(
    "sentence",
    [
        "对吸纳就业200人以上、年营业收入5000万元以下的企业，给予奖励。",
        "对年营业收入500以上的企业，再给予5000万元以上的贷款支持。",
    ],
)
def test_a_bare_number_that_bounds_nothing_here_is_left_alone(sentence):
    assert all(m.kind != "range" for m in money_of(sentence).values())
