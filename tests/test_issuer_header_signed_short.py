"""A 公告's header names its standing committee in full and the document signs as the same body in its short form:
the signature, as written, is the issuer (field conventions, round 23: the signature before a 公告's header)."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure

_ANNOUNCEMENT = """{header}
（第{number}号）
《{law}》已经2031年5月20日乙省第十五届人民代表大会常务委员会第九次会议批准，现予公布，自2032年1月1日起施行。
{signer}
2031年6月2日
{law}
第一条 为了{aim}，制定本条例。
第二条 本条例适用于本市行政区域。
"""


@pytest.mark.parametrize(
    ("header", "signer", "law", "aim"),
    [
        ("甲市人民代表大会常务委员会公告", "甲市人大常委会", "甲市湿地保护条例", "保护湿地"),
        ("丙州第九届人民代表大会常务委员会公告", "丙州人大常委会", "丙州古村落保护条例", "保护古村落"),
        ("丁县人民代表大会常务委员会公告", "丁县人大常委会", "丁县饮用水水源保护条例", "保护饮用水水源"),
    ],
)
def test_a_short_signature_under_its_own_header_is_the_issuer(header, signer, law, aim) -> None:
    text = _ANNOUNCEMENT.format(header=header, number=3, signer=signer, law=law, aim=aim)
    assert parse_structure(text).issuer == signer


def test_a_signature_without_its_place_leaves_the_header() -> None:
    # 市人大常委会 names no place: the header's full name stays (the signature alone would not say which city)
    text = _ANNOUNCEMENT.format(
        header="甲市人民代表大会常务委员会公告",
        number=4,
        signer="市人大常委会",
        law="甲市河道管理条例",
        aim="管理河道",
    )
    assert parse_structure(text).issuer == "甲市人民代表大会常务委员会"


def test_another_body_signing_is_not_taken_for_the_header() -> None:
    text = _ANNOUNCEMENT.format(
        header="甲市人民代表大会常务委员会公告",
        number=5,
        signer="乙市人大常委会",
        law="甲市河道管理条例",
        aim="管理河道",
    )
    assert parse_structure(text).issuer != "乙市人大常委会"
