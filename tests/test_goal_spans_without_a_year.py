"""Where a goal's year stands: nowhere, a span of years ahead (census18 T9; round 15/17: required, year null). 力争5年内
opens the span as 未来5年 does (after an aim only: 企业5年内不得迁出 is a term of a measure), and a rate whose metric is
named with a budget word (研发投入强度达到3.7%) is a goal of the span, where a sum set aside (需要投入资金约30亿元) stays
a budget. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple]:
    return target_rows(text, "news.txt")


def test_n_years_within_after_an_aim_opens_a_span() -> None:
    text = "未来，某市将聚焦科技创新和先进制造，力争5年内实现地区生产总值突破1.4万亿元。\n"
    assert _rows(text) == [(None, "地区生产总值", 14000.0, "亿元", "min")]


def test_a_rate_named_with_a_budget_word_is_a_goal_of_the_span() -> None:
    text = "某市将目标进一步细化：未来5年，推动研发投入强度达到3.7%，新增人才38万人。\n"
    assert _rows(text) == [
        (None, "研发投入强度", 3.7, "%", "exact"),
        (None, "人才", 380000.0, "人", "exact"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "获得补贴的企业5年内不得迁出，违者退还补贴100万元。\n",  # a term of a measure
        "未来三年，全区需要投入资金约30亿元。\n",  # a budget
        "未来三年，投入资金达到30亿元。\n",  # a budget, with a goal verb
    ],
)
def test_terms_and_budgets_stay_no_goal(text: str) -> None:
    assert _rows(text) == []


def test_an_aim_before_the_span_opens_it_after_a_long_lead() -> None:
    text = "某省近日提出，将突出新型工业化主导作用，高质量推进制造强省建设，力争用5年时间使全省工业规模突破10万亿元。\n"
    assert [(year, value, unit, kind) for year, _, value, unit, kind in _rows(text)] == [
        (None, 100000.0, "亿元", "min")
    ]


def test_a_span_deep_in_a_list_of_measures_without_an_aim_stays_closed() -> None:
    # the lead limit still holds where no aim stands before the span (a report of measures under way)
    text = "某县已引导土地经营权有序加快流转，推进农业适度规模经营，完善社会化服务体系，用3年时间投入资金5000万元。\n"
    assert _rows(text) == []


def test_a_span_goals_amount_keeps_its_target_role() -> None:
    # the goal verb inside the amount's surface (突破) counts as the figure's own verb (review18b)
    doc = parse_bytes("力争5年内，全县规上工业营业收入突破800亿元，培育百亿级产业集群3个。".encode(), "x.txt")
    assert [(t.year, t.value, t.unit, t.kind) for t in doc.targets][0] == (None, 800.0, "亿元", "min")
    assert [(m.surface, m.role) for m in doc.money] == [("突破800亿元", "target")]
