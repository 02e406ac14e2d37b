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
        "索引号 | 11500228000000000Q/2031-00005 | 发文字号 | |\n"
        "主题分类 | 应急管理 | 体裁分类 | 预案 |\n"
        "标题 | 丙市丁区戊镇人民政府森林防火应急预案 | ||\n"
        "成文日期 | 2031-03-05 | 发布日期 | 2031-03-05 |\n"
        "丙市丁区戊镇人民政府\n"
        "森林防火应急预案\n"
        "一、总则\n"
        "（一）编制目的\n"
        "为做好森林火灾应对工作，制定本预案。\n"
    )
    assert parse_structure(text).title == "丙市丁区戊镇人民政府森林防火应急预案"


def test_the_heading_whose_first_words_a_field_line_swallowed() -> None:
    text = (
        "标题:己市国民经济和社会发展第十五个五年规划纲要\n"
        "索引号:00821970-1/2031-00240 发文机关:己市发展和改革委员会 成文日期:2031年11月02日 时效性:己市国民经济和社会发展\n"
        "第十五个五年规划纲要\n"
        "（2031年1月17日己市第十六届人民代表大会第七次会议通过）\n"
        "“十五五”时期是全面建设社会主义现代化国家的关键时期。\n"
        "一、发展基础\n"
    )
    assert parse_structure(text).title == "己市国民经济和社会发展第十五个五年规划纲要"


def test_the_notice_in_the_field_issues_the_name_the_spaced_heading_cuts_short() -> None:
    text = (
        "标    题 庚盟行政公署 关于印发《庚盟草原保护补助政策实施指导意见（2031—2035年）》的通知\n"
        "发文字号 庚署发〔2031〕12号\n"
        "庚盟行政公署 关于印发《庚盟草原保护补助政策实施指导意见（2031—2035年）》的通知\n"
        "各旗县人民政府：\n"
        "现将《庚盟草原保护补助政策实施指导意见（20312035）》印发给你们，请认真贯彻执行。\n"
        "庚盟行政公署\n"
        "2031年12月1日\n"
        "庚盟草原保护补助政策\n"
        "实 施 指 导 意 见\n"
        "（20312035）\n"
        "一、总体要求\n"
    )
    assert parse_structure(text).title == "庚盟草原保护补助政策实施指导意见（2031—2035年）"


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
