"""A title names its organ short (甲市卫健委关于…, 市人大常委会公告, 乙县人民政府关于…) and the document signs with the
same body's full name (甲市卫生健康委员会, 丙市人民代表大会常务委员会, 乙苗族自治县人民政府): the issuer is the body as
the document signs it (field conventions: the document's own naming, its signature first). A signature naming another
body than the title's (a bureau's call on a draft notice of its government, 甲县人民政府关于X的通告 signed 甲县公安局;
the office signing for the government or the reverse) is the issuer too. A shorter signature of the same body keeps
the title's fuller naming, and a congress's bodies (approval, promulgation) are left to their own conventions.

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
    ("title", "signature"),
    [
        ("甲县人民政府关于林区禁燃禁放的通告", "甲县自然资源和规划局"),
        ("甲市人民政府关于烟花爆竹禁燃禁放的通告", "甲市公安局"),
        ("甲县人民政府关于印发甲县突发事件总体应急预案的通知", "甲县人民政府办公室"),
        ("甲县人民政府办公室关于印发甲县地震应急预案的通知", "甲县人民政府"),
    ],
    ids=["bureau_calls_on_draft_notice", "police_signs", "office_signs", "government_signs"],
)
def test_a_signature_naming_another_body_is_the_issuer(title: str, signature: str) -> None:
    text = f"{title}\n{_BODY}{signature}\n2031年10月9日\n"
    assert parse_structure(text).issuer == signature


def test_two_organs_signed_in_full() -> None:
    text = (
        "甲省财政厅 甲省科技厅关于印发《甲省科技创新券实施管理办法》的通知\n各州、市财政局：\n"
        "现将《甲省科技创新券实施管理办法》印发给你们，请遵照执行。\n甲省财政厅 甲省科学技术厅\n2031年5月9日\n"
    )
    assert parse_structure(text).issuer == "甲省财政厅、甲省科学技术厅"


@pytest.mark.parametrize(
    ("title", "signature", "issuer"),
    [
        # a shorter signature of the same body keeps the title's fuller naming
        ("甲省人民政府办公厅关于印发甲省火灾事故应急预案的通知", "省政府办公厅", "甲省人民政府办公厅"),
        # a province's standing committee approving a city's regulation, the city's committee signing its 公告
        (
            "甲省人民代表大会常务委员会关于批准《乙市地方立法条例》的决定",
            "乙市人民代表大会常务委员会",
            "甲省人民代表大会常务委员会",
        ),
    ],
    ids=["short_signature_same_body", "congress_approval"],
)
def test_the_titles_organ_stays(title: str, signature: str, issuer: str) -> None:
    text = f"{title}\n{_BODY}{signature}\n2031年10月9日\n"
    assert parse_structure(text).issuer == issuer
