"""A call for comments whose title names its draft in forms the call reader missed: the draft quoted with its stage and no
意见 after it (关于公开征求《X（征求意见稿）》的通知), and a call on a covering notice quoted whole (关于公开征求对《关于印发X的
通知》的意见的通知): the title is the draft's name, the status its stage, the notice title the call's. A quoted name with no
stage (关于征求《X》的通知) is not read as a call by this form.

Texts are made up; the layouts are those of county portals' calls for comments.
"""

import pytest

from parsers.structure import parse_structure

_CALL = (
    "为改善农村人居环境，我局起草了方案，现公开征求社会各界意见。\n"
    "公示日期：2031年6月2日至2031年7月2日\n联系电话：1234-5678901\n"
)


@pytest.mark.parametrize(
    ("head", "title", "status"),
    [
        (
            "关于公开征求《甲县农村生活污水治理三年行动方案（征求意见稿）》的通知\n",
            "甲县农村生活污水治理三年行动方案",
            "征求意见稿",
        ),
        (
            "关于公开征求《乙区关于支持社区食堂建设的实施意见（征求意见稿）》的通知\n",
            "乙区关于支持社区食堂建设的实施意见",
            "征求意见稿",
        ),
        ("关于征求《乙市养犬管理办法（草案）》的公告\n", "乙市养犬管理办法", "草案"),
        ("关于向社会公开征求《丙区停车管理规定(送审稿)》的通知\n", "丙区停车管理规定", "送审稿"),
    ],
)
def test_a_call_naming_its_staged_draft_without_yijian(head: str, title: str, status: str) -> None:
    doc = parse_structure(head + _CALL)
    assert (doc.title, doc.status, doc.notice_title) == (title, status, head.strip())


def test_a_call_on_a_quoted_covering_notice_names_what_the_notice_issues() -> None:
    head = "关于公开征求对《关于印发丁县社区建设补短板行动实施方案的通知》的意见的通知\n"
    doc = parse_structure(head + _CALL + "附件：《丁县社区建设补短板行动实施方案》（征求意见稿）\n")
    assert doc.title == "丁县社区建设补短板行动实施方案"
    assert doc.notice_title == head.strip()


def test_a_quoted_name_without_a_stage_is_not_this_calls_form() -> None:
    head = "关于征求《戊市文明行为促进条例》的通知\n"
    assert parse_structure(head + _CALL).title == head.strip()
