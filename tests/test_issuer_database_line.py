"""A law database's issuer line under the headline (甲省人大常委会, as it stands) names the body before the law's note
of adoption does (field conventions, round 23: the note's body, with its term, only when nothing else names one);
the header of the congress's own 公告 comes before both, also when the page breaks it before 常务委员会.

Texts are made up; the forms are those of law databases' pages of provincial and city regulations.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一章　总则\n第一条　为了保护湿地，制定本条例。\n第二条　本条例适用于本省行政区域。\n"


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "甲省湿地保护条例\n\n甲省人大常委会\n\n\n甲省湿地保护条例\n"
            "（2031年7月18日甲省第十届人民代表大会常务委员会第四次会议通过）\n",
            "甲省人大常委会",
        ),
        (
            "乙市城市绿化条例\n作者:资料网 时间:2044-07-11 来源:资料网\n乙市城市绿化条例\n丙省乙市人大常委会\n"
            "（2031年6月27日乙市第十四届人民代表大会常务委员会第四次会议通过　"
            "2031年7月24日丙省第十一届人民代表大会常务委员会第四次会议批准）\n",
            "丙省乙市人大常委会",
        ),
        (
            "丁市开发区条例\n丁市开发区条例\n丁市人大常委会\n丁市开发区条例\n"
            "（2045年1月22日经丁市第六届人民代表大会第三次会议通过）\n",
            "丁市人大常委会",
        ),
    ],
)
def test_a_database_issuer_line_comes_before_the_adoption_note(head: str, issuer: str) -> None:
    assert parse_structure(head + _ARTICLES).issuer == issuer


@pytest.mark.parametrize(
    "header",
    [
        "戊市第十四届人民代表大会常务委员会\n公 告\n第1号\n",
        "戊市第十四届人民代表大会\n常务委员会公告\n第1号\n",
    ],
)
def test_the_congress_announcement_header_comes_before_a_database_line(header: str) -> None:
    text = (
        "戊市盐业管理条例\n江苏省戊市人大常委会\n\n"
        + header
        + "《戊市盐业管理条例》已由戊市第十四届人民代表大会常务委员会第四次会议于2038年6月27日制定，现予公布。\n"
        "2038年7月24日\n戊市盐业管理条例\n"
        "（2038年6月27日戊市第十四届人民代表大会常务委员会第四次会议制定）\n" + _ARTICLES
    )
    assert parse_structure(text).issuer == "戊市第十四届人民代表大会常务委员会"


def test_an_announcement_header_broken_before_its_committee_keeps_its_congress() -> None:
    text = (
        "己省垦区条例\n己省第十一届人民代表大会\n常务委员会公告\n第35号\n"
        "《己省垦区条例》已由己省第十一届人民代表大会常务委员会第二十次会议于2040年10月15日通过，现予公布。\n"
        "2040年10月15日\n" + _ARTICLES
    )
    doc = parse_structure(text)
    assert doc.issuer == "己省第十一届人民代表大会常务委员会"
    assert doc.doc_number == "己省第十一届人民代表大会常务委员会公告第35号"


@pytest.mark.parametrize(
    ("fields", "issuer"),
    [
        (
            "基本介绍\n• 中文名: 庚市乡村振兴促进条例\n• 制定机关:庚市人民代表大会常务委员会\n• 时效性:有效\n",
            "庚市人民代表大会常务委员会",
        ),
        (
            "基本介紹\n- 中文名:庚市鄉村振興促進條例\n- 頒布單位:庚市人民代表大會常務委員會\n- 頒布時間:2043.12.18\n",
            "庚市人民代表大會常務委員會",
        ),
    ],
)
def test_a_sites_bulleted_field_names_the_promulgating_body(fields: str, issuer: str) -> None:
    text = (
        "庚市乡村振兴促进条例\n庚市乡村振兴促进条例，于2041年9月27日由庚市第十七届人民代表大会常务委员会第二十九次会议通过。\n"
        + fields
        + _ARTICLES
    )
    assert parse_structure(text).issuer == issuer


def test_a_field_naming_the_approving_province_is_not_the_issuer() -> None:
    text = (
        "辛州自治条例\n（2031年8月7日辛州第十届人民代表大会第二次会议通过　2031年9月27日壬省第七届人民代表大会常务委员会"
        "第十次会议批准）\n- 颁布日期:2031-10-16\n- 时 效 性:有效\n- 颁布单位:壬省人大常委会\n" + _ARTICLES
    )
    assert parse_structure(text).issuer == "辛州第十届人民代表大会"


@pytest.mark.parametrize("organ", ["市政府", "市人民政府"])
def test_a_placeless_title_organ_takes_the_database_line_in_full(organ: str) -> None:
    text = (
        f"{organ}关于印发《甲市门前三包责任制管理办法》的通知\n作者:资料网 时间:2044-07-10 来源:资料网\n"
        f"乙省甲市人民政府\n{organ}关于印发《甲市门前三包责任制管理办法》的通知\n"
        "各县(市)、区人民政府:\n现将《甲市门前三包责任制管理办法》印发给你们，请认真遵照执行。\n"
        "甲市门前三包责任制管理办法\n第一条 为了加强市容管理，制定本办法。\n"
    )
    assert parse_structure(text).issuer == "乙省甲市人民政府"
