"""An inclusion echo with a remark in its bracket (2亿元以上（含2亿元，下同，或等值港元）): the echoed number is no amount
of its own, as in 1亿元以上（含1亿元）. A bracket that holds another figure after the comma is no echo. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _money(text: str) -> list[tuple[str, float | None, str]]:
    return [(m.surface, m.low, m.kind) for m in parse_bytes(text.encode("utf-8"), "rule.txt").money]


@pytest.mark.parametrize(
    "text",
    [
        "甲区对固定资产投资2亿元以上(含2亿元,下同,或等值港元)的新建物流项目给予补助。",
        "甲区对固定资产投资2亿元以上（含2亿元，下同）的新建物流项目给予补助。",
        "甲区对固定资产投资2亿元以上（含2亿元）的新建物流项目给予补助。",
    ],
)
def test_the_echoed_number_is_no_amount(text: str) -> None:
    assert _money(text) == [("2亿元以上", 2e8, "min")]


def test_a_bracket_with_another_figure_keeps_it() -> None:
    rows = _money("甲区对固定资产投资2亿元以上（含2亿元，奖励50万元）的新建物流项目给予补助。")
    assert ("50万元", 5e5, "exact") in rows
