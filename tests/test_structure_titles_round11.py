"""Round 11 of titles: what a site says about its page is no part of the title, on documents written for these
tests (no corpus text).

* a site's note after a title that the page holds the full text (``…管理办法全文``, ``…的通知（原文）``) is no part
  of the title; it is dropped only when the words before it end with the name of a kind of document, so a title
  whose own words end so (``…条例全文公布的决定`` ends with 决定) is kept whole;
* a text with no title line whose first sentence issues or publishes one named document is that document: its
  title is that name, its status the status words in the name's brackets (``乙局将《X办法（征求意见稿）》全文
  公布，征求社会各界意见``; ``甲市人民政府发布《X的通告》，具体内容如下：``). A name the sentence only cites, a short
  name given after it (``（下文称《办法》）``), a past act reported without handing anything over (``县政府制定
  印发《X》``) and two names issued together give no title;
* an organ before a headline's first colon is who speaks (``农业农村部:全力做好秋粮收获``), not a field's label:
  the line may be the title; a label that names a field stays a field (``发布机构:农业农村部``).
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.lead_title import lead_title
from parsers.structure.lines import split_lines
from parsers.structure.title_labels import page_note_start
from parsers.structure.titles import drop_page_note, is_field_line


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


# ---- no title line: the one document the first sentence hands over ----

CALL_WITHOUT_TITLE_LINE = (
    "为了提高立法质量，根据《乙省规章制定程序规定》的要求，乙省司法厅将《乙省城市供水管理办法（征求意见稿）》"
    "（下文称《办法》）全文公布，征求社会各界意见。现就有关事项说明如下：\n"
    "一、起草的必要性\n"
    "我省城市供水设施老化，管理职责不清。\n"
    "二、主要内容\n"
    "《办法》共二十条。\n"
)

NOTICE_HANDED_OVER_IN_A_LEAD = (
    "丙市人民政府发布《关于禁止在城区饲养家禽的通告》，具体内容如下：\n"
    "一、城区范围内禁止饲养鸡、鸭、鹅等家禽。\n"
    "二、已饲养的，应于本通告发布之日起三十日内自行处置。\n"
)

PAGE_ABOUT_AN_ISSUED_PLAN = (
    "县政府常务会议研究后，县政府办公室制定印发《丁县为民办实事实施方案》，明确了十件实事的责任单位。\n"
    "一、出台背景\n"
    "方案回应群众关切。\n"
)

TWO_DOCUMENTS_IN_A_LEAD = (
    "戊市人民政府发布《戊市禁燃通告》和《戊市禁售通告》，具体内容如下：\n一、城区禁止燃放烟花爆竹。\n"
)


def test_a_call_without_a_title_line_is_titled_by_the_draft_it_publishes() -> None:
    structure = parse(CALL_WITHOUT_TITLE_LINE)
    assert structure.title == "乙省城市供水管理办法"
    assert structure.status == "征求意见稿"


def test_a_notice_handed_over_in_a_lead_is_titled_by_its_name() -> None:
    structure = parse(NOTICE_HANDED_OVER_IN_A_LEAD)
    assert structure.title == "关于禁止在城区饲养家禽的通告"


@pytest.mark.parametrize("text", [PAGE_ABOUT_AN_ISSUED_PLAN, TWO_DOCUMENTS_IN_A_LEAD])
def test_no_single_document_handed_over_gives_no_title(text: str) -> None:
    assert parse(text).title is None


def test_lead_title_reads_only_the_first_sentence() -> None:
    lines = split_lines("本局工作安排如下。\n现将《己县河长制实施办法》印发给你们。\n")
    assert lead_title(lines) is None


# ---- an organ before a colon speaks ----

NEWS_WITH_A_SPEAKER_HEADLINE = (
    "农业农村部:全力做好秋粮收获工作\n"
    "\n"
    "2024-09-20 10:00:00 来源: 庚日报\n"
    "本报讯 农业农村部近日召开会议，部署秋粮收获工作。\n"
    "会议要求各地抢抓晴好天气，确保颗粒归仓。\n"
)


def test_an_organ_before_a_colon_is_a_speaker_and_the_headline_the_title() -> None:
    assert parse(NEWS_WITH_A_SPEAKER_HEADLINE).title == "农业农村部:全力做好秋粮收获工作"


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("农业农村部:全力做好秋粮收获工作", False),
        ("庚市人民政府:全面推行河长制", False),
        ("发布机构:农业农村部", True),  # a field label naming an organ stays a field
        ("浏览次数:35", True),
    ],
)
def test_a_speaker_is_no_field_label(key: str, field: bool) -> None:
    assert is_field_line(key) is field
