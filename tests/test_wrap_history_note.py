"""A law's history note under its title, hard-wrapped: (2001年…通过　根据…《关于修改〈X〉的决定》修正　…修订). It holds no
comma and a line of it can end at the margin with the kind of document it cites (…的决定》), which reads like a
title over the text's first sentence; but it stands inside a bracket it has not closed, and no title does, so its
lines run on to the bracket's end. Texts are made up, hard-wrapped as a PDF prints them (tests/wrapping.py).
"""

from __future__ import annotations

from test_structure_properties import check_invariants
from wrapping import hard_wrap

from parsers.structure import parse_structure
from scripts.wrapped_compare import hierarchy, sentences, squeeze

NOTE = (
    "（2001年4月29日甲自治区第九届人民代表大会第四次会议通过　根据2008年4月3日甲自治区第十二届人民代表大会"
    "常务委员会第二次会议《关于修改〈甲自治区人民代表大会代表建议办理办法〉的决定》修正　2031年1月24日"
    "甲自治区第十四届人民代表大会第二次会议修订）"
)
TITLE = "甲自治区人民代表大会代表建议办理办法"
LAW = (
    f"{TITLE}\n"
    f"{NOTE}\n"
    "第一章　总则\n"
    "第一条　为了规范自治区人民代表大会代表建议、批评和意见的办理工作，保障代表依法履行职责，根据有关法律的规定，"
    "结合自治区实际，制定本办法。\n"
    "第二条　承办单位办理代表建议，应当坚持实事求是、依法办理的原则，注重实效，认真研究，及时答复。\n"
)


def parse(text: str):
    structure = parse_structure(text)
    check_invariants(text, structure)
    return structure


def test_a_history_note_cut_after_the_decision_it_cites_runs_on_to_its_closing_bracket():
    copy = "\n".join(hard_wrap(LAW).split("\n")[1:])  # one page, no running header
    lines = copy.split("\n")
    assert "议《关于修改〈甲自治区人民代表大会代表建议办理办法〉的决定》" in lines  # reads like a title's end
    left, right = parse(LAW), parse(copy)
    assert squeeze(NOTE) in sentences(right)
    assert sentences(right) == sentences(left)
    assert hierarchy(right) == hierarchy(left)
    assert right.title == left.title == TITLE
