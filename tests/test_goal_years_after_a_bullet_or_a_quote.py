"""A year phrase after a list item's bullet glyph or an opening quotation mark opens its part as after a sentence
boundary (round 31, targets32):

- a bullet glyph (■ ● ★ ※ ➢ …; the table parsers/data/list_marks.toml) before a bare year under a goals line
  (一、主要目标 ⏎ ● 2031年，…): the year of the goals is the bare year, not the text's date;
- a quotation that opens on 到 and a year (甲网讯“到2031年，…。”日前，…印发《…方案》): the plan's goals, though the
  quote follows a news credit rather than a sentence mark.

A bullet or a quote changes nothing of the tense: a year before the text's date stays a report, and a quoted goal
said met (“到2030年…”的目标已经实现) opens no goal. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_DATE = "某市人民政府办公室关于印发某市绿色发展三年行动方案的通知\n2030年3月1日\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


@pytest.mark.parametrize("glyph", ["●", "■ ", "★", "※", "➢", "◆ "])
def test_a_bare_year_after_a_bullet_glyph_is_the_goals_year(glyph: str) -> None:
    text = _DATE + f"一、主要目标\n{glyph}2031年，全市粮食产量达到120万吨，农民人均可支配收入增长8%左右。\n"
    assert _rows(text) == [(2031, 1.2e6), (2031, 8.0)]


def test_a_bulleted_year_reaches_the_next_sentence_of_its_item() -> None:
    text = _DATE + "■2031年，完成老旧小区改造120个。空气质量优良天数比例达80%以上。\n"
    assert _rows(text) == [(2031, 120.0), (2031, 80.0)]


def test_a_bulleted_year_before_the_texts_date_is_a_report() -> None:
    text = _DATE + "■2029年，全市粮食产量达到118万吨，农民人均可支配收入增长7.5%。\n"
    assert _rows(text) == []


def test_a_goal_quoted_after_a_news_credit_is_the_plans() -> None:
    text = (
        "某市网讯“到2031年，全市新能源汽车保有量达到20万辆，充电桩达到5000个。”日前，市政府办公室印发"
        "《某市新能源汽车推广方案》。\n"
    )
    assert _rows(text) == [(2031, 2e5), (2031, 5000.0)]


def test_a_quoted_goal_said_met_opens_no_goal() -> None:
    assert _rows("“到2020年，全市新能源汽车保有量达到20万辆”的目标已经实现。\n") == []


@pytest.mark.parametrize("dash", ["--", "-"])
def test_a_hyphen_bullet_doubled_or_opening_its_line(dash: str) -> None:
    text = _DATE + f"{dash}2031年，全市地区生产总值达到900亿元，一般公共预算收入增长6%左右。\n"
    assert _rows(text) == [(2031, 900.0), (2031, 6.0)]


def test_a_hyphen_between_two_years_stays_a_span() -> None:
    # the later year is no bullet's: 2028-2031年 opens no goal of 2031 (a span's rate, read by the rules of spans)
    text = _DATE + "2028-2031年，全市地区生产总值年均增长6%左右。\n"
    assert _rows(text) == []


@pytest.mark.parametrize("mark", ["", "★"])
def test_a_years_end_under_a_goals_line_is_that_year(mark: str) -> None:
    text = _DATE + f"一、主要目标\n{mark}2031年底，全区建成充电桩3000个以上，新能源汽车保有量达到2万辆。\n"
    assert _rows(text) == [(2031, 3000.0), (2031, 2e4)]


def test_a_years_end_that_reports_stays_a_report() -> None:
    assert _rows(_DATE + "2031年底，全区已建成充电桩3000个。\n") == []
