"""Census class L (round 25, faults56): in a list of amounts a reach verb opens (销售额达到300万元、600万元、2000万元以上),
the last amount's after-bound is every member's bound, as in a list 分别 opens (parsers/bound_lists.py
Enumerations._share_backwards). A list with no opener keeps each member's own reading.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


def _kinds(sentence):
    return [(m.surface, m.kind) for m in money_of(sentence).values()]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "(2)线上销售额达到400 万元、800万元、1500万元以上;",
            [("400 万元", "min"), ("800万元", "min"), ("1500万元以上", "min")],
        ),
        (
            "对年营业收入首次达到2亿元、5亿元、10亿元以上的企业,分别给予一次性奖励。",
            [("2亿元", "min"), ("5亿元", "min"), ("10亿元以上", "min")],
        ),
        (
            "(3)服务类企业营业额达700万元、1400万元以上。",
            [("700万元", "min"), ("1400万元以上", "min")],
        ),
    ],
)
def test_a_reached_list_shares_its_last_bound(sentence, expected):
    assert [row for row in _kinds(sentence) if row[0] != "一次性"] == expected


def test_a_list_with_no_opener_keeps_its_members():
    rows = dict(_kinds("对企业给予10万元、20万元、30万元以上的奖励。"))
    assert rows["30万元以上"] == "min"
