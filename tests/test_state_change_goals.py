"""A change of state a plan sets as its goal (census extract50 G): 某功能不断优化, 某收入稳步提高, 某能力进一步提升
at a part's end is a goal with no number even in a statement that otherwise keeps only its goals with a number (a
work report's bare 2033年，…, 今年…力争…), as …与经济增长同步 is (lexicon [targets] stated_goal_form_pattern).
A report of a past year, a part without the form, and a change in the middle of a part stay unread. Sentences made
up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

_REPORT = "某区2033年国民经济和社会发展计划\n\n发布日期：2033-01-11\n\n"


def _goals(body: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(_REPORT + body)]


def test_a_bare_years_statement_keeps_its_changes_of_state() -> None:
    assert _goals("2033年，全区地区生产总值增长6%左右，城区功能不断优化，居民收入稳步提高。\n") == [
        (2033, "全区地区生产总值", 6.0),
        (2033, "城区功能不断优化", None),
        (2033, "居民收入稳步提高", None),
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "服务能力进一步提升",
        "发展质量显著提高",
        "承载能力持续增强",
        "产业规模明显扩大",
        "营商环境大幅改善",
        # a fall is a change of state too (extract52): 排放总量大幅降低, 城乡差距持续缩小
        "主要污染物排放总量大幅降低",
        "城乡收入差距持续缩小",
        "单位产值能耗明显下降",
        "安全事故总量稳步减少",
    ],
)
def test_each_adverb_and_verb_of_the_form(phrase: str) -> None:
    assert (2033, phrase, None) in _goals(f"2033年，全区地区生产总值增长6%左右，{phrase}。\n")


def test_this_years_striving_statement_keeps_them_too() -> None:
    rows = _goals("今年，全区力争地区生产总值增长6%，城区功能不断优化。\n")
    assert (2033, "城区功能不断优化", None) in rows


def test_a_past_year_reports_its_changes() -> None:
    assert _goals("2031年，全区地区生产总值增长6%，城区功能不断优化。\n") == []


@pytest.mark.parametrize(
    "part",
    [
        "城区功能得到优化",
        "服务能力进一步提升的同时推进改革",
        "城区功能不断优化的成效",
        "排放总量有所降低",  # no adverb of the form
        "排放总量大幅降低的势头",  # a change in the middle of a part
    ],
)
def test_no_other_part_without_a_number_is_kept(part: str) -> None:
    assert _goals(f"2033年，全区地区生产总值增长6%左右，{part}。\n") == [(2033, "全区地区生产总值", 6.0)]
