"""News of a plan that announces its goals for a year, then lists them as 一是…二是… (round 34, issue 8, targets46):
the announcing verb with its perfective 了 (确定了, 提出了到…) still sets goals, and the part that only names the goals
(的发展目标, 和到2025年的行动目标) is no goal of its own. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit, bound) for year, _, value, unit, bound in target_rows(text, "news.txt")]


def test_goals_announced_for_a_year_then_listed_with_dashes_take_its_year() -> None:
    text = (
        "《规划》明确了到2028年的主要目标。一是茶叶生产稳中有进——全市茶园面积30万亩，干毛茶产量5万吨。"
        "二是综合效益明显增强——茶产业综合产值突破150亿元，其中精深加工产值突破40亿元，良种化率突破85%。"
        "三是茶农增收成效显著——茶农人均年收入突破2万元，年均增长7%以上。\n"
    )
    assert _rows(text) == [
        (2028, 300000.0, "亩", "exact"),
        (2028, 50000.0, "吨", "exact"),
        (2028, 150.0, "亿元", "min"),
        (2028, 40.0, "亿元", "min"),
        (2028, 85.0, "%", "min"),
        (2028, 20000.0, "元", "min"),
        (2028, 7.0, "%", "min"),
    ]


def test_the_part_naming_the_goals_is_no_goal_without_a_number() -> None:
    # without 了 the items were read before; the lead's 的发展目标 gave a row of its own
    assert _rows("《规划》明确到2028年的主要目标。一是全市茶园面积30万亩。\n") == [
        (2028, 300000.0, "亩", "exact")
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
    text = "《规划》明确了到2028年的主要目标。一是生产稳中有进——全市茶园面积30万亩。二是效益明显增强——茶产业综合产值突破150亿元。\n"
    assert [metric for _, metric, _, _, _ in target_rows(text, "news.txt")] == [
        "全市茶园面积",
        "茶产业综合产值",
    ]
