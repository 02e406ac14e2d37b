"""Bounds of money levels a report names (round 34, money46).

A level stepped onto with 登上 or 踏上 (生产总值登上5000亿元台阶) is at least it, as 迈上, 跨越 and 站上 are (census19's
convention: 跨越/跨过/迈上…大关/台阶 → min).
突破 before an amount that a base phrase wraps (在…突破300亿元基础上) is at least it: 基础上 is no object of the verb.
最低 before a short noun of a price (每包最低售价 10 元) bounds the price (min), as 最高 before a noun of an amount caps
it; 最低 naming a line (最低工资标准为1520元) bounds nothing.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("全市地区生产总值登上5000亿元台阶。", "登上5000亿元", 5e11),
        ("力争全省数字经济规模踏上万亿元台阶。", "踏上万亿元", 1e12),
        ("去年全县财政收入首次登上30亿元大关。", "登上30亿元", 3e9),
    ],
)
def test_a_level_stepped_onto_is_a_lower_bound(text, surface, low):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("min", low, None)


def test_climbing_a_height_leaves_a_price_exact():
    m = money_of("游客登上1000米高峰，门票80元。")["80元"]
    assert (m.kind, m.low, m.high) == ("exact", 80.0, 80.0)


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("在去年实现工业总产值突破300亿元基础上，今年力争增长10%。", "突破300亿元", 3e10),
        ("在全县旅游收入突破80亿元基础上再上台阶。", "突破80亿元", 8e9),
    ],
)
def test_a_breakthrough_wrapped_by_a_base_is_a_lower_bound(text, surface, low):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("min", low, None)


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("每包最低售价 10 元，不得低价倾销。", "10 元", 10.0),
        ("卷烟最低销售价格为8元。", "8元", 8.0),
    ],
)
def test_a_floor_over_a_price_is_a_lower_bound(text, surface, low):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("min", low, None)


def test_a_floor_naming_a_wage_line_bounds_nothing():
    m = money_of("全市月最低工资标准为1520元。")["1520元"]
    assert (m.kind, m.low, m.high) == ("exact", 1520.0, 1520.0)
