"""A law database's edition tag after a title ((2032修订), （2029年修正）, (2030年修正本): one pattern, page_label.EDITION_TAG,
built from titles.toml superseding_words) is the page's note where the document names the law without it, and stays
in the title where the text names the law only with it (field conventions, round 17 and D14). Texts made up."""

import pytest

from parsers.structure import parse_structure
from parsers.structure.page_label import drop_edition_note


@pytest.mark.parametrize(
    "tagged",
    [
        "甲市河道管理条例(2029修正)",
        "甲市河道管理条例（2029年修正）",
        "甲市河道管理条例(2030年修正本)",
        "甲市河道管理条例2029修订",
    ],
)
def test_the_tag_is_dropped_from_a_label(tagged: str) -> None:
    assert drop_edition_note(tagged) == "甲市河道管理条例"


def test_a_dated_edition_of_a_plan_is_no_tag() -> None:
    assert drop_edition_note("甲县防汛应急预案（2031年修订版）") == "甲县防汛应急预案（2031年修订版）"


_DECREE = (
    "您的位置: 首页 » 法规资料 »\n\n甲市河道管理条例（2029年修正）\n\n来源: 法规资料库\n\n甲市河道管理条例（2029年修正）\n\n"
    "甲市人民政府令第12号\n\n《甲市河道管理条例》已于2029年5月6日经市人民政府常务会议修订，现予公布，自2029年7月1日起施行。\n\n"
    "市长 乙某\n\n第一条 为了加强河道管理，制定本条例。\n第二条 本条例适用于本市行政区域内的河道。\n"
)


def test_a_database_headline_whose_decree_names_the_law_without_its_tag_is_no_notice() -> None:
    doc = parse_structure(_DECREE)
    assert doc.title == "甲市河道管理条例"
    assert doc.notice_title is None


_NOTICE = (
    "甲县人民政府办公室关于印发《甲县防汛应急预案（2031年修订）》的通知\n\n各乡镇人民政府，县政府各部门：\n"
    "《甲县防汛应急预案（2031年修订）》已经县政府同意，现印发给你们，请认真贯彻执行。\n\n甲县人民政府办公室\n"
    "2031年3月5日\n\n甲县防汛应急预案（2031年修订）\n\n1 总则\n1.1 编制目的\n为了做好防汛工作，制定本预案。\n"
)


def test_an_edition_the_notice_quotes_is_the_titles_own() -> None:
    doc = parse_structure(_NOTICE)
    assert doc.title == "甲县防汛应急预案（2031年修订）"
