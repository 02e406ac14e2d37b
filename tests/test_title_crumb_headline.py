"""A page stored without its headline line gives its title only as its breadcrumb's last step (甲网>关于…的通知,
当前位置：首页 > 栏目 > X的通知). The step is the title when it reads as a headline (关于…, or X的 + a kind); a path of
column names (首页 > 政务公开 > 政策文件, …> 重大决策草案解读) titles nothing, and a title read elsewhere wins.

Texts are made up; the forms are those of government portals and repost sites.
"""

from parsers.structure import parse_structure
from parsers.structure.crumb_title import crumb_headline

_BODY = "为进一步加强管理,现就有关事项通知如下。\n一、总体要求\n各单位要认真落实。\n"


def test_a_site_crumb_glued_before_a_notice_headline_gives_the_title() -> None:
    text = "甲网>关于加强城乡供水保障工作的通知\n" + _BODY
    assert parse_structure(text).title == "关于加强城乡供水保障工作的通知"


def test_the_last_step_of_a_home_page_path_gives_the_title_with_its_organ() -> None:
    text = "当前位置：首页 > 通知公告 > 甲市人民政府关于加强城乡供水保障工作的通知\n" + _BODY
    structure = parse_structure(text)
    assert structure.title == "甲市人民政府关于加强城乡供水保障工作的通知"
    assert structure.issuer == "甲市人民政府"


def test_a_notice_issuing_a_plan_as_the_last_step_titles_the_plan() -> None:
    text = "首页>通知公告>甲市人民政府办公室关于印发甲市城乡供水保障实施方案的通知\n" + _BODY
    structure = parse_structure(text)
    assert structure.title == "甲市城乡供水保障实施方案"
    assert structure.notice_title == "甲市人民政府办公室关于印发甲市城乡供水保障实施方案的通知"


def test_a_masthead_over_the_path_is_no_title() -> None:
    text = "甲市人民政府\n新闻中心\n您的位置：甲网 » 政策法规 » 关于加强城乡供水保障工作的通知\n" + _BODY
    assert parse_structure(text).title == "关于加强城乡供水保障工作的通知"


def test_a_path_of_columns_titles_nothing() -> None:
    assert parse_structure("首页 > 政务公开 > 政策文件\n" + _BODY).title is None
    assert (
        parse_structure("您当前的位置: 首页 > 政务公开 > 重大决策预公开 > 重大决策草案解读\n" + _BODY).title
        is None
    )
    assert crumb_headline("首页 -> 政务公开 -> 政府信息公开制度 -> 市政府信息公开制度") is None
    assert crumb_headline("您当前的位置:首页 > 白石市人民政府办公室政府信息公开目录") is None


def test_a_title_broken_at_a_bracket_is_no_path() -> None:
    assert crumb_headline("(2031-2033年)>的实施方案》的通知") is None


def test_a_headline_line_under_the_path_is_the_title() -> None:
    text = (
        "首页 > 通知公告 > 关于加强供水保障工作的通知\n甲市人民政府关于加强城乡供水保障工作的通知\n" + _BODY
    )
    assert parse_structure(text).title == "甲市人民政府关于加强城乡供水保障工作的通知"
