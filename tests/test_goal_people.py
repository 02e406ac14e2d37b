"""A count of people written with no measure word (census extract52 V3): 常住人口要达到850万, 就业总人数达到25万,
带动20万贫困人口脱贫 count people, in 人, as 70万人 does; a figure right after its noun of people, with no verb between
(城镇新增就业60万), is the goal's value. A figure with no unit after any other metric (人口密度, 发展水平) stays with no
unit. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_PLAN = "某县人口发展规划\n\n发布日期：2029-03-02\n\n"


def _rows(body: str) -> list[tuple]:
    return [(metric, value, unit, kind) for _, metric, value, unit, kind in target_rows(_PLAN + body)]


@pytest.mark.parametrize(
    ("clause", "value", "kind"),
    [
        ("全县常住人口要达到85万", 850000.0, "exact"),
        ("县城常住人口突破40万", 400000.0, "min"),
        ("旅游业就业总人数达到2.5万", 25000.0, "exact"),
        ("參與冰雪運動人數超過80萬", 800000.0, "min"),
        ("农村贫困人口减少1.3万", 13000.0, "exact"),
        ("带动2万贫困人口脱贫", 20000.0, "exact"),
    ],
)
def test_a_count_of_people_with_no_measure_word_is_in_people(clause: str, value: float, kind: str) -> None:
    rows = _rows(f"到2032年，{clause}，城镇化率达到65%。\n")
    assert [(value_, unit, kind_) for _, value_, unit, kind_ in rows] == [
        (value, "人", kind),
        (65.0, "%", "exact"),
    ]


def test_a_count_right_after_its_noun_of_people_is_the_value() -> None:
    rows = _rows("到2032年，城镇新增就业6万，地区生产总值增长7%左右。\n")
    assert rows[0][1:3] == (60000.0, "人")


@pytest.mark.parametrize(
    "clause",
    ["人口密度控制在800", "两化融合发展水平达到66", "产业链企业数量达到12"],
)
def test_a_figure_with_no_unit_after_another_metric_keeps_none(clause: str) -> None:
    rows = _rows(f"到2032年，{clause}，城镇化率达到65%。\n")
    assert rows[0][2] is None


def test_a_written_unit_is_kept() -> None:
    rows = _rows("到2032年，接待游客300万人次，城镇化率达到65%。\n")
    assert rows[0][1:3] == (3000000.0, "人次")


def test_a_figure_after_a_noun_of_people_inside_a_longer_metric_is_no_value() -> None:
    # 人口 is not the metric's end here: no value is read after it without a verb
    rows = _rows("到2032年，人口密度800，城镇化率达到65%。\n")
    assert all(value != 800.0 for _, value, _, _ in rows)
