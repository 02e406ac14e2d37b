"""A range of shares in words that writes its denominator twice (排放量超出限值百分之二十至百分之五十的) is one range, as
百分之二十至五十 is; before, the comparator in front made the first share a bound of its own and the range a second row.
Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _ratios(text: str) -> list[tuple[float, float | None, str]]:
    return [(r.value, r.high, r.kind) for r in parse_bytes(text.encode("utf-8"), "rule.txt").ratios]


@pytest.mark.parametrize(
    "text",
    [
        "排放量超出核定限值百分之二十至百分之五十的，处二千元罚款。",
        "排放量超出核定限值百分之二十至五十的，处二千元罚款。",
    ],
)
def test_one_range(text: str) -> None:
    assert _ratios(text) == [(0.2, 0.5, "range")]


def test_two_shares_of_different_denominators_are_not_joined_by_it() -> None:
    # 百分之二…千分之五十: not one denominator written twice (the numbers rise, so only the denominator parts them),
    # so no range of hundredths 0.02-0.5; the thousandths read as their own share
    rows = _ratios("排放量超出核定限值百分之二至千分之五十的，处二千元罚款。")
    assert [r for r in rows if r[2] == "range"] == []
    assert 0.05 in [r[0] for r in rows]
