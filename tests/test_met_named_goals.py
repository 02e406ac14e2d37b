"""A goal named in quotation marks as met (2022年…，基本实现“玉米不减产、多收一季大豆”的种植目标) reports the year's
result: its 目标 is no word of intent, so an undated sentence's bare year opens no goal (lexicon [tense]
met_goal_pattern, parsers.clause_tense). A word of intent beside it still plans.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "2023年,全县玉米种植面积约8.2万亩,单产提高6%,基本实现“稳面积、增单产”的年度目标。",
        "2022年,全区油菜收获面积3.5万亩,基本达到“扩面积、提产量”的预期目标。",
        "2021年,全镇新建蔬菜大棚1200座,超额实现“菜篮子”工程目标。",
    ],
)
def test_a_named_goal_met_reports_the_year(sentence):
    assert targets_of(sentence) == []  # no goal, with a number or without


def test_a_word_of_intent_still_plans():
    sentence = "2031年,全县力争粮食产量稳定在50万吨,基本实现“藏粮于地”的目标。"
    assert [t.value for t in targets_of(sentence) if t.value is not None] == [500000.0]


def test_the_years_main_goals_completed_report_the_year():
    # 基本完成全年主要目标任务, 全面实现全年主要预期目标: the year's main goals named as met (round 36, falsegoals36)
    for sentence in (
        "2031年，甲市工业运行稳中有进，基本完成全年主要目标任务，规上工业增加值增长7.1%。",
        "2031年，甲市工业运行稳中有进，全面实现全年主要预期目标，规上工业增加值增长7.1%。",
    ):
        assert targets_of(sentence) == []
    planned = "2031年，确保基本完成全年主要目标任务，规上工业增加值增长7%。"
    assert [t.value for t in targets_of(planned) if t.value is not None] == [7.0]
