"""A site that lists its documents by number writes the 文号 and a colon before the notice's title (甲政规〔2031〕1号:
甲县人民政府关于印发X方案的通知): the number is the document's 文号, no part of its title, as when it is glued with a
dash or nothing between. A colon after words that are no 文号 (通知:…) is left to the other readings.

Texts are made up; the form is that of a county portal's page.
"""

from parsers.structure import parse_structure
from parsers.structure.titles import split_quoted_title

_BODY = (
    "各乡镇人民政府，县人民政府各工作部门：\n"
    "现将《甲县畜禽养殖禁养区划定方案》印发给你们，请认真贯彻落实。\n"
    "甲县人民政府\n2031年8月13日\n"
    "甲县畜禽养殖禁养区划定方案\n一、划定依据\n依据有关法律法规划定。\n"
)


def test_a_number_and_a_colon_before_a_notice_title_are_no_part_of_it() -> None:
    structure = parse_structure(
        "甲政规〔2031〕1号:甲县人民政府关于印发甲县畜禽养殖禁养区划定方案的通知\n" + _BODY
    )
    assert structure.notice_title == "甲县人民政府关于印发甲县畜禽养殖禁养区划定方案的通知"
    assert structure.title == "甲县畜禽养殖禁养区划定方案"
    assert structure.issuer == "甲县人民政府"


def test_a_full_width_colon_after_the_number_splits_it_off() -> None:
    number, rest = split_quoted_title("甲政办发〔2031〕12号：关于印发甲县城乡供水保障办法的通知")
    assert (number, rest) == ("甲政办发〔2031〕12号", "关于印发甲县城乡供水保障办法的通知")


def test_a_label_before_a_colon_is_no_number() -> None:
    assert split_quoted_title("通知：关于印发甲县城乡供水保障办法的通知")[0] is None
