"""A year in Chinese digits whose 〇 is written with a look-alike (round 17, census17 N2).

Pages type the 〇 of 二〇一二年 as the letter O (二O一二年), a small o, a full-width Ｏ, the circle ○ or ◯, a Greek or
Cyrillic O, or a zero (二0一二年); OCR writes 2O12年. Each is the year 2012 to every year rule, with offsets kept. The
look-alikes are no digit anywhere else: a letter O in a word or an amount stays as written. None of these sentences is
copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of

from parsers.context import TextIndex
from parsers.lexicon import lexicon

YEAR_ZERO_LOOKALIKES = lexicon().section("context")["year_zero_lookalikes"]


@pytest.mark.parametrize("zero", list(YEAR_ZERO_LOOKALIKES) + ["0", "〇", "零"])
def test_every_look_alike_of_zero_reads_as_a_year(zero: str) -> None:
    text = f"到二{zero}一八年，全县地区生产总值达到三百亿元，城镇化率达到60%。"
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals] == [(2018, 300, "亿元"), (2018, 60, "%")]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("力爭到二O一五年人均GDP達到二萬二千元，農民人均純收入增長百分之八。", 2015),
        ("到二OO九年，全市规模以上工业增加值达到120亿元。", 2009),
        ("到二O二O年，全市规模以上工业增加值达到120亿元。", 2020),
        ("到2O2O年，全市规模以上工业增加值达到120亿元。", 2020),
    ],
)
def test_a_goal_dated_with_a_letter_o_year_takes_that_year(text: str, year: int) -> None:
    goals = targets_of(text)
    assert goals and all(g.year == year for g in goals)


def test_a_letter_o_year_keeps_every_offset() -> None:
    text = "二O一二年底前，2O一O年全年"
    ix = TextIndex(text)
    assert len(ix.norm) == len(text)
    assert ix.norm == "2012年底前，2010年全年"
    assert ix.written(0, 4) == "二O一二"


@pytest.mark.parametrize(
    "text",
    [
        "推进O2O平台建设，开展二O型号测试。",  # a letter O in a word: no 年 after four digits
        "全市共有一二O年历史的老字号企业。",  # the digits do not start with 19 or 20
        "第三二O〇五年度",  # a numeral before the digits: not a year of its own
        "型号GO2O12年款",  # a letter before 2O: a model name, not a year
        "二O项目共计OO万元",  # no 年
    ],
)
def test_look_alikes_that_are_no_year_stay_as_written(text: str) -> None:
    assert TextIndex(text).norm == text


def test_a_report_of_a_letter_o_year_is_no_goal() -> None:
    assert targets_of("二O一一年，全县地区生产总值增长百分之十二，完成年度任务。") == []


def test_a_birth_year_with_a_letter_o_is_no_goal() -> None:
    assert targets_of("他生于一九六O年，曾任县长。") == []
