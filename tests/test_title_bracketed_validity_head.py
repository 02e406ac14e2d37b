"""A site marks a repealed text by a bracketed tag before its headline ((已废止)印发《X》的通知, 【已失效】关于印发X的通知):
the tag is the site's note on the document's validity, no part of the notice's title, like a tag set off by a space
(现行有效 X办法), and the line is no bracketed note of adoption (（…会议通过）), which stays none of the title.

Texts are made up; the forms are those of county portals' lists of repealed documents.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "各乡镇人民政府，县直各单位：\n现将《甲县突发公共卫生事件应急预案》印发给你们，请认真贯彻执行。\n"
    "甲县人民政府办公室\n2031年5月1日\n"
    "甲县突发公共卫生事件应急预案\n1 总则\n1.1 编制目的\n为有效预防突发公共卫生事件，制定本预案。\n"
)


@pytest.mark.parametrize("tag", ["(已废止)", "（已废止）", "【已失效】", "[废止]"])
def test_a_bracketed_validity_tag_is_no_part_of_the_notices_title(tag: str) -> None:
    doc = parse_structure(f"{tag}印发《甲县突发公共卫生事件应急预案》的通知\n{_BODY}")
    assert doc.title == "甲县突发公共卫生事件应急预案"
    assert doc.notice_title == "印发《甲县突发公共卫生事件应急预案》的通知"


def test_a_note_of_adoption_in_brackets_is_still_no_title() -> None:
    text = (
        "甲县突发公共卫生事件应急预案\n（2031年5月1日甲县人民政府第3次常务会议通过）\n"
        "1 总则\n1.1 编制目的\n为有效预防突发公共卫生事件，制定本预案。\n"
    )
    assert parse_structure(text).title == "甲县突发公共卫生事件应急预案"
