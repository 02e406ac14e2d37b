"""A verb of setting goals before a year (census19 T3b-mid + 确定): 会议确定2032年…, 要求到2032年…, 提出2032年… set
that year's goals, bare or with 到, as 力争2032年 does. The verbs are one table (lexicon [context] goal_setting_verbs).
A year given a name (确定2032年为…年), a span's start (2030年以来), a date, or a year with no figure in its part (the
year of a thing named: 明确2032年工作的总体要求是：…) opens nothing. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_NEWS = "某市召开全委扩大会议\n\n发布日期：2031-11-26\n\n"


@pytest.mark.parametrize("verb", ["确定", "确立", "设定", "提出", "明确", "要求"])
@pytest.mark.parametrize("to", ["", "到"])
def test_a_setting_verb_opens_the_years_goals(verb: str, to: str) -> None:
    text = _NEWS + f"会议{verb}{to}2032年全区地区生产总值达到640亿元，年均增长9%。\n"
    assert target_rows(text) == [
        (2032, "全区地区生产总值", 640.0, "亿元", "exact"),
        (2032, "年均", 9.0, "%", "exact"),
    ]


def test_the_years_goals_run_on_over_its_list() -> None:
    text = (
        _NEWS
        + "本次会议确定2032年全区实现地区生产总值520亿元，增长8%；社会消费品零售总额210亿元，增长10%以上。\n"
    )
    assert [(year, value, kind) for year, _, value, _, kind in target_rows(text)] == [
        (2032, 520.0, "exact"),
        (2032, 8.0, "exact"),
        (2032, 210.0, "exact"),
        (2032, 10.0, "min"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "会议确定2032年为“项目建设年”，全市投资增长10%。",  # a name given to the year
        "会议确定了2032年为项目建设年，全市投资增长10%。",
        "会议提出2030年以来全市投资增长10%。",  # a span's start
        "会议明确2032年1月1日起施行新办法，补助标准提高10%。",  # a date
        "会议明确2032年工作的总体要求，即稳中求进。",  # the year of a thing named
        "会议要求2032年上半年全市投资增长10%。",  # a part of the year
    ],
)
def test_a_year_that_is_not_the_goals_time_opens_nothing(sentence: str) -> None:
    assert target_rows(_NEWS + sentence + "\n") == []


def test_a_past_year_without_a_setting_verb_still_reports() -> None:
    text = "某市2032年政府工作报告\n\n发布日期：2032-01-20\n\n一、2031年工作回顾\n\n2031年，全市地区生产总值增长5.2%。\n"
    assert target_rows(text) == []
