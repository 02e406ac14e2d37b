"""A regulation copied onto one line by a site whose filter scrambled its punctuation: the name runs into the decree
header that promulgates it (X办法甲省人民政府令,第901号,…) or into its first article after a stray comma (X办法,第一条,…).
The name alone is the title; the header's organ and number are not part of it.

Texts are made up; the forms are those of a standards library's one-line copies.
"""

from parsers.structure import parse_structure


def test_a_name_run_into_its_decree_header_is_the_title() -> None:
    text = (
        "甲省农村饮水安全工程管理办法甲省人民政府令,第901号,2031年5月22日,甲省农村饮水安全工程管理办法。"
        "已经2031年2月3日省人民政府第92次常务会议通过 现予公布。自2031年5月1日起施行,省长乙丙,"
        "第一章、总则第一条,为了加强农村饮水安全工程管理,保障农村饮水安全。第二条,本办法适用于本省行政区域。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲省农村饮水安全工程管理办法"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_name_run_into_its_first_article_after_a_comma_is_the_title() -> None:
    text = (
        "甲市城市古树名木保护管理办法,第一条,为加强古树名木的保护和管理.根据有关规定 结合我市实际 制定本办法,"
        "第二条。本办法所称古树。是指树龄在100年以上的树木.第三条,市园林部门负责古树名木的保护管理工作。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市城市古树名木保护管理办法"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_sentence_naming_a_decree_is_no_glued_title() -> None:
    text = "近日,甲省出台的农村饮水安全工程管理办法甲省人民政府令第901号受到关注,记者进行了采访。\n"
    doc = parse_structure(text)
    assert doc.title is None


def test_a_clause_before_first_article_is_no_glued_title() -> None:
    for text in (
        "修改后的甲市养犬管理办法，第一条修改为：为了规范养犬行为，制定本办法。第二条修改为：本办法适用于本市。\n",
        "根据甲市物业管理办法，第一条的规定，现将有关事项通知如下：一、各小区应当公示物业服务内容。\n",
    ):
        assert parse_structure(text).title is None, text
