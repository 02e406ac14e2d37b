"""The label a site puts before its path (当前位置：, 您现在的位置：) is one table, furniture.toml's position_label: the
header's end reads it, and so does the breadcrumb reader that takes a path's last step as a headline."""

from __future__ import annotations

import pytest

from parsers.structure.crumb_title import crumb_headline
from parsers.structure.furniture_rules import rules


@pytest.mark.parametrize("line", ["您现在的位置：政务公开", "当前位置:通知公告", "您的位置：信息公开"])
def test_a_path_label_ends_the_site_header(line):
    assert rules().header_end.search(line)


def test_a_paragraph_naming_a_place_is_no_header_end():
    assert not rules().header_end.search("项目所在地位置偏远的，可适当放宽条件。")


@pytest.mark.parametrize("label", ["您现在的位置：", "当前位置:", "您当前所在位置："])
def test_the_breadcrumb_reader_strips_the_same_label(label):
    assert (
        crumb_headline(f"{label}首页 > 通知公告 > 关于开展秋季消防检查的通知") == "关于开展秋季消防检查的通知"
    )
