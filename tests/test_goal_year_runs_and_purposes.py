"""A run of years with their levels (2031年突破3000亿元、2034年冲刺4000亿元): 冲刺 before a level is a verb of reach
after a year, as 突破 is (round 31, targets35; lexicon [targets] inner_goal_year_patterns). The purpose the goals
serve, as a part of its own (…，为全市生产总值过万亿元提供更强支撑), is no goal, a level in it included
([targets] purpose_served_pattern). Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, kind) for year, _, value, _, kind in target_rows(text)]


def test_each_year_of_a_run_dates_its_level() -> None:
    text = "甲市持续壮大服务业，2031年突破3000亿元、2034年冲刺4000亿元。\n"
    assert _rows(text) == [(2031, 3000.0, "min"), (2034, 4000.0, "exact")]


def test_a_year_before_sprint_to_a_level() -> None:
    rows = target_rows("乙区数字经济核心产业增加值2032年冲刺800亿元。\n")
    assert rows == [(2032, "乙区数字经济核心产业增加值", 800.0, "亿元", "exact")]  # 冲刺 out of the metric


def test_the_purpose_a_goal_serves_is_no_goal() -> None:
    text = "到2034年，丙市服务业增加值达到4000亿元，为全市地区生产总值过万亿元提供更强支撑。\n"
    assert _rows(text) == [(2034, 4000.0, "exact")]


def test_a_goal_that_supplies_the_country_stays_a_goal() -> None:
    # 为 + a figure with no 提供…支撑/贡献 after it: the goal itself
    assert _rows("到2034年，丁省为全国提供商品粮50亿斤以上。\n") == [(2034, 5e9, "min")]
