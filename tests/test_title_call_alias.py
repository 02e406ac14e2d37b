"""A call whose title quotes its one draft, and whose sentence gives the draft a short name (《X》（以下简称《实施意见》）):
the short name is the same document, not a second one handed over with it, so the title is the draft's. Two names
handed over together (现将《X》《Y》印发给你们) are still several.

Texts are made up; the forms are those of regional bureaus' calls.
"""

import pytest

from parsers.structure import parse_structure

_TITLE = (
    "关于征求《甲区党委办公厅 甲区人民政府办公厅关于加强生态环境分区管控的实施意见（送审稿）》意见建议的通知"
)


@pytest.mark.parametrize("alias", ["（以下简称《实施意见》）", "（下称《实施意见》）", "(简称《实施意见》)"])
def test_a_drafts_short_name_is_no_second_document(alias: str) -> None:
    text = (
        f"{_TITLE}\n"
        "为深入贯彻落实《乙省办公厅关于加强生态环境分区管控的意见》，实施分区域差异化精准管控，甲区生态环境厅对"
        f"《甲区党委办公厅 甲区人民政府办公厅关于加强生态环境分区管控的实施意见（送审稿）》{alias}进一步修改完善，"
        "形成了本次《实施意见（送审稿）》，现向社会公开征求意见。\n"
        "各单位和个人均可提出意见建议。\n联系人：丙丁\n联系电话：0991-4165406\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲区党委办公厅甲区人民政府办公厅关于加强生态环境分区管控的实施意见"
    assert doc.status == "送审稿"


def test_two_names_handed_over_together_are_several() -> None:
    text = (
        "关于征求《甲区生态环境分区管控方案（征求意见稿）》意见的通知\n"
        "现将《甲区生态环境分区管控方案（征求意见稿）》《甲区生态环境准入清单（征求意见稿）》公布，"
        "向社会公开征求意见。\n联系人：丙丁\n"
    )
    doc = parse_structure(text)
    assert doc.notice_title is None
