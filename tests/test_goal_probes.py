"""The goal probe suite (tests/goal_probes.py): made-up goal clauses composed from the grammar of goal clauses (time
frame, hedge, verb of reach, baseline, bound, range, number form, unit, several metrics, clause order), each checked
for the year, value, kind and unit of every row; and sentences of the same words that state no goal, checked for none.
``scripts/goal_probe_rate.py`` prints the suite's pass rate by class."""

from __future__ import annotations

import pytest
from goal_probes import expected_rows, goal_probes, non_goal_probes, probe_passes

from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets

_GOALS = goal_probes()
_NOT_GOALS = non_goal_probes()


def test_the_suite_is_as_large_as_its_brief() -> None:
    assert len(_GOALS) >= 150 and len(_NOT_GOALS) >= 60


@pytest.mark.parametrize("probe", _GOALS, ids=[p.id for p in _GOALS])
def test_goal_clause_gives_its_rows(probe) -> None:
    ok, got = probe_passes(probe)
    assert ok, f"{probe.text}: want {expected_rows(probe)}, got {got}"


@pytest.mark.parametrize("probe", _NOT_GOALS, ids=[p.id for p in _NOT_GOALS])
def test_sentence_that_states_no_goal_gives_no_row(probe) -> None:
    ok, got = probe_passes(probe)
    assert ok, f"{probe.text}: want no row, got {got}"


def _dated(text: str, text_year: int | None) -> list[tuple]:
    index = TextIndex(text, current_year=text_year)
    return [(t.year, t.value, t.unit, t.metric) for t in extract_targets(text, sentence_clauses(text), index)]


@pytest.mark.parametrize(
    ("text", "text_year", "rows"),
    [
        # a subject before its time frame: a year after the text's date aims, one before it reports
        ("全市森林覆盖率到2027年达到45%。", 2025, [(2027, 45.0, "%", "全市森林覆盖率")]),
        ("全市森林覆盖率到2024年达到40%。", 2025, []),
        # the year a change reaches: planned after the text's date, reported before it; undated, a plan cue decides
        ("全市森林覆盖率由2020年的40%提高到2027年的45%。", 2025, [(2027, 45.0, "%", "全市森林覆盖率")]),
        ("全市森林覆盖率由2015年的35%提高到2020年的40%。", 2025, []),
        ("全市森林覆盖率由2020年的40%提高到2027年的45%。", None, []),
        ("全市森林覆盖率将由2020年的40%提高到2027年的45%。", None, [(2027, 45.0, "%", "全市森林覆盖率")]),
    ],
)
def test_the_year_of_a_goal_inside_its_clause_against_the_text_date(text, text_year, rows) -> None:
    assert _dated(text, text_year) == rows


@pytest.mark.parametrize(
    "text",
    [
        "到2025年（“十四五”末），全市地区生产总值突破5000亿元。",  # an aside of the year is no goal without a number
        "到2025年和2030年，全市森林覆盖率分别达到25%和30%。",  # nor is a staged goal's later year
    ],
)
def test_no_row_without_a_number_for_the_words_around_a_year(text) -> None:
    assert all(v is not None for _, v, _, _ in _dated(text, None))


def test_a_metric_leaves_out_the_start_of_its_change_and_the_modal_before_its_verb() -> None:
    rows = _dated("到2025年，全市高新技术企业将由目前的500家增加到1000家，居民消费价格涨幅约百分之二。", None)
    assert [(metric, value) for _, value, _, metric in rows] == [
        ("全市高新技术企业", 1000.0),
        ("居民消费价格涨幅", 2.0),
    ]
