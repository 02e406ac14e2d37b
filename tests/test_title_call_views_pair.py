"""A call for comments may ask for 意见建议 (意见和建议, 意见及建议) where most ask for 意见: the pair is the call's words
whole. 《X（草案）》向社会公开征求意见建议 is a call on X; 关于公开征求《X》意见建议情况反馈的公告 reports on a finished call
(its words after the pair name a report), so it is its own title.

Texts are made up; the forms are those of provincial congress and district sites.
"""

import pytest

from parsers.structure import covering_title


@pytest.mark.parametrize(
    ("title", "name", "status"),
    [
        ("《甲省传统村落保护条例（草案）》向社会公开征求意见建议", "甲省传统村落保护条例", "草案"),
        ("关于公开征求《乙市养犬管理规定（征求意见稿）》意见建议的公告", "乙市养犬管理规定", "征求意见稿"),
        ("关于征求《丙县殡葬管理办法（征求意见稿）》意见及建议的通知", "丙县殡葬管理办法", "征求意见稿"),
    ],
)
def test_a_call_for_views_and_proposals_names_its_draft(title: str, name: str, status: str) -> None:
    read = covering_title(title)
    assert (read.title, read.status, read.notice_title) == (name, status, title)


@pytest.mark.parametrize(
    "title",
    [
        "关于向社会公开征求《甲区学校布局规划（征求意见稿）》意见建议情况反馈的公告",
        "关于征求《乙市物业管理条例（征求意见稿）》意见和建议情况的通报",
    ],
)
def test_a_report_on_such_a_call_is_its_own_title(title: str) -> None:
    read = covering_title(title)
    assert read.notice_title is None
    assert read.title == title
