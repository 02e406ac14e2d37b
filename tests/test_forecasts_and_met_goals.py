"""Precision of goal years (census19 F-forecast, F-results). A year a forecast leads as hearsay or a first estimate
(据预计，2031年…) opens no goal, while a plan's own 预计到2032年…达到… still does; a bare year opening results whose
sentence names the goals met (…增长14%，基本实现预期目标) is no plan, while 确保实现预期目标 still aims. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_NEWS = "某省经济运行情况通报\n\n发布日期：2031-12-20\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "据预计，2031年全区新开工棚户区改造项目420个，2031年计划投资650亿元，融资200亿元。",
        "初步预计2031年全年增长5%。",
        "2031年全区经济运行稳中有进，全区完成地区生产总值860亿元，增长6.1%；一般公共预算收入52亿元，顺利完成年度目标。",
        "2031年，全市地区生产总值增长5.2%，完成年度目标。",
        "截至2031年底，全市累计建成5G基站1.2万个。",
        "2020年以来，全市累计投资3000亿元。",
        "依据某政发〔2031〕12号文件，补助标准提高10%。",
    ],
)
def test_forecasts_results_and_dates_give_no_goal(sentence: str) -> None:
    assert target_rows(_NEWS + sentence + "\n") == []


def test_a_plans_own_forecast_is_still_a_goal() -> None:
    rows = target_rows(_NEWS + "预计到2032年，全市数字经济增加值达到1.5万亿元以上。\n")
    assert [(year, value, unit, kind) for year, _, value, unit, kind in rows] == [
        (2032, 15000.0, "亿元", "min")
    ]


def test_ensuring_the_goals_are_met_still_aims() -> None:
    rows = target_rows(_NEWS + "2032年，全市生产总值增长6%左右，确保实现预期目标。\n")
    assert rows == [(2032, "全市生产总值", 6.0, "%", "exact")]


@pytest.mark.parametrize(
    "sentence",
    [
        "据预计，2031年外部环境更趋复杂，全市力争地区生产总值增长6%。",
        "据预计，2031年全市地区生产总值增长6%左右，确保完成全年目标任务。",
    ],
)
def test_an_aim_after_the_forecasts_year_keeps_the_goal(sentence: str) -> None:
    # review20 X-M2: the forecast leads the year only where its clause aims at nothing
    assert [(y, v) for y, _, v, _, _ in target_rows(sentence + "\n")] == [(2031, 6.0)]


def test_a_plan_line_reaching_the_goals_required_is_still_a_goal() -> None:
    # review20 X-M3: 达到目标要求 names what is to be done; no sign of goals met (基本, 了, 预期 …)
    text = "某市2031年国民经济和社会发展计划\n二、2031年主要预期目标\n2031年，全市空气质量优良天数比率85%，达到目标要求。\n"
    assert [(y, v) for y, _, v, _, _ in target_rows(text)] == [(2031, 85.0)]


@pytest.mark.parametrize(
    "sentence",
    [
        "某咨询机构分析师预测，2035年全国储能市场规模将达到3000亿元。",
        "业内人士预计，2034年甲省新能源汽车保有量将突破200万辆。",
        "一份行业报告预测，2035年全国储能装机将达到3亿千瓦。",
    ],
)
def test_a_forecast_by_someone_outside_the_text_gives_no_goal(sentence: str) -> None:
    # round 36, falsegoals36: an analyst's, an expert's or a report's forecast ([tense] forecast_lead_pattern)
    assert target_rows(sentence + "\n") == []


def test_an_expert_forecast_before_the_texts_own_aim_keeps_the_goal() -> None:
    rows = target_rows("专家预测，到2035年，全市力争储能规模达到300万千瓦。\n")
    assert [(r[0], r[2]) for r in rows] == [(2035, 3000000.0)]


def test_a_scenarios_outcome_gives_no_goal() -> None:
    # round 36, falsegoals36: 若…，则… opens a scenario; the year in its outcome is no goal ([tense] scenario_lead_pattern)
    text = (
        "若海上风电项目离岸距离在50公里以内，则度电成本约为0.3元，预计平价拐点在2032年之前出现；"
        "若离岸超过80公里，则度电成本接近0.45元，预计拐点在2038年之后出现。\n"
    )
    assert target_rows(text) == []


def test_a_condition_after_a_goal_keeps_the_goals() -> None:
    rows = target_rows("到2030年，全市新能源汽车保有量达到50万辆；如果条件允许，力争达到60万辆。\n")
    assert [r[2] for r in rows if r[2] is not None] == [500000.0, 600000.0]
