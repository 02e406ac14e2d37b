"""A site's field naming a congress or its standing committee comes before the note of adoption (round 23's order: the
line of adoption, with its term, only when nothing else names the body); a field naming another place's body or two
bodies does not."""

from parsers.structure import parse_structure

ARTICLES = "第一章 总则\n第一条 为了规范立法活动，制定本条例。\n第二条 本条例适用于本省。\n"


def test_the_site_s_field_over_the_note_of_adoption() -> None:
    text = (
        "甲省立法条例\n发布单位:甲省人民代表大会常务委员会\n甲省立法条例\n"
        "（2001年1月14日甲省第九届人民代表大会第四次会议通过 2031年7月27日甲省第十三届人民代表大会常务委员会第四次会议修订）\n"
        + ARTICLES
    )
    assert parse_structure(text).issuer == "甲省人民代表大会常务委员会"


def test_a_bracketed_field_naming_the_congress_over_the_note() -> None:
    text = (
        "乙省人民代表大会及其常务委员会立法条例\n【发布部门】 乙省人民代表大会  \n"
        "乙省人民代表大会及其常务委员会立法条例\n（2031年2月18日乙省第九届人民代表大会第四次会议通过）\n"
        + ARTICLES
    )
    assert parse_structure(text).issuer == "乙省人民代表大会"


def test_a_field_naming_the_congress_and_its_committee_together_leaves_the_note() -> None:
    text = (
        "丙市陶瓷条例\n•【制定机关】丙市人大及其常委会•【公布日期】2031.10.12\n丙市陶瓷条例\n"
        "（2031年7月27日丙市第十五届人民代表大会常务委员会第三十五次会议通过）\n" + ARTICLES
    )
    assert parse_structure(text).issuer == "丙市第十五届人民代表大会常务委员会"
