"""A page holding only a gazette issue's contents (甲市人民政府公报2031年第1期 / 目 录 / its entries, or the masthead
printed twice over the list): the issue is the page's title, no entry of the list is, and the entries' notices give no
notice title. A gazette page that prints a listed document in full keeps that document's title.

Texts are made up; the forms are those of district and prefecture gazettes.
"""

from parsers.structure import parse_structure
from parsers.structure.contents_list import issue_masthead

_ENTRIES = (
    "【区政府文件】\n"
    "甲区人民政府关于印发《甲区人民政府工作规则》的通知 …………………… (3)\n"
    "甲区人民政府关于区长、副区长工作分工的通知 ………………………… (8)\n"
    "甲区人民政府关于印发《2031年区政府重点工作安排》的通知 ………… (10)\n"
    "甲区人民政府关于印发《甲区政府质量奖管理办法》的通知 …………… (14)\n"
    "甲区人民政府关于印发《甲区社区文化活动中心管理办法》的通知 …… (18)\n"
)


def test_a_contents_page_is_titled_by_its_issue() -> None:
    structure = parse_structure("甲市甲区人民政府公报2031年第1期\n目 录\n" + _ENTRIES)
    assert structure.title == "甲市甲区人民政府公报2031年第1期"
    assert structure.notice_title is None


def test_a_masthead_printed_twice_over_its_list_titles_the_page() -> None:
    text = "标 题:\n乙州人民政府公报(2031年第4期)\n乙州人民政府公报(2031年第4期)\n" + _ENTRIES
    assert issue_masthead(text) == "乙州人民政府公报(2031年第4期)"


def test_a_masthead_over_a_document_is_no_issue_page() -> None:
    assert issue_masthead("甲市人民政府公报2031年第1期\n甲市人民政府关于印发X办法的通知\n") is None
