"""Census16 class T1: a goal counted in a unit the target rules did not know (千克, 千升, 平方千米, 袋), on sentences
written for this file. The goal is read as the same sentence in 吨 or 平方公里 is; near misses stay what they were:
a reported figure, a price per pack, a plan period."""

from __future__ import annotations

import pytest
from goal_probes import read_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("到2027年，全省年人均茶叶消费量达到1.2千克。", [(2027, 1.2, "exact", "千克")]),
        (
            "到2026年，全区年产葡萄酒20万千升、成品酒8万千升。",
            [(2026, 200000.0, "exact", "千升"), (2026, 80000.0, "exact", "千升")],
        ),
        ("到2028年，全县建成海洋牧场示范区面积800多平方千米。", [(2028, 800.0, "min", "平方千米")]),
        ("到2027年，全市食用菌种植量力争达到3亿袋以上。", [(2027, 300000000.0, "min", "袋")]),
    ],
)
def test_a_goal_in_a_unit_of_measure_is_read(text: str, rows: list[tuple]) -> None:
    assert read_rows(text) == rows


def test_an_energy_intensity_in_kilograms_of_coal_keeps_its_whole_unit() -> None:
    """千克 is no unit of its own before 标准煤 (review16b: 0.45千克标准煤/元 became metric 标准煤/元, unit 千克)."""
    text = "到2027年，全市单位地区生产总值能耗降至0.45千克标准煤/元。"
    assert read_rows(text) == [(2027, 0.45, "exact", "千克标准煤/元")]


def test_a_kilometre_is_still_a_length_and_not_an_area() -> None:
    assert read_rows("到2027年，全县新建农村公路120千米。") == [(2027, 120.0, "exact", "千米")]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，全县年人均茶叶消费量为0.9千克，同比提高0.1千克。",  # a report of the past year
        "截至2024年底，全区已建成海洋牧场示范区面积600平方千米。",  # a report to date
        "对每袋有机肥补贴5元。",  # a price per pack, no goal
        "全市食用菌种植量去年达到2亿袋。",  # a report without a target year
    ],
)
def test_a_reported_or_priced_quantity_in_these_units_is_no_goal(text: str) -> None:
    assert read_rows(text) == []
