"""A news page's running head (a column named for a document, 政府工作报告, 规划计划, over every report of the series)
is no title: the headline under it, over the report's dateline or the day it tells of, titles the page. A document's
own name over its own text, or a column's name over no news report, is left as it was read.

Texts are made up; the forms are those of newspapers' sites.
"""

import pytest

from parsers.structure import parse_structure

_REPORT = "3月5日,代表委员热议政府工作报告中的民生实事。代表们认为,报告实事求是。\n"


@pytest.mark.parametrize(
    "between",
    ["", "\n", "本报讯(记者 张三)\n", "2031-03-05 10:00 来源:甲日报\n"],
)
def test_the_headline_under_a_column_named_for_a_document_titles_the_report(between: str) -> None:
    doc = parse_structure(f"政府工作报告\n代表委员热议民生实事\n{between}{_REPORT}")
    assert doc.title == "代表委员热议民生实事"


def test_a_report_of_a_place_over_its_own_text_keeps_its_title() -> None:
    doc = parse_structure(
        "甲市政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、过去一年工作回顾\n"
    )
    assert doc.title == "甲市政府工作报告"


def test_a_column_name_over_no_news_report_is_left_alone() -> None:
    doc = parse_structure(
        "政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作,请予审议。\n一、过去一年工作回顾\n"
    )
    assert doc.title == "政府工作报告"
