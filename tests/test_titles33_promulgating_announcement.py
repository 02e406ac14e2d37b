"""Round 16 (titles33): a standing committee's announcement (公告) that promulgates one regulation, its sentence of
adoption written 《X条例》于…经…会议通过，并于…批准。 and its 现予公布 the next sentence: the regulation is the title,
the announcement no notice of its own. Texts are made up.
"""

from parsers.structure import parse_structure

_ANNOUNCEMENT = (
    "甲市第十六届人民代表大会常务委员会公告\n（第21号）\n"
    "《甲市客运出租汽车管理条例》于2031年4月26日经甲市第十六届人民代表大会常务委员会第十六次会议通过，"
    "并于2031年11月28日经乙省第十五届人民代表大会常务委员会第十四次会议批准。现予公布，自2032年1月1日起施行。\n"
    "甲市人民代表大会常务委员会\n2031年12月9日\n"
)


def test_an_announcement_adopting_with_yu_promulgates_the_regulation_it_names() -> None:
    text = (
        _ANNOUNCEMENT + "乙省人民代表大会常务委员会关于批准《甲市客运出租汽车管理条例》的决议\n"
        "乙省第十五届人民代表大会常务委员会第十四次会议审查了《甲市客运出租汽车管理条例》，决定予以批准。\n"
        "目 录\n第一章 总 则\n第二章 经营管理\n第一章 总 则\n第一条 为了规范客运出租汽车经营，制定本条例。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市客运出租汽车管理条例"
    assert doc.notice_title is None
    assert doc.status is None


def test_a_news_item_that_a_regulation_was_adopted_is_no_announcement() -> None:  # guard
    text = (
        "甲市出租汽车管理迎来新规\n"
        "《甲市客运出租汽车管理条例》于2031年4月26日经市人大常委会会议通过，将于明年施行。记者了解到，条例共六章。\n"
    )
    assert (
        parse_structure(text).title == "甲市出租汽车管理迎来新规"
    )  # the news item's headline, not the regulation
