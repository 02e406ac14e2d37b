"""Yearless goals of a dated text after it named a past year (parsers/goal_detected_scopes.py, turned_to_its_year;
census of round 31, targets33). A past year named before a yearless figure makes it a report (2030年工作总结 ⏎ …); but
once the text names its own year after it, by a goal statement of a year to come or by 今年 that is no part of the year
already run, the review (or a base year, 比2030年净增…) is behind it and its later figures are the year at hand's, which
the text's date gives. Texts made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_HEAD = (
    "某省旅游工作要点印发\n2031年1月14日\n"
    "省旅游局印发《2031年全省旅游工作要点》，明确全年接待国内外游客1.5亿人次，比2030年净增3000万人次。\n"
)
_TASKS = "规范建设旅游示范乡镇。全省将建成旅游专业村50个以上，建成高标准农家乐1000户左右。\n"


def _years_and_values(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text) if value is not None]


def test_goals_after_this_years_statement_take_the_texts_year() -> None:
    text = _HEAD + "今年，全省力争创建4个旅游强县。" + _TASKS
    assert _years_and_values(text) == [(2031, 4.0), (2031, 50.0), (2031, 1000.0)]


def test_the_year_so_far_is_no_turn_to_the_year_at_hand() -> None:
    # 今年以来 reports the months already run: the past year's reading stands
    text = _HEAD + "今年以来，全省新创建4个旅游强县。\n" + _TASKS
    assert _years_and_values(text) == []


def test_last_years_figures_after_this_years_statement_stay_results() -> None:
    # the turn to the year at hand lets the unit be read; its own 去年 still reports
    text = (
        _HEAD
        + "今年，全省力争创建4个旅游强县。\n去年全省建成旅游专业村50个以上，建成高标准农家乐1000户左右。\n"
    )
    assert _years_and_values(text) == [(2031, 4.0)]
