"""A notice's title read from a page's 标题 field or a page title without its organ (关于印发X的通知), over the
document's own head that gives it whole: the organ on a line of its own over the title wrapped (甲县人民政府办公室 /
关于印发X的 / 通  知), or the organ and the title on one line. notice_title is the document's own title, organ with it.
A law database's issuer line over a title on one line (甲市人民政府 / 关于印发X的通知) stays apart from it.

Texts are made up; the forms are those of county and city disclosure pages.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "各乡镇人民政府，县直各单位：\n《甲县城镇燃气突发事件应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
    "甲县人民政府办公室\n2031年12月12日\n甲县城镇燃气突发事件应急预案\n1 总则\n1.1 编制目的\n为了做好应急工作。\n"
)
_NOTICE = "关于印发甲县城镇燃气突发事件应急预案的通知"


@pytest.mark.parametrize(
    "head",
    [
        f"索引号：123/2031-0001\n标题{_NOTICE}\n发文机关甲县人民政府办公室\n\n甲县人民政府办公室\n\n"
        "关于印发甲县城镇燃气突发事件应急预案的\n\n通  知\n\n",
        f" 文件名称:  {_NOTICE}\n\n甲政办发〔2031〕5号\n\n甲县人民政府办公室\n\n关于印发甲县城镇燃气突发事件\n\n"
        "应急预案的通知\n\n",
        f"{_NOTICE}\n甲县人民政府办公室{_NOTICE}\n",
    ],
)
def test_the_documents_own_title_gives_the_organ(head: str) -> None:
    doc = parse_structure(head + _BODY)
    assert doc.notice_title == "甲县人民政府办公室" + _NOTICE
    assert doc.title == "甲县城镇燃气突发事件应急预案"


def test_a_database_issuer_line_over_a_one_line_title_stays_apart() -> None:
    head = f"甲县城镇燃气突发事件应急预案\n\n甲县人民政府办公室\n\n{_NOTICE}\n\n甲政办发〔2031〕5号\n\n"
    assert parse_structure(head + _BODY).notice_title == _NOTICE


def test_a_page_title_over_a_date_line_and_the_title_block_takes_its_organ() -> None:
    # the page title, its date line, then the document's own title block (organ / 关于…): D26 (round 37) keeps the
    # organ; a database's issuer line stands right under its headline's copy (the next test)
    head = f"{_NOTICE}\n发布时间：2031-12-12\n甲县人民政府办公室\n{_NOTICE}\n\n"
    assert parse_structure(head + _BODY).notice_title == "甲县人民政府办公室" + _NOTICE


def test_a_database_issuer_line_right_under_its_headline_stays_apart() -> None:
    head = f"下载地址：点击此处下载\n{_NOTICE}\n甲县人民政府办公室\n{_NOTICE}\n甲政办发〔2031〕5号\n\n"
    assert parse_structure(head + _BODY).notice_title == _NOTICE
