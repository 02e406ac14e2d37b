"""今年 in a text with no date (a news page that gives only a month and a day) names the year the text's own sentences
speak of when no heading, title, topic sentence before it or work year sets one (parsers.goal_topics.spoken_year): a
year whose clause plans in words (2031年全区生产总值增长目标为…, 公布2031年…主要预期目标), a year a word of intent leads
(力争2031年…), or a year a sentence has for its topic after the words of who said it (某某表示，2031年是…关键之年). Not a
deadline (到2035年), a start (从2031年起), a year that only reports (2030年全区生产总值增长5%), nor two such years.
Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    """The rows of the 今年 goal list (its metrics: 地区生产总值, 一般公共预算收入)."""
    return [
        (year, value, unit, kind)
        for year, metric, value, unit, kind in target_rows(text, "news.txt")
        if metric
        and metric.startswith(("地区生产总值", "地區生產總值", "一般公共预算收入", "一般公共預算收入"))
    ]


# a title that names no year (the title's one year would set 今年's: parsers.goal_topics.topic_year)
_TITLE = "某市政府工作报告发布\n"
# a paragraph between the year's and the goals': a review, as a work report's news has one
_REVIEW = "市长回顾说，过去一年全市经济运行稳中有进，城乡居民收入稳步增长。\n"
_GOALS = "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长4%以上。\n"
_EXPECTED = [(2031, 6.0, "%", "exact"), (2031, 4.0, "%", "min")]


@pytest.mark.parametrize(
    "text",
    [
        # a year whose clause names its goal, after a year of results in the same sentence
        _TITLE
        + "1月9日，某市人代会开幕。报告提出，2030年全市生产总值增长4.8%，2031年全市生产总值增长目标为6%左右。\n"
        + _REVIEW
        + _GOALS,
        # a year whose goals are published (公布…目标), the list in a later paragraph
        _TITLE + "1月9日，市长在作报告时公布2031年全市经济社会发展主要预期目标。\n" + _REVIEW + _GOALS,
        # a word of intent before the year, in another paragraph
        _TITLE
        + "3月2日，某区召开会议。会议提出，力争2031年全区电力装机总规模突破1000万千瓦。\n"
        + _REVIEW
        + _GOALS,
        # the year as the topic of a sentence the speaker's words lead
        _TITLE
        + "1月9日，某市人代会开幕。市长表示，2031年是“十六五”规划的开局之年，做好全年工作意义重大。\n"
        + _REVIEW
        + _GOALS,
        # traditional characters
        _TITLE + "1月9日，某市人代會開幕。市長表示，2031年是“十六五”規劃的開局之年，做好全年工作意義重大。\n"
        "市長回顧說，過去一年全市經濟運行穩中有進，城鄉居民收入穩步增長。\n"
        "今年全市經濟社會發展的主要預期目標是：地區生產總值增長6%左右，一般公共預算收入增長4%以上。\n",
    ],
)
def test_this_year_names_the_year_the_text_speaks_of(text: str) -> None:
    assert _rows(text) == _EXPECTED


@pytest.mark.parametrize(
    "text",
    [
        # no year at all: an undated 今年 names none
        _TITLE + "1月9日，某市人代会开幕。\n" + _REVIEW + _GOALS,
        # only a deadline: the goals' far year is not the year at hand
        _TITLE + "1月9日，某市人代会开幕。报告提出，到2035年全市生产总值达到1万亿元。\n" + _REVIEW + _GOALS,
        # only a start
        _TITLE + "1月9日，某市出台新政。从2031年起，全市将实施新的补贴标准。\n" + _REVIEW + _GOALS,
        # only a year of results
        _TITLE
        + "1月9日，某市人代会开幕。报告回顾，2030年全市生产总值增长4.8%，一般公共预算收入增长3%。\n"
        + _REVIEW
        + _GOALS,
        # a year inside a document's name, and a date's month: no year at hand
        _TITLE
        + "1月9日，某市人代会开幕。《某市国民经济和社会发展第十五个五年规划和2035年远景目标纲要》明确提出要加快发展。"
        "2030年5月市政府印发的《实施方案》要求开展试点。\n" + _REVIEW + _GOALS,
        # two years planned: which one is spoken of is not told
        _TITLE + "1月9日，某市人代会开幕。报告提出，2031年全市生产总值增长目标为6%左右。"
        "2032年全市将力争生产总值突破5000亿元。\n" + _REVIEW + _GOALS,
    ],
)
def test_no_year_is_spoken_of(text: str) -> None:
    assert _rows(text) == []


def test_a_dated_text_keeps_its_date() -> None:
    text = "2032年1月9日\n报告提出，2031年全市生产总值增长目标为6%左右。\n" + _GOALS
    assert _rows(text) == [(2032, 6.0, "%", "exact"), (2032, 4.0, "%", "min")]
