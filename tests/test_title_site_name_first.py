"""A line that opens with a site's name set off by a dash or a bar (乙网--丙法律信息搜索网, 甲县政府门户网站-关于《X》的说明:
a site's masthead, or a browser's page title with the site's name first) is the site's line: the document's title is
its own line below, never joined to the site's.

Texts are made up; the forms are those of law-database and government sites.
"""

from parsers.structure import parse_structure
from parsers.structure.furniture import is_web_chrome


def test_a_masthead_of_two_site_names_is_not_joined_to_the_title() -> None:
    text = (
        "乙网--丙法律信息搜索网\n"
        "甲省蚕种管理办法\n"
        "  第八条 共育小蚕应当遵守养蚕技术规程,并报所在地县级农业主管部门备案。\n"
        "  第九条 共育小蚕应当具备下列条件:\n"
        "  (一)有与共育规模相适应的专用桑园和专用蚕室;\n"
    )
    assert parse_structure(text).title == "甲省蚕种管理办法"


def test_a_page_title_with_the_site_first_gives_way_to_the_heading() -> None:
    text = (
        "甲县政府门户网站-关于《甲县国民经济和社会发展第十五个五年规划纲要》的说明\n\n"
        "关于《甲县国民经济和社会发展第十五个五年规划纲要》的说明\n\n"
        "2031-07-18 来源:甲县人民政府\n\n"
        "根据会议安排,我们就《甲县国民经济和社会发展第十五个五年规划纲要》的有关情况向会议作说明。\n\n"
        "一、规划纲要的基本框架\n\n规划纲要包括规划文本及主要指标体系两项附件。\n"
    )
    assert parse_structure(text).title == "关于《甲县国民经济和社会发展第十五个五年规划纲要》的说明"


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
