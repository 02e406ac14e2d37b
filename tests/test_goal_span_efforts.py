"""The effort of a span ahead with no plan's span named (通过5年努力，…; 力争经过五年的努力，…; 总体目标是：经过4年攻坚，…)
sets its sentence's goals with year null, those without a number too (未来五年 keeps only its quantified ones), when
the sentence says an aim (力争, 将, 要…) or a plan is said to state it (…提出，; 目标是：). 经过五年努力 with no aim tells
the years past; a plan named with its span of years dates the goals (goal_spans.span_effort_scopes). Sentences made
up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text, "news.txt")]


@pytest.mark.parametrize(
    "text",
    [
        "某省将深化改革，力争经过5年努力，全省电子信息产业营业收入增长60%以上、达到2.4万亿元。\n",
        "某省提出，坚持以创新驱动发展，力爭經過5年努力，全省電子信息產業營業收入增長60%以上、達到2.4萬億元。\n",
        "3月5日记者从省工信厅获悉，某省将推进新一轮产业提升工程，总体目标是：通过5年的努力，全省电子信息产业营业收入增长60%以上、达到2.4万亿元。\n",
        "该规划明确，通过五年攻坚，全省电子信息产业营业收入增长60%以上、达到2.4万亿元。\n",
    ],
)
def test_an_effort_ahead_sets_goals_with_no_year(text: str) -> None:
    assert _rows(text) == [(None, 60.0, "%", "min"), (None, 24000.0, "亿元", "exact")]


def test_the_goals_after_an_effort_with_an_aim_after_it() -> None:
    text = "通过3年的努力，全市示范基地将达到45个，农民人均收入增长35%以上。\n"
    assert _rows(text) == [(None, 45.0, "个", "exact"), (None, 35.0, "%", "min")]


@pytest.mark.parametrize(
    "text",
    [
        "经过五年努力，全市地区生产总值突破6200亿元，年均增长7.5%。\n",  # the five years past: no aim
        "经过5年的努力，全市已建成示范基地45个，农民收入增长35%。\n",  # a report
        "通过多年努力，全市数字农业示范基地达到45个。\n",  # no span
        "企业通过3年时间的研发，产品合格率达到99%。\n",  # inside a sentence, no aim
    ],
)
def test_no_goal_without_an_aim_or_a_span(text: str) -> None:
    assert _rows(text) == []


def test_a_plan_named_with_its_span_still_dates_the_goals() -> None:
    text = (
        "某市数字农业三年行动方案（2027—2029年）\n\n"
        "规划明确，通过3年努力，全市建成数字农业示范基地45个，农民人均收入增长35%以上。\n"
    )
    assert [year for year, *_ in _rows(text)] == [2029, 2029]


def test_an_effort_ahead_keeps_its_goals_without_a_number() -> None:
    # 通过N年努力 says what the years are to bring: its goals with no number are goals too
    text = (
        "市委全会提出，通过五年努力，推动全市经济总量突破9000亿元，建成区域科技创新中心，生态屏障更加牢固。\n"
    )
    rows = target_rows(text, "news.txt")
    assert [(year, metric, value) for year, metric, value, _, _ in rows] == [
        (None, "全市经济总量", 9000.0),
        (None, "区域科技创新中心", None),
        (None, "生态屏障更加牢固", None),
    ]


def test_a_span_ahead_of_another_form_keeps_only_its_quantified_goals() -> None:
    text = "未来五年，全市地区生产总值突破9000亿元，建成区域科技创新中心。\n"
    assert [value for _, _, value, _, _ in target_rows(text, "news.txt")] == [9000.0]


def test_an_aim_after_the_first_figure_does_not_make_the_years_ahead() -> None:
    # the three years brought the first figure; the aim is for next year, no span's goal
    assert _rows("经过三年努力，全县建成现代农业示范园12个，力争明年再建成6个。\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # a goal met (完成…目标，) then what the two years brought: a report, no plan's aim
        "全县如期完成两年攻坚目标，经过两年努力，建成标准化厂房8栋，新增市场主体1600户。\n",
        # checked against the goal: the five years past
        "对照目标，经过五年努力，全区累计建成充电桩4500个，超额完成任务。\n",
    ],
)
def test_an_effort_after_a_goal_met_is_a_report(text: str) -> None:
    assert target_rows(text, "news.txt") == []


def test_a_goal_heading_with_a_colon_still_frames_the_effort() -> None:
    text = "发展目标：经过四年努力，全区充电桩达到4500个。\n"
    assert _rows(text) == [(None, 4500.0, "个", "exact")]
