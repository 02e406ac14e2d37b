"""A number of years as a goal's quantity (census extract50 K): a metric naming a length in years (受教育年限, lexicon
[targets] year_measure_nouns) takes the figure in 年 after it as its value, as 岁 or 天 would be. 年 stays no unit
anywhere else: a year (2032年), a span (用3年时间, 5年内) or a part with another figure. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_PLAN = "某县教育发展规划\n\n发布日期：2028-03-02\n\n"


@pytest.mark.parametrize(
    ("clause", "value", "kind"),
    [
        ("新增劳动力平均受教育年限达到14.2年", 14.2, "exact"),
        ("劳动年龄人口平均受教育年限12年", 12.0, "exact"),
        ("主要劳动年龄人口受教育年限提高到13.5年以上", 13.5, "min"),
        ("平均受教育年限不低于11年", 11.0, "min"),
    ],
)
def test_a_length_in_years_is_the_goals_value(clause: str, value: float, kind: str) -> None:
    rows = target_rows(_PLAN + f"到2032年，{clause}，高中阶段毛入学率达到96%。\n")
    assert [(year, v, unit, k) for year, _, v, unit, k in rows] == [
        (2032, value, "年", kind),
        (2032, 96.0, "%", "exact"),
    ]


def test_a_traditional_page_reads_the_same() -> None:
    rows = target_rows(_PLAN + "到2032年，勞動年齡人口平均受教育年限達到11.9年。\n")
    assert [(year, v, unit) for year, _, v, unit, _ in rows] == [(2032, 11.9, "年")]


@pytest.mark.parametrize(
    "clause",
    [
        "用3年时间建成一批示范学校",  # a span, no metric in years
        "5年内新建幼儿园",  # a span
        "学校建设年限为2029年底前",  # a deadline after the noun, no length
        "产权年限达到70年的住宅改造完成",  # review21 S1: a length before 的 says which things
    ],
)
def test_no_other_figure_in_years_is_a_quantity(clause: str) -> None:
    rows = target_rows(_PLAN + f"到2032年，{clause}。\n")
    assert [(year, value) for year, _, value, _, _ in rows] == [(2032, None)]  # a goal without a number


def test_a_part_with_another_figure_keeps_it() -> None:
    rows = target_rows(_PLAN + "到2032年，受教育年限达到13年的人口占比达到60%。\n")
    assert [(v, unit) for _, _, v, unit, _ in rows] == [(60.0, "%")]
