"""A heading a page glued to a copy of itself (X预案X预案(修订稿)1 总则…, all on one line with the body) is one title:
the site's copy before it is dropped, its stage kept as the status. A name that only looks doubled in part
(甲市甲区X办法) is left whole.

Texts are made up; the form is a document-sharing site's run-together text.
"""

from parsers.structure import parse_structure


def test_a_heading_glued_to_its_own_copy_is_one_title() -> None:
    text = (
        "1、甲市突发重大动物疫情应急预案甲市突发重大动物疫情应急预案(修订稿)1 总则1.1 编制目的及时、有效地预防、控制和扑灭"
        "突发重大动物疫情,维护社会稳定。1.2 编制依据依据有关法律法规,制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市突发重大动物疫情应急预案"
    assert doc.status == "修订稿"
    assert doc.notice_title is None


def test_a_heading_glued_to_its_body_once_keeps_its_name() -> None:
    text = (
        "1、甲市突发重大动物疫情应急预案(修订稿)1 总则1.1 编制目的及时、有效地预防、控制和扑灭"
        "突发重大动物疫情,维护社会稳定。1.2 编制依据依据有关法律法规,制定本预案。\n"
    )
    doc = parse_structure(text)
    assert doc.title == "甲市突发重大动物疫情应急预案"
    assert doc.status == "修订稿"


def test_a_doubled_heading_is_one_title_whatever_the_spacing_of_its_body_s_headings() -> None:
    body = "为建立健全突发环境事件应急机制，制定本预案。{s}1.2{s}编制依据{s}根据有关法律法规。\n"
    for s in ("", " ", "\u3000"):
        for prefix in ("", "1、"):
            text = (
                prefix
                + f"甲市突发环境事件应急预案甲市突发环境事件应急预案(修订稿)1{s}总则{s}1.1{s}编制目的{s}"
            )
            doc = parse_structure(text + body.format(s=s))
            assert doc.title == "甲市突发环境事件应急预案", text
            assert doc.status == "修订稿", text
