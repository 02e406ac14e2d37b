"""A line of the site's own (a spam farm's keyword line, 甲视频_乙网站_丙小说_…) standing over a title, after the body of
the page has begun (a line of prose above it), is no first line of the title: the title is the line under it.

Texts are made up; the form is a spam farm's copy of a regulation.
"""

from parsers.structure import parse_structure


def test_a_keyword_line_over_a_title_is_not_wrapped_into_it() -> None:
    text = (
        "甲乙成年网站,丙丁资源在线观看,戊己一级片\n\n"
        "甲乙精品在线播放_可直接看的丙丁网站_戊己激情小说_甲乙10p_丙x视频_91视频一88av\n\n"
        "甲市古树名木保护管理办法\n[日期:2031-04-02]  来源:甲市人民政府  作者:   发表评论(0)打印\n\n"
        "  第一条 古树名木是国家的宝贵财富,为加强对本市古树名木的保护管理,根据国家有关规定,制定本办法。\n"
        "  第二条 本办法适用于本市行政区域内古树名木的保护管理。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市古树名木保护管理办法"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_title_wrapped_over_two_lines_is_still_joined() -> None:
    text = (
        "甲市人民政府关于印发甲市城市古树名木\n保护管理办法的通知\n\n各区人民政府,市政府各部门:\n"
        "  现将《甲市城市古树名木保护管理办法》印发给你们,请认真贯彻执行。\n\n甲市人民政府\n2031年4月2日\n"
    )
    doc = parse_structure(text)
    assert doc.notice_title == "甲市人民政府关于印发甲市城市古树名木保护管理办法的通知"
    assert doc.title == "甲市城市古树名木保护管理办法"
    assert doc.status is None
