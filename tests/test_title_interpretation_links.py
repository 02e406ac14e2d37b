"""A portal's row of links to a document's interpretations, labelled by their form (政策解读 文字解读:《X》, 图片解读:《X》),
is the site's: never the title. A link whose text is the notice's own title (文字解读:关于印发《X》的通知) still names
that notice.

Texts are made up; the layout is that of a city portal's information-disclosure page.
"""

from parsers.structure import parse_structure
from parsers.structure.furniture import is_web_chrome


def test_an_interpretation_link_row_is_no_title() -> None:
    text = (
        "甲市人民政府办公室关于印发健康甲市行动推进方案的通知\n\n"
        "  发布时间: 2031-10-15 10:08 字体:[]\n"
        "政策解读 文字解读:《健康甲市行动推进方案》\n\n"
        "各县、区人民政府，市人民政府各部门：\n\n"
        "经市人民政府同意，现将《健康甲市行动推进方案》印发给你们，请认真贯彻执行。\n\n"
        "甲市人民政府办公室\n\n2031年10月15日\n\n"
        "健康甲市行动推进方案\n\n一、总体要求\n\n（一）指导思想\n\n坚持以人民健康为中心。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "健康甲市行动推进方案"
    assert doc.status is None
    assert doc.notice_title == "甲市人民政府办公室关于印发健康甲市行动推进方案的通知"


def test_an_image_interpretation_link_alone_over_a_heading_is_no_title() -> None:
    text = (
        "图片解读：《乙县农村人居环境整治实施方案》\n\n"
        "乙县农村人居环境整治实施方案\n\n一、总体要求\n\n（一）指导思想\n\n坚持因地制宜。\n\n"
        "二、重点任务\n\n（一）推进厕所革命\n\n全面推进农村户厕改造。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "乙县农村人居环境整治实施方案"
    assert doc.status is None
    assert doc.notice_title is None


def test_a_link_giving_the_notices_title_is_no_chrome() -> None:
    assert is_web_chrome("政策解读 文字解读:《丙区防汛抗旱应急预案》")
    assert is_web_chrome("视频解读：《丙区防汛抗旱应急预案》")
    assert not is_web_chrome("文字解读:关于印发《丙区防汛抗旱应急预案》的通知")
    assert not is_web_chrome("关于《丙区防汛抗旱应急预案》的政策解读")
