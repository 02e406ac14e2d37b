"""Round 33 (titles63): title rules that gained on the census but misfired on unread pages, narrowed to the layout
they were written for. Texts written for these tests."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a bracket of the title's own words after its kind of document stays (the site-label rule took any bracket
        # without a numeral or a status word for the site's)
        ("甲市老旧小区改造工作方案(试点)", "甲市老旧小区改造工作方案(试点)"),
        ("乙县国土空间总体规划(图集)", "乙县国土空间总体规划(图集)"),
        # the site's own words in that bracket are still dropped
        ("丙省河道管理规定(最新版本全文)", "丙省河道管理规定"),
        ("丁市停车场管理办法(征求公众意见)", "丁市停车场管理办法"),
    ],
)
def test_a_bracket_after_the_kind_of_document_is_dropped_only_when_it_is_the_sites(
    line: str, title: str
) -> None:
    text = f"{line}\n第一条 为了规范管理,制定本办法。\n第二条 本办法自发布之日起施行。\n"
    assert parse_structure(text).title == title
