"""A document whose name cites another (关于落实国务院《政府工作报告》重点工作的任务分工, 关于贯彻《X条例》的实施意见):
the cited name is its subject, not the document. A covering notice that issues it (甲市人民政府印发关于落实…《X》…的通知)
issues the whole name; its title may shorten the name (…重点工作任务分工), and the covering sentence quotes it whole
(现将《关于落实…〈X〉重点工作的任务分工》印发给你们): the quoted form is the name. A heading broken after the cited
name (关于贯彻《X条例》 / 的实施意见) is one title. A task division (任务分工, 责任分工) is a kind of document. And a call's
title broken after its draft's name with 对 before it (关于对《X》 / 征集意见建议的公告) asks about that draft.

Texts are made up; the layouts are those of government notices on task divisions and of calls for comments.
"""

import pytest

from parsers.structure import parse_structure
from parsers.structure.issued_names import fuller_name
from parsers.structure.titles import is_issuer_line


def test_a_notice_issuing_a_name_that_cites_a_report_issues_the_whole_name() -> None:
    text = (
        "乙市人民政府印发关于贯彻落实省《政府工作报告》民生实事项目责任分工的通知\n"
        "各区人民政府，市政府各部门：\n"
        "现将《关于贯彻落实省〈政府工作报告〉民生实事项目的责任分工》印发给你们，请认真贯彻执行。\n"
        "乙市人民政府\n"
        "2031年3月8日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "关于贯彻落实省〈政府工作报告〉民生实事项目的责任分工"
    assert doc.notice_title == "乙市人民政府印发关于贯彻落实省《政府工作报告》民生实事项目责任分工的通知"


def test_the_notice_title_broken_after_its_issuer_and_verb_is_one_title() -> None:
    text = (
        "丙县人民政府印发关于贯彻市\n"
        "《政府工作报告》营商环境任务分工的通知\n"
        "各乡镇人民政府，县政府各部门：\n"
        "现将《关于贯彻市〈政府工作报告〉营商环境任务的分工》印发给你们，望遵照执行。\n"
        "丙县人民政府\n"
        "2031年4月2日\n"
    )
    assert parse_structure(text).title == "关于贯彻市〈政府工作报告〉营商环境任务的分工"


def test_a_heading_broken_after_the_name_it_cites_is_one_title() -> None:
    text = (
        "关于贯彻《丁省河道管理条例》\n"
        "的实施意见\n"
        "为加强河道管理，结合本市实际，提出如下意见。\n"
        "一、明确管理责任\n"
        "（一）落实河长制。\n"
    )
    assert parse_structure(text).title == "关于贯彻《丁省河道管理条例》的实施意见"


def test_a_task_division_is_a_kind_of_document() -> None:
    text = (
        "戊区人民政府办公室关于印发戊区2031年民生实事项目责任分工的通知\n"
        "各街道办事处，区政府各部门：\n"
        "经区政府同意，现印发给你们，请认真抓好落实。\n"
        "戊区人民政府办公室\n"
        "2031年2月10日\n"
    )
    doc = parse_structure(text)
    assert doc.title == "戊区2031年民生实事项目责任分工"
    assert doc.notice_title == "戊区人民政府办公室关于印发戊区2031年民生实事项目责任分工的通知"


@pytest.mark.parametrize(
    ("name", "quoted", "expected"),
    [
        ("关于贯彻X乙项任务分工", ["关于贯彻〈X〉乙项任务的分工"], "关于贯彻〈X〉乙项任务的分工"),
        (
            "己县2031年工作要点重点任务分解",
            ["己县2031年工作要点所列重点任务的分解"],
            "己县2031年工作要点所列重点任务的分解",
        ),
        # a word of the subject added: another name, kept as the title writes it
        ("己县重点任务分解", ["己县重点民生任务分解"], "己县重点任务分解"),
    ],
)
def test_the_sentence_writes_the_name_with_its_joining_words(
    name: str, quoted: list[str], expected: str
) -> None:
    assert fuller_name(name, quoted) == expected


def test_a_call_broken_after_the_draft_it_asks_about() -> None:
    text = (
        "关于对《庚区养老服务发展规划（2031-2035年）》\n"
        "征集意见建议的公告\n"
        "来源:区民政局 发布时间:2031-05-06 09:30\n"
        "为广泛听取社会各界意见，现将规划全文公布，征集意见建议。\n"
        "一、征集时间\n"
    )
    doc = parse_structure(text)
    assert doc.title == "庚区养老服务发展规划（2031-2035年）"
    assert doc.notice_title == "关于对《庚区养老服务发展规划（2031-2035年）》征集意见建议的公告"


@pytest.mark.parametrize(
    ("line", "issuers"),
    [
        ("甲市人民政府印发关于落实国务院", False),  # a title's first line: an organ's name holds no 关于
        ("甲市人民政府办公室", True),
        ("中共甲县委办公室 甲县人民政府办公室", True),
    ],
)
def test_issuer_lines(line: str, issuers: bool) -> None:
    assert is_issuer_line(line) is issuers


def test_a_numbered_heading_under_a_cited_name_begins_the_body() -> None:
    text = (
        "政策依据:《辛省促进中小企业发展条例》\n"
        "二、辛市专精特新企业奖励政策\n"
        "（一）辛市甲区专精特新企业奖励政策\n"
        "对首次入选的企业给予一次性奖励。\n"
        "（二）辛市乙县专精特新企业奖励政策\n"
        "对新入选的企业给予奖励。\n"
    )
    doc = parse_structure(text)
    assert "二、" not in (doc.title or "")
    assert [(n.kind, n.label) for n in doc.nodes if n.kind == "action"] == [("action", "二、")]


def test_a_heading_broken_before_the_name_it_cites_is_one_title() -> None:
    text = (
        "壬省出台措施落实乙部支持意见\n"
        "来源:壬省政府网 2031年03月11日\n"
        "壬省贯彻落实\n"
        "《乙部关于支持壬省发展海洋经济的若干意见》的实施意见\n"
        "（2031年3月2日壬省人民政府常务会议审议通过）\n"
        "为贯彻落实《乙部关于支持壬省发展海洋经济的若干意见》，现提出如下实施意见。\n"
        "一、重大意义\n"
    )
    assert parse_structure(text).title == "壬省贯彻落实《乙部关于支持壬省发展海洋经济的若干意见》的实施意见"


def test_a_headline_over_the_quoted_name_it_announces_stays_apart() -> None:
    text = (
        "癸市发布\n"
        "《关于推动经济高质量发展若干政策（2031年版）》\n"
        "一、支持企业做大做强\n"
        "（一）对首次入选的企业给予奖励。\n"
    )
    assert parse_structure(text).title == "关于推动经济高质量发展若干政策（2031年版）"
