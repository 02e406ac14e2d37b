import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parsers.numbers import (
    ARABIC_DIGIT_CHARS,
    CN_ALL_DIGIT_CHARS,
    CN_DIGIT_CHARS,
    CN_FORMAL_DIGIT_CHARS,
    CN_LABEL_CHARS,
    MAX_CHINESE,
    MAX_ROMAN,
    parse_chinese,
    parse_number,
    parse_ordinal,
    to_chinese,
    to_halfwidth,
    to_letters,
    to_roman,
)


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("十二", 12),
        ("一百二十三", 123),
        ("一百零五", 105),
        ("一千零五", 1005),
        ("壹佰", 100),
        ("五十万", 500_000),
        ("一亿二千万", 120_000_000),
        ("三点五", 3.5),
        ("二〇二七", 2027),
        ("两", 2),
        ("２．７", 2.7),
        ("1,000", 1000),
        ("②", 2),
    ],
)
def test_numerals_read_as_written(written, value):
    assert parse_number(written) == value


def test_ordinal_of_a_label_and_of_a_non_numeral():
    assert parse_ordinal("五十三") == 53
    assert parse_ordinal("１２") == 12
    assert parse_ordinal("附") is None


def test_halfwidth_keeps_length_so_offsets_hold():
    text = "最高１０００万元，占比２０％"
    assert len(to_halfwidth(text)) == len(text)
    assert to_halfwidth(text) == "最高1000万元，占比20%"


# ---------------------------------------------------------------- writing numbers, character classes


@pytest.mark.parametrize(
    ("n", "written"),
    [(1, "一"), (10, "十"), (12, "十二"), (105, "一百零五"), (110, "一百一十"), (1010, "一千零一十"),
     (10010, "一万零一十"), (210000, "二十一万"), (100001000, "一亿零一千"), (200000010, "二亿零一十")],
)  # fmt: skip
def test_chinese_numerals_as_word_writes_list_numbers(n, written):
    assert to_chinese(n) == written


@given(st.integers(1, MAX_CHINESE))
def test_every_chinese_numeral_written_reads_back(n):
    assert parse_chinese(to_chinese(n)) == n


def test_writing_is_bounded_to_what_each_system_can_write():
    assert (to_chinese(0), to_chinese(MAX_CHINESE + 1), to_chinese(10**100)) == (None, None, None)
    assert (to_roman(14), to_roman(MAX_ROMAN), to_roman(MAX_ROMAN + 1), to_roman(10**12)) == (
        "xiv",
        "mmmcmxcix",
        None,
        None,
    )
    assert (to_letters(1), to_letters(27), to_letters(780), to_letters(781), to_letters(10**12)) == (
        "a",
        "aa",
        "z" * 30,
        None,
        None,
    )


def test_character_classes_hold_what_their_names_say():
    assert all(parse_number(char) == "零一二三四五六七八九".index(char) for char in "一二三四五六七八九")
    assert {parse_number(char) for char in "零〇○"} == {0}
    assert all(char in CN_ALL_DIGIT_CHARS for char in CN_DIGIT_CHARS + CN_FORMAL_DIGIT_CHARS)
    label = re.compile(f"^第[{CN_LABEL_CHARS}]+条$")
    assert label.match("第一百二十三条") and label.match("第两千条") and not label.match("第1条")
    assert re.fullmatch(f"[{ARABIC_DIGIT_CHARS}]+", "2025２０２５")
