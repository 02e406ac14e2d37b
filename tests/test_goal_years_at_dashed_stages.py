"""A list of a plan's stages, each year labelled by a dash (round 32, targets36):

规划目标：2031年——…；⏎2036年——…；2041年——…. In an undated text the later stages say nothing of intent (no 将, 力争,
左右): they are goals because they carry on a goal list, each at a later year than the stage before it. Each stage's
figures take its own year, not the first stage's.

Guards: a dashed year earlier than the goal above it (a base or a review line), a dashed year whose clause reports
(已, 同比), a dashed run of years with no goal year above (a table of results), and a span (2031年—2036年) stay as they
were. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_PLAN = "某市氢能产业中长期发展规划\n规划目标：2031年——制氢产能6万吨/年，加氢站12座，燃料电池汽车600辆；\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_each_dashed_stage_takes_its_own_year() -> None:
    text = (
        _PLAN
        + "2036年——制氢产能30万吨/年，加氢站75座，燃料电池汽车8000辆；2041年——加氢站420座，产业产值1200亿元。\n"
    )
    assert _rows(text) == [
        (2031, 6e4),
        (2031, 12.0),
        (2031, 600.0),
        (2036, 3e5),
        (2036, 75.0),
        (2036, 8000.0),
        (2041, 420.0),
        (2041, 1200.0),
    ]


def test_a_dashed_stage_on_the_goals_line_itself() -> None:
    text = "某县发展规划\n发展目标：2031年——粮食产量45万吨；2036年——粮食产量52万吨，农民人均收入4万元。\n"
    assert _rows(text) == [(2031, 4.5e5), (2036, 5.2e5), (2036, 4e4)]


def test_a_dashed_year_before_the_goal_year_is_no_stage() -> None:
    text = _PLAN + "2029年——制氢产能1万吨/年，加氢站3座。\n"
    assert _rows(text) == [(2031, 6e4), (2031, 12.0), (2031, 600.0)]


def test_a_dashed_stage_that_reports_is_no_goal() -> None:
    text = _PLAN + "2036年——制氢产能已达30万吨/年，同比增长20%。\n"
    assert [row for row in _rows(text) if row[0] == 2036] == []


def test_dashed_years_with_no_goal_above_are_no_goals() -> None:
    text = "某市历年发展情况\n2026年——全市生产总值800亿元，财政收入60亿元；2031年——全市生产总值900亿元，财政收入70亿元。\n"
    assert _rows(text) == []


def test_a_dashed_span_of_years_is_no_stage() -> None:
    text = "某市发展规划\n到2031年，全市生产总值达到900亿元。2031年—2036年，累计建成加氢站80座。\n"
    assert [row for row in _rows(text) if row[0] == 2036] == []
