"""A bound inside the metric (census18 T-N2): 超100亿元企业集团10家 counts the groups of that size class, as 超百亿元企业10家
counts firms; the amount says which things count, the goal's value is the count. Without a count after the noun, the
amount is the goal's value. Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.value, t.unit, t.kind) for t in doc.targets]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("到2031年，其中超100亿元企业集团10家。", (2031, 10.0, "家", "exact")),
        ("到2031年，年应税销售收入超1000亿元产业2个。", (2031, 2.0, "个", "exact")),
        ("到2031年，营业收入超百亿元企业10家。", (2031, 10.0, "家", "exact")),
    ],
)
def test_a_size_class_before_a_count_is_no_value(text: str, row: tuple) -> None:
    assert _rows(text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("到2031年，全市产业规模突破1000亿元。", (2031, 1000.0, "亿元", "min")),
        ("到2031年，培育产值超100亿元的企业集团，年营业收入达到500亿元。", (2031, 500.0, "亿元", "exact")),
    ],
)
def test_an_amount_with_no_count_after_it_stays_the_value(text: str, row: tuple) -> None:
    assert row in _rows(text)


def test_a_count_in_words_after_the_class() -> None:
    assert _rows("到2031年末，培育营业收入超百亿元企业集团十家。\n") == [(2031, 10.0, "家", "exact")]
