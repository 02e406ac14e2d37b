"""Items under a paragraph that names a year's goals by a relative year (round 35, issue 8, targets47):
今年…的总体目标是：… ⏎ 重点包括三个方面： ⏎ 一是，… ⏎ 二是，…: the items are that year's goals, also with the page's
title repeated between the paragraphs (a scrape's page header). Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_DATELINE = "2023-03-05 10:20 来源：农民日报\n"
_TITLE = "全省蔬菜产业大会召开，2023年目标是什么？\n"


def _rows(text: str) -> list[tuple]:
    return [
        (year, value, unit, bound) for year, _, value, unit, bound in target_rows(text, "news.txt") if value
    ]


def test_items_under_this_years_overall_goal_take_its_year() -> None:
    text = (
        _DATELINE + "今年全省蔬菜产业的总体目标是：把本省建成蔬菜强省。\n重点包括三个方面：\n"
        "一是，蔬菜基地稳定在300万亩，确保设施蔬菜100万亩；\n二是，新增冷库50座，建设田头市场30个；\n"
        "三是，全年蔬菜产量1000万吨以上，总产值600亿元。\n"
    )
    assert _rows(text) == [
        (2023, 3000000.0, "亩", "exact"),
        (2023, 1000000.0, "亩", "exact"),
        (2023, 50.0, "座", "exact"),
        (2023, 30.0, "个", "exact"),
        (2023, 10000000.0, "吨", "min"),
        (2023, 600.0, "亿元", "exact"),
    ]


def test_the_pages_title_repeated_between_the_items_breaks_nothing() -> None:
    text = (
        _TITLE
        + _DATELINE
        + "今年全省蔬菜产业的总体目标是：把本省建成蔬菜强省。\n"
        + _TITLE
        + "重点包括三个方面：\n"
        "一是，蔬菜基地稳定在300万亩，确保设施蔬菜100万亩；\n"
        + _TITLE
        + "二是，全年蔬菜产量1000万吨以上，总产值600亿元。\n"
    )
    assert _rows(text) == [
        (2023, 3000000.0, "亩", "exact"),
        (2023, 1000000.0, "亩", "exact"),
        (2023, 10000000.0, "吨", "min"),
        (2023, 600.0, "亿元", "exact"),
    ]


def test_a_review_listed_under_last_years_work_stays_no_goal() -> None:
    text = (
        _DATELINE + "去年全省蔬菜产业发展取得新成效。\n重点包括三个方面：\n"
        "一是，蔬菜基地稳定在300万亩；\n二是，新增冷库50座，建设田头市场30个。\n"
    )
    assert _rows(text) == []


def test_a_repeated_headline_that_states_a_goal_is_still_read() -> None:
    line = "湖北：到2027年全省蔬菜基地达到300万亩\n"
    text = line + "\n" + line + "\n据报道，《方案》近日印发。\n"
    assert _rows(text) == [(2027, 3000000.0, "亩", "exact"), (2027, 3000000.0, "亩", "exact")]


def test_items_under_a_sub_headed_overall_goal_take_its_year() -> None:
    # the goal paragraph stands under a short line of its own (总体目标): the line that announces the items is no next
    # part's sub-heading
    text = (
        _DATELINE
        + "发展目标\n\n  据了解，今年全省蔬菜产业的总体目标是：把本省建成蔬菜强省。\n  重点包括三个方面内容：\n\n"
        "  一是，蔬菜基地稳定在300万亩，确保设施蔬菜100万亩；\n\n  二是，推广绿色防控面积200万亩，新增冷库50座。\n"
    )
    assert _rows(text) == [
        (2023, 3000000.0, "亩", "exact"),
        (2023, 1000000.0, "亩", "exact"),
        (2023, 2000000.0, "亩", "exact"),
        (2023, 50.0, "座", "exact"),
    ]
