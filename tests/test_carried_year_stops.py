"""Where a carried year stops: a year that governs a paragraph or a list (2025年，全市地区生产总值力争增长6%。…,
三、发展目标, 2024年主要指标：) dates the goals after it, but not a sentence that is no goal: a present status
(全市常住人口320万人), the results of a part of the year already run (今年前三季度…完成投资800亿元), a completed act
(确保了…), a figure of a year before the plan's (2024年全市专利授权4200件，增长8%), a penalty (处5万元以上10万元以下罚款) or
a budget (安排资金5000万元). The carried goals with a goal verb, a hedge or a work plan's form stay (review18 E2 and its
pre-existing faults). Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.pipeline import parse_bytes

_NEWS = "某市经济工作会议召开\n发布日期：2024-12-20\n"
_GOAL = "2025年，全市地区生产总值力争增长6%。"
_KEPT = (2025, "全市地区生产总值", 6.0, "%", "exact")


@pytest.mark.parametrize(
    "tail",
    [
        "全市常住人口320万人，城镇化率68%。",  # a present status
        "今年前三季度全市完成投资800亿元，增长4.1%。",  # a part of the year already run
        "全市确保了粮食产量稳定在50万吨。",  # a completed act (确保了)
        "2024年全市专利授权4200件，增长8%。",  # a year before the plan's
        "对违规使用资金的，处5万元以上10万元以下罚款。",  # a penalty
        "市财政安排资金5000万元。",  # a budget
    ],
)
def test_a_sentence_that_is_no_goal_gets_no_carried_year(tail: str) -> None:
    for head in (_NEWS, "某市经济工作会议召开\n发布时间：2024年12月20日\n"):
        doc = parse_bytes((head + _GOAL + tail + "\n").encode("utf-8"), "news.txt")
        rows = [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets]
        assert rows == [_KEPT], (head, tail)
        # its figures are no goals' figures either: only the real goal's ratio is a target's
        assert [r.surface for r in doc.ratios if r.role == "target"] == ["6%"]
        assert [m.surface for m in doc.money if m.role == "target"] == []


def test_the_penalty_keeps_its_role() -> None:
    doc = parse_bytes(
        (_NEWS + _GOAL + "对违规使用资金的，处5万元以上10万元以下罚款。\n").encode("utf-8"), "news.txt"
    )
    assert {m.role for m in doc.money} == {"penalty"}


def test_a_goal_that_names_penalties_keeps_its_year() -> None:
    text = _NEWS + _GOAL + "行政罚款案件按期办结率达到100%。\n"
    assert target_rows(text) == [_KEPT, (2025, "行政罚款案件按期办结率", 100.0, "%", "exact")]


def test_a_budget_stays_other() -> None:
    doc = parse_bytes((_NEWS + _GOAL + "市财政安排资金5000万元。\n").encode("utf-8"), "news.txt")
    assert [(m.surface, m.role) for m in doc.money] == [("5000万元", "other")]


# -- what the carried year keeps ---------------------------------------------------------------------


def test_work_plan_goals_with_no_goal_verb_keep_their_year() -> None:
    text = _NEWS + _GOAL + "全市城镇新增就业5万人，居民消费价格涨幅3%左右。\n"
    assert target_rows(text) == [
        _KEPT,
        (2025, "全市城镇新增就业", 50000.0, "人", "exact"),
        (2025, "居民消费价格涨幅", 3.0, "%", "exact"),
    ]


def test_a_goal_after_a_year_keeps_it_with_its_own_verb() -> None:
    # 确保 without 了 aims; 达到 reaches
    text = _NEWS + _GOAL + "确保粮食产量稳定在50万吨，常住人口城镇化率达到70%。\n"
    assert target_rows(text) == [
        _KEPT,
        (2025, "粮食产量", 500000.0, "吨", "exact"),
        (2025, "常住人口城镇化率", 70.0, "%", "exact"),
    ]


def test_a_goal_after_the_stopping_sentence_is_not_carried_either() -> None:
    text = _NEWS + _GOAL + "全市常住人口320万人。常住人口城镇化率达到70%。\n"
    assert target_rows(text)[0] == _KEPT
    assert (2025, "全市常住人口", 3200000.0, "人", "exact") not in target_rows(text)


_PLAN = "某市国民经济和社会发展第十五个五年规划纲要\n发布日期：2025-01-15\n三、发展目标\n"


def test_the_items_of_a_goals_list_keep_their_year() -> None:
    text = _PLAN + (
        "（一）经济实力。到2027年，地区生产总值达到6000亿元。\n"
        "（二）创新能力。研发经费投入强度达到3%。\n"
        "（三）民生保障。全市城镇新增就业达到5万人。\n"  # the whole place as subject, with its goal verb
    )
    assert target_rows(text) == [
        (2027, "地区生产总值", 6000.0, "亿元", "exact"),
        (2027, "研发经费投入强度", 3.0, "%", "exact"),
        (2027, "全市城镇新增就业", 50000.0, "人", "exact"),
    ]


def test_a_status_item_under_a_goals_heading_is_no_goal() -> None:
    # review18 E2: a budget, a grant and a present status among the items of 三、发展目标
    text = _PLAN + (
        "（一）经济实力。到2027年，地区生产总值达到6000亿元。\n"
        "（二）创新能力。对新认定企业给予50万元奖励，市财政每年安排2亿元。\n"
        "（三）民生保障。全市现有常住人口320万人。\n"
    )
    assert target_rows(text) == [(2027, "地区生产总值", 6000.0, "亿元", "exact")]


def test_last_years_results_under_a_dated_head_are_no_goals() -> None:
    # review18 M1: a report dated 2025 lists 2024's figures
    for date in ("发布日期：2025-01-20", "发布时间：2025年1月20日"):
        text = f"某市经济运行简报\n{date}\n2024年主要指标：\n地区生产总值增长5.5%。\n规模以上工业增加值增长6%。\n"
        assert target_rows(text) == [], date


def test_a_half_years_results_are_no_goals() -> None:
    text = (
        "某市2032年上半年经济运行情况\n发布日期：2032-07-20\n一、主要指标\n"
        "——地区生产总值达到2500亿元。\n——规模以上工业增加值增长6.2%。\n"
    )
    assert target_rows(text) == []


_TAILS = [
    "全市现有常住人口320万人，城镇化率68%。",
    "今年前三季度全市完成投资800亿元，增长4.1%。",
    "全市确保了粮食产量稳定在50万吨。",
    "2024年全市专利授权4200件，增长8%。",
    "对违规使用资金的，处5万元以上10万元以下罚款。",
]


@pytest.mark.parametrize("tail", _TAILS)
def test_a_dash_line_or_a_labelled_item_that_is_no_goal_gets_no_year(tail: str) -> None:
    # the line's mark (——, （一）) stands before what the sentence opens with
    dashed = _NEWS + "2025年主要预期目标：\n——地区生产总值增长6%左右。\n——" + tail + "\n"
    assert target_rows(dashed) == [(2025, "地区生产总值", 6.0, "%", "exact")]
    labelled = _NEWS + "二、主要目标\n到2025年，全市地区生产总值达到6000亿元。\n（一）" + tail + "\n"
    assert target_rows(labelled) == [(2025, "全市地区生产总值", 6000.0, "亿元", "exact")]


@pytest.mark.parametrize(
    "lead",
    ["2025年主要预期目标：\n——地区生产总值增长6%左右。\n——", "到2025年，全市地区生产总值达到6000亿元。"],
)
def test_a_goal_line_after_them_keeps_its_year(lead: str) -> None:
    rows = target_rows(_NEWS + lead + "全市城镇新增就业5万人。\n")
    assert rows[-1] == (2025, "全市城镇新增就业", 50000.0, "人", "exact")


@pytest.mark.parametrize(
    "text",
    [
        "三、发展目标\n到2025年，主要目标是：\n全市常住人口城镇化率70%。\n全市森林覆盖率45%。\n",
        "三、发展目标\n到2025年：\n——全市常住人口城镇化率70%。\n——全市森林覆盖率45%。\n",
        "到2025年，全市森林覆盖率力争达到45%。全市常住人口城镇化率70%。\n",
    ],
)
def test_the_whole_place_as_subject_is_no_status(text: str) -> None:
    # review20 C-M1: a plan's goals name the place in bare metrics; only a word of status (现有) or tense stops them
    assert {(y, v) for y, _, v, _, _ in target_rows(_NEWS + text)} == {(2025, 70.0), (2025, 45.0)}
