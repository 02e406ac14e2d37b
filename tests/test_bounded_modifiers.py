"""A bounded amount before 的 and a noun says which things a goal is about, not how much (census extract51 A1):
超6亿元的乡镇全覆盖, 亩均产值8000元以上的特色基地形成规模. After 的, a level of a value (的目标, 的新台阶: lexicon
[targets] amount_value_nouns) keeps the amount as the goal's value, and so do an exact amount and a count. Sentences made
up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_PLAN = "某市产业发展规划\n\n发布日期：2028-03-02\n\n"


@pytest.mark.parametrize(
    "clause",
    [
        "税收超6亿元的乡镇全覆盖",
        "亩均产值8000元以上的特色基地形成规模",
        "營業收入超百億元的龍頭企業不斷湧現",
    ],
)
def test_a_bounded_amount_before_a_noun_is_no_goal_value(clause: str) -> None:
    rows = target_rows(_PLAN + f"到2031年，{clause}。\n")
    assert [v for _, _, v, _, _ in rows if v is not None] == []  # a goal without a number, if any


def test_the_count_of_the_same_sentence_stays() -> None:
    rows = target_rows(_PLAN + "到2031年，新增规上企业400家，税收超6亿元的乡镇全覆盖。\n")
    assert [(year, v, unit) for year, _, v, unit, _ in rows if v is not None] == [(2031, 400.0, "家")]


@pytest.mark.parametrize(
    ("clause", "value", "kind"),
    [
        ("全市工业总产值突破3000亿元", 3000.0, "min"),  # no 的
        ("实现全市工业总产值超3000亿元的目标", 3000.0, "min"),  # 的目标: the level of a value
        ("全市工业总产值突破3000亿元的宏伟目标", 3000.0, "min"),
        ("全市工业总产值迈上3000亿元以上的新台阶", 3000.0, "min"),
        ("全市工业总产值达到3000亿元", 3000.0, "exact"),
    ],
)
def test_a_value_stays_a_value(clause: str, value: float, kind: str) -> None:
    rows = target_rows(_PLAN + f"到2031年，{clause}。\n")
    assert [(year, v, k) for year, _, v, _, k in rows] == [(2031, value, kind)]


def test_the_last_of_a_list_of_measures_stays_a_value() -> None:
    """建成产量60万吨、产值90亿元以上的…基地: each quantity of a list that sizes the thing built is a goal's value."""
    rows = target_rows(_PLAN + "到2031年，建成产量60万吨、产值90亿元以上的区域性新材料生产基地。\n")
    assert [(year, v, unit, k) for year, _, v, unit, k in rows] == [
        (2031, 600000.0, "吨", "exact"),
        (2031, 90.0, "亿元", "min"),
    ]


def test_an_item_with_its_own_modifier_is_no_list_of_measures() -> None:
    rows = target_rows(_PLAN + "到2031年，实现税收超20亿元的乡镇8个、超6亿元的乡镇全覆盖。\n")
    assert [(year, v, unit) for year, _, v, unit, _ in rows if v is not None] == [(2031, 8.0, "个")]
