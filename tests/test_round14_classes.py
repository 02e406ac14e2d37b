"""Classes of language read in heldout15 (issue 8, round 14), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings, with the near
misses it must leave alone.

* a bare year opening its part, then 将 (will) in that part (2026年，全市将推动…，…增长7%): the year's plan, as a work
  report or its news states it; only the quantified goals of that one sentence give rows (将实施…行动 is a task, no
  goal); a forecast (预计2026年…将达到), 将近 (nearly) and a report of the year (2025年，…增长6.2%) are none;
* the year's goals as the topic of their sentence (对于2026年主要预期目标，报告提出，…), news writing the year without
  年 (对于2026发展目标): the goals follow; the topic and the words reporting it (报告提出) are none of them;
* the total size of an economy or industry (生物经济总规模, 产业总规模) is an aggregate a goal brings to a level, not the
  size of a fund (设立总规模100亿元的基金 stays a budget); a modal before the goal verb (规模将达到) is no part of the metric;
* a past marker a goal opener governs in its part (力争“十四五”以来累计降低10%) is the goal's period, no report: the
  sentence's goals stay goals; 以来 with no opener before it still reports;
* a line under a heading naming a year's goals that enumerates values (收入分别增长7%和8.5%左右): the verb of the first
  piece is the later pieces' too; a sub-heading with no verb stays none.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


# ---------------------------------------------------------------- a year's plan: 2026年，…将…
@pytest.mark.parametrize(
    ("text", "year", "rows"),
    [
        (
            "2026年，全市将深入推进制造业高质量发展，规上工业增加值增长7%，新增高新技术企业300家以上。",
            2026,
            [("规上工业增加值", 7.0, "exact"), ("高新技术企业", 300.0, "min")],
        ),
        (
            "招商方面，2027年，该区将实施重大项目攻坚行动，签约项目投资额突破500亿元。",
            2027,
            [("签约项目投资额", 500.0, "min")],
        ),
        (
            "2028年全县将着力稳就业，城镇新增就业1.2万人。",
            2028,
            [("城镇新增就业", 12000.0, "exact")],
        ),
    ],
)
def test_a_year_then_will_is_the_years_plan(text, year, rows):
    got = [t for t in targets_of(text) if t.value is not None]
    assert [(t.metric, t.value, t.kind) for t in got] == rows
    assert {t.year for t in got} == {year}


@pytest.mark.parametrize(
    "text",
    [
        "2026年，全省将实施重大项目谋划行动，坚定不移抓投资。",  # tasks: no number, no goal row
        "预计2026年全市软件产业规模将达到800亿元。",  # a forecast
        "2025年，全市规上工业增加值增长6.2%，将近一半来自新兴产业。",  # a report; 将近 = nearly
        "2026年，全市将近三成企业完成改造，增加值增长5%。",  # 将近 is no 将
    ],
)
def test_no_plan_without_will_or_after_a_forecast(text):
    assert targets_of(text) == []


def test_the_plan_reaches_its_own_sentence_only():
    text = "2026年，全市将推动产业升级，工业投资增长8%。全市规上工业增加值增长6.1%，同比提高0.4个百分点。"
    got = targets_of(text)
    assert [(t.metric, t.value, t.year) for t in got] == [("工业投资", 8.0, 2026)]


# ---------------------------------------------------------------- 对于2026年…目标，…提出，…
@pytest.mark.parametrize(
    ("text", "year", "rows"),
    [
        (
            "对于2026发展主要预期目标，市政府工作报告中提到，地区生产总值增长6%左右，城镇新增就业5万人以上。",
            2026,
            [("地区生产总值", 6.0, "exact"), ("城镇新增就业", 50000.0, "min")],
        ),
        (
            "关于2027年的主要目标，报告提出，全省粮食产量达到300万吨以上，单位生产总值能耗降低3%。",
            2027,
            [("全省粮食产量", 3e6, "min"), ("单位生产总值能耗", 3.0, "exact")],
        ),
    ],
)
def test_the_years_goals_as_topic(text, year, rows):
    got = targets_of(text)
    assert [(t.metric, t.value, t.kind) for t in got] == rows
    assert {t.year for t in got} == {year}


@pytest.mark.parametrize(
    "text",
    [
        "对于2026年的项目，每个奖励10万元，目标是培育企业。",  # a year of projects, not of goals
        "关于2025年目标完成情况，全市生产总值增长5.1%。",  # a report on the goals
    ],
)
def test_a_topic_year_that_names_no_goals(text):
    assert [t for t in targets_of(text) if t.value is not None] == []


# ---------------------------------------------------------------- 经济总规模将达到…
@pytest.mark.parametrize(
    ("text", "metric", "value", "kind"),
    [
        ("到2027年全市数字经济总规模将达到900亿元以上，带动就业2万人。", "全市数字经济总规模", 900.0, "min"),
        ("到2028年，海洋产业总规模达到1200亿元。", "海洋产业总规模", 1200.0, "exact"),
        ("到2027年，全县文旅经济规模有望达到50亿元。", "全县文旅经济规模", 50.0, "exact"),
    ],
)
def test_an_economys_total_size_is_a_goal(text, metric, value, kind):
    first = targets_of(text)[0]
    assert (first.metric, first.value, first.kind, first.unit) == (metric, value, kind, "亿元")


def test_a_funds_total_size_stays_a_budget():
    assert targets_of("到2026年，设立总规模100亿元的产业引导基金。") == []


# ---------------------------------------------------------------- 力争“十四五”以来累计…
def test_a_period_after_the_opener_is_no_report():
    text = "2027年主要预期目标是：地区生产总值增长5%左右。此外，单位生产总值能耗下降3%以上，力争“十五五”以来累计下降8%左右。"
    got = targets_of(text)
    assert [(t.value, t.kind, t.year) for t in got] == [
        (5.0, "exact", 2027),
        (3.0, "min", 2027),
        (8.0, "exact", 2027),
    ]


def test_since_without_an_opener_still_reports():
    assert targets_of("到2027年，“十五五”以来全市单位生产总值能耗累计下降9%。") == []


# ---------------------------------------------------------------- 2027年目标：⏎…分别增长7%和8.5%左右
def test_an_enumerated_line_under_a_goal_heading():
    text = "2027年目标：\n地区生产总值增长6%左右\n城乡居民收入分别增长7%和8.5%左右\n城镇新增就业3万人\n"
    got = targets_of(text)
    assert [(t.value, t.kind, t.year) for t in got] == [
        (6.0, "exact", 2027),
        (7.0, "exact", 2027),
        (8.5, "exact", 2027),
        (30000.0, "exact", 2027),
    ]


def test_a_sub_heading_under_a_goal_heading_stays_none():
    got = targets_of("2027年目标：\n产业能级更高\n新增就业3万人\n")
    assert [t.value for t in got] == [30000.0]
