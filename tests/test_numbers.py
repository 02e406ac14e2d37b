import pytest

from parsers.numbers import parse_number, parse_ordinal, to_halfwidth


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
