"""A page's title field naming the covering notice with its organ (标题:甲县人民政府办公室关于印发X的通知) over a
heading printed without it (关于印发X的通知, the organ in a 发文机关 field or nowhere): the notice's own title is the
field's, organ and all (the field is the page's record of the whole title). A field adding anything but an organ
(a site's name) leaves the heading as printed.

Texts are made up; the layout is that of county and city government pages.
"""

from parsers.structure import parse_structure

_BODY = (
    "甲府办〔2031〕15号\n各乡镇人民政府,县政府各部门:\n"
    "《甲县公墓管理实施办法》已经县政府常务会议讨论通过,现印发给你们,请认真贯彻执行。\n"
    "甲县人民政府办公室\n2031年11月9日\n甲县公墓管理实施办法\n第一章 总则\n第一条 为加强公墓管理,制定本办法。\n"
    "第二条 本县公墓管理工作适用本办法。\n"
)


def test_the_field_gives_the_notice_its_organ() -> None:
    text = (
        "标题:甲县人民政府办公室关于印发县公墓管理实施办法的通知\n"
        "索引号:0082-7/2031-00331 分 类:民政 发文机关:甲县人民政府办公室\n"
        "关于印发县公墓管理实施办法的通知\n" + _BODY
    )
    structure = parse_structure(text)
    assert structure.notice_title == "甲县人民政府办公室关于印发县公墓管理实施办法的通知"


def test_a_field_adding_a_site_name_leaves_the_heading() -> None:
    text = (
        "标题:甲县政府门户网站关于印发县公墓管理实施办法的通知\n索引号:0082-7/2031-00331\n"
        "关于印发县公墓管理实施办法的通知\n" + _BODY
    )
    structure = parse_structure(text)
    assert structure.notice_title == "关于印发县公墓管理实施办法的通知"
