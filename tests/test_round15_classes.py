"""Classes of language read in heldout16 (issue 8, round 15), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings, with the near
misses it must leave alone.

* a year set off by a comma before the words naming its goals (2027年，全市经济社会发展的主要预期目标是：…): the list
  after it is that year's goals, as it is without the comma;
* a sentence that opens by referring back to the goals (上述目标的设定，综合考虑了…，体现了…; 以上指标…): commentary
  on them, no goal in any of its parts, with or without a number; a sentence that only mentions the goals later
  (为实现上述目标，…) is left to the other rules;
* a purpose clause closing a goal list (为…打牢基础, 为…筑牢根基 too: 打牢/筑牢 as 奠定/打下/夯实 were) is the frame of the
  goals, no goal without a number; a part that lays a foundation with no 为 before it stays a goal.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


# ---------------------------------------------------------------- 2027年，…的主要预期目标是：…
@pytest.mark.parametrize(
    ("text", "year", "rows"),
    [
        (
            "2027年，全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业4万人以上。",
            2027,
            [("地区生产总值", 6.0, "exact"), ("城镇新增就业", 40000.0, "min")],
        ),
        (
            "2028年, 该县发展主要目标为：一般公共预算收入增长5%，居民人均可支配收入增长7%。",
            2028,
            [("一般公共预算收入", 5.0, "exact"), ("居民人均可支配收入", 7.0, "exact")],
        ),
    ],
)
def test_a_year_set_off_by_a_comma_names_its_goals(text, year, rows):
    got = [t for t in targets_of(text) if t.value is not None]
    assert [(t.metric, t.value, t.kind) for t in got] == rows
    assert {t.year for t in got} == {year}


@pytest.mark.parametrize(
    "text",
    [
        # a report of the year: no words naming its goals after the comma
        "2025年，全市地区生产总值增长5.8%，城镇新增就业3.9万人。",
        # the goals named past the year's own part: the year is the report's, not the goals'
        "2025年，全市经济运行稳中有进，完成了年初确定的目标：地区生产总值增长5.8%。",
    ],
)
def test_a_year_and_comma_without_its_goals_named_opens_nothing(text):
    assert [t for t in targets_of(text) if t.year is not None] == []


# ---------------------------------------------------------------- 上述目标的设定，…: commentary
@pytest.mark.parametrize(
    "commentary",
    [
        "上述目标的设定，综合考虑了宏观环境，分析了发展条件，体现了稳中求进的要求。",
        "以上指标均为预期性指标，既立足当前又着眼长远，与五年规划相衔接。",
        "这些目标的提出，兼顾了需要与可能，增长6%左右的安排留有余地。",
    ],
)
def test_a_sentence_referring_back_to_the_goals_is_commentary(commentary):
    text = (
        "2027年，全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右，粮食产量稳定在50万吨以上。"
        + commentary
    )
    got = targets_of(text)
    assert [(t.metric, t.value) for t in got] == [("地区生产总值", 6.5), ("粮食产量", 500000.0)]


def test_the_words_naming_a_list_are_no_commentary():
    # 以上指标为：… names a list of its own after it: its goals stay goals
    text = "到2027年，全区以上指标为：新增就业2万人，培育专精特新企业30家。"
    got = [(t.value, t.year) for t in targets_of(text) if t.value is not None]
    assert got == [(20000.0, 2027), (30.0, 2027)]


def test_a_later_mention_of_the_goals_is_not_commentary():
    # 为实现上述目标 does not open with the goals: its sentence's quantified goal stays
    text = "到2028年，全市新能源汽车产量达到20万辆。为实现上述目标，力争2028年充电桩数量达到5万个。"
    got = [(t.value, t.year) for t in targets_of(text) if t.value is not None]
    assert got == [(200000.0, 2028), (50000.0, 2028)]


# ---------------------------------------------------------------- 为…打牢基础: a purpose, no goal
@pytest.mark.parametrize("verb", ["打牢", "筑牢", "奠定"])
def test_a_purpose_clause_is_no_goal(verb):
    text = f"2027年主要预期目标是：全市生产总值增长6%左右，全面完成年度任务，为开启新征程{verb}坚实基础。"
    got = targets_of(text)
    assert [t.metric for t in got if t.value is None] == ["全面完成年度任务"]
    assert [t.value for t in got if t.value is not None] == [6.0]


def test_a_foundation_laid_without_a_purpose_stays_a_goal():
    text = "到2027年，全县打牢产业发展基础，新增规上企业20家。"
    got = targets_of(text)
    assert any("打牢产业发展基础" in t.metric for t in got if t.value is None)


# ---------------------------------------------------------------- 一批…超X亿元的…: a batch, no number
@pytest.mark.parametrize(
    "text",
    [
        "到2027年，培育一批营业收入超5亿元的龙头企业，新增就业1万人。",
        "到2028年，建设一批年接待游客超过100万人次的旅游景区，城镇新增就业2万人。",
    ],
)
def test_a_number_describing_what_a_batch_counts_is_no_goal_value(text):
    got = targets_of(text)
    batch = [t for t in got if t.metric and t.metric.startswith("一批")]
    assert len(batch) == 1 and batch[0].value is None
    assert [t.value for t in got if t.value is not None] == [got[-1].value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2027年，打造年产值超10亿元的产业集群5个。", 5.0),  # counted: 5个, no 一批
        ("到2027年，培育一批龙头企业，其中营业收入超5亿元的达到10家。", 10.0),  # the number in its own part
    ],
)
def test_a_counted_goal_keeps_its_number(text, value):
    assert value in [t.value for t in targets_of(text)]
