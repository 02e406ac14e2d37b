"""The first year of a named plan period (round 35, targets49, class 3): “十四五”第一年的主要目标为：… names the goals
of 2021, the period's first year, not of the text's date nor of the period's end (lexicon year_patterns,
[targets] period_first_year_words; parsers.goal_year_reading). 首年 with no goal named after it dates nothing.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_DATED = "全市经济工作会议召开\n发布时间：2026-01-12 10:00:00 来源：某某网\n"


def _rows(text: str, head: str = "") -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(head + text + "\n", "news.txt")]


def test_the_first_year_of_a_period_dates_its_goals() -> None:
    text = "“十六五”第一年的主要目标为：社会消费品零售总额达到650亿元，城镇新增就业增长5%。"
    assert _rows(text) == [(2031, 650.0, "亿元"), (2031, 5.0, "%")]


def test_the_first_year_is_not_the_text_date() -> None:
    text = "“十五五”开局之年的目标是：全市地区生产总值达到800亿元。"
    assert _rows(text, _DATED) == [(2026, 800.0, "亿元")]
