"""A closing signature whose date lost some of its 年月日 on the page (2023915日, 2018年5月30, 2023717): the organ over
it signs the text, when it closes the text. Texts are made up."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure

_REPLY = (
    "关于市人大三届三次会议第41号建议的答复\n王代表：\n您提出的建议收悉，现答复如下：\n"
    "一、强化宣传引导，提高群众参与度。\n二、因地制宜，科学设计。\n十分感谢您对农业农村工作的关心支持。\n"
)


@pytest.mark.parametrize("date", ["2033915日", "2038年5月30", "2033717"])
def test_a_signature_over_a_broken_date_names_the_issuer(date: str) -> None:
    text = _REPLY + f"                         甲市乙区农业农村局\n                         {date}\n"
    assert parse_structure(text).issuer == "甲市乙区农业农村局"


def test_a_broken_date_inside_the_text_opens_no_signature() -> None:
    text = (
        "甲县关于做好河长巡河工作的通知\n各村居：\n现就有关事项通知如下：\n一、落实巡河制度\n巡河记录按月报送。\n"
        "2038年5月30\n二、加强考核\n考核结果通报。\n"
    )
    structure = parse_structure(text)
    assert structure.issuer != "巡河记录按月报送"
    assert sum(1 for node in structure.nodes if node.kind == "signature") == 0
