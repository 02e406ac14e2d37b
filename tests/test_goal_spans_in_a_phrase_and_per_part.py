"""Goals of a span of years ahead (round 32, targets38; parsers/goal_spans.py): a span inside a phrase naming the goals
its sentence then lists (明确了今后5年…的具体目标任务——…; 提出了未来五年…的新目标定位，即…; 描绘了未来五年…蓝图，奋斗目标为…;
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
            "乙县近日印发通知，乙县已明确今后5年建设现代农业强县的具体目标任务——农业总产值达到260亿元，"
            "高标准农田面积达到80万亩。",
            [(None, 260.0, "亿元"), (None, 800000.0, "亩")],
        ),
        (
            "分析人士认为，《规划》提出了未来五年全区文化旅游发展的新目标定位，即旅游总收入达到900亿元以上。",
            [(None, 900.0, "亿元")],
        ),
        (
            "全会描绘了未来五年丙市的城市建设蓝图，奋斗目标为常住人口城镇化率达到75%。",
            [(None, 75.0, "%")],
        ),
        (
            "规划确定了今后五年全镇发展的主要目标：粮食总产量稳定在4万吨，村集体经济收入超过3000万元。",
            [(None, 40000.0, "吨"), (None, 30000000.0, "元")],
        ),
    ],
)
def test_a_span_inside_a_phrase_naming_the_goals_opens_them(sentence: str, rows: list[tuple]) -> None:
    assert _rows(sentence + "\n") == rows


def test_a_span_inside_a_phrase_naming_no_goals_opens_none() -> None:
    # 的总体思路 names no goals the sentence then lists
    assert _rows("文章谈到了未来五年全区发展的总体思路，全区工业产值达到600亿元。\n") == []


def test_a_forecast_in_the_goals_after_the_phrase_is_none() -> None:
    assert _rows("乙县已明确今后5年建设农业强县的具体目标——农业总产值有望达到260亿元。\n") == []


def test_a_forecast_in_one_part_leaves_the_other_goals() -> None:
    rows = _rows(
        "未来五年，丁县粮食产量预计稳定在20万吨，高标准农田面积达到120万亩，农村居民人均可支配收入达到3万元。\n"
    )
    assert (None, 1200000.0, "亩") in rows
    assert (None, 30000.0, "元") in rows


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
    # the report before the semicolon (已建成) is its own clause's; the lead counts from the semicolon after 计划
    text = "戊市交通局负责人介绍，眼下，戊市已建成公共充电桩1.2万个；下一步，计划用三年的时间把公共充电桩增加到5万个。\n"
    assert _rows(text) == [(None, 50000.0, "个")]


def test_a_span_after_a_semicolon_with_no_word_of_intent_keeps_the_sentence_lead() -> None:
    # a term in a rule (1年后) after a long lead: no span ahead of goals
    text = (
        "企业在园区购置自用办公楼的，按购房价款的一定比例给予一次性补助，具体比例另行公布；入驻孵化基地的，前2年免收房租，"
        "2年后按企业营业收入核定房租，如企业年营业收入达500万元以上的，房租减半。\n"
    )
    assert _rows(text) == []


def test_a_run_of_figures_after_one_verb_gives_a_row_each() -> None:
    text = "未来五年，甲乙丙三县生产总值分别达到500亿元、300亿元和200亿元。\n"
    assert _rows(text) == [(None, 500.0, "亿元"), (None, 300.0, "亿元"), (None, 200.0, "亿元")]


def test_a_phrase_naming_the_goals_at_its_sentence_end_opens_the_next_sentence() -> None:
    text = (
        "局长说：我们为未来五年的工作定下了看得见、摸得着的具体目标。概括起来，就是要让全县旅游接待人次超过2000万，"
        "旅游总收入达到180亿元。\n"
    )
    assert _rows(text) == [(None, 20000000.0, None), (None, 180.0, "亿元")]


def test_a_report_after_a_phrase_naming_the_goals_is_none() -> None:
    assert _rows("这是未来五年的奋斗目标。去年全市地区生产总值已达到800亿元。\n") == []
