"""The 文号 in the document's own writing (round 25): a law database's field or a site's headline writes the year in
square brackets (【发文字号】甲政发[2031]5号) where the document under its title writes 〔2031〕; the number is given as
the document writes it. A field the document does not repeat, or a body that writes another number, keeps the field's."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "甲市人民政府关于印发甲市乙管理办法的通知\n【发文字号】甲政发[2012]8号\n【发布部门】甲市人民政府\n"
            "甲市人民政府关于印发甲市乙管理办法的通知\n(甲政发〔2012〕8号)\n各区人民政府：现将《甲市乙管理办法》印发给你们。\n",
            "甲政发〔2012〕8号",
        ),
        (
            "丙州人民政府关于印发丙州丁规定的通知文章属性•【制定机关】丙州人民政府•【字号】丙州政[2013]41号•"
            "【施行日期】2013.09.01 丙州人民政府关于印发丙州丁规定的通知(丙州政〔2013〕41号)各县人民政府：现将规定印发给你们。\n",
            "丙州政〔2013〕41号",
        ),
        (
            "  • 文  號: 戊府辦規[2020]6號\n戊區人民政府關於推進己工作的實施意見\n戊府辦規〔2020〕6號\n各鎮人民政府：為推進己工作，提出如下意見。\n",
            "戊府辦規〔2020〕6號",
        ),
        (
            "乙省人民政府办公厅关于印发乙省丙办法的通知-乙政办发[2013]69号\n"
            "乙省人民政府办公厅关于印发乙省丙办法的通知(乙政办发〔2013〕69号)各市人民政府：现将《乙省丙办法》印发给你们。\n",
            "乙政办发〔2013〕69号",
        ),
    ],
)
def test_the_number_as_the_document_writes_it(text: str, number: str) -> None:
    assert parse_structure(text).doc_number == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (  # the document does not repeat its number
            "甲市人民政府关于印发甲市乙管理办法的通知\n【发文字号】甲政发[2012]8号\n"
            "各区人民政府：现将《甲市乙管理办法》印发给你们。\n",
            "甲政发[2012]8号",
        ),
        (  # the body cites another number in its own brackets
            "甲市人民政府关于印发甲市乙管理办法的通知\n【发文字号】甲政发[2012]8号\n"
            "各区人民政府：根据《甲市丁规定》(甲政发〔2012〕3号)，现将《甲市乙管理办法》印发给你们。\n",
            "甲政发[2012]8号",
        ),
    ],
)
def test_the_field_stands_when_the_document_does_not_write_it(text: str, number: str) -> None:
    assert parse_structure(text).doc_number == number
