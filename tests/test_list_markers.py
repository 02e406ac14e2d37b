"""One view of a goal list's lines (parsers/list_markers.py) and the layouts it lets the goal rules read; texts written
for this file (none copied from a fixture).

* a line's list mark (numbering of every kind, a bullet glyph, a dash) and indentation are read off into attributes;
* a lead line may open with any mark of the table, or name its place before its year (某县2027年目标安排);
* a metric's name on a line of its own over its value line (生产总值 ⏎ •增长6%) is one item, blank lines between;
* a paragraph opening with 其中包括/具体为 under a coming year's statement continues its goals;
* a plan named before a year (计划指出，2027年…) and 预期 before a figure make the year's clause a plan; a figure quoted
  alone (定格“5%左右”) is a figure.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.list_markers import line_view
from parsers.structure.titles import LIST_BULLET_RE
from parsers.targets import extract_targets

_PROSE = "县政府召开常务会议，研究部署全年经济工作。\n"


def _rows(text: str) -> list[tuple]:
    index = TextIndex(text)
    targets = extract_targets(text, one_clause(text), index)
    return [(t.year, t.value, t.unit) for t in targets if t.value is not None]  # goals with a number


@pytest.mark.parametrize(
    ("line", "marker", "numbered", "body", "indent"),
    [
        ("一、发展目标", "一、", True, "发展目标", 0),
        ("  （二）主要指标", "（二）", True, "主要指标", 2),
        ("3. 新增就业5000人", "3.", True, "新增就业5000人", 0),
        ("②粮食产量稳定", "②", True, "粮食产量稳定", 0),
        ("(4)耕地保有量不减少", "(4)", True, "耕地保有量不减少", 0),
        ("\u3000\u3000●增长6%左右", "●", False, "增长6%左右", 2),
        ("◇ 新建学校3所", "◇", False, "新建学校3所", 0),
        ("——产业规模壮大", "——", False, "产业规模壮大", 0),
        ("3.5%的增幅", "", False, "3.5%的增幅", 0),  # a decimal, no item 3
        ("地区生产总值", "", False, "地区生产总值", 0),
    ],
)
def test_line_view_reads_the_mark_and_indentation(line, marker, numbered, body, indent):
    view = line_view(line, 0, len(line))
    assert (view.marker, view.numbered, view.body, view.indent) == (marker, numbered, body, indent)
    assert view.bulleted == (bool(marker) and not numbered)


def test_blank_line_view():
    assert line_view("   ", 0, 3).blank


def test_page_bullets_of_the_structure_parser_come_from_the_table():
    assert LIST_BULLET_RE.sub("", "• 设为首页") == "设为首页"
    assert LIST_BULLET_RE.sub("", "* 上传时间:2022-12-12") == "上传时间:2022-12-12"
    assert LIST_BULLET_RE.sub("", "设为首页") == "设为首页"


@pytest.mark.parametrize("mark", ["■", "◇", "▲", "★", "①", "(1)", "——"])
def test_a_lead_opens_with_any_mark_of_the_table(mark):
    text = _PROSE + f"{mark} 2027年全县主要预期目标\n\n●生产总值增长6%左右\n\n●城镇新增就业5000人\n"
    assert _rows(text) == [(2027, 6.0, "%"), (2027, 5000.0, "人")]


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n  \n"])
def test_a_metric_name_over_its_value_line_is_one_item(gap):
    text = (
        _PROSE
        + f"某县2027年目标安排{gap}地区生产总值{gap}•增长6%左右{gap}城镇新增就业人数{gap}•5000人以上{gap}"
        + "全力推动产业升级\n要加快传统产业改造，新建园区2个。\n"
    )
    assert _rows(text) == [(2027, 6.0, "%"), (2027, 5000.0, "人")]


def test_a_name_line_over_prose_is_no_item():
    # a heading over a paragraph of sentences is no metric's name: the lead's run ends there
    text = (
        _PROSE
        + "某县2027年目标安排\n地区生产总值\n•增长6%左右\n城镇新增就业\n•5000人以上\n"
        + "产业升级\n全县要加快传统产业改造，全年新建园区2个，扶持企业30家。\n"
    )
    assert (2027, 2.0, "个") not in _rows(text)


def test_a_continuation_paragraph_carries_the_years_goals():
    text = (
        _PROSE
        + "到2027年，全县现代农业实现跨越发展，基本形成产业融合的发展新格局。\n\n"
        + "其中包括，培育年产值超10亿元的龙头企业20家；\n\n"
        + "农作物耕种收综合机械化率达到75%以上\n\n"
        + "农村居民人均可支配收入达到26000元\n\n"
        + "全力推动产业升级\n"
    )
    rows = _rows(text)
    assert (2027, 75.0, "%") in rows
    assert (2027, 26000.0, "元") in rows


def test_no_continuation_without_its_word():
    text = (
        _PROSE
        + "到2027年，全县现代农业实现跨越发展，基本形成产业融合的发展新格局。\n\n"
        + "县农业农村局副局长介绍了近期工作。\n\n"
        + "农作物耕种收综合机械化率75%\n"
    )
    assert _rows(text) == []


def test_a_plan_named_before_the_year_makes_it_a_plan():
    text = "规划提出，2027年实施储能专项行动，开工新型储能装机500万千瓦，建成投产300万千瓦。"
    assert _rows(text) == [(2027, 5000000.0, "千瓦"), (2027, 3000000.0, "千瓦")]


def test_a_report_named_before_the_year_is_no_plan():
    assert _rows("政府工作报告提出，2026年全区地区生产总值增长3.7%。") == []


@pytest.mark.parametrize(
    "text",
    ["2027年某市经济增速预期首次定格“5%左右”", "2027年某市经济增速预期定在5%左右"],
)
def test_expected_growth_with_a_quoted_figure(text):
    assert _rows(text) == [(2027, 5.0, "%")]


def test_growth_beyond_expectation_is_no_plan():
    assert _rows("2026年某市经济增长好于预期，增速5.5%。") == []


@pytest.mark.parametrize("marks", [("①", "②"), ("(1)", "(2)"), ("1）", "2）")])
def test_a_colon_list_numbered_in_any_form_carries_its_year(marks):
    text = (
        _PROSE
        + "到2027年，全区在产业发展方面将实现以下变化：\n"
        + f"{marks[0]}产业集群规模持续扩大，全区新增规模以上工业企业100家，带动就业明显增加。\n"
        + f"{marks[1]}创新能力显著增强，全社会研发经费投入强度提高到3%，成果转化更加顺畅。\n"
    )
    assert _rows(text) == [(2027, 100.0, "家"), (2027, 3.0, "%")]
