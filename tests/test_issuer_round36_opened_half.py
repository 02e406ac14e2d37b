"""Issuer readings written in round 36 from the opened half of the field validation (classes of layout, texts made
up): a law library's 颁布机构 field; …

Texts are made up (甲省, 乙市, 丙县); the forms are those of law libraries and government pages.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一条 为了加强草原防火管理，制定本规定。\n第二条 本规定自发布之日起施行。\n"


@pytest.mark.parametrize(
    "field",
    [
        "| 颁布机构: | 甲省林业厅 |",
        "颁布机构:甲省林业厅",
        "颁布机构：甲省林业厅    生效日期：2031-05-11",
    ],
)
def test_a_law_librarys_promulgating_body_field_names_the_issuer(field: str) -> None:
    doc = parse_structure(f"甲省草原防火规定\n{field}\n| 生效状态: | 在用 |\n甲省草原防火规定\n{_ARTICLES}")
    assert doc.issuer == "甲省林业厅"


def test_a_promulgating_body_field_naming_no_organ_gives_none() -> None:
    doc = parse_structure(f"甲省草原防火规定\n颁布机构:详见正文\n{_ARTICLES}")
    assert doc.issuer is None
