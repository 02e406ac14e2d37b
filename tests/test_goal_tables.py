"""The plain-text goal tables' first test (parsers/goal_tables.py): a text is searched for a table's header only when
it holds one of the metric words, found by substring tests, on texts written for this file."""

from __future__ import annotations

from extraction_helpers import targets_of

from parsers.goal_table_cells import core_words as _core_words


def test_the_core_words_are_those_no_other_word_stands_inside():
    assert _core_words(frozenset({"指标", "主要指标", "指标名称", "目标值"})) == ("指标", "目标值")
    assert _core_words(frozenset({"主要指标", "具体指标"})) == ("主要指标", "具体指标")


def test_a_table_under_a_metric_header_still_gives_its_goals():
    # the plan's columns: the base year's value, then the goal year's; a bracket holds a total over the period
    text = (
        "某区“十五五”发展规划\n表1  主要指标\n序号\t指标名称\t单位\t2025年\t2030年\t属性\n"
        "1\t工业增加值\t亿元\t210\t300\t预期性\n2\t万元产值用水量下降\t%\t〔10〕\t〔15〕\t约束性\n"
    )
    assert [(t.year, t.value, t.unit) for t in targets_of(text)] == [(2030, 300.0, "亿元"), (2030, 15.0, "%")]
