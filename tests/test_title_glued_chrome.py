"""A title line with a page's chrome glued after it: the title is read, the chrome left out (round 32, titles60).

Before, every reader of a title declined such a line whole (it ends with no kind of document), so the page had no
title at all. Texts of my own.
"""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure

TITLE = "丙县村级公益设施维护资金管理办法"
ARTICLES = (
    "\n\n第一章 总则\n第一条 为了规范村级公益设施维护资金的管理，根据有关规定，制定本办法。\n"
    "第二条 本办法适用于本县村级公益设施维护资金的申请、使用和监督。\n"
)
PROSE = (
    "\n\n为加强村级公益设施维护资金管理，提高资金使用效益，结合本县实际，制定本办法。\n"
    "一、资金来源\n维护资金由县级财政预算安排。\n二、使用范围\n用于村内道路、路灯和公厕的日常维护。\n"
)


@pytest.mark.parametrize("body", [ARTICLES, PROSE], ids=["articles", "prose"])
@pytest.mark.parametrize(
    "chrome",
    [
        " 来源：丙县财政局",
        " 发布时间：2031-04-02 浏览次数：318",
        " 点击数：46",
        " 分享到：",
        " 打印本页 关闭窗口",
        " 字号：大 中 小",
        " 丙县人民政府",
        " 丙县人民政府 2031年4月2日",
        "--丙县财政局",
        " - 丁文库",
        "_戊百科",
        ".docx-己文档",
        " 2031-04-02 10:20:30",
        " 丙县人民政府办公室 发布时间：2031-04-02",
        " 文章来源：本站原创",
        " 【字体：大 中 小】",
        " 【大 中 小】",
    ],
)
def test_a_title_with_chrome_glued_after_it_is_read_without_the_chrome(body: str, chrome: str) -> None:
    assert parse_structure(TITLE + chrome + body).title == TITLE


def test_a_title_still_read_when_nothing_is_glued_to_it() -> None:
    assert parse_structure(TITLE + ARTICLES).title == TITLE


def test_the_chrome_is_not_read_as_the_issuer_of_a_title_it_follows() -> None:
    # the field strip's source is the site's, its organ is read only where the text names one
    structure = parse_structure(TITLE + " 来源：丙县财政局" + ARTICLES)
    assert structure.title == TITLE
    assert "来源" not in (structure.issuer or "")


def test_a_compilation_with_a_page_counter_stays_untitled() -> None:
    # 汇编 15篇(第5/20页): a collection's name and the site's counter; a counter that may stand anywhere in a line
    # does not show the rest of the line is chrome
    text = "2031年丙县防汛应急预案汇编 12篇(第3/9页)\n\n一、丙镇防汛应急预案\n为做好防汛工作，制定本预案。\n"
    assert parse_structure(text).title != "2031年丙县防汛应急预案汇编"


def test_a_title_that_goes_on_past_a_kind_is_not_cut_there() -> None:
    # 规划和…纲要 发布时间: the title's first kind is not its end; the strip goes, the whole name stays
    text = "丙县国民经济和社会发展第二十个五年规划和二〇五〇年远景目标纲要 发布时间：2031-04-02" + PROSE
    assert parse_structure(text).title == "丙县国民经济和社会发展第二十个五年规划和二〇五〇年远景目标纲要"


def test_a_quoted_name_is_not_cut_inside_its_book_marks() -> None:
    text = (
        "《丙县村级公益设施维护资金管理办法（征求意见稿）》公示 发布日期：2031-04-02 来源：丙县财政局" + PROSE
    )
    title = parse_structure(text).title
    assert title is not None and not title.startswith("《")


NOTICE = "丙县人民政府关于印发丙县村级公益设施维护资金管理办法的通知"
NOTICE_BODY = (
    "\n\n各乡镇人民政府，县直各单位：\n现将《丙县村级公益设施维护资金管理办法》印发给你们，请认真贯彻执行。\n"
    "丙县人民政府\n2031年4月2日\n\n" + TITLE + ARTICLES
)


@pytest.mark.parametrize(
    "chrome", [" 文章来源：本站原创", " [ 2031-04-02 ]", " 【大 中 小】", " 2031-04-02 10:20:30"]
)
def test_a_notice_title_with_chrome_glued_after_it_is_read_without_the_chrome(chrome: str) -> None:
    structure = parse_structure(NOTICE + chrome + NOTICE_BODY)
    assert structure.notice_title == NOTICE
    assert structure.title == TITLE


POST_LEAD = (
    "近日，丙市文旅局发布《竹编技艺传承扶持办法》，对带徒传艺的手艺人每年给予补助，首批名单将于下月公布。\n"
    "《办法》明确，补助资金由市级财政列支。\n"
)


def test_a_post_headline_in_brackets_with_its_lead_run_on_is_the_title() -> None:
    # 【headline】lead…: a post's headline, then its lead on the same line
    assert (
        parse_structure("【丙市三项新举措扶持竹编手艺人】" + POST_LEAD).title
        == "丙市三项新举措扶持竹编手艺人"
    )


def test_a_column_tag_in_brackets_before_a_lead_is_no_title() -> None:
    assert parse_structure("【要闻】" + POST_LEAD).title is None
