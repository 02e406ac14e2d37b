"""Who made a regulation, as its head says: the congress whose note adopted it (…会议制定 / …会议通过, the term kept,
人大常委会 as written) before the congress that approved it (…会议批准), and the government whose order promulgates
it, its number in the forms pages print (（〔2031〕263号）, 〔2031〕第1号, [2031]12号) or run on into the promulgating
sentence (甲市人民政府令第294号《X》已经…通过，现予公布).

Texts are made up; the forms are those of city regulations approved by their province and of government orders.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一条　为了加强湿地保护，制定本条例。\n第二条　本条例适用于本市行政区域。\n"


@pytest.mark.parametrize(
    ("note", "issuer"),
    [
        (
            "（2031年10月27日甲市第十四届人民代表大会常务委员会第二十八次会议制定　"
            "2031年11月26日乙省第十一届人民代表大会常务委员会第二十五次会议批准）",
            "甲市第十四届人民代表大会常务委员会",
        ),
        (
            "2032年6月28日　丙市第十一届人大常委会第三十次会议通过\n"
            "2032年11月30日　丁省第九届人民代表大会常务委员会第三十一次会议批准",
            "丙市第十一届人大常委会",
        ),
        (
            "（2033年3月1日戊自治州第五届人民代表大会第三次会议制定　"
            "2033年5月30日乙省第十二届人民代表大会常务委员会第三次会议批准）",
            "戊自治州第五届人民代表大会",
        ),
        (
            "（2034年1月5日己市第六届人大第二次会议通过　2034年3月8日乙省第十四届人民代表大会常务委员会第八次会议批准）",
            "己市第六届人大",
        ),
    ],
)
def test_the_adopting_congress_is_the_issuer_not_the_approving_one(note: str, issuer: str) -> None:
    doc = parse_structure(f"甲市城市湿地保护条例\n{note}\n{_ARTICLES}")
    assert doc.issuer == issuer


_DECREE = "《甲市电梯安全监察办法》已经2031年12月17日市人民政府第58次常务会议审议通过，现予公布，自2032年3月1日起施行。\n"
_BODY = "甲市电梯安全监察办法\n第一章　总则\n第一条　为加强电梯的安全监察，制定本办法。\n第二条　本办法适用于本市。\n"


@pytest.mark.parametrize("number", ["（〔2031〕263号）", "〔2031〕第1号", "[2031]12号", "（[2031]263号）"])
def test_an_order_numbered_in_its_year_names_its_government(number: str) -> None:
    doc = parse_structure(f"甲市人民政府令\n{number}\n{_DECREE}市长　乙丙\n二〇三一年十二月三十日\n{_BODY}")
    assert doc.issuer == "甲市人民政府"


@pytest.mark.parametrize("organ", ["甲市人民政府", "乙省人民政府"])
def test_an_order_run_on_into_its_promulgating_sentence_names_its_government(organ: str) -> None:
    text = (
        f"{organ}令第294号《甲市电梯安全管理办法》已经2031年10月23日人民政府第107次常务会议通过,现予公布,"
        "自2032年1月1日起施行。市长乙丙2031年11月9日第一章总则第一条为了加强电梯安全,制定本办法。"
        "第二条本办法适用于本行政区域。\n"
    )
    assert parse_structure(text).issuer == organ


def test_an_order_a_sentence_cites_names_no_issuer() -> None:
    text = (
        "甲县地质灾害应急预案\n"
        "根据《乙省突发事件应对办法》（乙省人民政府令第367号）等规定，制定本预案。\n"
        "一、总则\n（一）目的\n为做好地质灾害应急工作，制定本预案。\n"
    )
    assert parse_structure(text).issuer is None
