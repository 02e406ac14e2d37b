"""News of a plan that announces its goals for a year, then lists them as 一是…二是… (round 34, issue 8, targets46):
the announcing verb with its perfective 了 (确定了, 提出了到…) still sets goals, and the part that only names the goals
(的发展目标, 和到2025年的行动目标) is no goal of its own. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, bound) for year, _, value, unit, bound in target_rows(text, "news.txt")]


def test_goals_announced_for_a_year_then_listed_with_dashes_take_its_year() -> None:
    text = (
        "《方案》确定了到2025年的发展目标。一是蔬菜产业保持全国前列——全区蔬菜面积80万亩，蔬菜产量300万吨。"
        "二是产业效益显著提升——蔬菜总产值突破200亿元，其中加工产值突破50亿元，商品化率突破90%。"
        "三是农民收入稳步增长——菜农人均年收入突破3万元，年均增长8%以上。\n"
    )
    assert _rows(text) == [
        (2025, 800000.0, "亩", "exact"),
        (2025, 3000000.0, "吨", "exact"),
        (2025, 200.0, "亿元", "min"),
        (2025, 50.0, "亿元", "min"),
        (2025, 90.0, "%", "min"),
        (2025, 30000.0, "元", "min"),
        (2025, 8.0, "%", "min"),
    ]


def test_the_part_naming_the_goals_is_no_goal_without_a_number() -> None:
    # without 了 the items were read before; the lead's 的发展目标 gave a row of its own
    assert _rows("《方案》确定到2025年的发展目标。一是全区蔬菜面积80万亩。\n") == [
        (2025, 800000.0, "亩", "exact")
    ]


def test_a_doubling_in_a_plan_the_news_reports_is_its_goal() -> None:
    text = "《方案》提出了到2035年全区农民人均可支配收入比2020年翻一番的目标。\n"
    assert _rows(text) == [(2035, 2.0, "倍", "exact")]


def test_two_years_of_goals_announced_at_once_name_no_goal() -> None:
    text = "方案同时提出了到2023年和到2025年的行动目标。到2025年，全省蔬菜面积达到80万亩。\n"
    assert _rows(text) == [(2025, 800000.0, "亩", "exact")]


def test_a_review_listed_as_points_stays_no_goal() -> None:
    text = "会议回顾了过去一年的工作。一是粮食生产再获丰收——全年粮食产量85亿斤。二是农民收入持续增长——人均收入2万元。\n"
    assert _rows(text) == []


def test_a_year_named_as_a_theme_after_the_verb_stays_no_goal() -> None:
    assert _rows("会议确定了2023年为项目建设年，全年完成投资100亿元。\n") == []


def test_an_items_heading_before_its_dash_is_no_part_of_the_metric() -> None:
    text = "《方案》确定了到2025年的发展目标。一是产业保持全国前列——全区蔬菜面积80万亩。二是效益显著提升——蔬菜总产值突破200亿元。\n"
    assert [metric for _, metric, _, _, _ in target_rows(text, "news.txt")] == ["全区蔬菜面积", "蔬菜总产值"]
