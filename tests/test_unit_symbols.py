"""A unit written as its symbol is the unit its name is (round 31, targets34; lexicon [targets] unit_symbols): the
compatibility characters pages print (㎡ ㎞ ㏊ ㎏ …), Latin abbreviations and full-width letters (ｍ２). A goal counted
in one is read as the same goal written with the name, its unit the name; the scorer reads both sides through the
same table. A symbol of a size (㎜, 毫米) is no goal's quantity, as 米 is none. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text)]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("到2031年，全市完成300万㎡老旧小区改造。", [(2031, 3000000.0, "平方米", "exact")]),
        (
            "到2031年，新建城市道路120㎞，完成造林5000㏊。",
            [(2031, 120.0, "公里", "exact"), (2031, 5000.0, "公顷", "exact")],
        ),
        ("到2031年，全市完成３００万ｍ２老旧小区改造。", [(2031, 3000000.0, "平方米", "exact")]),
        ("到2031年，新增蓄水能力100万m³。", [(2031, 1000000.0, "立方米", "exact")]),
        ("到2031年，单位面积产量达到2000㎏/亩以上。", [(2031, 2000.0, "千克/亩", "min")]),
    ],
)
def test_a_symbol_counts_as_its_unit(sentence: str, rows: list[tuple]) -> None:
    assert _rows(sentence + "\n") == rows


def test_the_symbol_and_the_name_give_the_same_row() -> None:
    assert _rows("到2031年，全市完成300万㎡老旧小区改造。\n") == _rows(
        "到2031年，全市完成300万平方米老旧小区改造。\n"
    )


def test_a_size_symbol_is_no_goal_quantity() -> None:
    # a goal with no number, as 800毫米 gives: no value, no unit
    assert _rows("到2031年，全市年降水量保持在800㎜以上。\n") == [(2031, None, None, None)]
    assert _rows("到2031年，全市年降水量保持在800毫米以上。\n") == [(2031, None, None, None)]


def test_a_latin_unit_of_its_own_keeps_its_name() -> None:
    assert _rows("到2031年，治理水土流失面积达到300km2。\n") == [(2031, 300.0, "km2", "exact")]
