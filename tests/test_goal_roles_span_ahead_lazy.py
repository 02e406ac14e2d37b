"""A figure of a span-ahead statement (未来五年，…) with a goal verb of its own is a goal without a look at the
statement's earlier parts: parsers.goal_roles asks goal_spans.after_a_goal_part only of a figure its own words leave
open, and answers as before. Sentences made up."""

from __future__ import annotations

import pytest

from parsers import goal_roles
from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.nlp import sentence_clauses


def _roles(text: str) -> list[tuple]:
    money, ratios = extract_amounts(text, sentence_clauses(text), TextIndex(text))
    return [(m.surface, m.role) for m in money] + [(r.surface, r.role) for r in ratios]


@pytest.fixture
def asked(monkeypatch) -> list[int]:
    """The part starts after_a_goal_part is asked about, its answers unchanged."""
    starts: list[int] = []
    walk = goal_roles.after_a_goal_part

    def counted(ix, goals_start, part_start):
        starts.append(part_start)
        return walk(ix, goals_start, part_start)

    monkeypatch.setattr(goal_roles, "after_a_goal_part", counted)
    return starts


def test_figures_with_their_own_goal_verbs_never_walk_the_earlier_parts(asked) -> None:
    text = "未来五年，全市旅游总收入达到800亿元，森林覆盖率提高到45%。\n"
    assert _roles(text) == [("800亿元", "target"), ("45%", "target")]
    assert asked == []


def test_a_verbless_figure_after_a_goal_asks_and_stays_a_goal(asked) -> None:
    text = "未来五年，推动全市冰雪经济总规模翻番，占全市服务业增加值的12%，冰雪装备制造产值占全市工业产值的2%以上。\n"
    assert _roles(text) == [("翻番", "target"), ("12%", "target"), ("2%以上", "target")]
    assert asked == [text.index("推动"), text.index("冰雪装备")]  # (占…的12%: 占 decides)
