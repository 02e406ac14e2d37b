"""A law database's page that opens with a box of the site's links (热门资源 更多>, its items behind bullets: other
regulations, standards with their codes), then the text run together on one line, its title first and its note of
adoption glued after it (X条例,2031年8月12日甲省…会议通过,…; X办法2031年1月12日市人民政府令第20号公布). The box is the
site's: no item of it is the title or the issuer. The title is the name before the note's day.

A news sentence that names a document before a day (甲市出台X办法,2031年…) is no such copy; a bullet before a field
(• 发布单位: 甲局) stays a field of the page.

Texts are made up; the forms are those of a law database's pages.
"""

import pytest

from parsers.structure import parse_structure

_BOX = (
    "热门资源 更多>\n"
    "  • 乙市住宅物业服务等级标准 DB0000/T 001-2031\n"
    "  • 丙市国家建设项目审计办法 2031年\n"
    "  • 甲省物价局甲省司法厅关于基层法律服务收费政府指导价标准的通知\n"
    "  • 丁市城市供热办法\n"
)


@pytest.mark.parametrize(
    ("runon", "title"),
    [
        (
            "甲省城市供热条例,2031年8月12日甲省第十一届人民代表大会常务委员会第二十六次会议通过,根据2035年4月17日"
            "甲省第十二届人民代表大会常务委员会第十九次会议。第一条。为了加强城市供热管理,制定本条例。",
            "甲省城市供热条例",
        ),
        (
            "戊市河道采砂管理办法,2034年1月12日市人民政府令第20号公布 根据2038年3月21日.戊市人民政府关于修改,"
            "戊市河道采砂管理办法,的决定.修订.第一条,为了加强河道采砂管理。",
            "戊市河道采砂管理办法",
        ),
        (
            "。己州文物保护管理条例2030年3月1日己州第十届人民代表大会常务委员会第六次会议通过。"
            "2030年5月26日甲省第九届人民代表大会常务委员会第十七次会议批准.第一条。为了加强文物保护管理。",
            "己州文物保护管理条例",
        ),
    ],
)
def test_the_name_before_the_note_of_adoption_under_a_box_of_links(runon: str, title: str) -> None:
    structure = parse_structure(f"{_BOX}{runon}\n第二条。本条例适用于本行政区域。\n")
    assert structure.title == title
    assert structure.issuer != "甲省物价局、甲省司法厅"


def test_a_news_sentence_naming_a_document_before_a_day_is_no_title() -> None:
    text = (
        "甲市出台城市供热管理办法,2031年8月12日市政府常务会议通过,将于10月起施行。\n"
        "记者了解到，办法共六章。\n"
    )
    assert parse_structure(text).title != "甲市出台城市供热管理办法"


def test_a_bulleted_field_under_no_box_stays_a_field() -> None:
    text = (
        "  • 发布单位: 甲市住房和城乡建设局\n"
        "甲市城市供热管理办法\n第一条 为了加强城市供热管理，制定本办法。\n第二条 本市适用本办法。\n"
    )
    structure = parse_structure(text)
    assert structure.title == "甲市城市供热管理办法"
