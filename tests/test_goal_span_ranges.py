"""A span of effort ahead given as a range (经过3至5年努力，…; 通过5-8年的努力，…; 利用3-5年时间，…) is a span ahead like
经过N年努力 (round 21): its sentence's goals, those without a number too, have year null, with no word of aim needed
(a range is the time a plan reckons, never years past). A range span that reports results sets none. Sentences made
up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, metric, value, unit, kind) for year, metric, value, unit, kind in target_rows(text, "news.txt")
    ]


@pytest.mark.parametrize(
    "span", ["经过3至5年努力", "通过4-6年的努力", "经过三到五年的奋斗", "通过2～4年攻坚"]
)
def test_a_range_span_sets_its_goals_with_no_year(span: str) -> None:
    text = f"{span}，全县茶叶综合产值达到68亿元左右，森林覆盖率提高到72%以上。\n"
    assert [(y, v, u, k) for y, _, v, u, k in _rows(text)] == [
        (None, 68.0, "亿元", "exact"),
        (None, 72.0, "%", "min"),
    ]


def test_a_range_span_keeps_its_goals_without_a_number() -> None:
    text = "经过3至5年努力，把某县建设成区域物流枢纽，乡村旅游接待人次突破900万人次。\n"
    assert [(y, v) for y, _, v, _, _ in _rows(text)] == [(None, None), (None, 9000000.0)]


def test_a_range_of_time_to_use_sets_its_goals_with_no_year() -> None:
    text = "利用3-5年时间，培育年产值超10亿元的龙头企业25家，标准化养殖小区达到140个。\n"
    assert [(y, v, u) for y, _, v, u, _ in _rows(text)] == [(None, 25.0, "家"), (None, 140.0, "个")]


@pytest.mark.parametrize(
    "text",
    [
        "经过3至5年努力，全县已建成标准化养殖小区140个，农民人均收入增长了35%。\n",  # results reported
        "经过3至5年的努力，该县已累计完成植树造林8.6万亩。\n",  # results reported (已…完成)
        "全县茶叶综合产值达到68亿元，较上年增长12%。\n",  # no span: a report of the year
    ],
)
def test_a_range_span_reporting_results_sets_no_goal(text: str) -> None:
    assert _rows(text) == []


def test_a_single_span_with_no_aim_still_tells_the_years_past() -> None:
    # the counter-example the range must not move: 经过五年努力 with no aim reports
    assert _rows("经过五年努力，全县茶叶综合产值突破68亿元，年均增长9.5%。\n") == []
