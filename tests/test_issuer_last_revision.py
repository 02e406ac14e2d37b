"""A law whose note lists several acts: its issuer is the body whose meeting last adopted it as a whole — its last
…会议修订, or its 通过 when it was never revised — with the term as the note writes it; an amendment by decision
(根据…《关于修改…的决定》修正, …会议…修正) after it changes parts only and leaves it (field conventions, round 26).

Texts are made up; the forms are those of autonomous regulations, city regulations and a congress's own rules.
"""

import pytest

from parsers.structure import parse_structure

_ARTICLES = "第一条　为了保护湿地，制定本条例。\n第二条　本条例适用于本州行政区域。\n"


@pytest.mark.parametrize(
    ("note", "issuer"),
    [
        (  # adopted, approved, revised, approved: the reviser
            "（2032年2月11日庚州第六届人民代表大会第三次会议通过　2032年4月2日辛省第八届人民代表大会常务委员会"
            "第九次会议批准　2041年2月6日庚州第十届人民代表大会第五次会议修订　2041年5月30日辛省第十二届人民代表"
            "大会常务委员会第四次会议批准）",
            "庚州第十届人民代表大会",
        ),
        (  # the same acts, one a line, the dates after the bodies
            "（庚州第六届人民代表大会第三次会议2032年2月11日通过\n辛省第八届人民代表大会常务委员会第九次会议批准\n"
            "庚州第十一届人民代表大会第二次会议修订\n辛省第十三届人民代表大会常务委员会第六次会议批准）",
            "庚州第十一届人民代表大会",
        ),
        (  # revised twice, the revisions counted, one act a line
            "（2033年6月18日壬市第十二届人民代表大会常务委员会第二十一次会议通过\n"
            "2039年9月26日壬市第十五届人民代表大会常务委员会第七次会议第一次修订\n"
            "2046年4月30日壬市第十七届人民代表大会常务委员会第十五次会议第二次修订）",
            "壬市第十七届人民代表大会常务委员会",
        ),
        (  # revised twice, the second written without its count
            "（2033年6月18日癸市第十二届人大常委会第二十一次会议通过　2039年9月26日癸市第十五届人大常委会第七次会议"
            "修订　2046年4月30日癸市第十七届人大常委会第十五次会议修订）",
            "癸市第十七届人大常委会",
        ),
        (  # amended by decision before the revision
            "（2032年1月15日子省第八届人民代表大会第五次会议通过　根据2037年7月28日子省第十届人民代表大会常务委员会"
            "第三十次会议《关于修改〈子省人民代表大会常务委员会议事规则〉的决定》修正　2045年1月20日子省第十四届"
            "人民代表大会第三次会议修订）",
            "子省第十四届人民代表大会",
        ),
        (  # amended by decision after the revision: the reviser stays
            "（2032年11月3日丑市第十四届人民代表大会常务委员会第六次会议通过　2039年6月29日丑市第十六届人民代表大会"
            "常务委员会第十九次会议修订　根据2044年10月31日丑市第十八届人民代表大会常务委员会第十一次会议通过的"
            "《关于修改〈丑市城市绿化条例〉等五件地方性法规的决定》修正）",
            "丑市第十六届人民代表大会常务委员会",
        ),
        (  # amended at a meeting after the revision (…会议修正): the reviser stays
            "（2032年11月3日寅市第十四届人民代表大会常务委员会第六次会议通过　2039年6月29日寅市第十六届人民代表大会"
            "常务委员会第十九次会议修订　2044年10月31日寅市第十八届人民代表大会常务委员会第十一次会议修正）",
            "寅市第十六届人民代表大会常务委员会",
        ),
        (  # the term written without its 第, the session in digits
            "（2032年5月7日卯州第九届人民代表大会第四次会议通过　2042年2月25日卯州十五届人民代表大会第3次会议修订）",
            "卯州十五届人民代表大会",
        ),
    ],
)
def test_the_last_revising_body_is_the_issuer(note: str, issuer: str) -> None:
    doc = parse_structure(f"甲州湿地保护条例\n{note}\n{_ARTICLES}")
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("note", "issuer"),
    [
        (  # never revised: the adopting body, not the approving one
            "（2032年2月11日庚州第六届人民代表大会第三次会议通过　2032年4月2日辛省第八届人民代表大会常务委员会"
            "第九次会议批准）",
            "庚州第六届人民代表大会",
        ),
        (  # only amended by decision: the adopting body
            "（2032年11月3日丑市第十四届人民代表大会常务委员会第六次会议通过　根据2044年10月31日丑市第十八届"
            "人民代表大会常务委员会第十一次会议《关于修改〈丑市城市绿化条例〉的决定》修正）",
            "丑市第十四届人民代表大会常务委员会",
        ),
        (  # only amended at a meeting: the adopting body
            "（2033年6月18日壬市第十二届人民代表大会常务委员会第二十一次会议通过\n"
            "2040年3月29日壬市第十五届人民代表大会常务委员会第十次会议修正）",
            "壬市第十二届人民代表大会常务委员会",
        ),
    ],
)
def test_without_a_revision_the_adopting_body_stays(note: str, issuer: str) -> None:
    doc = parse_structure(f"甲州湿地保护条例\n{note}\n{_ARTICLES}")
    assert doc.issuer == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "辰州人民代表大会\n\n常务委员会机关公文处理办法\n\n"
            "2034年3月12日辰州第十一届人民代表大会\n\n常务委员会第四次主任会议修订\n\n"
            "2044年7月9日辰州第十三届人民代表大会\n\n常务委员会第十二次主任会议修订\n\n"
            "第一章\n\n第一条 为实现公文处理工作规范化，制定本办法。\n",
            "辰州第十三届人民代表大会常务委员会",
        ),
        (
            "巳市人民代表大会\n常委会信访工作规则\n"
            "（2036年9月1日巳市第十五届人民代表大会常务委员会第八次主任会议通过）\n"
            "第一条 为了规范信访工作，制定本规则。\n",
            "巳市第十五届人民代表大会常务委员会",
        ),
    ],
)
def test_a_title_broken_inside_its_congress_name_is_no_issuer_line(text: str, issuer: str) -> None:
    assert parse_structure(text).issuer == issuer


def test_a_long_county_name_adopts_before_the_approving_province() -> None:
    text = (
        "甲省乙丙丁戊己庚辛壬癸子丑寅卯族自治县古茶树保护管理条例\n"
        "（2039年3月6日甲省乙丙丁戊己庚辛壬癸子丑寅卯族自治县第十四届人民代表大会第三次会议通过　"
        "2039年5月27日甲省第十一届人民代表大会常务委员会第十次会议批准）\n" + _ARTICLES
    )
    assert parse_structure(text).issuer == "甲省乙丙丁戊己庚辛壬癸子丑寅卯族自治县第十四届人民代表大会"
