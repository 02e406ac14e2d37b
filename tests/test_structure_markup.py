"""Round 25 (issue 7): the markup of a collection, a blog or a converter left in a text is no part of it.

Classes: a Markdown heading over the title and its chapters, a converter's HTML comment, YAML front matter with the
title as a field, a table's rule row, bold marks. Texts are made up.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.markup import unmark

_ARTICLES = (
    "第一条 为了加强城区绿地的保护和管理，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。\n"
    "第二条 本市行政区域内城区绿地的规划、建设、保护和管理，适用本条例。\n"
    "第三条 市人民政府绿化行政主管部门负责本市城区绿地的监督管理工作。\n"
)


def test_markdown_heading_gives_the_title_without_its_marks() -> None:
    text = (
        "# 甲市城区绿地保护条例\n"
        "2021年6月1日 甲市第十届人民代表大会常务委员会第五次会议通过\n"
        "<!-- INFO END -->\n" + _ARTICLES
    )
    structure = parse_structure(text)
    assert structure.title == "甲市城区绿地保护条例"
    assert structure.issuer == "甲市第十届人民代表大会常务委员会"


def test_markdown_chapter_headings_are_chapters() -> None:
    text = (
        "# 乙市古树名木保护办法\n<!-- INFO END -->\n## 第一章 总则\n"
        + _ARTICLES
        + "## 第二章 保护\n"
        + _ARTICLES
    )
    structure = parse_structure(text)
    assert structure.title == "乙市古树名木保护办法"
    assert [n.kind for n in structure.nodes if n.kind == "chapter"] == ["chapter", "chapter"]


def test_yaml_front_matter_gives_its_title_field_alone() -> None:
    text = (
        "---\n"
        'title: "丙县农村饮水安全工程管理办法"\n'
        "date: 2022-03-04\n"
        "tags:\n"
        "  - 水利\n"
        "source: http://example.org/a/1.html\n"
        "---\n"
        "丙县农村饮水安全工程管理办法\n" + _ARTICLES
    )
    structure = parse_structure(text)
    assert structure.title == "丙县农村饮水安全工程管理办法"


def test_yaml_front_matter_title_only_in_its_field() -> None:
    text = "---\ntitle: 丁市物业服务收费管理规定\nauthor: 编辑部\n---\n" + _ARTICLES
    assert parse_structure(text).title == "丁市物业服务收费管理规定"


def test_unmark_keeps_length_and_reads_marks_as_spaces() -> None:
    text = "---\ntitle: 戊办法\n---\n# 戊办法\n|甲|乙|\n|---|:---:|\n**第一条** 正文。\n<!-- 注 -->\n"
    plain = unmark(text)
    assert len(plain) == len(text)
    lines = [line.strip() for line in plain.splitlines()]
    assert lines == ["", "戊办法", "", "戊办法", "|甲|乙|", "", "第一条   正文。", ""]


@pytest.mark.parametrize(
    "text",
    [
        "一、总则\n---\n二、范围\n",  # a rule line between parts, no front matter under it
        "#1 号楼\n",  # a number sign that opens no heading
        "____年__月__日\n",  # a form's blanks
        "a*b**c\n",
    ],
)
def test_unmark_leaves_text_that_is_no_markup(text: str) -> None:
    assert unmark(text) == text


def test_forum_jammer_strewn_through_the_lines_reads_as_spaces() -> None:
    text = (
        '" Y. M+ W4 c; h m* Z\n'
        "7 _0 J* j% P! O) I; h, ?# v9 k甲县古树名木保护名单公示* w- ]5 O+ Y) G+ K9 n# m\n"
        "6 k$ M, P5 {0 K1 x# V1 D3 g经县级申报、专家评审，现将甲县古树名木保护名单予以公示。% T0 w7 z. n& m. Y\n"
        "甲县林业局\n"
        "& I* M, b% |6 r+ t1 k, V0 G/ a2023年5月23日& c' v+ e2 j! T\n"
    )
    plain = unmark(text)
    assert len(plain) == len(text)
    lines = [line.strip() for line in plain.splitlines()]
    assert lines[1] == "甲县古树名木保护名单公示"
    assert lines[4] == "2023年5月23日"
    structure = parse_structure(text)
    assert structure.title == "甲县古树名木保护名单公示"
    assert structure.issuer == "甲县林业局"


def test_a_figure_after_the_jammers_last_space_is_the_texts() -> None:
    # Q 2032年: the year stands after a space, a word of its own; a token glued to a figure (a2023年) is no figure
    text = (
        '" Y. M+ W4 c; h m* Z\n'
        "附件:\n"
        "8 F' z% S1 `4 k7 U, Q 2032年甲海域休渔制度调整方案 0 J3 ~\" \\7 C* d. F\n"
        "(征求意见稿)\n"
        "; Z J9 ]+ J: U4 J 甲局\n"
    )
    lines = [line.strip() for line in unmark(text).splitlines()]
    assert lines[2] == "2032年甲海域休渔制度调整方案"


def test_one_run_of_short_tokens_is_no_jammer() -> None:
    text = "甲办法\n表中 a* b% c! d# 为示例。\n第一条 正文。\n"
    assert unmark(text) == text


def test_furniture_toml_is_parsed_once_for_every_rule_that_reads_it(monkeypatch) -> None:
    # the markup, the law database's line tags, the site's link boxes and the record header share one reading
    import importlib

    from parsers import data_tables
    from parsers.structure import furniture_rules, markup, record_header, site_menu

    fold = importlib.import_module("parsers.structure.fold")  # (the package's name fold is the function)

    reads = []
    real_parse = data_tables.parse
    monkeypatch.setattr(data_tables, "reader", lambda path: reads.append(str(path)) or real_parse(path))
    readers = (
        data_tables._read,
        furniture_rules.furniture_data,
        fold._line_tag_re,
        markup._rules,
        site_menu._link_box_heading,
        record_header._rules,
    )
    for reader in readers:
        reader.cache_clear()
    try:
        assert fold._line_tag_re().match("【章名】 第一章 总则")
        assert markup._rules().fence and site_menu._link_box_heading() and record_header._rules()[2] > 0
        assert [name for name in reads if name.endswith("furniture.toml")] == [
            str(furniture_rules.FURNITURE_PATH)
        ]
    finally:
        for reader in readers:
            reader.cache_clear()
