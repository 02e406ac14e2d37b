"""Census16 class T1 (foreign currency), round 17's convention: a goal counted in a foreign currency (美元, 欧元, 港元) is
a target row in that currency, its scale kept in the unit as 亿元 keeps it, and never counted in yuan (no value_yuan:
the money table is in 元). Sentences made up; near misses stay what they were: a report of a past year, a status to
date, an eligibility condition in dollars."""

from __future__ import annotations

import pytest
from goal_probes import read_rows

from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _units(text: str) -> list[tuple[str | None, float | None, float | None]]:
    return [
        (t.unit, t.value, t.value_yuan)
        for t in extract_targets(text, sentence_clauses(text), TextIndex(text))
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("到2027年，全市人均地区生产总值达到1.5万美元左右。", [("美元", 15000.0, None)]),
        ("到2027年，全县外贸进出口总额三十二点五亿美元。", [("亿美元", 32.5, None)]),
        ("到2028年，全省对欧出口额突破20亿欧元。", [("亿欧元", 20.0, None)]),
        ("力争到2027年，全区跨境电商交易额达到50亿港元以上。", [("亿港元", 50.0, None)]),
    ],
)
def test_a_goal_in_a_foreign_currency_keeps_its_currency_and_no_yuan(text: str, rows: list[tuple]) -> None:
    assert _units(text) == rows


def test_a_goal_in_dollars_reads_its_year_and_bound() -> None:
    assert read_rows("到2028年，全省对欧出口额突破20亿欧元，人均地区生产总值达到1.5万美元左右。") == [
        (2028, 20.0, "min", "亿欧元"),
        (2028, 15000.0, "exact", "美元"),
    ]


def test_a_yuan_goal_is_still_counted_in_yuan() -> None:
    assert _units("到2027年，全县外贸进出口总额达到32.5亿元。") == [("亿元", 32.5, 3250000000.0)]


@pytest.mark.parametrize(
    "text",
    [
        "2024年，全县出口额达到10亿美元，同比增长5%。",  # a report of a past year
        "截至2024年底，全市累计利用外资120亿美元。",  # a status to date
        "到2027年，对年出口额首次突破1亿美元的外贸企业，给予奖励25万元。",  # an eligibility condition
    ],
)
def test_a_dollar_figure_that_is_no_goal_gives_no_row(text: str) -> None:
    assert read_rows(text) == []
