"""A browser's header prints the page title (the text's first line) next to its date stamp; a title that opens with
a list or table mark (• 高举…, | 索引号: |…, # 甲条例, - 政府网站) comes out of the PDF as two lines, the mark apart.
Both are the page's, on every page, and the text's own first line below stays the text's.

Texts are made up, in the form pdftotext gives of a page printed from Chromium.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.lines import split_lines
from parsers.structure.page_marks import print_furniture
from scripts.wrapped_compare import sentences, squeeze


def furniture(text: str) -> list[str]:
    """The print furniture's lines (page marks, stamps, page titles, running headers), squeezed."""
    lines = split_lines(text)
    return [squeeze(lines[i].content) for i in sorted(print_furniture(text, lines))]


@pytest.mark.parametrize(
    ("mark", "title_rest", "first_line"),
    [
        (
            "•",
            "高举旗帜，团结奋斗，为建设现代化甲市而努力…",
            "• 高举旗帜，团结奋斗，为建设现代化甲市而努力奋斗。",
        ),
        (
            "|",
            "索 引 号: | 01294/2031-12388 | 信息分类: | 综合政务 /",
            "| 索 引 号: | 01294/2031-12388 | 信息分类: | 综合政务 / 通知 |",
        ),
        ("#", "甲市见义勇为人员奖励和保护条例", "# 甲市见义勇为人员奖励和保护条例"),
        ("-", "政府及部委网站", "- 政府及部委网站"),
    ],
    ids=["bullet_elided", "table_clipped", "markdown_heading", "dash_list"],
)
def test_a_page_title_printed_with_its_mark_apart_is_furniture(mark, title_rest, first_line):
    text = (
        f"12/1/31, 9:58 PM\n\n{mark}\n\n{title_rest}\n\n{first_line}\n"
        "甲市人民政府关于印发甲市见义勇为奖励办法的通知\n"
        "各区人民政府，市政府各部门：\n"
        "现将《甲市见义勇为奖励办法》印发给你们，请认真贯彻执行。\n"
        "file:///tmp/page.html\n1/2\n\f"
        f"12/1/31, 9:58 PM\n\n{mark}\n\n{title_rest}\n\n"
        "甲市人民政府\n2031年9月6日\n"
        "file:///tmp/page.html\n2/2\n"
    )
    found = furniture(text)
    assert found.count(squeeze(mark)) == 2 and found.count(squeeze(title_rest)) == 2
    assert squeeze(first_line) not in found
    assert not any(s in (squeeze(mark), squeeze(title_rest)) for s in sentences(parse_structure(text)))


def test_a_lone_mark_under_a_stamp_that_the_body_does_not_repeat_stays_text():
    text = "12/1/31, 9:58 PM\n\n•\n\n甲市人民政府关于加强安全生产工作的通知\n\n各区人民政府：\n现就有关事项通知如下。\n"
    assert furniture(text) == ["12/1/31,9:58PM"]
