"""A subject before a span of years ahead (round 35, targets49, class 3): 会议明确，乙市将于未来三年内…，数字经济核心
产业占比提高到15% — 将在/将于 before the span (lexicon span_ahead_after_marks; a span may end in 里 or 内) opens the span's
goals with year null; a base year after 比 (比2030年翻一番) names no year of the goals (goal_span_frames.names_a_year);
and a doubling in the span's statement is its goal of 2 倍 (SOURCES.md round 21, C4; goal_spans.planned_row).

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "plan.txt")]


def test_a_subject_before_jiang_zai_and_the_span() -> None:
    text = "会议明确，乙市将在今后三年里使数字经济核心产业占比提高到15%，城镇化率提高到60%。"
    assert _rows(text) == [(None, 15.0, "%"), (None, 60.0, "%")]


def test_a_base_year_in_the_span_sentence_names_no_goal_year() -> None:
    text = "报告提出，甲省将在未来五年内实现地区生产总值比2030年增长40%，城镇化率提高到60%。"
    assert _rows(text) == [(None, 40.0, "%"), (None, 60.0, "%")]


def test_a_doubling_in_a_span_statement_is_its_goal() -> None:
    text = "未来三年内，全市外贸进出口总额翻一番，数字经济核心产业占比提高到15%。"
    assert _rows(text) == [(None, 2.0, "倍"), (None, 15.0, "%")]


def test_a_plan_named_for_doubling_is_no_goal() -> None:
    assert _rows("今后五年内，实施企业倍增计划。") == []


def test_a_doubling_over_a_base_year_in_a_span_statement() -> None:
    text = "会议明确，乙市将于未来三年内力争实现外贸进出口总额比2030年翻一番，数字经济核心产业占比提高到15%。"
    assert _rows(text) == [(None, 2.0, "倍"), (None, 15.0, "%")]


def test_the_next_sentence_continues_a_subjects_span_goals() -> None:
    text = (
        "会议明确，乙市将于未来三年内力争实现外贸进出口总额比2030年翻一番。数字经济核心产业占比提高到15%，"
        "城镇化率提高到60%。"
    )
    assert _rows(text) == [(None, 2.0, "倍"), (None, 15.0, "%"), (None, 60.0, "%")]


def test_a_report_after_the_span_sentence_is_no_goal() -> None:
    assert _rows("甲省将在未来五年内新建学校20所。目前全省学校已达到280所。") == [(None, 20.0, "所")]
