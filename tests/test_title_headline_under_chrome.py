"""A news page's headline under the page's chrome is its title: the line with the dateline (2031-06-10 18:51 甲日报,
栏目: 要闻 时间:…) or the reprint's 原标题: right under it outranks a line above that names no kind of document — an
app's button, a site's motto, a spam line, an image's caption. A line right over the dated line may be the headline's
kicker or the headline over its subtitle, so the rule leaves that pair to the headline rules; a title line that names
a kind of document stays.

Texts are made up; the layouts are those of news portals, app pages and spam mirrors reposting a news item.
"""

import pytest

from parsers.structure import parse_structure

_REPORT = (
    "6月7日，甲省2031年2号总河长令发布，明确今年全省河长制工作的重点。\n"
    "总河长令要求，各地要压实各级党政领导保护河湖的主体责任。\n"
)


@pytest.mark.parametrize(
    ("chrome", "dateline"),
    [
        # an app's prompt and its bulleted steps
        (
            "打开APP\n小贴士\n2步打开 丙媒体云APP\n• 点击右上角按钮\n• 使用浏览器打开\n",
            "2031-06-10 18:51 甲日报    阅读:3231",
        ),
        # a spam line, a language switch
        (
            "久久精品国产色蜜蜜_日韩精品视频免费观看_91精品在线视频_高清视频一区二区在线观看\nEN\n",
            "2031-08-03 16:02 来源: 甲省水利厅网站",
        ),
        # a paper's motto, a breadcrumb repeating the headline
        (
            "丁报社主办 戊部指定政府采购信息发布媒体\n当前位置:首页 >> 时政要闻 >> 甲省2031年2号总河长令发布\n",
            "栏目: 时政要闻 时间:2031-02-25 10:04:15 发布:管理员 分享到:",
        ),
        # a site's mobile name and its account
        ("己省人大官网移动版\n己省人大公众号\n", "稿件来源:《己省人大》杂志2031年第4期 发布时间: 2031-05-07"),
        # two images' captions
        (
            "第十一届两岸农博会开幕_fororder_甲省1\n推进知识产权强省建设_fororder_甲省\n",
            "2031-02-25 13:32:39|来源:甲日报|编辑:庚|责编:辛",
        ),
    ],
)
def test_the_dated_headline_under_chrome_is_the_title(chrome: str, dateline: str) -> None:
    text = f"{chrome}甲省2031年2号总河长令发布\n{dateline}\n{_REPORT}"
    assert parse_structure(text).title == "甲省2031年2号总河长令发布"


def test_a_reprint_s_original_headline_marks_the_headline_over_it() -> None:
    text = (
        "壬市新闻网移动版\n"
        "第十一届两岸农博会开幕_fororder_甲省1\n"
        "甲省乙县全面推行三级河长制 为全省首创\n"
        "原标题:全省首创 乙县全面推行三级河长制\n"
        "记者从乙县获悉，该县近日决定全面推行县、乡、村三级河长制。\n"
        "据悉，此举在我省尚属首创。\n"
    )
    assert parse_structure(text).title == "甲省乙县全面推行三级河长制为全省首创"


def test_a_draft_named_in_the_headline_keeps_its_stage_words() -> None:
    text = (
        "打开APP\n"
        "小贴士\n"
        "2步打开 丙媒体云APP\n"
        "《甲省限养区内禁养犬只名录》(征求意见稿)公布 引导文明养犬\n"
        "放大字体  缩小字体 2031-12-07  来源:甲日报\n"
        "近日，省公安厅、省畜牧局结合我省实际，列出了限养区内禁养的犬只。\n"
        "近年来，因养犬发生的邻里纠纷经常见诸报端。\n"
    )
    assert parse_structure(text).title == "《甲省限养区内禁养犬只名录》(征求意见稿)公布引导文明养犬"


def test_a_title_naming_a_kind_of_document_stays_over_a_dated_line() -> None:
    text = (
        "甲市农村公路管理办法\n"
        "乙县交通运输局解读\n"
        "2031-03-01 10:00 来源:乙县交通运输局\n"
        "第一条 为加强农村公路管理，制定本办法。\n"
        "第二条 本办法适用于本市行政区域内农村公路的管理。\n"
    )
    assert parse_structure(text).title == "甲市农村公路管理办法"


@pytest.mark.parametrize(
    "credits",
    [
        "来源:甲区女性\n责编:孔德乙\n时间:2031-03-30 10:27:33\n",
        "作者:王小丙\n编辑:李小丁\n2031-03-30 10:27 来源:甲区融媒体中心\n",
    ],
)
def test_a_credit_line_over_the_dateline_is_no_headline(credits: str) -> None:
    text = (
        "【推动规划实施 促进妇女儿童发展】甲区妇联开展两规划政策宣传活动\n"
        f"{credits}"
        "为深入贯彻落实妇女儿童发展纲要，进一步推动我区妇女儿童事业发展，甲区妇联开展了宣传活动。\n"
        "活动中，工作人员围绕新规划的指导思想进行宣传。\n"
    )
    assert parse_structure(text).title == "【推动规划实施促进妇女儿童发展】甲区妇联开展两规划政策宣传活动"
