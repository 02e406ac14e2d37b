"""Other extractors' test sentences (fixtures/peer/cases.jsonl, see its README): numeral and unit handling.

These are general-language sentences, not policy text. The floors below are what the rules reach
today (measured, not hoped for); the targeted cases are the forms a policy text uses.

Known gaps, by design or not yet handled: spaced-out numerals (陆 点 五 折, 一 百 五 十 个百分点),
bare 角/毛 amounts (2角, 两毛五), 块 followed by a bare digit (一块二), 兆 as a scale, a 'k' after
百分之, and '5-20%' which we read as a range (the source marks only 20%).
One reading differs by design: 近700万元 is about 7 million (exact, as 约 and as the project's gold reads
近 before an amount or a share), where JioNLP reads an upper bound.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from extraction_helpers import close, one_clause

from parsers.amounts import extract_amounts

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "peer" / "cases.jsonl"


def _cases():
    with CASES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _predictions(text: str):
    money, ratios = extract_amounts(text, one_clause(text))
    rows = [("money", m.char_start, m.char_end, m.low, m.high, m.kind) for m in money]
    rows += [
        ("percent", r.char_start, r.char_end, r.value, r.value, r.kind) for r in ratios if r.kind != "range"
    ]
    rows += [
        ("percent", r.char_start, r.char_end, r.value, r.high, r.kind) for r in ratios if r.kind == "range"
    ]
    return rows


def _score():
    stats = defaultdict(lambda: {"expected": 0, "found": 0, "false_positives": 0, "value_right": 0})
    for case in _cases():
        s = stats[case["suite"]]
        predictions = _predictions(case["text"])
        used = set()
        for e in case["expect"]:
            hits = [
                p
                for p in predictions
                if p[0] == e["type"] and p[1] < e["char_end"] and e["char_start"] < p[2]
            ]
            used.update(hits)
            if e.get("optional"):
                continue
            s["expected"] += 1
            if hits:
                s["found"] += 1
                kind, _, _, low, high, value_kind = hits[0]
                if kind == "percent":
                    s["value_right"] += close(low, e["low"])
                else:
                    s["value_right"] += (
                        close(low, e["low"]) and close(high, e["high"]) and value_kind == e["kind"]
                    )
        s["false_positives"] += len([p for p in predictions if p not in used])
    return stats


# recall, precision, value accuracy (of found) reached per suite
FLOORS = {
    "recognizers-currency": (14 / 14, 14 / 14, 13 / 14),
    "recognizers-percent": (0.98, 0.99, 0.87),
    # 近700万元: about (exact) here, at most in JioNLP (see above)
    "jionlp-money": (27 / 27, 27 / 27, 26 / 27),
    "duckling-money": (10 / 17, 1.0, 10 / 10),
}


@pytest.fixture(scope="module")
def peer_stats():
    return _score()


@pytest.mark.parametrize("suite", FLOORS)
def test_peer_suite_floors(peer_stats, suite):
    s = peer_stats[suite]
    recall = s["found"] / s["expected"]
    precision = s["found"] / max(1, s["found"] + s["false_positives"])
    value = s["value_right"] / max(1, s["found"])
    floor_recall, floor_precision, floor_value = FLOORS[suite]
    assert recall >= floor_recall - 1e-9, (suite, s)
    assert precision >= floor_precision - 1e-9, (suite, s)
    assert value >= floor_value - 1e-9, (suite, s)


@pytest.mark.parametrize(
    ("text", "low", "high", "kind"),
    [
        ("其中，四川彩友中得1注1000万元基本头奖；", 1e7, 1e7, "exact"),
        ("本期开奖结束后，奖池金额攀升至36.57亿元。", 3.657e9, 3.657e9, "exact"),
        ("82，225.00元", 82225, 82225, "exact"),
        ("六十四万零一百四十三元一角七分", 640143.17, 640143.17, "exact"),
        ("壹万二千三百四十五元", 12345, 12345, "exact"),
        ("肆佰叁拾萬圆整", 4.3e6, 4.3e6, "exact"),
        ("近700万元", 7e6, 7e6, "exact"),  # JioNLP: at most (max); the project reads 近 as about, as 约
        ("至少九千块钱以上", 9000, None, "min"),
        ("1万元--5万元", 1e4, 5e4, "range"),
        ("一千到两千万元人民币", 1e7, 2e7, "range"),
        ("50万元（含）以上", 5e5, None, "min"),
        ("1万(含)-5万元", 1e4, 5e4, "range"),
        ("几十万块", 1e5, 1e6, "range"),
        ("三五百块", 300, 500, "range"),
        ("1.2元以下", None, 1.2, "max"),
    ],
)
def test_money_cases_a_policy_text_would_use(text, low, high, kind):
    money = extract_amounts(text, one_clause(text))[0]
    assert len(money) == 1
    m = money[0]
    assert (m.low, m.high, m.kind) == (
        pytest.approx(low) if low else low,
        pytest.approx(high) if high else high,
        kind,
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("百分之二十", 0.2),
        ("百分之２．４", 0.024),
        ("千分之一", 0.001),
        ("万分之三", 0.0003),
        ("百分之百", 1.0),
        ("五分之一", 0.2),
        ("２２％", 0.22),
        ("负40%", -0.4),
        ("六个百分点", 0.06),
        ("二十個百分點", 0.2),
        ("九成", 0.9),
        ("三成半", 0.35),
        ("75折", 0.75),
    ],
)
def test_ratio_cases_a_policy_text_would_use(text, value):
    ratios = extract_amounts(text, one_clause(text))[1]
    assert [r.value for r in ratios] == [pytest.approx(value)]


@pytest.mark.parametrize("text", ["五角大楼宣布了作战计划", "对折", "十折", "百分之二三十", "二三十个百分点"])
def test_peer_negatives(text):
    money, ratios = extract_amounts(text, one_clause(text))
    assert money == [] and ratios == []
