"""A list of a plan's stages, each year labelled by a dash (round 32, targets36):

发展目标：2031年——…；⏎2036年——…；2041年——…. In an undated text the later stages say nothing of intent (no 将, 力争,
左右): they are goals because they carry on a goal list, each at a later year than the stage before it. Each stage's
figures take its own year, not the first stage's.

Guards: a dashed year earlier than the goal above it (a base or a review line), a dashed year whose clause reports
(已, 同比), a dashed run of years with no goal year above (a table of results), and a span (2031年—2036年) stay as they
were. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_PLAN = "某市新型储能产业发展规划\n发展目标：2031年——储能装机规模200万千瓦，储能电站15座，储能企业30家；\n"


def _rows(text: str) -> list[tuple]:
    return [(year, value) for year, _, value, _, _ in target_rows(text)]


def test_each_dashed_stage_takes_its_own_year() -> None:
    text = (
        _PLAN
        + "2036年——储能装机规模800万千瓦，储能电站60座，储能企业90家；2041年——储能电站150座，营业收入900亿元。\n"
    )
    assert _rows(text) == [
        (2031, 2e6),
        (2031, 15.0),
        (2031, 30.0),
        (2036, 8e6),
        (2036, 60.0),
        (2036, 90.0),
        (2041, 150.0),
        (2041, 900.0),
    ]


def test_a_dashed_stage_on_the_goals_line_itself() -> None:
    text = "某县发展规划\n发展目标：2031年——蔬菜产量30万吨；2036年——蔬菜产量42万吨，农村居民人均收入3万元。\n"
    assert _rows(text) == [(2031, 3e5), (2036, 4.2e5), (2036, 3e4)]


def test_a_dashed_year_before_the_goal_year_is_no_stage() -> None:
    text = _PLAN + "2029年——储能装机规模50万千瓦，储能电站4座。\n"
    assert _rows(text) == [(2031, 2e6), (2031, 15.0), (2031, 30.0)]


def test_a_dashed_stage_that_reports_is_no_goal() -> None:
    text = _PLAN + "2036年——储能装机规模已达800万千瓦，同比增长20%。\n"
    assert [row for row in _rows(text) if row[0] == 2036] == []


def test_dashed_years_with_no_goal_above_are_no_goals() -> None:
    text = "某市历年发展情况\n2026年——全市工业总产值500亿元，税收收入40亿元；2031年——全市工业总产值650亿元，税收收入52亿元。\n"
    assert _rows(text) == []


def test_a_dashed_span_of_years_is_no_stage() -> None:
    text = "某市发展规划\n到2031年，全市工业总产值达到650亿元。2031年—2036年，累计建成储能电站60座。\n"
    assert [row for row in _rows(text) if row[0] == 2036] == []
