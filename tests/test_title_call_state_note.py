"""A site notes a call's state in brackets after its headline (…意见的通知[已结束], …公开征求意见(已结束),
…【进行中】): the note is the site's, no part of the call's own title (field conventions, round 13). A bracket that
names the draft's stage stays the status.

Texts are made up; the forms are those of city bureaus' consultation columns.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "为进一步规范养犬行为，我局起草了《甲市养犬管理办法（征求意见稿）》，现向社会公开征求意见。\n"
    "一、征求意见时间\n2031年5月1日至5月30日。\n二、反馈方式\n电子邮件。\n甲市公安局\n2031年5月1日\n"
)


@pytest.mark.parametrize("note", ["[已结束]", "(已结束)", "【进行中】", "（已截止）"])
def test_a_calls_state_is_no_part_of_its_title(note: str) -> None:
    notice = "甲市公安局关于《甲市养犬管理办法（征求意见稿）》公开征求意见的通知"
    doc = parse_structure(f"{notice}{note}\n{_BODY}")
    assert (doc.title, doc.status, doc.notice_title) == ("甲市养犬管理办法", "征求意见稿", notice)


def test_a_stage_after_the_headline_stays_the_status() -> None:
    doc = parse_structure(f"甲市养犬管理办法（征求意见稿）\n{_BODY}")
    assert (doc.title, doc.status) == ("甲市养犬管理办法", "征求意见稿")
