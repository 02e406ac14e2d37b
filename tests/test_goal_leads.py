"""A line that names a year's goals leads the goals under it, whatever their form (parsers/goal_leads.py), and the
values such goals take (compound units, 翻一番，达到X); texts written for this file (none copied from a fixture).

* a dated lead on its own line, with or without a colon (2027年全县主要预期目标：, 到2028年，主要目标是：, 2027年经济社会
  发展主要预期目标), governs one paragraph of ；/，-separated goals, several such paragraphs, or a list;
* 今年/明年 in such a lead are the year of the text's date and the next one; with no date they give no row;
* the reach ends at a heading of what is not goals, a heading line with no figure, a paragraph naming another year, a
  task paragraph and a report of the past; a lead of a year before the text's date leads nothing;
* 比上年增长6% under a lead is the plan's change, no report;
* a unit per a volume or per yuan of output (26.5微克/立方米, 0.45吨标准煤/万元) keeps its value;
* 翻一番/增加一倍，达到X is one goal of value X; a short title a dash sets off (“三个倍增”——…) heads a goal paragraph.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.targets import extract_targets

_NO_NUMBER = (None, None)
_PROSE = "县政府召开常务会议，研究部署全年经济工作。\n"


def _rows(text: str) -> list[tuple]:
    index = TextIndex(text)
    return [
        (t.year, t.value if t.value is not None else (t.low, t.high), t.unit)
        for t in extract_targets(text, one_clause(text), index)
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "2027年全县发展主要预期目标：",
        "2027年全县经济社会发展主要预期目标",  # a headline line, no colon
        "到2027年，主要目标是：",
        "2027年主要目标任务如下：",
        "（一）2027年主要预期目标",
        "■ 2027年全县经济社会发展的主要预期目标",  # a bullet glyph where a numbering would stand
        "◆2027年主要目标任务：",
    ],
)
def test_a_dated_lead_line_governs_one_paragraph_of_semicolon_goals(lead):
    text = _PROSE + lead + "\n地区生产总值增长7%左右；规模以上工业增加值增长9%以上，城镇新增就业3200人。\n"
    assert _rows(text) == [(2027, 7.0, "%"), (2027, 9.0, "%"), (2027, 3200.0, "人")]


def test_a_bulleted_lead_governs_the_bulleted_goals_under_it():
    text = _PROSE + "■ 2027年主要预期目标\n\n●地区生产总值增长7%左右\n\n●城镇新增就业3200人以上\n"
    assert _rows(text) == [(2027, 7.0, "%"), (2027, 3200.0, "人")]


def test_the_lead_reaches_over_several_goal_paragraphs_and_stops_at_a_task_heading():
    text = (
        _PROSE + "2027年全县主要预期目标：\n"
        "地区生产总值增长7%左右；固定资产投资增长10%。\n"
        "居民人均可支配收入增长8%，粮食产量稳定在30万吨以上。\n"
        "全力推动工业经济提质增效\n"
        "更大力度抓招商。新签约项目40个，其中超10亿元项目5个。\n"
    )
    assert _rows(text) == [(2027, 7.0, "%"), (2027, 10.0, "%"), (2027, 8.0, "%"), (2027, 300000.0, "吨")]


def test_a_numbered_list_under_a_lead_without_colon_and_the_next_unit_ends_it():
    text = (
        _PROSE + "2027年主要预期目标\n"
        "1.地区生产总值增长7%左右。\n"
        "2.城镇新增就业1.5万人。\n"
        "二、重点工作\n"
        "（一）壮大实体经济。新增规上企业60家。\n"
    )
    assert _rows(text) == [(2027, 7.0, "%"), (2027, 15000.0, "人")]


def test_a_report_of_the_past_or_another_year_after_the_goals_ends_the_reach():
    text = (
        _PROSE + "到2028年，主要目标是：\n"
        "地区生产总值达到520亿元；新增高新技术企业60家。\n"
        "目前全县已建成省级以上创新平台12个。\n"
        "研发投入强度达到2.8%。\n"
    )
    assert _rows(text) == [(2028, 520.0, "亿元"), (2028, 60.0, "家")]
    text = _PROSE + "到2028年，主要目标是：\n地区生产总值达到520亿元。\n2030年，研发投入强度达到3.5%。\n"
    assert (2028, 3.5, "%") not in _rows(text)


def test_comparisons_with_last_year_under_a_lead_are_the_plans_change():
    text = _PROSE + "2027年全县主要预期目标：\n城乡居民收入比上年增长7%，社会消费品零售总额同比增长6%。\n"
    assert _rows(text) == [(2027, 7.0, "%"), (2027, 6.0, "%")]


@pytest.mark.parametrize(
    ("stamp", "word", "year"),
    [
        ("发布时间：2027-01-20 10:30:00\n", "今年", 2027),
        ("2027年01月20日\n", "本年度", 2027),
        ("发布时间：2027-12-20 10:30:00\n", "明年", 2028),
    ],
)
def test_a_relative_lead_takes_its_year_from_the_texts_date(stamp, word, year):
    text = stamp + _PROSE + f"{word}主要预期目标：\n地区生产总值增长6.5%左右；一般公共预算收入增长4%。\n"
    assert _rows(text) == [(year, 6.5, "%"), (year, 4.0, "%")]


def test_a_relative_lead_in_an_undated_text_gives_no_row():
    assert _rows(_PROSE + "今年主要预期目标：\n地区生产总值增长6.5%左右。\n") == []
    assert _rows(_PROSE + "明年主要预期目标是：\n地区生产总值增长6.5%左右。\n") == []


def test_a_lead_of_a_year_before_the_texts_date_leads_nothing():
    text = "发布时间：2028-01-20 10:30:00\n" + _PROSE + "2026年主要预期目标：\n地区生产总值增长6.5%左右。\n"
    assert _rows(text) == []


def test_a_heading_of_a_review_is_no_lead():
    text = _PROSE + "2027年主要目标完成情况\n地区生产总值增长6.8%，城镇新增就业3500人。\n"
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("goal", "value", "unit"),
    [
        ("细颗粒物平均浓度下降到26.5微克/立方米以下", 26.5, "微克/立方米"),
        ("可吸入颗粒物浓度控制在55毫克/立方米以内", 55.0, "毫克/立方米"),
        ("单位地区生产总值能耗降至0.45吨标准煤/万元", 0.45, "吨标准煤/万元"),
        ("森林蓄积量达到95立方米/公顷", 95.0, "立方米/公顷"),  # a unit per another, as before
    ],
)
def test_a_unit_per_a_volume_or_per_yuan_keeps_the_goals_value(goal, value, unit):
    assert _rows(_PROSE + f"到2027年，{goal}。\n") == [(2027, value, unit)]


def test_doubling_then_reaching_is_one_goal_valued_by_what_it_reaches():
    text = (
        _PROSE + "到2027年，主要目标是：\n"
        "研发经费投入翻一番，达到3.2亿元；高新技术企业数量增加一倍，达到240家；"
        "技术合同成交额翻两番，三年累计突破50亿元。\n"
    )
    assert _rows(text) == [(2027, 3.2, "亿元"), (2027, 240.0, "家"), (2027, 50.0, "亿元")]


def test_a_doubling_with_nothing_reached_is_a_target_of_two_times():
    # round 21 convention (fixtures/heldout/SOURCES.md): the doubling word is the goal's quantity, 2 倍
    assert _rows(_PROSE + "到2027年，全县农民人均收入翻一番。\n") == [(2027, 2.0, "倍")]


def test_a_short_title_set_off_by_a_dash_heads_a_goal_paragraph():
    text = (
        "1.发展目标\n"
        "围绕建设创新型县，到2028年，主要创新指标实现“三个倍增”。\n"
        "“三个倍增”——高新技术企业数量增加一倍，达到120家；科技型中小企业翻一番，达到300家。\n"
        "2.重点任务\n"
    )
    assert _rows(text)[-2:] == [(2028, 120.0, "家"), (2028, 300.0, "家")]


@pytest.mark.parametrize(
    ("heading", "lead"),
    [
        ("2027年工作安排", "主要预期目标：\n"),
        ("二、2027年工作总体要求", "主要预期目标是："),  # the goals on the lead's own line, after its colon
        ("2027年经济社会发展", "主要目标\n"),
    ],
)
def test_an_undated_lead_under_a_dated_heading_takes_the_headings_year(heading, lead):
    text = f"县政府工作报告摘要\n{heading}\n{lead}地区生产总值增长7%左右；规模以上工业增加值增长9%以上。\n"
    assert _rows(text) == [(2027, 7.0, "%"), (2027, 9.0, "%")]


@pytest.mark.parametrize(
    "heading",
    [
        "一、2027年工作回顾",  # a review: its figures are results
        "县政府工作报告摘要",  # no year above the lead
        "2027年，全县上下团结一心，攻坚克难，各项工作取得新进展。",  # a sentence above, no heading
    ],
)
def test_an_undated_lead_with_no_dated_heading_over_it_leads_nothing(heading):
    text = f"{heading}\n主要预期目标：\n地区生产总值增长7%左右；规模以上工业增加值增长9%以上。\n"
    assert _rows(text) == []


@pytest.mark.parametrize(
    "head",
    [
        "一、2027年主要目标\n",  # a labelled dated heading as the text's first line
        " " * 300 + "\n一、2027年主要目标\n",  # a first line of blanked page furniture above it
        "2026年 \n二、2027年主要目标\n",
    ],
)
def test_dated_headings_are_the_lines_a_line_start_scan_finds(head):
    """The dated headings of a text are tried at the lines a label may open with a year near its start, and at the
    first line only when it holds a year: the same headings as the heading pattern tried at every line start."""
    from parsers.goal_headings import heading_words

    text = head + "地区生产总值增长6%左右\n三、2028年发展目标：\n规上工业增加值增长7%\n"
    index = TextIndex(text)
    w = index.lex.derived(heading_words)
    found = [m.group("year") for m in index._heading_lines(w)]
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    every = [m for m in (w.heading.match(text, p) for p in line_starts) if m is not None]
    assert found == ["2027", "2028"]
    assert found == [m.group("year") for m in every if index._heading_form(m, w)]
