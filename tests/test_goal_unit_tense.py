"""The tense features of a goal unit (parsers.goal_unit_tense), read by the learned goal detector: what tells a report
of the year from a goal. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.context import TextIndex
from parsers.goal_features import figure_units, unit_features
from parsers.goal_unit_tense import dates_only, feature_heading, section_start


def _tense(text: str, current_year: int | None = None) -> set[str]:
    """The r: features of the text's last unit with a figure."""
    ix = TextIndex(text, current_year=current_year)
    unit = list(figure_units(ix.norm))[-1]
    return {f for f in unit_features(ix.norm, unit, ix.lex, current_year) if f.startswith("r:")}


def test_intent_before_the_figures_aims_and_intent_only_after_them_does_not() -> None:
    assert "r:aim" in _tense("某县新闻\n今年全县力争地区生产总值增长6%左右。\n", 2031)
    # the figures report the year; only what comes next (下一步要…) is aimed at
    found = _tense("某县新闻\n今年全市完成固定资产投资500亿元，增长8%，下一步要继续扩大有效投资。\n", 2031)
    assert "r:aim_after" in found and "r:aim" not in found
    assert not {"r:aim", "r:aim_noun", "r:aim_after", "r:aim_above"} & _tense(
        "某县新闻\n某省今年农作物播种面积稳定在2亿亩以上。\n", 2031
    )
    # a goal noun only (…的目标): a goal named, no verb of intent
    assert "r:aim_noun" in _tense("某县新闻\n实现地区生产总值增长6%的目标。\n", 2031)


def test_intent_in_the_lead_above_counts_for_the_unit() -> None:
    text = "某县新闻\n会议提出，今年全县将重点抓好以下工作：\n新增规上企业10家，建成农田3万亩。\n"
    found = _tense(text, 2031)
    assert "r:aim_above" in found


def test_report_cues_and_a_part_of_the_year_already_run() -> None:
    assert "r:report" in _tense("某县新闻\n全年粮食产量同比增长3%，已建成农田3万亩。\n", 2031)
    found = _tense("某县新闻\n上半年，全县营业收入增长7.5%，规上工业增加值增长6.2%。\n", 2031)
    assert {"r:past_open", "r:elapsed"} <= found
    assert "r:elapsed" not in _tense("某县新闻\n下半年，全县力争营业收入增长7.5%。\n", 2031)


def test_a_review_heading_or_lead_names_results() -> None:
    assert "r:review_head" in _tense("某县新闻\n一、2030年工作回顾\n全年生产总值增长6.1%。\n", 2031)
    assert "r:review_head" not in _tense("某县新闻\n二、2031年主要目标\n生产总值增长6%左右。\n", 2031)


@pytest.mark.parametrize(
    ("unit", "bare"),
    [
        ("某县新闻\n营业收入增长7.5%，工业增加值增长6.2%。\n", "r:bare=all"),  # changes stated, no bound
        ("某县新闻\n营业收入增长7.5%左右，工业增加值增长6%以上。\n", "r:bare=none"),  # changes bound
        ("某县新闻\n营业收入增长7.5%，产值突破100亿元，新增企业10家以上。\n", "r:bare=some"),  # 突破 binds
        ("某县新闻\n全年增长8%。\n", "r:bare=all"),  # one figure too
    ],
)
def test_how_many_figures_are_bare_changes(unit: str, bare: str) -> None:
    assert bare in _tense(unit, 2031)


def test_bare_changes_with_no_intent_anywhere_are_marked() -> None:
    assert "r:bare_no_aim" in _tense("某县新闻\n营业收入增长7.5%，工业增加值增长6.2%。\n", 2031)
    assert "r:bare_no_aim" not in _tense("某县新闻\n全县将推动营业收入增长7.5%，工业增加值增长6.2%。\n", 2031)


def test_a_span_of_years() -> None:
    assert "r:span" in _tense("某市规划\n2031年—2036年，累计建成储能电站60座。\n")
    assert "r:span" not in _tense("某市规划\n到2036年，建成储能电站60座。\n")


def test_a_line_that_only_dates_the_text_heads_nothing() -> None:
    for line in ("2026年12月28日", "发布时间：2026-12-04", "发布日期: 2032.07.15 10:30"):
        assert dates_only(line) and feature_heading(line) == "", line
    for line in ("2031年工作要点", "二、主要目标", "2026年12月28日全县经济工作会议召开"):
        assert not dates_only(line) and feature_heading(line) == line, line


def test_a_unit_on_a_long_line_reads_the_text_before_it_from_its_section_numeral() -> None:
    text = "实施意见一、总体要求（一）发展目标。到2026年，建成示范村15个。二、重点任务（二）发展智慧农业。建设3个农场。"
    assert text[section_start(text, 0, text.index("建设3个")) :].startswith("（二）发展智慧农业。")
    assert section_start("全县新增企业10家。", 0, 5) == 0
