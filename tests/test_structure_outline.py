"""Decimal outlines (1 / 1.1 / 1.1.1): nodes of kind outline, nested by depth, over or under GB/T 9704 levels."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "fixtures" / "field" / "dev"


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def outline(structure: Structure) -> list[tuple[str, str | None, int | None, str | None]]:
    return [(n.node_id, n.label, n.ordinal, n.heading) for n in structure.iter_nodes() if n.kind == "outline"]


def test_a_real_emergency_plan_nests_its_decimal_sections_with_their_items():
    structure = parse((DEV / "qixian_kanghan_yingji_yuan_2016.txt").read_text(encoding="utf-8"))
    nodes = {n.node_id: n for n in structure.iter_nodes()}
    assert structure.title == "杞县抗旱应急预案"
    assert [(n.label, n.heading) for n in structure.nodes if n.kind == "outline"] == [
        ("1", "总则"),
        ("2", "基本情况"),
    ]
    assert outline(structure)[:4] == [
        ("outline_1", "1", 1, "总则"),
        ("outline_1__outline_1", "1.1", 1, "编制目的"),
        ("outline_1__outline_2", "1.2", 2, "工作原则"),
        ("outline_1__outline_2__outline_1", "1.2.1", 1, "按照中央水利工作方针和新时期治水新思路的要求,坚持以“三个代表”重要思想为指导,以人为本,树立和落实科学发展观,努力实现由单一抗旱向全面抗旱转变,不断提高抗旱的现代化水平"),
    ]  # fmt: skip
    assert len(outline(structure)) == 14
    assert [n.label for n in nodes["outline_1__outline_2"].children if n.kind == "outline"] == [
        f"1.2.{k}" for k in range(1, 8)
    ]
    # （1） items belong to their decimal section
    items = [n for n in structure.iter_nodes() if n.kind == "subitem"]
    assert items and all(n.parent_id == "outline_2__outline_1" for n in items)
    assert items[0].label == "(1)"


def test_the_pdf_copy_of_the_plan_has_the_same_outline():
    text = (DEV / "qixian_kanghan_yingji_yuan_2016.txt").read_text(encoding="utf-8")
    printed = (DEV / "qixian_kanghan_yingji_yuan_2016__pdf_gbt.txt").read_text(encoding="utf-8")
    assert [(n[0], n[1]) for n in outline(parse(printed))] == [(n[0], n[1]) for n in outline(parse(text))]


def test_1_10_follows_1_9_and_is_not_1_1():
    text = "1 总则\n" + "".join(f"1.{k} 第{k}节\n正文。\n" for k in range(1, 12))
    found = outline(parse(text))
    assert [label for _, label, _, _ in found] == ["1", *[f"1.{k}" for k in range(1, 12)]]
    assert found[10] == ("outline_1__outline_10", "1.10", 10, "第10节")
    assert found[1][0] == "outline_1__outline_1"


@pytest.mark.parametrize(
    "heading, label",
    [
        ("1.1编制目的", "1.1"),
        ("1.1 编制目的", "1.1"),
        ("1.1、编制目的", "1.1、"),
        ("1.1. 编制目的", "1.1."),
        ("１．１　编制目的", "１．１"),
        ("1. 1 编制目的", "1. 1"),
    ],
)
def test_decimal_labels_as_written(heading, label):
    found = outline(parse(f"1 总则\n{heading}\n为了做好工作。\n1.2 编制依据\n"))
    assert found[1][1:] == (label, 1, "编制目的")
    assert found[2][1] == "1.2"


@pytest.mark.parametrize(
    "heading", ["1.3分级分类", "1.3人员职责", "1.3日常管理", "1.3项目管理", "1.3年度计划"]
)
def test_a_heading_may_open_with_a_word_that_is_also_a_unit(heading):
    text = f"1 总则\n1.1 目的\n做好工作。\n1.2 依据\n依据规定。\n{heading}\n分工负责。\n"
    assert [label for _, label, _, _ in outline(parse(text))] == ["1", "1.1", "1.2", "1.3"]


@pytest.mark.parametrize(
    "line",
    [
        "1.5亿元以上的项目纳入重点项目库。",
        "1.3 万人次参加培训。",
        "2.3倍于上年。",
        "2024.1.1起施行。",
        "12.31日前完成。",
        "3个月内完成整改。",
        "1.2.3.4.5.6项指标均达标。",
        "1.1编制目的……………………3",
    ],
)
def test_quantities_dates_and_contents_lines_are_no_headings(line):
    text = f"1 总则\n1.1 编制目的\n为了做好工作。\n{line}\n1.2 编制依据\n依据有关规定。\n"
    structure = parse(text)
    assert [label for _, label, _, _ in outline(structure)] == ["1", "1.1", "1.2"]


def test_a_single_number_is_a_section_only_before_its_own_subsections():
    text = (
        "1 总则\n1.1 目的\n做好工作。\n1. 第一项任务。\n2. 第二项任务。\n"
        "2 组织体系\n2.1 指挥部\n负责指挥。\n3 附则\n本预案自印发之日起施行。\n"
    )
    structure = parse(text)
    assert [label for _, label, _, _ in outline(structure)] == ["1", "1.1", "2", "2.1", "3"]
    items = [(n.parent_id, n.label) for n in structure.iter_nodes() if n.kind == "item"]
    assert items == [("outline_1__outline_1", "1."), ("outline_1__outline_1", "2.")]


def test_a_wrapped_line_that_starts_with_a_number_is_no_heading():
    text = (
        "1 总则\n1.1 目的\n"
        "为做好防汛工作，保障人民群众生命财产安全，最大程度减少灾害损失，全县共储备编织袋\n"
        "2.5万条、救生衣800件，各乡镇按照要求落实防汛物资。\n"
        "1.2 依据\n依据有关规定。\n"
    )
    assert [label for _, label, _, _ in outline(parse(text))] == ["1", "1.1", "1.2"]


def test_decimal_sections_under_gb_parts():
    text = (
        "某县防汛应急预案\n一、总则\n1.1 编制目的\n做好工作。\n1.2 编制依据\n（一）法律法规。\n"
        "二、组织体系\n2.1 指挥部\n负责指挥。\n"
    )
    structure = parse(text)
    assert outline(structure) == [
        ("action_1__outline_1", "1.1", 1, "编制目的"),
        ("action_1__outline_2", "1.2", 2, "编制依据"),
        ("action_2__outline_1", "2.1", 1, "指挥部"),
    ]
    measure = next(n for n in structure.iter_nodes() if n.kind == "measure")
    assert measure.parent_id == "action_1__outline_2"


def test_gb_parts_under_decimal_sections():
    text = (
        "1 总则\n一、指导思想\n坚持以人为本。\n二、工作原则\n统一领导。\n"
        "2 组织体系\n2.1 指挥部\n负责指挥。\n2.2 办公室\n负责日常工作。\n"
    )
    structure = parse(text)
    actions = [(n.node_id, n.parent_id) for n in structure.iter_nodes() if n.kind == "action"]
    assert actions == [("outline_1__action_1", "outline_1"), ("outline_1__action_2", "outline_1")]
    assert [label for _, label, _, _ in outline(structure)] == ["1", "2", "2.1", "2.2"]


def test_a_table_of_contents_is_no_outline():
    text = (
        "某县抗旱应急预案\n目录\n1总则\n1.1编制目的\n1.2编制依据\n2组织体系\n"
        "1总则\n1.1编制目的\n为了做好工作。\n1.2编制依据\n依据有关规定。\n2组织体系\n2.1指挥部\n负责指挥。\n"
    )
    structure = parse(text)
    assert [n.kind for n in structure.nodes] == ["title", "preamble", "outline", "outline"]
    assert structure.nodes[1].text.startswith("目录\n1总则\n1.1编制目的")
    assert [label for _, label, _, _ in outline(structure)] == ["1", "1.1", "1.2", "2", "2.1"]


def test_a_table_of_contents_without_a_heading_line_is_no_outline():
    """A plan that lists its sections first, then repeats them with their text."""
    text = (
        "某市突发水污染事件应急预案\n1 总则\n1.1编制目的\n1.2编制依据\n2 组织指挥体系\n2.1组织机构\n"
        "1 总则\n1.1编制目的\n为建立健全应急机制，制订本预案。\n1.2编制依据\n依据有关法律。\n"
        "2 组织指挥体系\n2.1组织机构\n市政府成立指挥部。\n"
    )
    structure = parse(text)
    assert structure.nodes[1].kind == "preamble"
    assert [label for _, label, _, _ in outline(structure)] == ["1", "1.1", "1.2", "2", "2.1"]


def test_a_table_of_contents_whose_top_entries_lost_their_numbers_is_no_outline():
    """Round 3: a contents list whose section lines lost their numbers (总则 / 1.1 … / 组织体系 / 2.1 …),
    then the body from 1 总则."""
    text = (
        "某镇森林火灾应急预案\n总则\n1.1编制目的\n1.2适用范围\n组织体系\n2.1指挥机构\n"
        "1 总则\n1.1编制目的\n为了做好扑救工作，制定本预案。\n1.2适用范围\n适用于本镇。\n"
        "2 组织体系\n2.1指挥机构\n镇政府成立指挥部。\n"
    )
    structure = parse(text)
    assert [label for _, label, _, _ in outline(structure)] == ["1", "1.1", "1.2", "2", "2.1"]


def test_a_numbered_item_list_without_decimal_sections_stays_items():
    structure = parse(
        "某市工作方案\n一、主要任务\n1.开展诊断服务。\n2.推进示范建设。\n3 个重点园区率先试点。\n"
    )
    assert outline(structure) == []
    assert [n.label for n in structure.iter_nodes() if n.kind == "item"] == ["1.", "2."]
