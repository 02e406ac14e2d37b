"""今年 goals stated with a plan word (预期, 计划) instead of a lead noun, 今年 in a report posted years later, and a goal
at a named plan period's end after 力争 (round 13, a class of fresh government work reports and meeting news).
Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _targets(text: str) -> list[tuple[str, float, int | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.surface, t.value, t.year) for t in doc.targets]


def test_this_year_expected_growth_in_a_work_report_gives_the_report_year() -> None:
    text = "某市2031年政府工作报告\n今年全市地区生产总值预期增长8%，城镇登记失业率控制在4%以内，农民人均纯收入增长7%。\n"
    assert _targets(text) == [
        ("全市地区生产总值预期增长8%", 8.0, 2031),
        ("城镇登记失业率控制在4%以内", 4.0, 2031),
        ("农民人均纯收入增长7%", 7.0, 2031),
    ]


def test_a_report_posted_years_later_keeps_its_own_year() -> None:
    text = "资料：某市2031年政府工作报告\n2035年04月02日 来源：网站\n今年全市地区生产总值预期增长8%，城镇登记失业率控制在4%以内。\n"
    assert [year for _, _, year in _targets(text)] == [2031, 2031]


@pytest.mark.parametrize(
    "body",
    [
        "今年，全县计划完成粮食播种面积60万亩，产量达到3亿斤。",
        "据了解，今年我县计划播种粮食面积60万亩、产量3亿斤。",
    ],
)
def test_this_year_planned_figures_in_dated_news_are_goals_of_the_date_year(body: str) -> None:
    found = _targets(f"某县春耕工作会议召开\n2031-03-02\n{body}\n")
    assert [(value, year) for _, value, year in found] == [(600000.0, 2031), (300000000.0, 2031)]


@pytest.mark.parametrize(
    "body",
    [
        "今年以来，全县计划完成的粮食播种面积已达60万亩。",  # the year so far: a report
        "今年全县计划生育服务覆盖率为95%。",  # 计划生育 is no plan word (with a goal verb, 保持在…以上, it is a goal)
        "今年全县粮食播种面积60万亩，比去年增加2万亩。",  # a result stated with no plan word
    ],
)
def test_this_year_without_a_plan_word_or_so_far_gives_no_goal(body: str) -> None:
    assert _targets(f"某县工作会议召开\n2031-12-02\n{body}\n") == []


def test_a_goal_verb_before_a_plan_period_end_takes_its_last_year() -> None:
    assert _targets("关于某产业的意见\n力争“十四五”末，全省高速公路总里程达到9000公里。\n") == [
        ("全省高速公路总里程达到9000公里", 9000.0, 2025)
    ]
    assert _targets("关于某产业的意见\n“十三五”末，全省高速公路总里程达到6000公里。\n") == []


def test_a_goal_subheadline_between_a_year_heading_and_its_paragraph_keeps_the_heading_year() -> None:
    text = (
        "某报记者 某某\n2月4日上午，某市人代会开幕。\n2031年——\n锚定新目标，生产总值预期增长6%以上\n"
        "市长在报告中提出今年全市经济社会发展的主要预期目标是：生产总值增长6%以上，居民收入增长6%左右。\n"
    )
    assert _targets(text) == [("生产总值增长6%以上", 6.0, 2031), ("居民收入增长6%左右", 6.0, 2031)]


def test_a_results_subheadline_ends_the_run_of_headings() -> None:
    text = (
        "某报记者 某某\n2月4日上午，某市人代会开幕。\n2030年——\n全市生产总值增长5.5%，收入增长3.1%\n"
        "市长说，2030年全市生产总值增长5.5%。今年全市经济社会发展的主要预期目标是：生产总值增长6%以上。\n"
    )
    assert _targets(text) == []  # undated, and the heading's year is the reviewed one: 今年 is unknown


def test_goals_stated_before_a_later_opener_count() -> None:
    text = "某省工作会议召开\n2031年02月01日\n会议提出，今年要实现城镇新增就业8万人以上、城镇调查失业率5%左右，确保就业局势稳定。\n"
    assert [(value, year) for _, value, year in _targets(text)] == [(80000.0, 2031), (5.0, 2031)]


def test_means_before_the_opener_are_still_no_goal() -> None:
    text = "某区工作会议召开\n2031年02月01日\n今年该区将投入3亿元，力争全年签约8个项目。\n"
    assert [value for _, value, _ in _targets(text)] == [8.0]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (
            "某市经济运行情况\n2031-12-20",
            "今年预期目标全面完成，全市地区生产总值增长8.2%，城镇新增就业3.1万人。",
        ),
        ("某市2030年工作总结\n2031-01-05", "今年全市地区生产总值增长6.1%，完成预期目标。"),
        ("某县新闻\n2031-03-20", "据介绍，今年全县计划投资15亿元，实施重点项目12个。"),
    ],
)
def test_a_plan_word_that_names_a_target_met_or_an_investment_plan_opens_no_goals(
    head: str, body: str
) -> None:
    assert _targets(f"{head}\n{body}\n") == []
