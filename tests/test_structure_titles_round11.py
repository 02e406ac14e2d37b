"""Round 11 of titles: what a site says about its page is no part of the title, on documents written for these
tests (no corpus text).

* a site's note after a title that the page holds the full text (``…管理办法全文``, ``…的通知（原文）``) is no part
  of the title; it is dropped only when the words before it end with the name of a kind of document, so a title
  whose own words end so (``…条例全文公布的决定`` ends with 决定) is kept whole.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.title_labels import page_note_start
from parsers.structure.titles import drop_page_note


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


REGULATION_FULL_TEXT_PAGE = (
    "辛市城市绿化管理办法全文\n"
    "时间：2024-05-06 10:12:03 小编整理\n"
    "《辛市城市绿化管理办法》自2010年起施行，下面是全文：\n"
    "第一章 总则\n"
    "第一条 为了加强城市绿化管理，制定本办法。\n"
    "第二条 本办法适用于本市城市规划区。\n"
)


def test_a_full_text_note_is_no_part_of_the_title() -> None:
    structure = parse(REGULATION_FULL_TEXT_PAGE)
    assert structure.title == "辛市城市绿化管理办法"


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("壬县河道管理规定全文", "壬县河道管理规定"),
        ("壬县河道管理规定（全文）", "壬县河道管理规定"),
        ("关于做好防汛工作的通知原文", "关于做好防汛工作的通知"),
        ("壬县河道管理规定全文下载", "壬县河道管理规定"),
        ("政府工作报告解读全文", "政府工作报告解读"),
        ("壬县公布河道名录的全文", "壬县公布河道名录的全文"),  # the words before 全文 end with 的: no note
        ("河道整治工作全文", "河道整治工作全文"),  # no kind of document before it
        ("全文", "全文"),  # nothing before it
    ],
)
def test_drop_page_note(title: str, kept: str) -> None:
    assert drop_page_note(title) == kept


def test_page_note_start_only_at_the_end() -> None:
    assert page_note_start("壬县河道管理规定全文") == len("壬县河道管理规定")
    assert page_note_start("全文公布壬县河道管理规定") is None
