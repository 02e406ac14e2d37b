"""Goals a sentence names as a year's after stating them (“社会消费品零售总额增长7%以上，…”，3月2日，…介绍这是该县已定下
的2031年主要预期目标; 全区外贸进出口总额突破3000亿元已被乙区列为2031年…主要预期目标之一): the parts before the words
that set them are that year's goals (round 31, targets34; lexicon [tense] set_year_goals_pattern,
parsers/goal_years_after.set_year_scopes). A quote's goals end at its close. A verb of meeting (圆满完成2030年…目标)
reports, and so does a figure the goals part reports (已达). Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_quoted_goals_a_later_clause_sets_as_a_years() -> None:
    text = (
        "“社会消费品零售总额增长7%以上，固定资产投资增长9%以上，城乡居民收入增长6.5%左右”，3月2日，"
        "乙县发展改革局负责人介绍，这是该县已定下的2031年主要预期目标。\n"
    )
    assert _rows(text) == [(2031, 7.0), (2031, 9.0), (2031, 6.5)]


def test_a_goal_set_as_one_of_a_years_goals() -> None:
    text = "全区外贸进出口总额突破3000亿元已被乙区列为2031年对外开放的主要预期目标之一。\n"
    assert _rows(text) == [(2031, 3000.0)]


def test_goals_met_are_a_report() -> None:
    text = "全市地区生产总值增长6.1%，城镇新增就业3.2万人，圆满完成2030年经济社会发展主要预期目标。\n"
    assert _rows(text) == []


def test_a_figure_reported_before_the_words_is_no_goal() -> None:
    text = "全市地区生产总值已达到8000亿元，被列为2031年经济社会发展的主要预期目标之一。\n"
    assert _rows(text) == []
