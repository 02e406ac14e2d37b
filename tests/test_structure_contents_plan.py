"""Contents pages of plans (round 25): chapters listed with their sections (第一章 发展基础 / 第一节 … / 第二章 …),
with or without a 目录 line, a preface entry (前言, 序言) before the numbered ones, the stored page ending in the
list or cut inside its last entry. The entries are no chapters of the document; a body that follows the list is."""

from __future__ import annotations

from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure

ENTRIES = (
    "第一章 发展基础\n第一节 发展成就\n第二节 发展环境\n"
    "第二章 总体要求\n第一节 指导思想\n第二节 发展目标\n"
    "第三章 构建现代产业体系\n第一节 做强先进制造业\n第二节 发展现代服务业\n"
    "第四章 保障措施\n第一节 加强组织领导\n"
)


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def chapters(structure: Structure) -> list[str | None]:
    return [n.label for n in structure.iter_nodes() if n.kind == "chapter"]


def test_a_contents_page_with_a_preface_entry_ending_the_text():
    text = "某市国民经济和社会发展第十四个五年规划纲要\n目  录\n前  言\n" + ENTRIES
    assert chapters(parse(text)) == []


def test_a_contents_page_with_a_foreword_entry_and_a_numbered_title():
    text = "某区产业发展规划（2021—2025年）\n目录\n序言\n" + ENTRIES.replace(" ", "")
    assert chapters(parse(text)) == []


def test_chapters_with_their_sections_and_no_contents_line_cut_at_the_end():
    text = "某州农业农村现代化规划\n\n" + ENTRIES + "第\n"
    assert chapters(parse(text)) == []


def test_the_body_after_a_contents_page_with_a_preface_keeps_its_chapters():
    body = (
        "前言\n本规划是今后五年发展的行动纲领。\n"
        "第一章 发展基础\n五年来，全市经济持续增长。\n"
        "第二章 总体要求\n坚持新发展理念。\n"
        "第三章 构建现代产业体系\n加快建设先进制造业基地。\n"
        "第四章 保障措施\n加强组织领导。\n"
    )
    text = "某市发展规划\n目录\n前言\n" + ENTRIES + body
    assert chapters(parse(text)) == ["第一章", "第二章", "第三章", "第四章"]


def test_chapters_with_sections_and_text_in_them_are_the_body():
    text = (
        "某市发展规划\n第一章 发展基础\n第一节 发展成就\n五年来，全市经济持续增长。\n"
        "第二章 总体要求\n第一节 指导思想\n坚持新发展理念。\n第三章 保障措施\n加强组织领导。\n"
    )
    assert chapters(parse(text)) == ["第一章", "第二章", "第三章"]


def test_a_list_of_chapters_run_together_in_one_line_is_no_chapter():
    text = (
        "《某部门规章制定程序规定》于2019年4月23日公布，自2019年6月1日起施行。\n基本介绍\n- 发布机构：某部门\n"
        "- 发布文号：某部门令第8号\n- 施行日期：2019年6月1日\n"
        "第一章 总则,第二章 立项,第三章 起草,第四章 审查,第五章 审议、公布和备案,第六章 解释、修改和废止,第七章 附则,\n"
        "第一章 总则\n第二条 本部门可以根据法律的授权制定规章。\n第三条 制定规章应当坚持依法立法。\n"
    )
    assert chapters(parse(text)) == ["第一章"]


def test_a_chapter_heading_with_a_comma_in_it_stays_a_chapter():
    text = "某市条例\n第一章 总则，附则\n第一条 为了规范管理，制定本条例。\n第二章 管理\n第二条 本条例自公布之日起施行。\n"
    assert chapters(parse(text)) == ["第一章", "第二章"]
