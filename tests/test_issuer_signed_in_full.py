"""A title names its organ short (甲市卫健委关于…, 市人大常委会公告, 乙县人民政府关于…) and the document signs with the
same body's full name (甲市卫生健康委员会, 丙市人民代表大会常务委员会, 乙苗族自治县人民政府): the issuer is the body as
the document signs it (field conventions: the document's own naming, its signature first). An office's signature under
a title naming the government it serves, and a different body's, leave the title's organ.

Texts are made up; the forms are those of city bureaus' calls and county notices.
"""

import pytest

from parsers.structure import parse_structure

_BODY = (
    "为加强管理，现将有关事项通告如下：\n一、自2031年10月10日起施行。\n二、请相关单位积极配合。\n特此通告。\n"
)


@pytest.mark.parametrize(
    ("title", "signature", "issuer"),
    [
        (
            "甲市卫健委关于公开征求《甲市爱国卫生管理办法（征求意见稿）》意见的公告",
            "甲市卫生健康委员会",
            "甲市卫生健康委员会",
        ),
        (
            "乙县人民政府关于停止乙县综合市场农产品交易的通告",
            "乙苗族瑶族自治县人民政府",
            "乙苗族瑶族自治县人民政府",
        ),
        (
            "丙区经委关于提请印发《丙区支持氢能产业发展实施办法》的请示",
            "丁市丙区经济委员会",
            "丁市丙区经济委员会",
        ),
        ("省人民政府关于戊县水库饮用水水源保护区划分方案的批复", "己省人民政府", "己省人民政府"),
        ("庚省环保厅关于印发《庚省突发环境事件应急预案》的通知", "庚省环境保护厅", "庚省环境保护厅"),
    ],
    ids=[
        "abbreviated_commission",
        "autonomous_county",
        "placed_and_spelled_out",
        "province_placed",
        "bureau_short",
    ],
)
def test_the_signature_spells_out_the_titles_organ(title: str, signature: str, issuer: str) -> None:
    text = f"{title}\n{_BODY}{signature}\n2031年10月9日\n"
    assert parse_structure(text).issuer == issuer


@pytest.mark.parametrize(
    ("title", "signature", "issuer"),
    [
        ("甲县人民政府关于停止甲县综合市场农产品交易的通告", "甲县人民政府办公室", "甲县人民政府"),
        ("甲县人民政府关于停止甲县综合市场农产品交易的通告", "甲县市场监督管理局", "甲县人民政府"),
    ],
    ids=["office_of_the_government", "another_body"],
)
def test_a_signature_naming_another_body_leaves_the_title(title: str, signature: str, issuer: str) -> None:
    text = f"{title}\n{_BODY}{signature}\n2031年10月9日\n"
    assert parse_structure(text).issuer == issuer
