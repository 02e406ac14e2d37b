"""A news page's headline over a dateline that gives only the site and the labelled day of posting
(甲艺网 发布时间: 2031-12-10: no clock, no 来源 label): the line is the headline's dateline, so the page, a report
on a document without its text, is titled by its headline as written (the round-25 convention for news pages).
A line that says more than a posting day in prose is no dateline.

Texts are made up; the layout is that of an art news site reposting a ministry's news.
"""

from parsers.structure import parse_structure
from parsers.structure.headline import is_dateline

_PAGE = (
    "高清影视在线播放,精品影视大全,免费影视在线观看\n"
    '    1. <b id="8iwhv"><wbr id="8iwhv"></wbr></b>\n'
    "      您的位置:首页 > 新闻观察\n"
    "文化部出台新规完善非遗代表性传承人退出机制\n"
    "甲艺网 发布时间: 2031-12-10\n"
    "近日,文化部印发《非遗代表性传承人认定与管理办法》,对传承人的退出作出规定。\n"
    "办法明确,传承人丧失中华人民共和国国籍的,应当取消其资格。\n"
)


def test_a_site_and_its_posting_day_make_a_dateline() -> None:
    assert is_dateline("甲艺网 发布时间: 2031-12-10")
    assert is_dateline("甲艺网 发布日期:2031年12月10日")


def test_a_sentence_naming_a_posting_day_is_no_dateline() -> None:
    assert not is_dateline("本办法自发布日期:2031-12-10起施行,由甲局负责解释。")


def test_the_news_page_is_titled_by_its_headline() -> None:
    assert parse_structure(_PAGE).title == "文化部出台新规完善非遗代表性传承人退出机制"
