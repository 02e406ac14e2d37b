"""A doubling word as a goal's quantity (round 21 convention, fixtures/heldout/SOURCES.md): a goal that doubles its
metric with no figure reached is a target of 2 倍 (翻两番 4 倍, lexicon [targets] word_multiples); a figure reached
beside it is the goal's value and the word gives no row; a past doubling or a plan's name is no goal. Sentences made
up (names and figures of no fixture)."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _rows(text: str) -> list[tuple]:
    return [(t.year, t.value, t.unit, t.kind, t.surface) for t in targets_of(text)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("到2029年，全区农产品加工产值比2023年翻一番。", 2.0),
        ("到2029年，全区农产品加工产值在2023年基础上实现翻番。", 2.0),
        ("到2029年，全区农产品加工企业数量实现倍增。", 2.0),
        ("到2035年，全市人均生产总值比2020年翻两番。", 4.0),
        ("到2035年，全市人均生产总值比2020年翻兩番。", 4.0),  # a traditional page reads the same
    ],
)
def test_a_doubling_goal_is_a_target_of_its_multiple(sentence: str, value: float) -> None:
    rows = _rows(sentence)
    assert [(year, v, unit, kind) for year, v, unit, kind, _ in rows] == [
        (2029 if value == 2 else 2035, value, "倍", "exact")
    ]


def test_more_than_doubling_is_a_lower_bound() -> None:
    rows = _rows("到2030年，全县农民人均纯收入比2019年翻一番以上。")
    assert [(year, v, unit, kind) for year, v, unit, kind, _ in rows] == [(2030, 2.0, "倍", "min")]


@pytest.mark.parametrize(
    "sentence",
    [
        "到2028年，全镇旅游收入翻一番，达到9亿元。",  # the figure after it
        "到2028年，全镇旅游收入实现翻番、突破9亿元。",
        "会议提出了全镇旅游收入力争再翻一番，到2028年达到9亿元的目标。",  # the year opens the figure's part
        "到2028年，全镇旅游收入达到9亿元，比2022年翻一番。",  # the figure before it
        "到2028年，全镇旅游收入达到9亿元，均比2022年翻一番以上。",
    ],
)
def test_the_figure_reached_is_the_value_and_the_word_gives_no_row(sentence: str) -> None:
    rows = _rows(sentence)
    assert [(v, unit) for _, v, unit, _, _ in rows] == [(9.0, "亿元")]


def test_a_doubling_and_another_metrics_figure_are_two_goals() -> None:
    rows = _rows("到2028年，全镇旅游收入比2022年翻一番，民宿数量达到300家。")
    assert [(v, unit, surface) for _, v, unit, _, surface in rows] == [
        (2.0, "倍", "全镇旅游收入比2022年翻一番"),
        (300.0, "家", "民宿数量达到300家"),
    ]


def test_a_goal_without_a_number_after_the_doubling_stays_one() -> None:
    rows = _rows("到2030年，全县农民人均纯收入比2019年翻一番以上、接近全省平均水平。")
    assert [(v, unit, surface) for _, v, unit, _, surface in rows] == [
        (2.0, "倍", "全县农民人均纯收入比2019年翻一番以上"),
        (None, None, "接近全省平均水平"),
    ]


def test_a_quoted_doubling_with_the_figures_reached_gives_the_figures() -> None:
    rows = _rows("到2029年，全县科技型企业和专精特新企业实现“双倍增”，分别达到60家和25家。")
    assert [(v, unit) for _, v, unit, _, _ in rows] == [(60.0, "家"), (25.0, "家")]


@pytest.mark.parametrize(
    "sentence",
    [
        "2019年，全县农业产值比2015年翻了一番。",  # a past doubling
        "2024年，全县农业产值比2020年翻了两番，达到42亿元。",
    ],
)
def test_a_past_doubling_is_no_target(sentence: str) -> None:
    assert not [row for row in _rows(sentence) if row[2] == "倍"]


def test_a_plans_name_is_no_doubling() -> None:
    rows = _rows("到2027年，深入实施工业倍增计划，全县规上企业达到80家。")
    assert [(v, unit) for _, v, unit, _, _ in rows] == [(80.0, "家")]


@pytest.mark.parametrize(
    "sentence",
    [
        "到2030年，对年销售额实现倍增的规上企业，给予一次性奖补。",  # a condition: 的 and a noun after the word
        "到2030年，支持营业收入实现翻番的企业申报高新技术企业。",
        "到2030年，全镇上下倍增干劲，确保完成年度任务。",  # an idiom
        "到2030年，市场主体发展信心倍增，营商环境持续优化。",
        "到2030年，充分发挥政策放大、叠加、倍增作用。",
        "到2030年，制定实施科技型企业倍增方案，完善配套政策。",  # a plan's name
    ],
)
def test_a_condition_or_an_idiom_is_no_doubling(sentence: str) -> None:
    assert not [row for row in _rows(sentence) if row[2] == "倍"]


def test_a_doubling_named_the_goal_is_one() -> None:
    rows = _rows("朝着到2030年实现茶园亩均收益翻一番的目标奋进。")
    assert [(year, v, unit) for year, v, unit, _, _ in rows] == [(2030, 2.0, "倍")]


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("到2032年，全县生产总值比2022年翻一番，经济总量达到760亿元。", 760.0, "亿元"),
        ("到2032年，全县规上企业数量实现倍增，总数达340家。", 340.0, "家"),
        ("到2032年，全县康养产业规模翻一番、规模达到45亿元以上。", 45.0, "亿元"),
        ("到2032年，全县康养收入实现翻番，由2024年的22亿元增加到44亿元。", 44.0, "亿元"),
    ],
)
def test_the_total_named_again_is_the_figure_reached(sentence: str, value: float, unit: str) -> None:
    rows = _rows(sentence)
    assert [(year, v, u) for year, v, u, _, _ in rows] == [(2032, value, unit)]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("到2032年，全县规上工业增加值翻一番，突破480亿元。", "全县规上工业增加值"),
        ("到2032年，全县康养收入实现翻番以上，达到44亿元以上。", "全县康养收入"),
        ("到2032年，全县生产总值比2022年翻一番，经济总量达到760亿元。", "全县生产总值比2022年"),
    ],
)
def test_the_metric_stops_before_the_doubling_word(sentence: str, metric: str) -> None:
    assert [t.metric for t in targets_of(sentence)] == [metric]
