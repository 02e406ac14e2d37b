"""A line that opens with a site's name set off by a dash or a bar (乙网--丙法律信息搜索网, 丙县政府门户网站-关于《X》的编制说明:
a site's masthead, or a browser's page title with the site's name first) is the site's line: the site's name is no part
of the title. A browser's page title keeps what follows the site's name when it names a kind of document (the title,
whether or not the heading stands again below); a masthead is the site's alone.

Texts are made up; the forms are those of law-database and government sites.
"""

from parsers.structure import parse_structure
from parsers.structure.furniture import is_web_chrome


def test_a_masthead_of_two_site_names_is_not_joined_to_the_title() -> None:
    text = (
        "乙网--丙法律信息搜索网\n"
        "甲省农作物种子管理办法\n"
        "  第十二条 种子经营者应当建立经营档案,载明种子来源和销售去向。\n"
        "  第十三条 销售的种子应当附有标签和使用说明:\n"
        "  (一)标明品种名称和适宜种植区域;\n"
    )
    assert parse_structure(text).title == "甲省农作物种子管理办法"


def test_a_page_title_with_the_site_first_gives_way_to_the_heading() -> None:
    text = (
        "丙县政府门户网站-关于《丙县城乡供水一体化规划(2031—2040年)》的编制说明\n\n"
        "关于《丙县城乡供水一体化规划(2031—2040年)》的编制说明\n\n"
        "2031-09-03 来源:丙县水利局\n\n"
        "受县人民政府委托,现就规划编制的主要情况报告如下。\n\n"
        "一、编制背景\n\n近年来,全县农村供水保障水平稳步提升。\n"
    )
    assert parse_structure(text).title == "关于《丙县城乡供水一体化规划(2031—2040年)》的编制说明"


def test_a_title_with_a_network_in_its_words_is_no_site_line() -> None:
    # counter-examples: a title whose words name a network, a notice that issues a site's rules
    for line in (
        "互联网-医疗健康服务体系建设实施方案",
        "甲省人民政府关于印发甲省新闻网-络信息服务管理办法的通知",
        "甲市物联网-产业发展行动计划",
    ):
        assert not is_web_chrome(line), line
    assert is_web_chrome("乙网--丙法律信息搜索网")
    assert is_web_chrome("甲省政府网|乙市人民政府网")


def test_a_page_title_with_the_site_first_and_no_heading_keeps_the_title() -> None:
    # the only title line: the site's name goes, the title after it stays
    text = (
        "丁市政府门户网站-丁市冷链物流高质量发展实施意见\n"
        "各区人民政府,市直各部门:\n"
        "为加快冷链物流体系建设,现提出如下意见。\n"
        "一、发展目标\n"
        "到2034年,全市冷库容量达到120万吨。\n"
    )
    assert parse_structure(text).title == "丁市冷链物流高质量发展实施意见"
    assert not is_web_chrome("丁市政府门户网站-丁市冷链物流高质量发展实施意见")
    assert is_web_chrome("丁市政府门户网站-首页")
