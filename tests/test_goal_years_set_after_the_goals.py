"""Goals a sentence names as a year's after stating them (“地区生产总值增长8%以上，…”2月3日，…透露该县已定下的2031年
经济社会发展主要预期目标; 规上工业总产值迈上8万亿元台阶已被甲市设为2031年…主要预期目标之一): the parts before the words
that set them are that year's goals (round 31, targets34; lexicon [tense] set_year_goals_pattern,
parsers/goal_years_after.set_year_scopes). A quote's goals end at its close. A verb of meeting (圆满完成2030年…目标)
reports, and so does a figure the goals part reports (已达). Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_quoted_goals_a_later_clause_sets_as_a_years() -> None:
    text = (
        "“地区生产总值增长8%以上，规模以上工业增加值增长10%以上，城镇新增就业3000人以上……”2月3日，接受记者采访时，"
        "甲县县长透露该县已定下的2031年经济社会发展主要预期目标。\n"
    )
    assert _rows(text) == [(2031, 8.0), (2031, 10.0), (2031, 3000.0)]


def test_a_goal_set_as_one_of_a_years_goals() -> None:
    text = "全市规上工业总产值迈上8万亿元台阶已被甲市设为2031年经济社会发展的主要预期目标之一。\n"
    assert _rows(text) == [(2031, 80000.0)]


def test_goals_met_are_a_report() -> None:
    text = "全市地区生产总值增长6.1%，城镇新增就业3.2万人，圆满完成2030年经济社会发展主要预期目标。\n"
    assert _rows(text) == []


def test_a_figure_reported_before_the_words_is_no_goal() -> None:
    text = "全市地区生产总值已达到8000亿元，被列为2031年经济社会发展的主要预期目标之一。\n"
    assert _rows(text) == []
