"""A call's draft heading read without the period its call quotes it with (the period lost or
garbled on a line of its own: 甲市X实施意见 / 20312035年)), while the headline quotes 《甲市X实施意见（2031-2035年）》:
the period is part of the name. Texts are made up.
"""

from parsers.structure import parse_structure
from parsers.structure.title_names import with_quoted_period


def test_a_draft_heading_takes_the_period_its_call_quotes() -> None:
    text = (
        "关于《甲市茶产业高质量发展实施意见（2031-2035年）》公开征求意见的通知\n"
        "我局草拟了《甲市茶产业高质量发展实施意见（2031-2035年）》，现面向社会公布并征求意见。\n"
        "联系人：甲市茶产业促进中心\n甲市农业农村局\n2031年4月6日\n"
        "甲市茶产业高质量发展实施意见\n20312035年）\n征求意见稿\n为推进茶产业高质量发展，制定如下实施意见。\n"
        "一、总体思路\n（一）弘扬茶文化\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市茶产业高质量发展实施意见（2031-2035年）"
    assert doc.notice_title == "关于《甲市茶产业高质量发展实施意见（2031-2035年）》公开征求意见的通知"


def test_only_a_period_is_taken_from_the_quoted_name() -> None:  # guard
    assert with_quoted_period("乙市应急预案", "关于印发《乙市应急预案（2031年修订）》的通知") is None
    assert (
        with_quoted_period("乙市规划", "关于印发《乙市规划（2031-2035年）》的通知")
        == "乙市规划（2031-2035年）"
    )
    assert with_quoted_period("乙市规划", None) is None
