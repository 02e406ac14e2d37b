"""A proportion written with 比 between its terms (round 17, census17 R-N3): 4比1, 三点五比一, 三點五比一.

It reads as 4:1 does: a ratio row (value the first term over the second) and, in a goal, a target of the first term.
Slogans and words that open with 一 (三比一流, 比一般), two years compared (2023比2022) and ordinals (第一比赛) are no
proportion. None of these sentences is copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of, targets_of


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("到2030年，城乡居民收入之比缩小到三点五比一。", "三点五比一", 3.5),
        ("到2030年，城鄉居民收入之比縮小到二點八比一。", "二點八比一", 2.8),
        ("到2030年，城乡居民收入之比缩小到2.6比1。", "2.6比1", 2.6),
        ("到2030年，全市车桩比达到二比一。", "二比一", 2.0),
    ],
)
def test_a_proportion_with_bi_is_a_ratio_and_a_goal(text: str, surface: str, value: float) -> None:
    ratio = ratios_of(text)[surface]
    assert (ratio.value, ratio.kind, ratio.form, ratio.role) == (value, "exact", "ratio", "target")
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals] == [(2030, value, None)]


def test_a_change_from_one_proportion_to_another_aims_at_the_last() -> None:
    text = "到2030年，城乡居民收入之比由目前的三比一降至二点五比一。"
    ratios = ratios_of(text)
    assert ratios["三比一"].role == "other"
    assert ratios["二点五比一"].role == "target"
    assert [(g.year, g.value) for g in targets_of(text)] == [(2030, 2.5)]


def test_a_matching_rate_with_bi_is_a_ratio() -> None:
    assert ratios_of("市级财政按1比1的比例给予配套。")["1比1"].value == 1


@pytest.mark.parametrize(
    "text",
    [
        "开展三比一流、五比五看活动。",  # slogans
        "今年产量2023比2022增长明显。",  # two years compared
        "他获得第一比赛名次。",  # an ordinal
        "全县经济增速比一般县市高。",  # 比一般: than usual
        "城乡居民收入比上年增长6%。",  # 比上年: than last year
    ],
)
def test_no_proportion_with_bi_in_these(text: str) -> None:
    assert not [s for s in ratios_of(text) if "比" in s]


@pytest.mark.parametrize(
    "text",
    [
        "开展“三比一创”活动，评选先进集体10个。",  # a slogan: 一 opens a word
        "开展“五比一争”劳动竞赛，表彰先进个人100名。",
        "1—9月，全市规上工业增加值增速为8.1比一季度回落0.5个百分点。",  # than the first quarter
        "在决赛中，我市代表队以3比1战胜对手，获得冠军。",  # a score
    ],
)
def test_a_bi_proportion_not_at_a_boundary_is_none(text: str) -> None:
    assert [s for s in ratios_of(text) if "比" in s] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("城乡收入比控制在2.5比1以内。", "2.5比1以内"),
        ("按1比1的比例配套资金。", "1比1"),
        ("城乡居民收入之比由目前的四比一降至三点五比一。", "四比一"),
        ("全市医护比达到1比2", "1比2"),
    ],
)
def test_a_bi_proportion_before_a_boundary_is_a_ratio(text: str, surface: str) -> None:
    assert surface in ratios_of(text)


@pytest.mark.parametrize(
    ("text", "value"), [("到2030年，全市医护比达到1比2。", 0.5), ("到2030年，全市医护比达到1:2。", 0.5)]
)
def test_a_proportion_not_to_one_keeps_its_goal_row(text: str, value: float) -> None:
    # 1比2: the goal's value is its ratio's (0.5), as 二点五比一 gives 2.5
    assert [(g.year, g.metric, g.value, g.unit) for g in targets_of(text)] == [
        (2030, "全市医护比", value, None)
    ]
