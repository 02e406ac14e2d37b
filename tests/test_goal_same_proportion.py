"""同比例 (in the same proportion) holds 同比 but compares with no past figure: a goal sentence ending so keeps its
goals; 同比增长 still reports."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def targets(text: str):
    return parse_bytes(text.encode(), "goal.txt").targets


def test_a_change_in_the_same_proportion_leaves_the_goals():
    text = "到2029年，城镇居民人均住房面积在2024年基础上增加2平方米左右，农村居民人均住房面积同比例增加。"
    got = {(t.year, t.value) for t in targets(text)}
    assert (2029, 2) in got


def test_a_year_on_year_change_still_reports():
    text = "2024年1—9月，全市规上工业增加值同比增长6.5%。"
    assert [t for t in targets(text) if t.value is not None] == []
