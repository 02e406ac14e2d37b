"""A band of a condition written across a comma (年销售额完成30亿元以上，不足40亿元的，奖励…) is one range with role
threshold, as 30亿元以上不足40亿元 is (the conventions: X以上不足Y is one range); a cap after a comma (…以上，最高不超过…)
is another figure. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _money(text: str) -> list[tuple[float | None, float | None, str, str]]:
    return [(m.low, m.high, m.kind, m.role) for m in parse_bytes(text.encode("utf-8"), "rule.txt").money]


@pytest.mark.parametrize(
    "text",
    [
        "甲县商贸企业年销售额完成30亿元以上，不足40亿元的，奖励100万元。",
        "甲县商贸企业年销售额完成 30 亿元以上, 不足 40 亿元的, 奖励 100 万元。",
        "甲县商贸企业年销售额完成30亿元以上，未满40亿元的，奖励100万元。",
    ],
)
def test_a_band_across_a_comma_is_one_range(text: str) -> None:
    assert _money(text) == [(3e9, 4e9, "range", "threshold"), (1e6, 1e6, "exact", "subsidy")]


@pytest.mark.parametrize("upper", ["小于", "不到", "低于"])
def test_any_comparator_of_the_side_below_or_a_negated_reach_bounds_the_band(upper: str) -> None:
    # the words before the upper amount are the lexicon's comparators of the side below and its reach words negated
    text = f"乙市工业企业年产值8亿元以上，{upper}12亿元的，奖励50万元。"
    assert _money(text) == [(8e8, 1.2e9, "range", "threshold"), (5e5, 5e5, "exact", "subsidy")]


def test_a_cap_after_the_comma_stays_apart() -> None:
    rows = _money("对乙区总投资5000万元以上，最高不超过200万元的项目给予补助。")
    assert (5e7, None, "min", "threshold") in rows
    assert len(rows) == 2


def test_a_band_written_without_a_comma_reads_as_before() -> None:
    assert _money("甲县商贸企业年销售额30亿元以上不足40亿元的，奖励100万元。")[0] == (
        3e9,
        4e9,
        "range",
        "threshold",
    )
