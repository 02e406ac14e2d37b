"""A decimal plan stored as an excerpt of its first section (round 25): 1 总则 / 1.1 编制目的 / prose, the page
stopping there, no contents page before it. The one multi-part heading right under its own top-level section makes
an outline; a lone multi-part number, or one under another section's number, stays text."""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def labels(structure: Structure) -> list[str | None]:
    return [n.label for n in structure.iter_nodes() if n.kind == "outline"]


def test_an_excerpt_of_the_first_section_with_a_spaced_label():
    text = (
        "某市突发事件总体应急预案\n2022年7月9日\n1 总  则\n"
        "坚持人民至上、生命至上，提高突发事件应对能力。\n1.1 适用范围\n本预案是本市应对各类突发事件的总纲。\n"
    )
    assert labels(parse(text)) == ["1", "1.1"]


def test_an_excerpt_of_the_first_section_with_a_dotted_label_and_a_call_before_it():
    text = (
        "关于公开征求《某省地震应急预案（征求意见稿）》意见的公告\n"
        "现将征求意见稿全文公布，请于2025年9月10日前反馈意见。\n1.电子邮箱：abc@example.com。\n"
        "某省地震应急预案\n1 总则\n1.1 总体要求\n坚持统一领导、分级负责。\n"
    )
    assert labels(parse(text))[-2:] == ["1", "1.1"]


def test_a_lone_multi_part_number_stays_text():
    text = "某县防汛工作方案\n为做好防汛工作，制定本方案。\n1.1 组织领导\n成立防汛指挥部。\n"
    assert labels(parse(text)) == []


def test_a_multi_part_number_under_another_section_stays_text():
    text = "某县防汛工作方案\n1. 加强领导\n各乡镇要落实责任。\n2.3 物资储备\n储备必要物资。\n"
    assert labels(parse(text)) == []
