"""A notice forwarding one document names it in its title without the organ at its head (关于转发甲省《关于X的意见》
的通知), its covering sentence names it whole (现将《中共甲省委关于X的意见》转发给你们): the title is the document's
own name, the sentence's. Words before the name that are no organ name another document, and leave the title.

Texts are made up; the form is that of a university's forwarding notice.
"""

from parsers.structure import parse_structure
from parsers.structure.issued_names import fuller_name

_NOTICE = (
    "关于转发甲省《关于加强和改进新形势下工会工作的意见》的通知\n"
    "各学院、各部门：\n"
    "现将《中共甲省委关于加强和改进新形势下工会工作的意见》（甲委〔2031〕9号）转发给你们，请认真学习贯彻。\n"
    "\n中共甲大学委员会\n二〇三一年十月十四日\n"
)


def test_the_covering_sentence_gives_the_forwarded_document_its_organ() -> None:
    structure = parse_structure(_NOTICE)
    assert structure.title == "中共甲省委关于加强和改进新形势下工会工作的意见"
    assert structure.notice_title == "关于转发甲省《关于加强和改进新形势下工会工作的意见》的通知"


def test_words_that_name_no_organ_before_the_name_leave_it() -> None:
    name = "关于加强和改进新形势下工会工作的意见"
    assert fuller_name(name, ["学习贯彻" + name]) == name
    assert fuller_name(name, ["甲省人民政府" + name]) == "甲省人民政府" + name
