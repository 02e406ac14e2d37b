"""A row of a page's metadata box (题材分类：规划计划, 主题分类：规划计划 发布日期：…, 信息来源：…) names a field, never the
title, even when its value ends with a kind of document (规划计划, 实施方案). Over a title line the title line stands;
over a fragment the text has no title.

Texts are made up; the forms are those of government disclosure pages.
"""

import pytest

from parsers.structure import parse_structure

_PLAN = "甲市城乡供水保障规划(2031-2035年)\n为保障全市城乡供水安全,制定本规划。\n一、总体要求\n"
_FRAGMENT = "为保障全市城乡供水安全,现就有关事项通知如下。\n一、总体要求\n"


@pytest.mark.parametrize(
    "row",
    ["题材分类:规划计划\n发布机构:甲市人民政府办公室\n", "应用分类:实施方案\n", "内容分类:规划计划\n"],
)
def test_a_classification_row_over_a_title_is_no_title(row: str) -> None:
    assert parse_structure(row + _PLAN).title == "甲市城乡供水保障规划(2031-2035年)"


@pytest.mark.parametrize(
    "row",
    [
        "题材分类:规划计划\n",
        "主题分类:规划计划 发布日期:2031-05-06\n",
        "题材分类:规划计划 发布日期:2031-05-06\n",
        "信息来源:甲市城乡规划局 发布时间:2031-05-06\n",
    ],
)
def test_a_metadata_row_over_a_fragment_titles_nothing(row: str) -> None:
    assert parse_structure(row + _FRAGMENT).title is None
