"""A steady state or pace that a year's list of goals writes beside its figures (物价水平总体稳定, 农产品出口稳中提质,
菜农收入稳定增长, 民间投资保持适度增长, 设施菜地面积只增不减) is a goal without a number, even in a statement that otherwise
keeps its goals with a number only (今年要实现… in a dated report; issue 8, round 30: goals without a number missed).
Texts written for this file.

Near miss: a measure aimed at the change (推动服务业稳步增长) is no goal; the figures stay targets.
"""

from __future__ import annotations

import pytest

from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets

_DATED = "2031年2月3日 来源：丙县日报\n会议提出，今年要实现"


def _goals(text: str) -> tuple[list[str], list[str]]:
    """(goals without a number, targets) of a dated report's sentence."""
    found = extract_targets(text, sentence_clauses(text))
    unquantified = [t.surface for t in found if t.value is None and t.low is None and t.high is None]
    return unquantified, [t.surface for t in found if t.surface not in unquantified]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "新增市场主体3000户以上、外贸进出口增长6%左右，确保全县物价水平总体稳定。",
            ["确保全县物价水平总体稳定"],
        ),
        ("全县旅游收入增长8%左右，农产品出口稳中提质。", ["农产品出口稳中提质"]),
        (
            "蔬菜总产量达到60万吨以上，确保设施菜地面积只增不减，菜农收入稳定增长。",
            ["确保设施菜地面积只增不减", "菜农收入稳定增长"],
        ),
        ("规上工业增加值增长7%左右，民间投资保持适度增长。", ["民间投资保持适度增长"]),
    ],
)
def test_a_steady_state_beside_the_figures_is_a_goal(sentence: str, expected: list[str]) -> None:
    unquantified, targets = _goals(_DATED + sentence)
    assert unquantified == expected
    assert targets  # the figures' own goals stay


def test_a_measure_aimed_at_a_steady_pace_is_no_goal() -> None:
    unquantified, targets = _goals(_DATED + "规上工业增加值增长7%左右，推动服务业稳步增长。")
    assert unquantified == []
    assert targets == ["要实现规上工业增加值增长7%左右"]


def _all_goals(text: str) -> dict[str, float | None]:
    return {t.surface: t.value for t in extract_targets(text, sentence_clauses(text))}


def test_a_level_held_against_last_year_is_a_goal_in_a_dated_goals_line() -> None:
    # review31 S13: 同比持平 in one line of goals under the year's heading
    text = (
        "2031年全县经济社会发展主要预期目标\n"
        "地区生产总值同比增长5.5%左右;社会消费品零售总额同比增长6%;民间投资同比持平,"
        "城乡居民收入与经济增长基本同步。\n"
    )
    assert _all_goals(text) == {
        "地区生产总值同比增长5.5%左右": 5.5,
        "社会消费品零售总额同比增长6%": 6.0,
        "民间投资同比持平": None,
        "城乡居民收入与经济增长基本同步": None,
    }


def test_a_level_held_in_a_named_goal_list_keeps_the_sentences_goals() -> None:
    # 同比持平 after 主要预期目标： is the named goal, not a report that cancels the sentence's targets
    text = (
        _DATED.split("\n")[0]
        + "\n今年全县主要预期目标：地区生产总值增长5.5%左右，民间投资同比持平，城镇调查失业率控制在5.5%以内。\n"
    )
    assert _all_goals(text) == {
        "地区生产总值增长5.5%左右": 5.5,
        "民间投资同比持平": None,
        "城镇调查失业率控制在5.5%以内": 5.5,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年，全县地区生产总值增长5.5%，民间投资同比持平。",
        "去年主要预期目标：地区生产总值增长5.5%左右，民间投资同比持平。",
    ],
)
def test_a_level_held_in_a_report_stays_a_report(sentence: str) -> None:
    assert _all_goals(_DATED.split("\n")[0] + "\n" + sentence + "\n") == {}
