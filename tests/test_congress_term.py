"""A congress's term (第十四届, 十四届) is one pattern, built once from titles.toml congress_term_words, read by the note
of adoption (orders.CONGRESS_RE's term) and by the issuer that drops the term from a congress's name (head.head_issuer).

Terms are counted in tens (no 百): a place that ends in 百 keeps it when the term after it has no 第. The notes and
places below are made up for these tests."""

from __future__ import annotations

import pytest

from parsers.structure import head, orders, parse_structure
from parsers.structure.head import head_issuer
from parsers.structure.lines import split_lines
from parsers.structure.orders import CONGRESS_RE, CONGRESS_TERM_RE, adopted_whole_by, made_by


def test_one_term_pattern_for_the_note_and_the_issuer():
    assert head.CONGRESS_TERM_RE is orders.CONGRESS_TERM_RE
    assert CONGRESS_TERM_RE.pattern in CONGRESS_RE.pattern


@pytest.mark.parametrize(
    ("note", "place", "term", "act"),
    [
        ("（2031年5月1日乙甲百十四届人民代表大会常务委员会第3次会议通过）", "乙甲百", "十四届", "通过"),
        ("（2031年5月1日丙丁百十届人大常委会第五次会议修订）", "丙丁百", "十届", "修订"),
        ("根据2031年6月2日戊己百九届人民代表大会常务委员会第二十次会议批准", "戊己百", "九届", "批准"),
        ("（2031年5月1日乙甲百第十四届人民代表大会常务委员会第3次会议通过）", "乙甲百", "第十四届", "通过"),
        ("（2031年5月1日甲省第十二届人民代表大会第三次会议通过）", "甲省", "第十二届", "通过"),
    ],
)
def test_a_place_ending_in_bai_keeps_it_before_its_term(note, place, term, act):
    m = CONGRESS_RE.search(note)
    assert m is not None
    assert (m.group("place"), m.group("term"), m.group("act")) == (place, term, act)


@pytest.mark.parametrize(
    ("title", "signature"),
    [
        ("乙甲百十四届人民代表大会常务委员会公告", "乙甲百人民代表大会常务委员会"),
        ("乙甲百第十四届人民代表大会常务委员会公告", "乙甲百人民代表大会常务委员会"),
        ("丙省十三届人民代表大会常务委员会公告", "丙省人民代表大会常务委员会"),
    ],
)
def test_an_announcement_signed_without_its_term_is_its_committees(title, signature):
    assert head_issuer(title, [], "", signature) == signature


# made_by and adopted_whole_by read the head's lines with the same join: a short line and the next one
BROKEN_NOTE = (
    "甲市河道条例\n（2031年5月1日甲市第十届人民代表大会\n常务委员会第二十次会议通过）\n第一条　为了…。\n"
)
BROKEN_REVISION = (
    "甲市河道条例\n"
    "（2031年5月1日甲市第十届人民代表大会常务委员会第二十次会议通过 2033年3月2日甲市第十一届人民代表大会\n"
    "常务委员会第五次会议修订）\n"
    "第一条　为了…。\n"
)


@pytest.mark.parametrize(
    ("read", "text", "act", "term"),
    [
        (made_by, BROKEN_NOTE, "通过", "第十届"),
        (adopted_whole_by, BROKEN_NOTE, "通过", "第十届"),
        (made_by, BROKEN_REVISION, "通过", "第十届"),
        (adopted_whole_by, BROKEN_REVISION, "修订", "第十一届"),
    ],
)
def test_a_note_broken_over_two_lines_is_read_joined(read, text, act, term):
    m = read(split_lines(text))
    assert m is not None
    assert (m.group("place"), m.group("act"), m.group("term")) == ("甲市", act, term)


def test_the_issuer_of_an_announcement_whose_place_ends_in_bai():
    text = (
        "乙甲百十四届人民代表大会常务委员会公告\n（第3号）\n"
        "《乙甲百河道管理条例》已由乙甲百第十四届人民代表大会常务委员会第3次会议于2031年5月1日通过，现予公布，"
        "自2031年7月1日起施行。\n乙甲百人民代表大会常务委员会\n2031年5月1日\n"
    )
    assert parse_structure(text).issuer == "乙甲百人民代表大会常务委员会"
