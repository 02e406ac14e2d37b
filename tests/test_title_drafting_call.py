"""A call that collects proposals for the drafting of a text not yet written (关于公开征集《X》起草建议的公告) presents
no draft: the call is the document, titled as it stands. A call on a written draft still names the draft. Texts are
made up.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "亲爱的市民朋友：\n癸区2032年《政府工作报告》起草工作已启动，为广泛听取意见，现面向社会公开征集建议。\n"
    "本次建议征集活动自即日开始，12月31日结束。\n癸区人民政府办公室\n2031年12月17日\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "关于公开征集癸区2032年度《政府工作报告》起草建议的公告",
        "关于征集《癸区国土空间总体规划》编制意见建议的公告",
    ],
)
def test_a_call_for_drafting_proposals_is_the_document(title: str) -> None:
    doc = parse_structure(f"{title}\n{_BODY}")
    assert doc.title == title
    assert doc.notice_title is None


def test_a_call_on_a_written_draft_names_the_draft() -> None:
    title = "关于征集《癸区养犬管理办法（征求意见稿）》意见建议的公告"
    doc = parse_structure(
        f"{title}\n现将《癸区养犬管理办法（征求意见稿）》全文公布，征求社会各界意见。\n癸区人民政府办公室\n"
    )
    assert doc.title == "癸区养犬管理办法"
