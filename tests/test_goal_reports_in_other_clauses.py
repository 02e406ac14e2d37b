"""Census16 classes T4 and T5: a report word in another clause of a goal's sentence wiped the sentence's goals, on
sentences written for this file (none copied from a fixture).

* T4: a sentence that opens with a status as of a date (截至2024年，…约180亿元) and then states a goal of a later
  year (力争到2025年突破500亿元, 目标到2025年…): the status is reported, the later goal stays;
* T5: a comparison with the year before (同比增长8%左右) after a goal opener in the same sentence (力争…，…同比增长8%左右):
  the aimed change, and it no longer wipes the opener's other goals.

Near misses keep reporting: no goal opener before the comparison, a change without 左右, a goal of the status's own
year, a report word after the goal statement, a span to now (五年来) before a bare year.
"""

from __future__ import annotations

import pytest
from goal_probes import read_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "截至2024年，全省低空经济规模约180亿元，力争到2026年突破600亿元。",
            [(2026, 60000000000.0, "min", "元")],
        ),
        (
            "截至2023年底，全市已建成充电桩3万个，同比增长20%，目标到2026年达到8万个。",
            [(2026, 80000.0, "exact", "个")],
        ),
    ],
)
def test_a_goal_of_a_later_year_after_a_dated_status_stays(text: str, rows: list[tuple]) -> None:
    assert read_rows(text) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "2026年全县地区生产总值力争达到520亿元，同比增长6.5%左右。",
            [(2026, 52000000000.0, "exact", "元"), (2026, 6.5, "exact", "%")],
        ),
        (
            "2026年，力争新开工亿元以上项目120个，固定资产投资同比增长9%左右。",
            [(2026, 120.0, "exact", "个"), (2026, 9.0, "exact", "%")],
        ),
    ],
)
def test_an_approximate_change_after_a_goal_opener_is_aimed(text: str, rows: list[tuple]) -> None:
    assert read_rows(text) == rows


@pytest.mark.parametrize(
    "text",
    [
        "1—10月，全县固定资产投资同比增长9%左右。",  # no opener: a report
        "上半年，全县固定资产投资同比增长9%左右，力争全年增长12%。",  # the opener after the comparison
        "截至2024年底，全省低空经济规模约180亿元，力争到2024年底突破300亿元。",  # the status's own year
        "截至2024年，全省低空经济规模约180亿元，到2026年已突破600亿元。",  # a report word in the goal statement
        "五年来，全市经济总量持续增长，其中2023年突破3万亿元。",  # a span to now, no status opener
        # an opener spent or idiomatic before the comparison aims at nothing (review16b)
        "2024年，我市克服困难，确保了经济平稳运行，地区生产总值同比增长5.5%左右。",
        "2024年，全省上下力争上游，规模以上工业增加值同比增长6.2%左右。",
        "今年力争的目标全部实现，全年地区生产总值同比增长5%左右。",
    ],
)
def test_reports_stay_reports(text: str) -> None:
    assert [r for r in read_rows(text) if r[0] is not None] == []
