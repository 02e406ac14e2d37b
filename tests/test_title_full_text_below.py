"""A news page over a document's full text: the headline names no kind of document, a line of the preface hands the
full text over (以下为意见全文：, 《意见》全文如下——, 原文如下：), and the document's own title line stands under it.
The title is that line, not the headline. A covering notice under the handover (关于印发《X》的通知) and a headline that
names a kind of document itself are left as they were.

Without a handover line, the document's own title line is known by a sentence of the preface quoting it and its body
(一、总则, 1 总则, a status line first) right under it; a preface quoting two documents names no one text.

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


@pytest.mark.parametrize(
    ("headline", "preface", "own", "body", "status"),
    [
        (
            "甲省甲市重污染天气应急预案",
            "甲省甲市人民政府办公室11月25日印发《甲市重污染天气应急预案》，以统筹做好全市重污染天气应急处置工作。",
            "甲市重污染天气应急预案",
            "1 总则\n1.1 编制目的\n为提高重污染天气应对能力，制定本预案。\n",
            None,
        ),
        (
            "城市更新重大进展！乙市老旧小区更新改造征求意见稿发布",
            "近日，乙市住房城乡建设委发布关于向社会公开征求《乙市老旧小区更新改造工作方案（征求意见稿）》意见的公告。",
            "乙市老旧小区更新改造工作方案\n（征求意见稿）",
            "一、总体要求\n坚持以人为本，把握改造重点。\n",
            "征求意见稿",
        ),
        (
            "《丙省森林防火应急预案（征求意见稿）》公开征求意见！",
            "6月14日，《丙省森林防火应急预案（征求意见稿）》公开征求意见，预案适用于全省森林火灾的应对。",
            "丙省森林防火应急预案",
            "一、总则\n（一）编制目的\n进一步完善森林火灾应急机制。\n",
            "征求意见稿",  # the stage the preface quotes
        ),
    ],
    ids=["decimal_body", "status_line", "numbered_body"],
)
def test_the_quoted_title_line_over_its_body(
    headline: str, preface: str, own: str, body: str, status: str | None
) -> None:
    doc = parse_structure(f"{headline}\n2031年11月28日 10:50:20\n{preface}\n{own}\n{body}")
    assert doc.title == own.split("\n")[0]
    assert doc.status == status


def test_two_documents_quoted_leave_the_notice() -> None:
    text = (
        "甲市人民政府办公室关于印发《甲市储备粮管理办法》等2个办法的通知\n"
        "各区人民政府：\n"
        "现将《甲市储备粮管理办法》《甲市储备油管理办法》印发给你们，请认真贯彻执行。\n"
        "甲市储备粮管理办法\n第一章 总则\n第一条 为加强储备粮管理，制定本办法。\n"
    )
    assert parse_structure(text).title == "甲市人民政府办公室关于印发《甲市储备粮管理办法》等2个办法的通知"
