"""A page that lost its line breaks keeps a space where each stood, and the structure splits such a line at the
spaces before its headings. Pages space their figures too (`投资在 2000 万元以上 3000 万元以下的`, `补贴 42%`,
`0万 元`): a space before or inside an amount is no line break, so every mention lies inside its clause node and a
spaced range stays one range (made-up texts in the shape of a county's measures run together on one line)."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes

MEASURES = (
    "县扶持办法 一、总则 第一条为了支持企业发展，促进县域经济高质量发展，结合本县实际，制定本办法。 二、扶持政策 "
    "第二条企业投资在 2000 万元以上 3000 万元以下的，补贴 42%；投资在 3000 万元以上的，补贴 60%。 "
    "第三条固定资产投资 5000 万元至 2 亿元的企业，给予奖励 0万 元。 三、附则 "
    "第四条本办法自发布之日起施行，由县发展和改革局负责解释。"
)


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node.children)


@pytest.fixture(scope="module")
def measures():
    return parse_bytes(MEASURES.encode(), "measures.txt")


def test_a_spaced_range_is_one_range_in_one_clause(measures):
    rows = {m.surface: m for m in measures.money}
    spaced = rows["2000 万元以上 3000 万元以下"]
    assert (spaced.kind, spaced.low, spaced.high) == ("range", 20_000_000, 30_000_000)
    across = rows["5000 万元至 2 亿元"]
    assert (across.kind, across.low, across.high) == ("range", 50_000_000, 200_000_000)


def test_every_mention_lies_inside_its_clause_node(measures):
    spans = {node.node_id: (node.char_start, node.char_end) for node in walk(measures.nodes)}
    mentions = [*measures.money, *measures.ratios]
    assert {m.surface for m in measures.ratios} == {"42%", "60%"}
    for mention in mentions:
        start, end = spans[mention.node_id]
        assert start <= mention.char_start and mention.char_end <= end, mention.surface


def test_the_headings_still_split_the_run_together_line(measures):
    articles = [n.label for n in walk(measures.nodes) if n.kind == "article"]
    assert articles == ["第一条", "第二条", "第三条", "第四条"]
    third = next(n for n in walk(measures.nodes) if n.label == "第三条")
    assert third.text.rstrip().endswith("给予奖励 0万 元。")
