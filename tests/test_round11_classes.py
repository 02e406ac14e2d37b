"""Classes of language read in heldout12 (issue 8, round 11), each on sentences written for this file.

None of these sentences is copied from a fixture; near misses are tested beside each class.

* a year that is the topic of its paragraph's first sentence (2027年是…之年。…主要预期目标是：…) is the year of the goal
  list that follows in the same paragraph; a later sentence that opens with another year (2026年全县预计…) reports
  that year and ends the goal statement;
* an estimate of the year being reported (预计全年…, 初步预计…) is a reported figure (role other), not an aim.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of, targets_of

TOPIC = (
    "2027年是全县转型发展的攻坚之年，也是三年行动的收官之年。全县经济社会发展主要预期目标是：地区生产总值增长6%左右；"
    "城镇新增就业5000人以上；居民消费价格涨幅3%左右。"
)


def test_a_topic_year_gives_its_year_to_the_goal_list_of_the_next_sentence() -> None:
    goals = targets_of(TOPIC)
    assert [(g.year, g.value, g.unit, g.kind) for g in goals] == [
        (2027, 6, "%", "exact"),
        (2027, 5000, "人", "min"),
        (2027, 3, "%", "exact"),
    ]


def test_a_sentence_of_another_year_ends_the_topic_years_goals() -> None:
    text = TOPIC + "2026年全县预计全年地区生产总值增长5.5%左右，固定资产投资增长4%左右。"
    assert [g.value for g in targets_of(text)] == [6, 5000, 3]
    ratios = ratios_of(text)
    assert ratios["5.5%左右"].role == "other"
    assert ratios["4%左右"].role == "other"
    assert ratios["6%左右"].role == "target"


@pytest.mark.parametrize(
    "text",
    [
        # a topic year with no goal list after it
        "2027年是全县转型发展的攻坚之年。全县地区生产总值增长6%左右，比上年提高1个百分点。",
        # a topic year in one paragraph does not reach a goal list in the next
        "2027年是全县转型发展的攻坚之年。\n全县经济社会发展主要预期目标是：地区生产总值增长6%左右。",
    ],
)
def test_a_topic_year_without_its_goal_list_opens_nothing(text: str) -> None:
    assert targets_of(text) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("初步预计，全县2026年地区生产总值增长5.8%左右。", "5.8%左右"),
        ("全县预计全年规上工业增加值增长7%左右。", "7%左右"),
    ],
)
def test_an_estimate_of_the_year_reported_is_no_aim(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "other"


def test_a_projected_change_without_an_estimate_stays_an_aim() -> None:
    assert ratios_of("全县规上工业增加值增长7%左右。")["7%左右"].role == "target"
