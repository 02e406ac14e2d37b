"""Cheaper ways to the same answers: a year pattern tried only at the starts up to its anchor (parsers.anchors), a text
whose brackets open on no latin letter holding no pinyin reading (parsers.structure.pinyin), squeeze without a regex."""

from __future__ import annotations

import re

import pytest

from parsers.anchors import anchored, year_anchors
from parsers.goal_year_phrases import _YEAR_ANCHOR
from parsers.lexicon import lexicon

# made-up sentences: goal years, dates that are no goal year, years run together, a year far from its 年
SENTENCES = [
    "到2027年，全市新增专精特新企业50家。",
    "2024年3月5日，甲局印发通知；到2030年底前，基本建成乙体系。",
    "力争2026年，丙产业产值达到100亿元，2025年完成率90%。",
    "据统计，2023年全区生产总值增长6%；2024年，全区将新建学校3所，力争2025年实现全覆盖。",
    "自2020年以来，累计投入资金20亿元，2021年至2023年每年增长10%。",
    "目标是：2028年末，丁指数达到120。对于2029发展目标，另行制定。",
    "二〇二五年 年度计划：2026 年 ，将完成 2027  年的任务。",
    "年年年2025年年年" + "2026年" * 20,
]


@pytest.mark.parametrize("text", SENTENCES)
def test_trying_only_the_starts_finds_the_matches_the_window_scan_finds(text):
    lex = lexicon()
    anchors = year_anchors(_YEAR_ANCHOR, text)
    for pattern in (lex.year, lex.planned_goal_year):
        scanned = [m.span() for m in anchored(pattern, anchors, text, back=8, forward=64)]
        started = [m.span() for m in anchored(pattern, anchors, text, back=8, forward=64, starts_only=True)]
        assert started == scanned


def test_a_goal_year_is_found_and_a_date_is_not():
    text = "2024年3月5日，甲局提出：到2027年，乙产业规模突破500亿元。"
    found = [
        m.group(0)
        for m in anchored(
            lexicon().year, year_anchors(_YEAR_ANCHOR, text), text, back=8, forward=64, starts_only=True
        )
    ]
    assert found == ["到2027年"]


def test_matches_that_end_before_the_anchor_are_passed_over():
    # each 甲1 matches before the anchor 元 and does not hold it; the match that holds it starts later
    pattern = re.compile(r"甲\d|\d+元")
    text = "甲1甲2甲3 45元"
    anchors = list(re.finditer("元", text))
    for starts_only in (False, True):
        assert [m.group(0) for m in anchored(pattern, anchors, text, lead=8, starts_only=starts_only)] == [
            "45元"
        ]


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("關(guān)于印發(fā)甲办法的通知", True),
        ("人(ren)民(min)政府", True),
        ("甲办法（试行）（2024年修订）", False),
        ("见附件(A表)与(B表)", False),
        ("末尾一个括号(", False),
    ],
)
def test_only_a_bracket_opening_on_a_small_latin_letter_may_hold_a_reading(text, holds):
    from parsers.structure.pinyin import may_hold_readings, strip_pinyin

    assert may_hold_readings(text) is holds
    if not holds:
        assert strip_pinyin(text) is None


def test_squeeze_drops_exactly_what_the_whitespace_class_matches():
    import sys

    from parsers.structure.lines import squeeze

    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))
    line = "甲 市\u3000乙\t办法\xa0（征求意见稿）" + spaces + "丙"
    assert squeeze(line) == re.sub(r"\s+", "", line) == "甲市乙办法（征求意见稿）丙"
