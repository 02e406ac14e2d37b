"""Census class Y (round 25, faults56): a figure whose own year stands in its clause right before its goal verb
(某产业规模2029年达1.5万亿元, 企业数2028年突破4万家, 其中到2028年将新建…) takes that year, not the year of the statement
around it (到2033年，…). A base year (比2020年, 较2020年, 从2020年…) or the end of a span (2021—2028年年均…) is no own year,
nor a year after the row's first goal verb (the next item's, over a span that runs on).
(lexicon [targets] own_year_pattern, parsers/goal_own_years.py)

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _rows(sentence):
    return [(t.year, t.value) for t in targets_of(sentence) if t.value is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "发展目标清晰:部委提出2029年达1.5万亿元、2033年突破2万亿元,稳步推进。",
            [(2029, 15000.0), (2033, 20000.0)],
        ),
        (
            "到2029年，专精特新企业2028年突破4万家、2029年突破4.5万家。",
            [(2028, 40000.0), (2029, 45000.0)],
        ),
        (
            "到2029年,数字产业增加值占比2028年达到31%、2029年达到33%。",
            [(2028, 31.0), (2029, 33.0)],
        ),
        (
            "预计到2036年,全面建成城乡充电网络;其中到2028年将新建7321个公共充电桩。",
            [(2028, 7321.0)],
        ),
        ("到2033年，全县文旅收入2030年力争达到80亿元。", [(2030, 80.0)]),
    ],
)
def test_a_figure_takes_its_own_year(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "到2029年，全市地区生产总值比2020年增长45%。",
        "到2029年，居民人均收入较2020年增长40%。",
        "到2029年，规上工业增加值2021—2029年年均增长7%。",
    ],
)
def test_a_base_year_or_a_span_end_keeps_the_statement_year(sentence):
    assert [year for year, _ in _rows(sentence)] == [2029]


def test_a_year_in_a_modifier_is_no_own_year():
    rows = [t.year for t in targets_of("到2029年,力争基本完成2001年底前建成的老旧厂房改造任务。")]
    assert rows == [2029]
