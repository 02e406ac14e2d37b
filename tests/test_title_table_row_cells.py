"""A page that prints its title in a cell of its metadata table, under a row of its fields, leaves the row's empty
cells after it (解读《X》 | |, 关于征集X的公告 | |||||): the borders are no bar of links, and the line is the title. A
row of links (首页 | 政务公开 | 互动交流 |) stays the page's chrome.

Texts are made up; the forms are those of county disclosure pages copied as text.
"""

import pytest

from parsers.structure import parse_structure

_FIELDS = (
    "索 引 号: | 1262/2031-172854 | 生成日期: | 2031-10-15 |\n所属机构: | 甲县政府办公室 | 发布机构: |\n"
)
_BODY = "一、背景依据\n根据《森林防火条例》，结合本县实际，制定本命令。\n二、主要内容\n全县禁止野外用火。\n"


@pytest.mark.parametrize("cells", [" | |", " |||||||||", "| | |", " ｜ ｜"])
def test_a_title_in_a_table_row_keeps_no_cells(cells: str) -> None:
    title = "解读《甲县人民政府2031年度森林草原防火命令》"
    doc = parse_structure(f"{_FIELDS}{title}{cells}\n信息来源:甲县人民政府\n{_BODY}")
    assert doc.title == title


def test_a_call_in_a_table_row_is_its_title() -> None:
    text = (
        "信息索引号： | 0111/2032-00021 | 发布机构： | 甲市司法局 |\n"
        "关于征集2032年甲市人民政府规章制定项目建议的公告 | |||||||||\n"
        "为了做好2032年市政府规章立法工作，决定向社会公开征集2032年市政府规章制定项目建议。\n"
        "一、征集范围\n涉及本市经济社会发展的事项。\n二、征集方式\n通过电子邮件提交。\n"
    )
    assert parse_structure(text).title == "关于征集2032年甲市人民政府规章制定项目建议的公告"


@pytest.mark.parametrize(
    "bar", ["首页 | 政务公开 | 互动交流 |", "网站首页 | 走进甲县 | 新闻中心 | |", "首页 | 政务公开 | |"]
)
def test_a_bar_of_links_is_no_title(bar: str) -> None:
    doc = parse_structure(f"{bar}\n甲县森林草原防火命令\n{_BODY}")
    assert doc.title == "甲县森林草原防火命令"
