"""Yearless goals of a dated text after it named a past year (parsers/goal_detected_scopes.py, turned_to_its_year;
census of round 31, targets33). A past year named before a yearless figure makes it a report (2030年工作总结 ⏎ …); but
once the text names its own year after it, by a goal statement of a year to come or by 今年 that is no part of the year
already run, the review (or a base year, 比2030年净增…) is behind it and its later figures are the year at hand's, which
the text's date gives. Texts made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_HEAD = (
    "某省旅游工作要点印发\n2031年1月14日\n"
    "省文化和旅游厅印发《2031年全省文旅工作要点》，明确全年接待游客2.2亿人次，比2030年净增1800万人次。\n"
)
_TASKS = "提升乡村民宿服务水平。全省将培育等级民宿120家以上，建成露营基地40个左右。\n"


def _years_and_values(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text) if value is not None]


def test_goals_after_this_years_statement_take_the_texts_year() -> None:
    text = _HEAD + "今年，全省力争创建6个文旅融合示范县。" + _TASKS
    assert _years_and_values(text) == [(2031, 6.0), (2031, 120.0), (2031, 40.0)]


def test_the_year_so_far_is_no_turn_to_the_year_at_hand() -> None:
    # 今年以来 reports the months already run: the past year's reading stands
    text = _HEAD + "今年以来，全省新创建6个文旅融合示范县。\n" + _TASKS
    assert _years_and_values(text) == []


def test_last_years_figures_after_this_years_statement_stay_results() -> None:
    # the turn to the year at hand lets the unit be read; its own 去年 still reports
    text = (
        _HEAD
        + "今年，全省力争创建6个文旅融合示范县。\n去年全省培育等级民宿120家以上，建成露营基地40个左右。\n"
    )
    assert _years_and_values(text) == [(2031, 6.0)]
