"""总规模 after a chain or a cluster sizes it (round 36, targets50; lexicon [roles] budget_cue_not_after 业链, 链条, 集群):
茶叶全产业链总规模超80亿元 and 产业集群总规模达到300亿元 are aggregates a goal brings to a level, not a fund's size, so they
are goals with role target. A fund's 总规模 (基金总规模20亿元) stays a budget.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.nlp import sentence_clauses


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "plan.txt")]


def _money_roles(text: str) -> list[tuple]:
    money, _ = extract_amounts(text, sentence_clauses(text), TextIndex(text))
    return [(m.surface, m.role) for m in money]


def test_a_chain_size_is_a_goal() -> None:
    assert _rows("到2031年，茶叶全产业链总规模超80亿元。") == [(2031, 80.0, "亿元")]


def test_a_cluster_size_is_a_goal() -> None:
    assert _rows("到2031年，新材料产业集群总规模达到300亿元。") == [(2031, 300.0, "亿元")]


def test_a_funds_size_stays_a_budget() -> None:
    assert _money_roles("设立乡村振兴产业引导基金，基金总规模20亿元。") == [("20亿元", "other")]
