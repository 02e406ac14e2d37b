"""Round 14 of titles, on documents written for these tests (no corpus text).

Web chrome by its form, not by a site's words:
* a posting time (a date with its clock time) and the byline's fields glued after a headline are no part of it:
  a title carries a day, never a time of day;
* a line opened by a list bullet (``- 相关推荐``) is an entry of a menu or a list of links, not a line of a title,
  unless it names a kind of document itself;
* a browser's page title, headline-site: a short suffix after a single dash that names no kind of document is the
  site's name when a whole title stands before the dash.

A converter's text (pinyin readings after characters): the title is given as its own title line writes it, with its
readings, not as a site's headline above it quotes it without them.
"""

from __future__ import annotations

import pytest
from test_structure_properties import check_invariants

from parsers.structure import Structure, parse_structure
from parsers.structure.byline import drop_byline, drop_posting_time


def parse(text: str) -> Structure:
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


NEWS_WITH_GLUED_BYLINE = (
    "推动十个县域特色产业集群发展!丙省出台制造业提质行动方案2026-04-08 09:30来源:某某网阅读数:1024次\n"
    "日前，丙省印发制造业提质行动方案，提出到2028年培育十个县域特色产业集群，全面提升制造业质量效益。\n"
    "方案明确，对新认定的省级集群给予一次性奖励。\n"
)


def test_a_posting_time_glued_to_a_headline_is_cut_with_its_fields() -> None:
    structure = parse(NEWS_WITH_GLUED_BYLINE)
    assert structure.title == "推动十个县域特色产业集群发展!丙省出台制造业提质行动方案"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("甲市停车管理办法2026-01-05 10:21", "甲市停车管理办法"),
        ("甲市停车管理办法 2026/01/05 10:21:07 来源：市交通局", "甲市停车管理办法"),
        ("甲市停车管理办法2026-01-05 10:21作者:张三 浏览:88次", "甲市停车管理办法"),
        # a day without a time of day may belong to the name (a list's date is another rule's): kept here
        ("甲市停车管理办法2026-01-05", "甲市停车管理办法2026-01-05"),
        # what follows the time is a sentence, not the byline's fields: kept
        ("甲市停车管理办法2026-01-05 10:21发布后引发关注", "甲市停车管理办法2026-01-05 10:21发布后引发关注"),
        # nothing but the byline is left: not a title's end
        ("要闻2026-01-05 10:21来源:某网", "要闻2026-01-05 10:21来源:某网"),
    ],
)
def test_drop_posting_time(title: str, expected: str) -> None:
    assert drop_posting_time(title, 5) == expected


REGULATION_UNDER_A_MENU = (
    "- 热门推荐\n"
    "丁省古树名木保护条例\n"
    "古树名木保护条例是为了保护古树名木而制定的，下面小编为大家整理了全文，供大家参考！\n"
    "第一条 为了加强古树名木保护，制定本条例。\n"
    "第二条 本省行政区域内古树名木的保护管理，适用本条例。\n"
)


def test_a_bulleted_menu_entry_is_no_line_of_the_title() -> None:
    structure = parse(REGULATION_UNDER_A_MENU)
    assert structure.title == "丁省古树名木保护条例"


def test_a_bulleted_line_that_names_a_document_can_still_be_the_title() -> None:
    text = (
        "• 丁省古树名木保护条例\n"
        "第一条 为了加强古树名木保护，制定本条例。\n"
        "第二条 本省行政区域内古树名木的保护管理，适用本条例。\n"
    )
    structure = parse(text)
    assert structure.title == "丁省古树名木保护条例"  # the bullet is the list's, not the name's


# a converter's page: the site's headline quotes the name without readings; the document's own title line,
# after the notice's signature, writes them (關(guān) 於(yú)): the title is given as its own line writes it
CONVERTED_PAGE = (
    "戊市人民政府印發《關於加快發展智慧農業的實施意見》的通知\n"
    "發(fā)布時間:2026-05-06 10:00:00\n"
    "各區人民政府,市政府各委、辦、局:\n"
    "現將《關(guān) 於(yú) 加快發展智慧農業的實施意見》印發給你們(men),請認真貫徹落實。\n"
    "戊市人民政府\n"
    "2026年5月1日\n"
    "關(guān) 於(yú) 加快發展智慧農業的實施意見\n"
    "一、總體要求\n"
    "到2028年,全市智慧農業應用面積達到100萬畝。\n"
)


def test_a_title_keeps_the_readings_its_own_line_writes() -> None:
    structure = parse(CONVERTED_PAGE)
    assert structure.title is not None
    assert structure.title.replace(" ", "") == "關(guān)於(yú)加快發展智慧農業的實施意見"
    # the notice's title is the headline, as written there (no readings)
    assert structure.notice_title == "戊市人民政府印發《關於加快發展智慧農業的實施意見》的通知"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("甲市停车管理办法-某某生活网", "甲市停车管理办法"),
        # the page's note (全文发布) is another rule's
        ("《甲市停车管理办法》全文发布-某某资讯", "《甲市停车管理办法》全文发布"),
        # kept: a suffix that names a kind of document, a subtitle after ——, a headline that names no document
        ("甲市停车管理办法-政策解读", "甲市停车管理办法-政策解读"),
        ("甲市停车管理办法——以乙区为例", "甲市停车管理办法——以乙区为例"),
        ("甲市推进数字经济发展-甲市", "甲市推进数字经济发展-甲市"),
    ],
)
def test_a_site_name_after_a_dash_goes_when_a_whole_title_stands_before_it(title: str, expected: str) -> None:
    assert drop_byline(title, 5) == expected


def test_a_browser_page_title_with_a_note_and_a_site_name_gives_the_document_its_title() -> None:
    text = (
        "《丁省野生植物保护条例》全文发布-某某生活网\n"
        "第一条 为了保护野生植物资源，制定本条例。\n"
        "第二条 本省行政区域内野生植物的保护管理，适用本条例。\n"
    )
    assert parse(text).title == "丁省野生植物保护条例"
