"""Hostile input to the extractors: every value finite or null, every range ordered, no quadratic path.

The scaling tests use inputs on which the old code needed minutes to hours (each amount of a
sentence scanned the whole sentence; the anchor regex retried from every digit of a run): the
linear code takes about a second, so pytest-timeout's limit, set far above that, fails only a
quadratic path. They assert no time; measured growth is in bench/bench_extraction_scaling.py.
"""

from __future__ import annotations

import math

import pytest

from parsers.amounts import extract_amounts
from parsers.anchors import anchored
from parsers.context import TextIndex
from parsers.lexicon import MAX_NUMERAL_CHARS, lexicon
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def extract_all(text: str):
    clauses = sentence_clauses(text)
    index = TextIndex(text)
    money, ratios = extract_amounts(text, clauses, index)
    return money, ratios, extract_targets(text, clauses, index)


def assert_sane(money, ratios, targets):
    for m in money:
        assert all(v is None or math.isfinite(v) for v in (m.low, m.high)), m
        assert m.low is None or m.high is None or m.low <= m.high, m
    for r in ratios:
        assert all(v is None or math.isfinite(v) for v in (r.value, r.high)), r
        assert r.high is None or r.value <= r.high, r
    for t in targets:
        values = (t.value, t.low, t.high, t.value_yuan, t.value_fraction)
        assert all(v is None or math.isfinite(v) for v in values), t
        assert t.low is None or t.high is None or t.low <= t.high, t


# ---------------------------------------------------------------- finite or null
@pytest.mark.parametrize(
    "text",
    [
        "9" * 301 + "亿元",
        "给予" + "9" * 305 + "万元奖励。",
        "1" * 310 + "%",
        "按" + "1" * 400 + "∶" + "1" * 400 + "配套。",
        "力争" + "9" * 301 + "亿元",
        "到2030年，产值达到" + "9" * 330 + "亿元。",
        "提高" + "9" * 330 + "个百分点",
        "9" * 330 + "倍",
    ],
)
def test_numbers_too_large_for_a_float_give_no_infinite_value(text):
    assert_sane(*extract_all(text))


@pytest.mark.parametrize(
    "text",
    [
        "处50万元以上20万元以下的罚款。",
        "30%以上10%以下",
        "对营业收入1亿元（含）以上、5000万元（不含）以下的企业。",
        "给予不低于200万元、不超过100万元的补助。",
        "到2025年，建设5-3个平台，培育20至10家企业。",
        "对投资额8000万元及以上至3000万元的项目。",
    ],
)
def test_every_range_has_low_at_most_high(text):
    money, ratios, targets = extract_all(text)
    assert money or ratios or targets
    assert_sane(money, ratios, targets)


# ---------------------------------------------------------------- structure of the linear paths
def test_a_numeral_never_starts_inside_a_run_of_numerals():
    lex = lexicon()
    digits = "1" + "0" * 60 + "美元"
    for pattern in (lex.money, lex.percent, lex.target_quantity):
        for pos in range(1, 60):
            m = pattern.match(digits, pos)
            assert m is None, (pattern.pattern[:40], pos)
    assert lex.money.match("一" * 30 + "美元", 5) is None


def test_the_anchor_window_reaches_back_a_bounded_number_of_characters():
    lex = lexicon()
    text = "1" * 5000 + "元"
    assert list(anchored(lex.money, lex.anchors["money"], text)) == []  # no 5000-digit amount, no tail of one
    assert [
        m.group(0)
        for m in anchored(lex.money, lex.anchors["money"], "共" + "1" * (MAX_NUMERAL_CHARS - 8) + "元")
    ]


# ---------------------------------------------------------------- inputs that were quadratic
def fenbie(n: int) -> str:
    return (
        "对"
        + "、".join(f"第{k}类企业" for k in range(n))
        + "分别给予"
        + "、".join("10万元" for _ in range(n))
        + "奖励。"
    )


# name -> text; each took the old code (the commit before this change) well over the 60 s limit
# (extrapolated from bench/bench_extraction_scaling.py, which it ran at 1/4 to 1/20 of these sizes
# with quadratic growth; each was also run against the old code and failed the limit).
QUADRATIC_BEFORE = {
    "分别 enumeration of 20,000 items": fenbie(20_000),
    "分别 with one amount fewer than 12,000 items": (
        "对"
        + "、".join("甲类企业" for _ in range(12_000))
        + "分别给予"
        + "、".join("10万元" for _ in range(11_999))
        + "奖励。"
    ),
    "12,000 bounded amounts joined by 、": "给予" + "、".join("最高10万元" for _ in range(12_000)) + "。",
    "40,000 ratios in one sentence": "，".join("按投资额的20%" for _ in range(40_000)) + "给予补助。",
    "24,000 goal parts without a number": "到2025年，" + "、".join("平台建设" for _ in range(24_000)) + "。",
    "a 40,000-digit run before an unknown currency": "1" + "0" * 40_000 + "美元",
    "a 40,000-character Chinese numeral before an unknown currency": "一" * 40_000 + "美元",
    "20,000 元 in a row": "元" * 20_000,
    # round 13: each share of a bracket re-read the whole bracket (parsers/grant_splits.py); 1,600 shares took 7 s, 6,000 over 60
    "6,000 shares listed in one bracket": "给予贴息（" + "、".join(f"甲{k}%" for k in range(6_000)) + "）。",
    "a line of 150,000 characters without a full stop": "对企业给予100万元奖励，按20%给予补助，到2025年建设10个平台，"
    * 4_000,
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(QUADRATIC_BEFORE))
def test_hostile_inputs_take_linear_time(name):
    text = QUADRATIC_BEFORE[name]
    money, ratios, targets = extract_all(text)
    assert_sane(money, ratios, targets)


def test_a_long_enumeration_still_maps_every_amount_to_its_item():
    money, _, _ = extract_all(fenbie(2_000))
    assert len(money) == 2_000
    assert [m.recipient for m in money[:2]] == ["第0类企业", "第1类企业"]
    assert money[-1].recipient == "第1999类企业"
