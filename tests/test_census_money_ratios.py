"""Money and ratio classes found by the round-12 census of failed mechanisms (issue 8).

Every sentence here is made up for this file; each test names the mechanism it guards.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts


def ratios_of(text: str):
    _, ratios = extract_amounts(text, one_clause(text))
    return ratios


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("逾期不改的，处清理费用二至四倍罚款。", "二至四倍", 2.0, 4.0),
        ("擅自占用绿地的，按恢复费用的一至三倍处以罚款。", "一至三倍", 1.0, 3.0),
        ("对责任单位处违法收入3至5倍的罚款。", "3至5倍", 3.0, 5.0),
        ("处所需费用五到十倍罚款；", "五到十倍", 5.0, 10.0),
    ],
)
def test_a_range_of_multiples_with_a_bare_first_bound_is_one_range(text, surface, low, high):
    (ratio,) = ratios_of(text)
    assert (ratio.surface, ratio.kind, ratio.form) == (surface, "range", "multiple")
    assert (ratio.value, ratio.high) == (low, high)


def test_a_multiple_after_an_unrelated_number_and_dash_is_no_range():
    values = [(r.surface, r.kind) for r in ratios_of("产量由1.5倍提高到2倍。")]
    assert values == [("1.5倍", "exact"), ("2倍", "exact")]
