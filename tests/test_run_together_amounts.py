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


# Breaks that stood where a line of its own began: before a figure after 。；：, or after a date line (review18's texts).
HEAD = (
    "各区县人民政府，市直各单位： 为加快推进产业发展，结合本市实际，制定本办法。 1.总则 1.1目的 为支持企业做大做强，"
    "推动高质量发展。 1.2适用范围 本办法适用于在本市注册的企业。 "
)
TAIL = " 3.附则 本办法自发布之日起施行，由市发展改革委负责解释。 甲市人民政府 2020年10月22日"


def paragraph_of(doc, surface: str) -> str:
    """The id of the paragraph (or signature) that holds the mention written ``surface``."""
    mention = next(m for m in [*doc.money, *doc.ratios] if m.surface == surface)
    return mention.node_id.rsplit("__clause_", 1)[0]


def test_a_figure_opening_a_line_after_a_sentence_end_keeps_its_break():
    tiers = parse_bytes(
        (
            HEAD
            + "2.奖励标准 具体标准如下： 100万元以上的项目，奖励10万元； 50万元至100万元的项目，奖励5万元。"
            + TAIL
        ).encode(),
        "tiers.txt",
    )
    paragraphs = [paragraph_of(tiers, s) for s in ("100万元以上", "10万元", "50万元至100万元", "5万元")]
    assert paragraphs[0] == paragraphs[1] != paragraphs[2] == paragraphs[3]
    shares = parse_bytes(
        (HEAD + "2.资金分配 专项资金统筹使用。 30%用于人才引进，其余用于技术改造。" + TAIL).encode(), "s.txt"
    )
    assert paragraph_of(shares, "30%").endswith("paragraph_2")
    twice = parse_bytes(
        (HEAD + "2.支持标准 对新认定企业给予50万元奖励。 2倍于上年的，另行奖励。" + TAIL).encode(), "t.txt"
    )
    assert paragraph_of(twice, "50万元") != paragraph_of(twice, "2倍")


def test_a_figure_after_a_date_line_keeps_the_signature():
    text = (
        HEAD
        + "2.支持标准 对新认定企业给予50万元奖励。 甲市人民政府 2020年10月22日 100万元以上项目清单 1.道路工程 2.桥梁工程"
    )
    doc = parse_bytes(text.encode(), "annex.txt")
    signatures = [n for n in walk(doc.nodes) if n.kind == "signature"]
    assert len(signatures) == 1 and signatures[0].text.startswith("甲市人民政府")
    assert paragraph_of(doc, "100万元以上").startswith(signatures[0].node_id)
