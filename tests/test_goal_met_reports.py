"""A sentence that says its figures met, passed or missed a goal set before (完成年初既定目标, 实现并超过…的目标,
在…低于预期目标的情况下, 好于预期) reports the year's results, no goals (round 16, a class of fresh news and work
reports: reported figures read as goals). Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, float | None]]:
    return [(t.year, t.value) for t in parse_bytes(text.encode("utf-8"), "news.txt").targets]


@pytest.mark.parametrize(
    "sentence",
    [
        "2031年，全省粮食播种面积7160万亩、增长0.2%，总产615亿斤、增长0.3%，完成年初既定目标。",
        "2031年全省地区生产总值增长8.9%，实现并超过年初提出的增长8.5%的目标。",
        "2031年全省在固定资产投资增长11.6%、低于预期目标的情况下，实现地区生产总值增长8.9%。",
        "2031年，全市规上工业增加值增长9%，好于预期。",
    ],
)
def test_figures_said_to_meet_or_miss_a_goal_are_results(sentence: str) -> None:
    assert _rows(sentence) == []


def test_a_goal_for_the_year_still_reads_as_a_goal() -> None:
    # the same figures with a word of intent and no word of a goal met: the year's goals
    assert _rows("2031年，全省力争粮食播种面积稳定在7160万亩，地区生产总值增长8.5%。") == [
        (2031, 71600000.0),
        (2031, 8.5),
    ]


def test_a_year_a_span_starts_at_dates_no_goal() -> None:
    # 2031年起 (since 2031): what has been done since then, no goal of that year
    assert (
        _rows(
            "2031年起，当地投入45亿元开展海上养殖整治，将55万口传统渔排升级为环保网箱，海漂垃圾减少90%以上。"
        )
        == []
    )


def test_a_place_name_holding_a_numeral_counts_nothing() -> None:
    # 五家渠, 六盘水: a numeral, a measure word and a place name's end in a 、-list of places, no count of 家 or 盘
    rows = _rows("2031年增速目标为7%左右，五家渠、六盘水、乙市则是7%以上。")
    assert rows == [(2031, 7.0), (2031, 7.0)]


def test_a_place_name_holding_a_numeral_before_its_suffix_counts_nothing() -> None:
    # 三台县, 九台区: the name before an administrative suffix; the goals are the amounts
    rows = _rows("到2031年，三台县地区生产总值达到600亿元，九台区达到500亿元。")
    assert rows == [(2031, 600.0), (2031, 500.0)]


def test_a_count_in_a_list_of_things_is_still_a_count() -> None:
    # 治理三条河、: the count is no list item of its own (its verb before it), so 河 is counted
    assert (2031, 3.0) in _rows("到2031年，治理三条河、五座山。")
