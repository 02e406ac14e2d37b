"""A numbered label joined to its figure by a dash (round 35, money48): a news layout heads its paragraphs with
【数字五——42亿元】, 数字九——750万元, 关键词三——…: the numeral after the label noun (数字, 关键词, 第) numbers the item,
it is no first end of a range; the amount after the dash is read alone. A range's first end (20——100万元, 二至五万元)
is still one.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("【数字五——42亿元】全年新增的技改投资。", "42亿元", 4.2e9),
        ("数字九——750万元，用于奖励科技企业。", "750万元", 7.5e6),
        ("关键词三——3500万元　全年新增惠企资金。", "3500万元", 3.5e7),
        ("第二——80亿元，一季度完成投资。", "80亿元", 8e9),
    ],
)
def test_a_labels_ordinal_is_no_range_end(text, surface, value):
    money = money_of(text)
    assert surface in money
    assert (money[surface].kind, money[surface].low, money[surface].high) == ("exact", value, value)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("对新引进企业给予20——100万元奖励。", "20——100万元", 2e5, 1e6),
        ("按规定给予二至五万元奖励。", "二至五万元", 2e4, 5e4),
    ],
)
def test_a_quantitys_first_end_still_makes_a_range(text, surface, low, high):
    money = money_of(text)
    assert (money[surface].kind, money[surface].low, money[surface].high) == ("range", low, high)
