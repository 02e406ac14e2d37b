"""Census class T1 (round 22, faults53): a year a span starts at (2016年起, 2019年以来, 2020年开始) opens no goal statement,
though a verb that also plans (争取赢得…资格: secured) follows it within its part: what was done since is told, and the
figures after it are results or effects (lexicon [targets] year_patterns, the bare year before an opener). A bare year
with an opener after it still opens one.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


@pytest.mark.parametrize(
    "text",
    [
        "2019年起通过争取赢得省级试点资格,全县新建光伏电站装机容量近50万千瓦,每年增加地方税收约1.2亿元。",
        "2020年起积极争取中央资金,全市建成高标准农田30万亩,带动农民增收2.6亿元。",
        "2018年以来争取上级资金12亿元,全区改造老旧小区86个。",
    ],
)
def test_a_year_a_span_starts_at_opens_no_goal(text):
    assert targets_of(text) == []
    assert all(m.role != "target" for m in money_of(text).values())


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2026年,全市力争新建高标准农田30万亩。", 2026),
        ("2027年全区争取完成固定资产投资500亿元。", 2027),
    ],
)
def test_a_bare_year_before_an_opener_still_opens_a_goal(text, year):
    assert [t.year for t in targets_of(text)] == [year]
