"""One percent figure shared by a list of rates each named in full, with no 均 or 分别 (round 36, targets50;
parsers.goal_shared_figures._rates_listed): 城市污水集中收集率、再生水利用率达到60%以上 is one goal per rate, since a rate is no
sum of others (the one-figure-several-metrics convention, SOURCES.md round 29). A list of things a count or amount sums
(风电、光伏装机规模达到…) or a shared head (污水、垃圾处理率) stays one row.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(metric, value, kind) for _, metric, value, _, kind in target_rows(text + "\n", "plan.txt")]


def test_a_list_of_rates_in_full_is_one_goal_per_rate() -> None:
    rows = _rows("到2031年，城市污水集中收集率、再生水利用率达到60%以上。")
    assert [(v, k) for _, v, k in rows] == [(60.0, "min"), (60.0, "min")]
    assert [m for m, _, _ in rows] == ["城市污水集中收集率", "再生水利用率"]


def test_a_shared_head_without_a_word_stays_one_row() -> None:
    assert [(v, k) for _, v, k in _rows("到2031年，污水、垃圾处理率达到90%。")] == [(90.0, "exact")]


def test_a_sum_of_capacities_stays_one_row() -> None:
    rows = _rows("到2031年，风电、光伏发电装机规模达到900万千瓦。")
    assert [(v, k) for _, v, k in rows] == [(9000000.0, "exact")]
