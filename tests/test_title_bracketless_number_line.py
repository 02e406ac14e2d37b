"""A 文号 whose brackets a copy lost (甲府办规20312 for 甲府办规〔2031〕2号), on its own line over a wrapped notice
title: it is a number line, never the title's first line. A title that ends with figures of its own is no number.

Texts are made up; the form is that of a city portal's notice copied without its brackets.
"""

from parsers.structure import parse_structure
from parsers.structure.doc_number import is_doc_number_line

_NOTICE = (
    "甲府办规20312\n\n"
    "甲市人民政府办公室关于印发\n"
    "《甲市安居型商品住房管理实施办法》的通知\n"
    "各镇人民政府，市政府直属各单位：\n"
    "《甲市安居型商品住房管理实施办法》已经市政府常务会议审议通过，现印发给你们，请认真贯彻执行。\n"
    "甲市人民政府办公室\n2031年6月26日\n"
    "甲市安居型商品住房管理实施办法\n第一章 总则\n第一条 为了规范安居型商品住房管理，制定本办法。\n"
)


def test_a_number_line_without_its_brackets_is_no_part_of_the_notice_title() -> None:
    structure = parse_structure(_NOTICE)
    assert structure.notice_title == "甲市人民政府办公室关于印发《甲市安居型商品住房管理实施办法》的通知"
    assert structure.title == "甲市安居型商品住房管理实施办法"


def test_the_bracketless_form_is_read_only_after_a_series_word() -> None:
    assert is_doc_number_line("甲府办规20312")
    assert is_doc_number_line("乙政发20315号")
    assert not is_doc_number_line("甲市十四五规划2035")
    assert not is_doc_number_line("第一章20312")
