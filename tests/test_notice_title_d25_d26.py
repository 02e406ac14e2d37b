"""Field conventions D25 and D26 (round 37), on texts made up for the test: a covering notice issuing one named policy
is titled by the policy whether the page carries it or not; notice_title keeps the organ the document's own title block
prints over 关于…, never one from a red 发文机关标志 (…文件) or a law database's issuer field."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def _parse(text: str):
    return parse_bytes(text.encode("utf-8"), name="page.txt")


_BODY = (
    "各乡镇人民政府，县直各部门：\n现将《丁县乡村道路养护管理办法》印发给你们，请认真遵照执行。\n"
    "丁县人民政府办公室\n2032年4月8日\n"
)


def test_a_notice_of_one_plan_not_carried_is_titled_by_the_plan() -> None:
    document = _parse(
        "丁县人民政府办公室关于印发丁县乡村道路养护管理办法的通知\n丁政办发〔2032〕12号\n"
        "各乡镇人民政府，县直各部门：\n现将《丁县乡村道路养护管理办法》印发给你们，并提出如下要求：\n"
        "一、提高认识\n各地要把道路养护摆上重要位置。\n二、加强督查\n县交通局定期通报进展情况。\n"
        "丁县人民政府办公室\n2032年4月8日\n"
    )
    assert document.title == "丁县乡村道路养护管理办法"
    assert document.notice_title == "丁县人民政府办公室关于印发丁县乡村道路养护管理办法的通知"


def test_the_organ_on_the_first_line_of_a_two_line_title_block_is_kept() -> None:
    document = _parse(
        "关于印发丁县乡村道路养护管理办法的通知\n来源：本站  发布时间：2032-04-09 09:30\n"
        "丁县人民政府办公室\n关于印发丁县乡村道路养护管理办法的通知\n丁政办发〔2032〕12号\n" + _BODY
    )
    assert document.notice_title == "丁县人民政府办公室关于印发丁县乡村道路养护管理办法的通知"
    assert document.title == "丁县乡村道路养护管理办法"


def test_a_red_header_over_a_title_without_the_organ_adds_nothing() -> None:
    document = _parse(
        "丁县人民政府办公室关于印发丁县乡村道路养护管理办法的通知\n"
        "丁县人民政府办公室文件\n丁政办发〔2032〕12号\n关于印发丁县乡村道路养护管理办法的通知\n" + _BODY
    )
    assert document.notice_title == "关于印发丁县乡村道路养护管理办法的通知"


def test_an_organ_over_the_number_is_the_header_not_the_title_block() -> None:
    document = _parse(
        "丁县人民政府办公室关于印发丁县乡村道路养护管理办法的通知\n"
        "丁县人民政府办公室\n丁政办发〔2032〕12号\n关于印发丁县乡村道路养护管理办法的通知\n" + _BODY
    )
    assert document.notice_title == "关于印发丁县乡村道路养护管理办法的通知"


def test_a_law_databases_issuer_line_between_its_headline_and_the_title_is_a_field() -> None:
    document = _parse(
        "您的位置: 首页 » 法规库 »\n关于印发丁县乡村道路养护管理办法的通知\n下载地址: 点击此处下载\n"
        "关于印发丁县乡村道路养护管理办法的通知\n丁县人民政府办公室\n关于印发丁县乡村道路养护管理办法的通知\n"
        "丁政办发〔2032〕12号\n" + _BODY
    )
    assert document.notice_title == "关于印发丁县乡村道路养护管理办法的通知"
