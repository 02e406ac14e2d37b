"""A news page over a document's full text: the headline names no kind of document, a line of the preface hands the
full text over (以下为意见全文：, 《意见》全文如下——, 原文如下：), and the document's own title line stands under it.
The title is that line, not the headline. A covering notice under the handover (关于印发《X》的通知) and a headline that
names a kind of document itself are left as they were.

Texts are made up; the forms are those of local news sites reprinting a government's document.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "各区、县人民政府，市人民政府各工作部门：\n"
    "为推进果业转型升级，现提出如下意见。\n"
    "一、总体要求\n坚持市场导向，优化果业布局。\n"
    "二、主要任务\n（一）建设观光果业示范区。\n"
)
_HEADLINE = "甲市将新建5个水果主题公园\n发表于 2031-10-29 14:20:03\n"
_PREFACE = "甲市人民政府办公厅10月27日公布《关于推进果业转型升级的意见》，提出建设观光果业示范区。\n"
_TITLE = "甲市人民政府办公厅关于推进果业转型升级的意见"


@pytest.mark.parametrize("handover", ["以下为意见全文：", "《意见》全文如下——", "原文如下：", "全文如下。"])
def test_the_title_line_under_the_handover(handover: str) -> None:
    text = f"{_HEADLINE}{_PREFACE}{handover}\n{_TITLE}\n{_BODY}"
    assert parse_structure(text).title == _TITLE


def test_a_notice_under_the_handover_keeps_its_reading() -> None:
    text = f"{_HEADLINE}{_PREFACE}全文如下：\n甲市人民政府办公厅关于印发《甲市果业发展规划》的通知\n{_BODY}"
    assert parse_structure(text).title != "甲市人民政府办公厅关于印发《甲市果业发展规划》的通知"


def test_a_prose_line_under_the_handover_is_no_title() -> None:
    text = (
        f"{_HEADLINE}{_PREFACE}全文如下：\n为推进果业转型升级，促进一二三产业融合发展，制定本意见。\n{_BODY}"
    )
    assert parse_structure(text).title != "为推进果业转型升级，促进一二三产业融合发展，制定本意见"
