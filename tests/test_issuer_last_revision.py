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
            "（2031年3月1日甲州第五届人民代表大会第二次会议通过　2031年5月9日乙省第七届人民代表大会常务委员会"
            "第二十次会议批准　2040年1月8日甲州第九届人民代表大会第三次会议修订　2040年3月27日乙省第十一届人民代表"
            "大会常务委员会第十次会议批准）",
            "甲州第九届人民代表大会",
        ),
        (  # revised twice, the revisions counted, one act a line
            "（2031年10月24日丙市第十三届人民代表大会常务委员会第三十六次会议通过\n"
            "2036年5月21日丙市第十六届人民代表大会常务委员会第十八次会议第一次修订\n"
            "2045年11月28日丙市第十八届人民代表大会常务委员会第二十二次会议第二次修订）",
            "丙市第十八届人民代表大会常务委员会",
        ),
        (  # amended by decision before the revision
            "（2031年4月29日丁省第七届人民代表大会第四次会议通过　根据2038年4月3日丁省第九届人民代表大会常务委员会"
            "第二次会议《关于修改〈丁省人民代表大会议事规则〉的决定》修正　2044年1月24日丁省第十四届人民代表大会"
            "第二次会议修订）",
            "丁省第十四届人民代表大会",
        ),
        (  # amended by decision after the revision: the reviser stays
            "（2031年8月31日戊市第十三届人民代表大会常务委员会第二十八次会议通过　2038年8月24日戊市第十六届人民代表大会"
            "常务委员会第十四次会议修订　根据2042年6月27日戊市第十七届人民代表大会常务委员会第二次会议通过的"
            "《关于修改〈戊市养犬管理条例〉的决定》修正）",
            "戊市第十六届人民代表大会常务委员会",
        ),
        (  # the term written without its 第, the session in digits
            "（2031年4月16日己州第八届人民代表大会第六次会议通过　2041年3月23日己州十四届人民代表大会第7次会议修订）",
            "己州十四届人民代表大会",
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
            "（2031年3月1日甲州第五届人民代表大会第二次会议通过　2031年5月9日乙省第七届人民代表大会常务委员会"
            "第二十次会议批准）",
            "甲州第五届人民代表大会",
        ),
        (  # only amended by decision: the adopting body
            "（2031年8月31日戊市第十三届人民代表大会常务委员会第二十八次会议通过　根据2042年6月27日戊市第十七届"
            "人民代表大会常务委员会第二次会议《关于修改〈戊市养犬管理条例〉的决定》修正）",
            "戊市第十三届人民代表大会常务委员会",
        ),
    ],
)
def test_without_a_revision_the_adopting_body_stays(note: str, issuer: str) -> None:
    doc = parse_structure(f"甲州湿地保护条例\n{note}\n{_ARTICLES}")
    assert doc.issuer == issuer


def test_a_title_broken_inside_its_congress_name_is_no_issuer_line() -> None:
    text = (
        "甲州人民代表大会\n\n常务委员会机关公文处理办法\n\n"
        "2037年8月22日甲州第十二届人民代表大会\n\n常务委员会第六次主任会议修订\n\n"
        "2043年8月28日甲州第十四届人民代表大会\n\n常务委员会第二十次主任会议修订\n\n"
        "第一章\n\n第一条 为实现公文处理工作规范化，制定本办法。\n"
    )
    assert parse_structure(text).issuer == "甲州第十四届人民代表大会常务委员会"


def test_a_long_county_name_adopts_before_the_approving_province() -> None:
    text = (
        "甲省乙丙丁戊己庚辛壬癸子丑寅卯族自治县古茶树保护管理条例\n"
        "（2039年3月6日甲省乙丙丁戊己庚辛壬癸子丑寅卯族自治县第十四届人民代表大会第三次会议通过　"
        "2039年5月27日甲省第十一届人民代表大会常务委员会第十次会议批准）\n" + _ARTICLES
    )
    assert parse_structure(text).issuer == "甲省乙丙丁戊己庚辛壬癸子丑寅卯族自治县第十四届人民代表大会"
