"""全年 or 年内 opening a part, then a verb that sets a figure and a word that plans or hedges it in that part (全年计划
新增城镇就业1.7万人以上, 年内全市完成改造50个以上): the year's own goals, as 力争全年… states them, of the plan year its
title or headings name, else its date's (lexicon whole_year_part_pattern, parsers.goal_yearless). Not a year's results
(bare figures), a forecast (或达, 预计), a figure 同比 (its sentence reports), a review's year, nor an undated text's.
Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_DATE = "2031年1月5日\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, kind) for year, _, value, unit, kind in target_rows(text, "news.txt")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _DATE + "就业方面，加强重点群体就业支持，全年计划新增城镇就业1.7万人以上。",
            [(2031, 17000.0, "人", "min")],
        ),
        # traditional characters
        (
            _DATE + "就業方面，加強重點群體就業支持，全年計劃新增城鎮就業1.7萬人以上。",
            [(2031, 17000.0, "人", "min")],
        ),
        # 年内 and 计划 with no hedge
        (_DATE + "招商方面，年内计划开展专题招商活动12次。", [(2031, 12.0, "次", "exact")]),
        # the subject between 全年 and its verb
        (_DATE + "加快重大项目建设，全年工业投资增长12%以上。", [(2031, 12.0, "%", "min")]),
        # the subject after 年内, later goals of the sentence with it
        (
            _DATE + "推进城市更新，年内全市完成老旧小区改造50个以上，新建口袋公园20个。",
            [(2031, 50.0, "个", "min"), (2031, 20.0, "个", "exact")],
        ),
    ],
)
def test_a_whole_year_part_states_the_years_goals(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year's results: bare figures, nothing planned or hedged
        _DATE + "经济运行总体平稳，全年地区生产总值增长4.8%、总量达5.3万亿元。",
        # a forecast
        _DATE + "受项目集中开工带动，全年工业投资或达3000亿元以上。",
        # compared with the year before: a report
        _DATE + "消费市场回暖，全年社会消费品零售总额同比增长7%左右。",
        # under a review's heading of a past year
        _DATE + "一、2030年工作回顾\n全年完成工业投资1200亿元以上。\n",
        # an undated text names no year
        "就业方面，加强重点群体就业支持，全年计划新增城镇就业1.7万人以上。",
        # 规模以上 names a size of firms, no hedge
        _DATE + "工业生产稳中有进，全年规模以上工业增加值增长6.2%。",
    ],
)
def test_no_goal_of_the_year(text: str) -> None:
    assert _rows(text) == []
