"""A goal set against a reference instead of a number (round 29, gnn31): its growth in step with the economy's or a
place's (与经济同步增长, 与GDP增速保持同步, 與經濟增速同步), level with or above an average (达到全省平均水平, 保持在全市
平均水平之上), or a quota handed down or planned met (完成…约束性指标, 完成国家考核目标, 控制在省定目标以内, 完成节能减排
任务, 完成“十四五”规划目标任务). It is a goal with no number in a year's bare list, which keeps only its goals with a
number otherwise, and a line under a goal heading, which needs a goal verb otherwise (lexicon [targets]
stated_goal_form_pattern). A past year's report, and a part without the form, stay unread. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_REPORT = "某区2033年国民经济和社会发展计划\n\n发布日期：2033-01-11\n\n"


def _goals(body: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(_REPORT + body)]


def _has_goal(rows: list[tuple], phrase: str) -> bool:
    """A 2033 goal without a number whose metric is the phrase (a leading 完成 may be stripped from it)."""
    return any(
        year == 2033 and value is None and len(metric) >= 4 and metric in phrase
        for year, metric, value in rows
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "一般公共预算收入与经济同步增长",
        "农村居民收入与全区同步增长",
        "城乡居民收入与GDP增速保持同步",
        "地方财政收入增速與經濟增速同步",
        "城乡居民收入保持同步增长",
        "空气质量优良天数达到全省平均水平",
        "农业增加值增速保持在全市平均水平之上",
        "全面完成节能减排降碳约束性指标",
        "单位产值能耗完成国家考核目标",
        "居民消费价格涨幅控制在省定目标以内",
        "完成节能减排任务",
        "高质量完成“十四五”规划目标任务",
        "主要污染物减排完成省控目标",
    ],
)
def test_a_bare_years_list_keeps_a_goal_set_against_a_reference(phrase: str) -> None:
    assert _has_goal(_goals(f"2033年，全区地区生产总值增长6%左右，{phrase}。\n"), phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "进出口总额增速高于全国平均水平",
        "城镇居民收入增速快于经济增速",
        "一般公共预算收入与经济增长同步",
        "单位GDP能耗完成省下达的任务",
    ],
)
def test_a_line_of_a_years_list_under_its_heading_needs_no_goal_verb(phrase: str) -> None:
    body = f"二、2033年工作安排\n全区经济社会发展主要预期目标是：地区生产总值增长6%左右，{phrase}，居民消费价格涨幅2%左右。\n"
    assert _has_goal(_goals(body), phrase)


def test_a_past_year_reports_its_growth_in_step() -> None:
    assert _goals("2031年，全区地区生产总值增长6%，一般公共预算收入与经济同步增长。\n") == []


@pytest.mark.parametrize(
    "part",
    [
        "同步建立管护长效机制",  # 同步 of doing, set against nothing
        "收入增长较快",
        "完成重点项目年度投资",  # work done, no quota handed down or planned
        "确保与全国同步全面建成小康社会",  # the nation's campaign joined, no growth in step
    ],
)
def test_no_part_without_the_form_is_kept(part: str) -> None:
    assert _goals(f"2033年，全区地区生产总值增长6%左右，{part}。\n") == [(2033, "全区地区生产总值", 6.0)]
