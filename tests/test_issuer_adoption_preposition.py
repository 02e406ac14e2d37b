"""The line of how a regulation was adopted may put a preposition before the congress (（经甲州第十二届人民代表大会常务
委员会第五次会议审议通过）, 由…): the congress is the issuer, the preposition no part of its name. A body that signs
a notice about the regulation keeps its own name.

Texts are made up; the forms are those of prefecture regulations as encyclopedia sites copy them.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一条　为了保护西湖龙井茶，制定本条例。\n第二条　本条例适用于本市行政区域。\n"


@pytest.mark.parametrize("word", ["由", "经"])
def test_a_preposition_before_the_congress_is_no_part_of_it(word: str) -> None:
    text = (
        "乙州森林防火条例\n"
        f"（{word}乙州第十二届人民代表大会常务委员会第五次会议于2031年3月1日审议通过）\n{_ARTICLES}"
    )
    assert parse_structure(text).issuer == "乙州第十二届人民代表大会常务委员会"


def test_another_body_signing_keeps_its_own_name() -> None:
    text = (
        "丙市人民政府关于实施《丙市西湖龙井茶保护管理条例》的通知\n"
        "各区人民政府：\n《丙市西湖龙井茶保护管理条例》已由丙市第十三届人民代表大会常务委员会第三十八次会议通过，"
        "现就实施工作通知如下。\n一、加强宣传\n各区要做好宣传。\n丙市人民政府\n2031年12月3日\n"
    )
    assert parse_structure(text).issuer == "丙市人民政府"
