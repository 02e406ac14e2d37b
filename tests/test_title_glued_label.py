"""A metadata table copied as text may lose the colon and the cell's border between its 标题 label and the value
(标题关于印发甲县防汛应急预案的通知, 标题乙盟行政公署关于印发《X》的通知): the label is no part of the title when what
follows it is a notice's or a document's title (关于 in it, a kind of document at its end). Words that only open
with a label's characters (标题党治理专项行动方案) are not labelled.

Texts are made up; the forms are those of county disclosure tables.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "各乡镇人民政府，县直各单位：\n现将《甲县防汛应急预案》印发给你们，请认真贯彻执行。\n"
    "甲县人民政府办公室\n2031年5月1日\n"
    "甲县防汛应急预案\n1 总则\n1.1 编制目的\n为做好防汛工作，制定本预案。\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "关于印发甲县防汛应急预案的通知",
        "甲县人民政府办公室关于印发甲县防汛应急预案的通知",
        "关于印发《甲县防汛应急预案》的通知",
    ],
)
@pytest.mark.parametrize("label", ["标题", "文件标题", "标 题"])
def test_a_label_glued_to_a_notices_title_is_dropped(label: str, notice: str) -> None:
    doc = parse_structure(f"{label}{notice}\n{_BODY}")
    assert doc.title == "甲县防汛应急预案"
    assert doc.notice_title == notice


def test_words_opening_like_a_label_stay() -> None:
    text = "标题党治理专项行动方案\n一、工作目标\n整治标题党。\n二、主要任务\n加强审核。\n"
    assert parse_structure(text).title == "标题党治理专项行动方案"
