"""A congress's 公告 over the text it promulgates: the organ signing its sentence (《X》已由…通过，现予公布 /
甲省人民代表大会常务委员会 / date) is the issuer, before the law's note of adoption and before the 公告's header with
its term (field conventions, round 23: the signature first).

Texts are made up; the forms are those of provincial and city regulations printed with their 公告.
"""

import pytest

from parsers.structure import parse_structure

_LAW = (
    "甲省人民防空条例\n"
    "（2029年10月22日甲省第九届人民代表大会常务委员会第十四次会议通过　"
    "2038年12月2日甲省第十一届人民代表大会常务委员会第六次会议修订）\n"
    "第一条　为了加强人民防空建设，制定本条例。\n第二条　本条例适用于本省。\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "《甲省人民防空条例》已由甲省第十一届人民代表大会常务委员会第六次会议于2038年12月2日修订，"
        "现将修订后的《甲省人民防空条例》予以公布，自2039年3月1日起施行。\n",
        "《甲省人民防空条例》于2038年12月2日甲省第十一届人民代表大会常务委员会第六次会议通过，现予公布。\n特此公告。\n",
    ],
)
def test_the_signature_of_the_promulgating_sentence_names_the_issuer(sentence: str) -> None:
    text = "第十二号\n" + sentence + "甲省人民代表大会常务委员会\n2038年12月3日\n" + _LAW
    assert parse_structure(text).issuer == "甲省人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("header", "signature"),
    [
        ("乙市第十四届人民代表大会常务委员会公告\n（第21号）\n", "乙市人民代表大会常务委员会"),
        ("丙自治区第十四届人民代表大会常务委员会公告\n（第55号）\n", "丙自治区人民代表大会常务委员会"),
    ],
)
def test_a_signature_without_the_term_of_its_announcement_header(header: str, signature: str) -> None:
    text = (
        header + "《丁条例》已由该届人民代表大会常务委员会第十六次会议于2039年4月26日通过，现予公布。\n"
        f"{signature}\n2039年12月9日\n" + "第一章　总则\n第一条　为了规范管理，制定本条例。\n"
    )
    assert parse_structure(text).issuer == signature


def test_a_promulgating_sentence_without_a_signature_leaves_the_note() -> None:
    text = "甲省人民防空条例\n《甲省人民防空条例》已经修订，现予公布。\n" + _LAW
    assert parse_structure(text).issuer == "甲省第十一届人民代表大会常务委员会"
