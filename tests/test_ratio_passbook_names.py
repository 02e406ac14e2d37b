"""一折通 (the passbook a farm payout is paid into) is a name, no tenth: no ratio row; a discount before 通行 stays one.
E1%1cm (an absorbance unit) is a name, no share.
Sentences made up."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def _ratios(text: str) -> list[tuple[str, float]]:
    return [(r.surface, r.value) for r in parse_bytes(text.encode("utf-8"), "rule.txt").ratios]


def test_the_passbook_is_no_tenth() -> None:
    assert _ratios("验收合格后，通过“一折通”兑现到甲县农户。") == []


def test_a_discount_stays() -> None:
    assert _ratios("乙类货车享受八折通行优惠。") == [("八折", 0.8)]


def test_an_absorbance_unit_is_no_share() -> None:
    assert _ratios("甲县辣椒平均色价6.6E1%1cm460nm，辣椒素含量为1.1%。") == [("1.1%", 0.011)]
