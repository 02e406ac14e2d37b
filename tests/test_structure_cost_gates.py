"""Shortcuts of the structure phase that skip work when a cheap test proves it yields nothing (round 29, speed34):
each test pins a case at the edge of its shortcut, which the shortcut must still read in full."""

from __future__ import annotations

from parsers.structure.double_spaced import evidence, is_double_spaced
from parsers.structure.lines import split_lines
from parsers.structure.toc import table_of_contents
from parsers.structure.wrap import starts_heading

WRAPPED_THREE_TIMES = """关于推进城市更新工作的实施意见

为进一步推进城市更新工作，提升城市品质，改善人居环境，根据有关规定，结合

本市实际，制定本实施意见。各区应当加强组织领导，明确责任分工，落实工作

措施，确保各项任务按期完成。对工作成效明显的区，市级财政给予适当奖励，

具体办法另行制定。

市住房和城乡建设局

2031年3月1日
"""

WRAPPED_TWICE = """关于做好秋季农业生产工作的通知

各乡镇人民政府，县直有关部门：为切实做好秋季农业生产工作，确保粮食稳产，

现就有关事项通知如下。各乡镇要抓好秋收秋种，及时组织农机具检修，做好

技术指导服务。

县农业农村局

2031年9月1日

（此件公开发布）
"""

PARAGRAPHS_APART = """关于开展安全生产检查的通知

各单位：

为了加强安全生产管理，现决定开展一次全面检查。

一、检查时间

检查于十月底前完成，各单位应当认真自查，及时整改发现的问题。

二、检查内容

重点检查消防设施，用电安全，值班制度。

特此通知。
"""


def _double_spaced(text: str) -> bool:
    return is_double_spaced(text, split_lines(text), starts_heading)


def test_three_wrapped_lines_at_the_margin_make_a_double_spaced_text() -> None:
    # three lines that run on: exactly as many as the bound asks, so the widths must be measured
    assert _double_spaced(WRAPPED_THREE_TIMES)
    seen = evidence(WRAPPED_THREE_TIMES, split_lines(WRAPPED_THREE_TIMES), starts_heading)
    assert seen is not None and seen.opened == 3 and seen.single == seen.gaps == 6


def test_two_wrapped_lines_are_too_few_whatever_their_width() -> None:
    assert not _double_spaced(WRAPPED_TWICE)
    seen = evidence(WRAPPED_TWICE, split_lines(WRAPPED_TWICE), starts_heading)
    assert seen is not None and seen.opened == 2


def test_paragraphs_and_headings_set_apart_by_blank_lines_are_no_double_spaced_text() -> None:
    assert not _double_spaced(PARAGRAPHS_APART)
    seen = evidence(PARAGRAPHS_APART, split_lines(PARAGRAPHS_APART), starts_heading)
    assert seen is not None and seen.opened == 0 and seen.ended >= 1


CONTENTS_THEN_BODY = """某市应急预案

目录

1 总则

1.1 编制目的

1.2 适用范围

2 组织体系

1 总则

1.1 编制目的

为了规范突发事件的应对工作，保障人民群众生命财产安全，制定本预案。
"""

CONTENTS_WITH_UNNUMBERED_ENTRY = """某县发展规划

目录

前言

第一章 发展基础

第二章 总体要求

第一章 发展基础

过去五年，全县经济持续增长。
"""


def _contents(text: str) -> list[str]:
    lines = split_lines(text)
    return [lines[i].content for i in sorted(table_of_contents(lines, 0, len(lines), text))]


def test_a_contents_ends_where_its_first_label_comes_back() -> None:
    # each entry's label is read once: the comparison with the first label and the entry tests use the same reading
    assert _contents(CONTENTS_THEN_BODY) == ["目录", "1 总则", "1.1 编制目的", "1.2 适用范围", "2 组织体系"]


def test_a_contents_with_an_unnumbered_first_entry_reads_on_to_its_numbered_ones() -> None:
    assert _contents(CONTENTS_WITH_UNNUMBERED_ENTRY) == ["目录", "前言", "第一章 发展基础", "第二章 总体要求"]
