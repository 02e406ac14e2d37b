"""A call that collects proposals for the drafting of a text not yet written (关于向社会征集《X》起草建议的公告) presents
no draft: the call is the document, titled as it stands. A call on a written draft still names the draft. Texts are
made up.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "各位居民：\n《癸区全民健身实施计划》的起草工作即将开始，欢迎大家就场地建设、赛事活动等提出建议。\n"
    "建议请于2032年3月31日前寄送癸区文化和体育局。\n癸区文化和体育局\n2032年2月10日\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "关于向社会征集《癸区全民健身实施计划》起草建议的公告",
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
