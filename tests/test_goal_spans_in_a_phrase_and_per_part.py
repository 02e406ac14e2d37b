"""Goals of a span of years ahead (round 32, targets38; parsers/goal_spans.py): a span inside a phrase naming the goals
its sentence then lists (确立未来5年…的具体目标任务——…; 提出了未来五年…的新目标定位，即…; 擘画了未来五年…蓝图，奋斗目标为…;
lexicon [targets] span_ahead_goal_nouns, span_ahead_goal_introducers) opens those goals, year null, however long the
news lead before it; and a forecast or report cue in one part of a span-ahead sentence (预计) is that part's, the other
parts' goals stay. Guards: the span inside a phrase naming no goals, a forecast in every part, a forecast before the
span, a forecast in the goals after the phrase, years past. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text)]


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        (
            "记者3月2日从甲市经信委获悉，甲市已确立未来5年推进新型工业化的具体目标任务——累计完成工业投资8000亿元，"
            "实现工业产值2万亿元。",
            [(None, 8000.0, "亿元"), (None, 20000.0, "亿元")],
        ),
        (
            "媒体认为，《意见》提出了未来五年全省数字经济发展的新目标定位，即核心产业增加值占全省GDP的比重达到12%以上。",
            [(None, 12.0, "%")],
        ),
        (
            "大会擘画了未来五年乙省的经济社会发展蓝图，奋斗目标为全省地区生产总值迈上3万亿元新台阶。",
            [(None, 30000.0, "亿元")],
        ),
        (
            "会议明确了今后五年全县发展的主要目标：地区生产总值达到500亿元，城镇居民人均可支配收入超过6万元。",
            [(None, 500.0, "亿元"), (None, 60000.0, "元")],
        ),
    ],
)
def test_a_span_inside_a_phrase_naming_the_goals_opens_them(sentence: str, rows: list[tuple]) -> None:
    assert _rows(sentence + "\n") == rows


def test_a_span_inside_a_phrase_naming_no_goals_opens_none() -> None:
    # 的战略构想 names no goals the sentence then lists
    assert _rows("报告提出了未来五年全市发展的战略构想，全市地区生产总值达到8000亿元。\n") == []


def test_a_forecast_in_the_goals_after_the_phrase_is_none() -> None:
    assert _rows("甲市已确立未来5年推进工业化的具体目标——工业产值有望达到2万亿元。\n") == []


def test_a_forecast_in_one_part_leaves_the_other_goals() -> None:
    rows = _rows("未来五年，甲市GDP年均增速预计在8%，经济总量达到1万亿元，城镇居民人均可支配收入增长75%。\n")
    assert (None, 1.0, "万亿元") in rows or (None, 10000.0, "亿元") in rows
    assert (None, 75.0, "%") in rows


@pytest.mark.parametrize(
    "sentence",
    [
        "未来五年，甲市经济总量预计达到1万亿元，人均可支配收入有望超过8万元。",  # every part forecasts
        "据预计，未来五年，甲市经济总量达到1万亿元。",  # the forecast before the span
        "未来五年，全市已建成基站3000个，已新增光纤1000公里。",  # years past: every part reports
    ],
)
def test_a_forecast_or_report_in_every_part_or_before_the_span_gives_none(sentence: str) -> None:
    assert _rows(sentence + "\n") == []


def test_a_span_after_a_semicolon_and_a_word_of_intent_opens_its_clause() -> None:
    # the report before the semicolon (已开通) is its own clause's; the lead counts from the semicolon after 计划
    text = "甲省发改委负责人表示，目前，甲省已开通40多条国际航线；下一步，计划用两年的时间把国际航线增加到100条左右。\n"
    assert _rows(text) == [(None, 100.0, "条")]


def test_a_span_after_a_semicolon_with_no_word_of_intent_keeps_the_sentence_lead() -> None:
    # a term in a rule (1年后) after a long lead: no span ahead of goals
    text = (
        "项目不须新征用地的，自签约起三个年度内，新增税收的县级所得全部奖励给投资方；租用园区标准厂房的，可免除1年租金，"
        "1年后根据项目纳税情况确定租金，如项目年纳税达300元/平方米以上的，租金全免。\n"
    )
    assert _rows(text) == []


def test_a_run_of_figures_after_one_verb_gives_a_row_each() -> None:
    text = "未来五年，甲乙丙三县生产总值分别达到500亿元、300亿元和200亿元。\n"
    assert _rows(text) == [(None, 500.0, "亿元"), (None, 300.0, "亿元"), (None, 200.0, "亿元")]


def test_a_phrase_naming_the_goals_at_its_sentence_end_opens_the_next_sentence() -> None:
    text = (
        "记者：我们对今后五年的发展提出了细化量化、可观可感的具体目标。总体来说，要实现地区生产总值超过900亿元，"
        "人均地区生产总值达10万元。\n"
    )
    assert _rows(text) == [(None, 900.0, "亿元"), (None, 100000.0, "元")]


def test_a_report_after_a_phrase_naming_the_goals_is_none() -> None:
    assert _rows("这是未来五年的奋斗目标。去年全市地区生产总值已达到800亿元。\n") == []
