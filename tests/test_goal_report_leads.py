"""Results dated to a past year-end after a reporting lead (round 35, targets49, class 1): 近年来，…壮大，至2028年底，
全市养殖水面达36万亩 and 统计数据显示，到2019年，全市…营业收入突破90亿元 report where things stood, no goal, even in a
text with no date the pipeline reads (parsers.goal_report_leads, lexicon [targets] report_lead_words). A word of aim
(将, 力争, 目标) in the sentence, a year ahead of the text's date, or no lead (到2032年，…达到40万亩 in a plan) keeps the
goal.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

_DATED = "渔业发展再上台阶\n发布时间：2029-04-10 09:30:00 来源：某某网\n"


def _rows(text: str, head: str = "") -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(head + text + "\n", "news.txt")]


def test_a_year_end_after_a_review_lead_is_a_result() -> None:
    text = "近年来，乙市渔业稳步壮大，至2028年底，全市养殖水面达36万亩，水产品产量12万吨，渔业总产值突破150亿元。"
    assert _rows(text) == []
    assert _rows(text, _DATED) == []


def test_a_year_after_a_statistics_lead_is_a_result() -> None:
    text = "统计数据显示，到2019年，全市物流业营业收入突破90亿元、增加值35亿元，年均增长分别为9%和11%。"
    assert _rows(text) == []
    assert _rows(text, _DATED) == []


def test_a_lead_with_a_word_of_aim_keeps_the_goal() -> None:
    text = "据统计，按照目前的增幅计算，到2030年，全市文化产业增加值将超过1000亿元。"
    assert _rows(text) == [(2030, 1000.0, "亿元")]


def test_a_year_ahead_of_the_date_keeps_the_goal() -> None:
    text = "近年来，乙市渔业稳步壮大，到2031年底，全市养殖水面达到40万亩。"
    assert _rows(text, _DATED) == [(2031, 400000.0, "亩")]


def test_a_plan_goal_with_no_lead_stays() -> None:
    assert _rows("到2032年，全市养殖水面达到40万亩。") == [(2032, 400000.0, "亩")]


def test_a_document_after_the_lead_keeps_its_goals() -> None:
    text = "近年来，甲市非常重视农产品加工业，专门出台文件把它作为乡村振兴的动力之一，到2030年，全市建设加工集中区10个。"
    assert _rows(text) == [(2030, 10.0, "个")]
