"""A range of shares in words that writes its denominator twice (超过载畜量百分之十至百分之三十的) is one range, as
百分之十至三十 is; before, the comparator in front made the first share a bound of its own and the range a second row.
Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _ratios(text: str) -> list[tuple[float, float | None, str]]:
    return [(r.value, r.high, r.kind) for r in parse_bytes(text.encode("utf-8"), "rule.txt").ratios]


@pytest.mark.parametrize(
    "text",
    [
        "超过核定载畜量百分之十至百分之三十的，每个超载单位罚款一百元。",
        "超过核定载畜量百分之十至三十的，每个超载单位罚款一百元。",
    ],
)
def test_one_range(text: str) -> None:
    assert _ratios(text) == [(0.1, 0.3, "range")]


def test_two_shares_of_different_denominators_are_not_joined_by_it() -> None:
    # 百分之十…千分之五: not one denominator written twice (whatever else reads them, not as one share of 百)
    assert (0.3, None, "min") not in _ratios("超过核定载畜量百分之十至千分之五的，罚款一百元。")
