"""Classes of language read in heldout17 (issue 8, round 16), each on texts written for this file.

None of these texts is copied from a fixture: each class is tested on several wordings, with the near misses it
must leave alone.

* a goal's year and goal-ness from its SCOPE: a numbered heading that names a coming year but not 目标
  (二、2027年全市经济工作总体要求) over a list of bare metric lines (地区生产总值增长6%左右 ⏎ 新增城镇就业5万人以上):
  each line with a number is that year's goal. Near misses: the same lines under a review heading (2026年工作回顾,
  完成情况), under a heading of a year before the text's date or before a year the text already named, in a
  statistics bulletin, lines that are sentences, a single line, and a line without a number;
* a count scaled by 万亿 (粮食产量1.4万亿斤): 1.4e12 斤, as 1.4亿斤 is 1.4e8 (money keeps 万亿元 as before).
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of

_PLAN = (
    "市政府工作报告要点\n"
    "一、2026年工作回顾\n"
    "地区生产总值增长5.6%\n"
    "新增城镇就业4.8万人\n"
    "二、2027年全市经济工作总体要求\n"
    "地区生产总值增长6%左右\n"
    "新增城镇就业5万人以上\n"
    "\n"
    "单位地区生产总值能耗降低2.5%\n"
    "三、重点工作\n"
    "新建5G基站3000个\n"
)


def _rows(text: str) -> list[tuple]:
    return [(t.year, t.metric, t.value, t.low, t.high, t.kind) for t in targets_of(text)]


def test_bare_metric_lines_under_a_heading_of_a_coming_year_are_its_goals():
    assert _rows(_PLAN) == [
        (2027, "地区生产总值", 6.0, None, None, "exact"),
        (2027, "城镇就业", 50000.0, None, None, "min"),
        (2027, "单位地区生产总值能耗", 2.5, None, None, "exact"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "（二）2028年主要经济指标安排",
        "第二部分　2028年经济社会发展的总体要求",
    ],
)
def test_other_labels_and_wordings_of_the_heading(heading):
    text = f"县政府工作报告摘要\n{heading}\n一般公共预算收入增长4%\n粮食产量稳定在80万吨以上\n（三）其他\n"
    got = _rows(text)
    assert [(y, v, k) for y, _, v, _, _, k in got] == [(2028, 4.0, "exact"), (2028, 800000.0, "min")]


def test_a_range_line_keeps_its_bounds():
    text = "报告摘要\n一、2027年发展主要要求\n经济增长4%—4.5%\n外贸进出口增长3%左右\n"
    assert _rows(text)[0][:1] + _rows(text)[0][3:] == (2027, 4.0, 4.5, "range")


@pytest.mark.parametrize(
    "text",
    [
        # a review heading: results, not goals
        "报告摘要\n一、2027年工作回顾\n地区生产总值增长6%\n新增城镇就业5万人\n",
        "报告摘要\n（一）2027年计划执行情况\n地区生产总值增长6%\n新增城镇就业5万人\n",
        "報告摘要\n一、2027年工作回顧\n地區生產總值增長6%\n新增城鎮就業5萬人\n",
        # the heading's year is before a year the text already named (an undated text)
        "2028年工作安排\n一、2027年主要指标情形\n地区生产总值增长6%\n新增城镇就业5万人\n",
        # a statistics bulletin lists results under its headings
        "2027年国民经济和社会发展统计公报\n一、2027年综合\n地区生产总值增长6%\n新增城镇就业5万人\n",
        # the lines are sentences (a comma in each): left to the other rules, no list
        "报告摘要\n一、2027年总体安排\n地区生产总值增长6%，质量效益提升\n城镇新增就业5万人，调查失业率稳定\n",
        # one line is no list
        "报告摘要\n一、2027年总体安排\n地区生产总值增长6%\n二、其他\n",
        # a heading without a label is a title, not a section of the text
        "2027年经济工作总体要求\n地区生产总值增长6%\n新增城镇就业5万人\n",
    ],
)
def test_near_misses_give_no_goal(text):
    assert _rows(text) == []


def test_a_heading_of_a_year_before_the_texts_date_reports():
    from extraction_helpers import one_clause

    from parsers.context import TextIndex
    from parsers.targets import extract_targets

    text = "报告摘要\n一、2026年主要指标\n地区生产总值增长6%\n新增城镇就业5万人\n"
    dated = TextIndex(text, current_year=2027)
    assert extract_targets(text, one_clause(text), dated) == []
    coming = TextIndex(text, current_year=2026)
    assert [t.year for t in extract_targets(text, one_clause(text), coming)] == [2026, 2026]


def test_a_line_without_a_number_ends_the_list():
    text = (
        "报告摘要\n一、2027年总体要求\n地区生产总值增长6%\n新增城镇就业5万人\n坚持稳中求进\n粮食产量60万吨\n"
    )
    assert [v for _, _, v, *_ in _rows(text)] == [6.0, 50000.0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("到2030年，粮食综合生产能力达到1.5万亿斤左右。", 1.5e12, "斤"),
        ("到2030年，粮食产量达到1.5亿斤。", 1.5e8, "斤"),
        ("到2030年，地区生产总值达到2.9万亿元。", 29000.0, "亿元"),
    ],
)
def test_a_count_scaled_by_wan_yi(text, value, unit):
    (goal,) = targets_of(text)
    assert (goal.value, goal.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("一般公共預算支出規模將首次達到 30 兆元", 3e13),
        ("拟发行超长期特别国债1.3兆元", 1.3e12),
    ],
)
def test_zhao_yuan_is_a_trillion_yuan_as_taiwan_writes_it(text, low):
    from extraction_helpers import one_clause

    from parsers.amounts import extract_amounts

    money, _ = extract_amounts(text, one_clause(text))
    assert [(m.low, m.high) for m in money] == [(low, low)]


def test_zhao_scales_a_count_but_stays_the_prefix_of_a_unit():
    assert [(t.value, t.unit) for t in targets_of("到2030年，粮食产量1.4 兆斤左右。")] == [(1.4e12, "斤")]
    assert [(t.value, t.unit) for t in targets_of("到2030年，新建光伏电站50兆瓦。")] == [(50.0, "兆瓦")]


@pytest.mark.parametrize(
    ("text", "year", "value"),
    [
        ("——到2028年力争将城乡居民医保参保率稳定在96%以上；", 2028, 96.0),
        ("各项指标如下：\n－到2027年，力争新增高新技术企业120家。", 2027, 120.0),
    ],
)
def test_a_year_phrase_after_a_list_bullet_opens_its_goal(text, year, value):
    assert [(t.year, t.value) for t in targets_of(text)] == [(year, value)]


def test_a_dash_inside_a_span_of_years_is_no_bullet():
    assert targets_of("项目建设期为2026—2028年，新建学校5所。") == []


# ---------------------------------------------------------------- the text's goal year, repeated bare
_REPEATED = (
    "2027年，全市将推动制造业提质增效，规上工业增加值增长7%。\n"
    "装备方面，2027年，新能源装备、智能家电产业产值分别突破800亿元、600亿元。\n"
)


def test_a_goal_year_repeated_bare_keeps_its_goals():
    got = [(t.year, t.value, t.kind) for t in targets_of(_REPEATED)]
    assert got == [(2027, 7.0, "exact"), (2027, 800.0, "min"), (2027, 600.0, "min")]


@pytest.mark.parametrize(
    "text",
    [
        # the year never opened a goal statement: a report
        "2027年，全市将推动制造业提质增效。\n2026年，全市规上工业增加值增长6.1%，新能源装备产值突破700亿元。\n",
        # the same year, but before the goal statement (no goal year yet)
        "2027年，全市规上工业增加值增长6.1%。\n2027年，全市将推动制造业提质增效，产值增长7%。\n",
        # the repeated year's sentence reports the past
        "2027年，全市将推动制造业提质增效，产值增长7%。\n2027年，全市已累计建成5G基站1200个。\n",
    ],
)
def test_a_bare_year_the_text_set_no_goals_for_reports(text):
    from extraction_helpers import one_clause

    from parsers.targets import extract_targets

    values = [t.value for t in extract_targets(text, one_clause(text))]
    assert 6.1 not in values and 700.0 not in values and 1200.0 not in values


@pytest.mark.parametrize(
    "text",
    [
        "关于2027年国民经济和社会发展计划执行情况与2028年计划草案的报告\n",
        "报告摘要\n（二）2027年计划完成情况\n",
    ],
)
def test_the_review_of_a_years_plan_is_no_goal(text):
    assert targets_of(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("2028年计划完成固定资产投资120亿元。", 120.0), ("2028年，全县计划新建学校6所。", 6.0)],
)
def test_a_years_plan_stays_a_goal(text, value):
    assert [(t.year, t.value) for t in targets_of(text)] == [(2028, value)]


def test_lines_under_a_dated_review_heading_are_results():
    from extraction_helpers import one_clause

    from parsers.amounts import extract_amounts

    text = (
        "报告摘要\n一、2026年工作回顾\n居民人均可支配收入年均增长6.2%\n新增城镇就业4.8万人\n"
        "二、2027年总体要求\n居民人均可支配收入增长6%左右\n城镇调查失业率5.5%以内\n"
    )
    _, ratios = extract_amounts(text, one_clause(text))
    roles = {r.surface: r.role for r in ratios}
    assert roles["6.2%"] == "other"
    assert roles["6%左右"] == "target"
