"""A notice of a legislative hearing on one draft titled by it (关于举行《X（草案）》立法听证会的公告, 甲局关于召开
《X》听证会的通知): a hearing asks for comments on its draft as a call does, so the title is the draft's name, the
status its stage, and the notice's own heading the notice_title (the conventions of a call on one named draft).
A hearing on something that is no document's name (关于举行出租车运价调整听证会的公告) keeps its own title.

Texts are made up; the forms are those of city legislature and bureau pages.
"""

from parsers.structure import parse_structure
from parsers.structure.notice_names import names_in_title

_BODY = (
    "为充分听取公众意见,决定举行听证会。现将有关事项公告如下:\n一、听证时间及地点\n"
    "时间:2031年7月29日下午2:30\n二、听证内容\n听取社会各界的意见和建议。\n"
)


def test_a_hearing_notice_on_a_quoted_draft_is_titled_by_the_draft() -> None:
    head = "关于举行《甲市地下管线管理条例（草案）》立法听证会的公告"
    structure = parse_structure(head + "\n" + _BODY)
    assert (structure.title, structure.status, structure.notice_title) == (
        "甲市地下管线管理条例",
        "草案",
        head,
    )


def test_an_organ_convening_a_hearing_on_a_named_text() -> None:
    assert names_in_title("乙市司法局关于召开《乙市停车场管理办法（征求意见稿）》听证会的通知") == (
        ("乙市停车场管理办法（征求意见稿）",),
        False,
    )


def test_a_hearing_on_no_document_keeps_its_own_title() -> None:
    assert names_in_title("关于举行出租车运价调整听证会的公告") is None
