"""A page's headline that puts a place or a site's words before the document's name, over the document's own heading
wrapped over two or three lines (甲区乙街道 / X三年行动计划 / (2031-2033年)): the heading the text sets over itself is
whole, so the headline's extra words are the page's. A title wrapped over lines of its own with no headline above,
and a headline whose extra words name an organ or a notice, keep their titles.

Texts are made up; the forms are those of wiki libraries and reposting sites.
"""

from parsers.structure import parse_structure

_WIKI_PAGE = (
    "跳至内容\n\n甲省丙区乙街道社区精细化治理三年行动计划(2031-2033年)\n\n文库,自由的图书馆\n"
    "丙区乙街道\n社区精细化治理三年行动计划\n(2031-2033年)\n\n丙区乙街道办事处\n2031年4月29日\n\n"
    "近年来,乙街道坚持以人民为中心,推进社区治理。\n\n一、总体要求\n\n到2033年,建成一批示范社区。\n"
)

_TWO_LINES = (
    "首页 > 政策文件\n\n网站速递:丁市农村公路养护管理办法\n\n丁市农村公路\n养护管理办法\n\n"
    "第一条 为了加强农村公路养护管理,制定本办法。\n\n第二条 本办法适用于本市行政区域内的农村公路。\n"
)

_OWN_WRAPPED_TITLE = (
    "丁市农村公路\n养护管理办法\n\n"
    "第一条 为了加强农村公路养护管理,制定本办法。\n\n第二条 本办法适用于本市行政区域内的农村公路。\n"
)

_ORGAN_BEFORE = (
    "己省交通运输厅农村公路养护管理办法\n\n己省交通运输厅\n\n农村公路\n养护管理办法\n\n"
    "第一条 为了加强农村公路养护管理,制定本办法。\n\n第二条 本办法适用于本省行政区域内的农村公路。\n"
)


def test_a_wiki_headline_with_its_province_gives_way_to_the_plans_own_three_lines() -> None:
    assert parse_structure(_WIKI_PAGE).title == "丙区乙街道社区精细化治理三年行动计划(2031-2033年)"


def test_a_site_tag_before_the_headline_gives_way_to_the_two_lines_under_it() -> None:
    assert parse_structure(_TWO_LINES).title == "丁市农村公路养护管理办法"


def test_a_title_wrapped_over_its_own_lines_keeps_its_place() -> None:
    assert parse_structure(_OWN_WRAPPED_TITLE).title == "丁市农村公路养护管理办法"


def test_a_headline_that_puts_an_organ_before_the_name_keeps_it() -> None:
    assert parse_structure(_ORGAN_BEFORE).title == "己省交通运输厅农村公路养护管理办法"


_NUMBERED_HEADING = (
    "当前位置:升学网 > 规章制度 > 正文\n\n2032年庚省农村五保供养工作规定\n\n更新:2033-09-20 升学网\n\n"
    "庚省农村五保供养工作规定(庚府令第143号)\n\n庚省人民政府令 第 143 号\n\n"
    "《庚省农村五保供养工作规定》已经2031年11月25日省人民政府常务会议通过,现予发布,自2032年3月1日起施行。\n\n"
    "省长 甲乙\n\n二〇三二年一月二十日\n\n第一章 总 则\n\n第一条 为做好农村五保供养工作,制定本规定。\n"
)


def test_a_heading_with_its_order_number_outranks_a_headline_with_a_year_before_it() -> None:
    # the heading that carries the document's number is its own: the year the site's headline puts before it is not
    assert parse_structure(_NUMBERED_HEADING).title == "庚省农村五保供养工作规定"
