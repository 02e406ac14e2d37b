"""The organs at the head of the title as the structure read it at last: a page whose first line names another
document (a stray first line) gives way to the document's own title line under it, and that line names its issuer
(甲市人民政府办公室关于X的通知) even when the head's first reading, the stray line, names none. Texts are made up."""

from __future__ import annotations

import pytest

from parsers.structure import parse_structure


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "关于成立气象灾害防御指挥部的实施方案\n合集下载\n甲市人民政府办公室关于成立甲市气象灾害防御指挥部的通知\n"
            "甲市人民政府办公室关于成立甲市气象灾害防御指挥部的通知\n各县区人民政府：\n"
            "为做好气象灾害防御工作，市政府决定成立甲市气象灾害防御指挥部。现将有关事宜通知如下：\n"
            "一、组成人员\n总指挥由市长助理担任。\n",
            "甲市人民政府办公室",
        ),
        (
            "乙县企业优惠政策汇编\n乙县人民政府关于进一步加强消防工作的通知\n正文:乙县人民政府关于进一步加强消防工作的通知\n"
            "各乡镇人民政府：\n为进一步加强消防工作，现就有关事项通知如下：\n一、落实消防安全责任\n各乡镇要落实责任。\n",
            "乙县人民政府",
        ),
    ],
)
def test_the_own_title_line_names_the_issuer(text: str, issuer: str) -> None:
    structure = parse_structure(text)
    assert structure.issuer == issuer


def test_a_title_without_an_organ_leaves_the_source_line() -> None:
    text = "关于进一步加强消防工作的通知\n来源：丙县应急管理局\n各乡镇：\n现就有关事项通知如下：\n一、落实责任\n各乡镇要落实责任。\n"
    assert parse_structure(text).issuer == "丙县应急管理局"
