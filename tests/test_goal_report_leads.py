"""Results dated to a past year-end after a reporting lead (round 35, targets49, class 1): 近年来，…发展，至2022年底，
全省茶园面积达780万亩 and 统计数据表明，到2015年，全省…收益超过300亿元 report where things stood, no goal, even in a
text with no date the pipeline reads (parsers.goal_report_leads, lexicon [targets] report_lead_words). A word of aim
(将, 力争, 目标) in the sentence, a year ahead of the text's date, or no lead (到2025年，…达到800万亩 in a plan) keeps the
goal.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_DATED = "茶产业发展迈上新台阶\n发布时间：2023-03-02 10:00:00 来源：某某网\n"


def _rows(text: str, head: str = "") -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(head + text + "\n", "news.txt")]


def test_a_year_end_after_a_review_lead_is_a_result() -> None:
    text = "近年来，甲省茶产业强势发展，至2022年底，全省茶园面积达780万亩，产茶45万吨，综合产值超过1000亿元。"
    assert _rows(text) == []
    assert _rows(text, _DATED) == []


def test_a_year_after_a_statistics_lead_is_a_result() -> None:
    text = "统计数据表明，到2015年，全省林业产业收益超过300亿元、工业增加值120亿元，年均增长分别为12%和15%。"
    assert _rows(text) == []
    assert _rows(text, _DATED) == []


def test_a_lead_with_a_word_of_aim_keeps_the_goal() -> None:
    text = "据统计，按照目前的增幅计算，到2030年，全市文化产业增加值将超过1000亿元。"
    assert _rows(text) == [(2030, 1000.0, "亿元")]


def test_a_year_ahead_of_the_date_keeps_the_goal() -> None:
    text = "近年来，甲省茶产业强势发展，到2027年底，全省茶园面积达到800万亩。"
    assert _rows(text, _DATED) == [(2027, 8000000.0, "亩")]


def test_a_plan_goal_with_no_lead_stays() -> None:
    assert _rows("到2025年，全省茶园面积达到800万亩。") == [(2025, 8000000.0, "亩")]


def test_a_document_after_the_lead_keeps_its_goals() -> None:
    text = "近年来，甲市非常重视农产品加工业，专门出台文件把它作为乡村振兴的动力之一，到2030年，全市建设加工集中区10个。"
    assert _rows(text) == [(2030, 10.0, "个")]
