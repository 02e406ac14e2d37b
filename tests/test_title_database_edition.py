"""A law database's edition tag on the headline (甲市河道管理条例(2032修订), …（2029年修正）) stays in the title when the
document names the law no other way (round 17 of the field conventions), and is dropped where the document's own
heading or its promulgating sentence names the law without it. A bare year ((2030)) is the database's date, no edition.

Texts are made up; the forms are those of law databases.
"""

import pytest

from parsers.structure import parse_structure

_NOTE = "(2031年1月5日甲市第九届人民代表大会常务委员会第五次会议通过)\n"
_ARTICLES = "第一章 总则\n第一条 为了加强河道管理,制定本条例。\n第二条 本条例适用于本市行政区域内的河道。\n"


@pytest.mark.parametrize("tag", ["(2032修订)", "(2029修正)", "(2033年修正)"])
def test_the_tag_on_the_only_heading_stays(tag: str) -> None:
    doc = parse_structure(f"甲市河道管理条例{tag}\n{_NOTE}{_ARTICLES}")
    assert doc.title == f"甲市河道管理条例{tag}"


def test_the_tag_on_a_bulleted_headline_under_a_category_line_stays() -> None:
    doc = parse_structure(f"甲省地方性法规\n❶ 甲市河道管理条例(2032修正)\n{_ARTICLES}")
    assert doc.title == "甲市河道管理条例(2032修正)"


def test_the_tag_goes_where_the_document_heading_names_the_law_without_it() -> None:
    doc = parse_structure(f"甲市河道管理条例(2032修订)\n甲市河道管理条例\n{_NOTE}{_ARTICLES}")
    assert doc.title == "甲市河道管理条例"


def test_the_tag_goes_where_the_promulgating_sentence_names_the_law_without_it() -> None:
    decree = "甲市人民代表大会常务委员会公告\n《甲市河道管理条例》已由甲市第九届人民代表大会常务委员会第五次会议修订通过,现予公布。\n"
    doc = parse_structure(f"甲市河道管理条例(2032修订)\n{decree}{_NOTE}{_ARTICLES}")
    assert doc.title == "甲市河道管理条例"


def test_a_bare_year_is_no_edition() -> None:
    doc = parse_structure(f"甲市河道管理条例(2030)\n{_NOTE}{_ARTICLES}")
    assert doc.title == "甲市河道管理条例"
