"""A promulgation's header (甲市人民代表大会常务委员会公告) signed by the same organ in its short form, its place kept
(甲市人大常委会): the issuer is named as it signs. A header naming the organ's term names it in full.

Texts are made up; the form is a city congress's 公告 printed over the regulation it promulgates.
"""

from parsers.structure.head import head_issuer


def test_a_header_signed_in_short_form_is_issued_by_the_signer() -> None:
    assert head_issuer("甲市人民代表大会常务委员会公告", [], "", "甲市人大常委会") == "甲市人大常委会"


def test_a_header_with_the_organs_term_keeps_it() -> None:
    issuer = head_issuer("甲市第十四届人民代表大会常务委员会公告", [], "", "甲市人大常委会")
    assert issuer == "甲市第十四届人民代表大会常务委员会"


def test_a_signature_without_the_place_gives_way_to_the_header() -> None:
    assert (
        head_issuer("甲市人民代表大会常务委员会公告", [], "", "市人大常委会") == "甲市人民代表大会常务委员会"
    )


def test_a_header_signed_by_its_organs_office_is_issued_by_the_office() -> None:
    assert head_issuer("甲市人大常委会公告", [], "", "甲市人大常委会办公厅") == "甲市人大常委会办公厅"
