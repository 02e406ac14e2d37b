"""强/弱 after a share as its bound (round 17, census17 R-N1): 四分之一强 is a little more than a quarter (min), 三成弱 a
little less than 30% (max), at a clause end. The 强 of a word or a rank (30%强化, 百强县, 500强企业) bounds nothing, and
an amount of money takes no such bound. None of these sentences is copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("全县旅游收入占地区生产总值的三分之一强。", "三分之一强", 1 / 3, "min"),
        ("民营经济占全市经济总量四分之三弱，仍有提升空间。", "四分之三弱", 0.75, "max"),
        ("海洋经济產值佔全省總量四分之一強。", "四分之一強", 0.25, "min"),
        ("新能源汽车渗透率达到35%强。", "35%强", 0.35, "min"),
    ],
)
def test_qiang_and_ruo_after_a_share_bound_it(text: str, surface: str, value: float, kind: str) -> None:
    ratio = ratios_of(text)[surface]
    assert (round(ratio.value, 4), ratio.kind) == (round(value, 4), kind)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县研发投入增长30%强化创新支撑。", "30%"),  # 强化: a verb
        ("全县产值占全市的三分之一强度不够。", "三分之一"),  # 强度: a noun
    ],
)
def test_qiang_opening_a_word_is_no_bound(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].kind == "exact"


def test_no_share_bound_on_money() -> None:
    assert money_of("全县投入资金500万元强，用于基础设施。")["500万元"].kind == "exact"


def test_a_goals_share_bounded_by_qiang_is_min_as_its_ratio() -> None:
    text = "到2025年，数字经济增加值占地区生产总值比重达到四分之一强。"
    assert ratios_of(text)["四分之一强"].kind == "min"
    assert [(g.year, g.value, g.unit, g.kind) for g in targets_of(text)] == [(2025, 25, "%", "min")]
