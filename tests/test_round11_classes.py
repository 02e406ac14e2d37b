"""Classes of language read in heldout12 (issue 8, round 11), each on sentences written for this file.

None of these sentences is copied from a fixture; near misses are tested beside each class.

* a year that is the topic of its paragraph's first sentence (2027年是…之年。…主要预期目标是：…) is the year of the goal
  list that follows in the same paragraph; a later sentence that opens with another year (2026年全县预计…) reports
  that year and ends the goal statement;
* an estimate of the year being reported (预计全年…, 初步预计…) is a reported figure (role other), not an aim;
* a text with no published date given may be dated by a line at its head that is only a date (2025年3月2日 星期日),
  and 今年 opening a sentence that sets goals with 力争/确保 names that year: its quantified goals get rows;
* a size word's bound amount that ends its part in a sentence with no rule or payout (产值突破80亿元大关, 产值达40亿元)
  states a level (role other, 达 exact), not a threshold; traditional 關/階/臺/邁 read as 关/阶/台/迈.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of

from parsers.context import TextIndex

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


# ---------------------------------------------------------------- 今年 … 力争 in a text dated by a line at its head
DATED = "县融媒\n2025年3月2日 星期日\n县两会明确今年目标\n\n"
GOALS = "记者从县两会获悉：今年全县将聚焦项目建设，力争全年招商签约项目20个、开工12个，确保10个重点项目完成投资35亿元以上。"


def test_a_date_line_at_the_head_dates_the_text() -> None:
    assert TextIndex(DATED + GOALS).current_year == 2025
    assert TextIndex("2024年5月6日\n正文").current_year == 2024
    assert TextIndex(GOALS).current_year is None
    # a date inside a sentence is no date line
    assert TextIndex("会议于2025年3月2日召开。\n正文").current_year is None
    # a date given (the published date of a page) wins over the line
    assert TextIndex(DATED + GOALS, current_year=2026).current_year == 2026


def test_this_years_goals_after_an_opener_take_the_texts_year() -> None:
    goals = targets_of(DATED + GOALS)
    assert [(g.year, g.value, g.unit, g.kind) for g in goals] == [
        (2025, 20, "个", "exact"),
        (2025, 12, "个", "exact"),
        (2025, 35, "亿元", "min"),
    ]


def test_this_years_opener_sentence_gives_no_goal_without_a_number() -> None:
    text = DATED + "今年全县将坚持目标导向，把全年目标细化到项目，确保主要经济指标争先进位。"
    assert targets_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        GOALS,  # no date: 今年 names no year
        DATED + "今年以来，全县力争招商签约项目20个。",  # a report of this year so far
        DATED + "去年全县力争招商签约项目20个。",
        DATED + "今年全县招商签约项目20个。",  # no opener: no goal statement
    ],
)
def test_this_year_without_an_opener_or_a_date_gives_no_row(text: str) -> None:
    assert targets_of(text) == []


# ---------------------------------------------------------------- a level stated in a report is no threshold
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("全县农产品加工产值突破80亿元大关。", "突破80亿元", "min"),
        ("全縣農產品加工產值突破80億元大關。", "突破80億元", "min"),  # traditional 關 reads as 关
        ("全县建材产值突破60亿元，食品产值达40亿元。", "突破60亿元", "min"),
        ("全县建材产值突破60亿元，食品产值达40亿元。", "40亿元", "exact"),
    ],
)
def test_a_size_words_level_stated_with_no_rule_is_other(text: str, surface: str, kind: str) -> None:
    found = money_of(text)[surface]
    assert (found.role, found.kind) == ("other", kind)


def test_a_share_level_stated_with_no_rule_is_other() -> None:
    assert ratios_of("全县第三产业增加值占比达52%以上。")["52%以上"].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("企业年产值突破2亿元，给予一次性奖励30万元。", "突破2亿元"),  # a payout in the sentence
        ("项目投资3000万元以上，实行一事一议。", "3000万元以上"),  # a rule's condition
        ("新建项目固定资产投资总额必须达到3亿元以上。", "3亿元以上"),
        ("其中4家企业营业收入超50亿元。", "超50亿元"),  # which of the things counted qualify
        ("年产值达到2亿元的企业。", "2亿元"),  # qualifies a noun
    ],
)
def test_a_size_words_bound_that_conditions_stays_a_threshold(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "threshold"


def test_a_share_bound_before_a_payout_stays_a_threshold() -> None:
    assert ratios_of("研发投入占比达到6%以上的企业，给予奖励。")["6%以上"].role == "threshold"


def test_a_count_far_from_the_size_word_does_not_make_a_stated_level_a_condition() -> None:
    # 320个 counts the projects; the share is how far the year's plan was done, a report
    text = "320个重点项目完成年度投资计划的115%以上，全年固定资产投资增长3.1%。"
    assert ratios_of(text)["115%以上"].role == "other"
