"""A page's title field (标题: X, 标题 | X |, 标    题 X) names the document whole where the heading the text prints lost a
line to the layout: its organ on a line of its own, its first words glued into a field line above it, its kind spaced
out on lines of their own. The heading read is then the head or the tail of the field's name (or of what the notice the
field names issues), and the field's name is the title. A field that adds a site's name or another quoted name to the
heading is a label, not the name.

Texts are made up; the layouts are those of government sites' disclosure pages.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.field_title import title_cell, whole_from_field
from parsers.structure.lines import split_lines


def test_the_organ_on_its_own_line_over_the_heading() -> None:
    text = (
        "索引号 | 000014349/2031-00031 | 发文字号 | |\n"
        "主题分类 | 应急管理 | 体裁分类 | 预案 |\n"
        "标题 | 丙市丁区戊镇人民政府森林防火应急预案 | ||\n"
        "成文日期 | 2031-06-11 | 发布日期 | 2031-06-12 |\n"
        "丙市丁区戊镇人民政府\n"
        "森林防火应急预案\n"
        "一、总则\n"
        "（一）编制目的\n"
        "为做好森林火灾应对工作，制定本预案。\n"
    )
    assert parse_structure(text).title == "丙市丁区戊镇人民政府森林防火应急预案"


def test_the_heading_whose_first_words_a_field_line_swallowed() -> None:
    text = (
        "标题:己市乙区水资源保护专项规划\n"
        "索引号:1234-5/2031-00017 分类:水务 发文机关:己市水务局 成文日期:2031年5月9日 有效期:己市乙区\n"
        "水资源保护专项规划\n"
        "水是生命之源，保护水资源是本区的长期任务。\n"
        "一、现状与问题\n"
    )
    assert parse_structure(text).title == "己市乙区水资源保护专项规划"


def test_the_notice_in_the_field_issues_the_name_the_spaced_heading_cuts_short() -> None:
    text = (
        "标    题 庚县人民政府 关于印发《庚县耕地地力保护补贴办法实施细则（2031—2033年）》的通知\n"
        "发文字号 庚政发〔2031〕4号\n"
        "庚县人民政府 关于印发《庚县耕地地力保护补贴办法实施细则（2031—2033年）》的通知\n"
        "各乡镇人民政府：\n"
        "现将《庚县耕地地力保护补贴办法实施细则（20312033）》印发给你们，请遵照执行。\n"
        "庚县人民政府\n"
        "2031年3月9日\n"
        "庚县耕地地力保护补贴办法\n"
        "实 施 细 则\n"
        "（20312033）\n"
        "一、补贴对象\n"
    )
    assert parse_structure(text).title == "庚县耕地地力保护补贴办法实施细则（2031—2033年）"


@pytest.mark.parametrize(
    ("title", "name", "whole"),
    [
        ("森林防火应急预案", "戊镇人民政府森林防火应急预案", "戊镇人民政府森林防火应急预案"),
        ("辛县X政策", "辛县X政策实施意见", "辛县X政策实施意见"),
        (
            "辛县X办法",
            "辛县X办法_辛县人民政府网",
            None,
        ),  # a site's name after it: the field is the page's label
        ("辛县X办法", "辛县X办法", None),
        ("辛县X办法", "壬县X办法实施细则", None),  # neither its head nor its tail
        ("X实施意见", "关于贯彻《辛县条例》X实施意见", None),  # a quoted name added: another document's
    ],
)
def test_whole_from_field(title: str, name: str, whole: str | None) -> None:
    assert whole_from_field(title, name) == whole


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("标题 | 甲镇防汛应急预案 | ||", "甲镇防汛应急预案"),
        ("标    题 甲镇防汛应急预案", "甲镇防汛应急预案"),
        ("标题：甲镇防汛应急预案", "甲镇防汛应急预案"),
        ("标题", None),
        ("标题党的危害", None),  # a word that opens with 标题 is no field
    ],
)
def test_title_cell(line: str, value: str | None) -> None:
    assert title_cell(split_lines(line + "\n")) == value


def test_a_field_naming_another_document_leaves_the_heading() -> None:
    text = (
        "标题:癸县农村公路养护管理办法实施细则\n"
        "癸县农村公路养护管理办法\n"
        "第一条 为加强农村公路养护管理，制定本办法。\n"
        "第二条 本办法适用于本县农村公路。\n"
    )
    assert parse_structure(text).title == "癸县农村公路养护管理办法"
