"""Thousands set apart by a space (7 000万元), as print and PDF set large figures: one amount, never 000万元 = 0."""

from __future__ import annotations

import pytest

from parsers.numbers import parse_number
from parsers.pipeline import parse_bytes


def _money(text: str) -> list[tuple[str, float, str]]:
    doc = parse_bytes(text.encode("utf-8"), name="grouped.txt")
    return [(m.surface, m.low, m.role) for m in doc.money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "乙县安排项目总投资6 000万元，给予补助2 000万元。",
            [("6 000万元", 6e7, "other"), ("2 000万元", 2e7, "subsidy")],
        ),
        ("对每户补贴2 500元。", [("2 500元", 2500.0, "subsidy")]),
        ("全省旅游收入达到12 345亿元。", [("12 345亿元", 1.2345e12, "other")]),
        ("一次性奖励1 000 000元。", [("1 000 000元", 1e6, "subsidy")]),
        ("一次性奖励 3 000 万元。", [("3 000 万元", 3e7, "subsidy")]),  # PDF: a space before the scale too
        ("给予贴息2 400.5万元。", [("2 400.5万元", 2.4005e7, "subsidy")]),
        # a fund named right before its amount is its total, not one payout (D1 of round 31; roles35)
        ("贴息资金2 400.5万元。", [("2 400.5万元", 2.4005e7, "other")]),
    ],
)
def test_a_space_grouped_figure_is_one_amount(text, expected):
    assert _money(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year and then an amount: four digits are no leading group
        ("2031 400万元", [("400万元", 4e6, "other")]),
        # a count and then an amount
        ("对3 家企业各奖励500万元。", [("500万元", 5e6, "subsidy")]),
        # commas keep their reading
        ("资助1,500万元。", [("1,500万元", 1.5e7, "subsidy")]),
    ],
)
def test_what_is_no_space_grouped_figure_keeps_its_reading(text, expected):
    assert _money(text) == expected


def test_a_later_group_before_a_percent_is_no_part_of_an_amount():
    doc = parse_bytes("增长3 100%".encode(), name="ratio.txt")
    assert [(r.surface, r.value) for r in doc.ratios] == [("100%", 1.0)]
    assert list(doc.money) == []


def test_parse_number_reads_space_grouped_thousands():
    assert parse_number("7 000") == 7000
    assert parse_number("11 248") == 11248
    assert parse_number("1 000 000.5") == 1000000.5
