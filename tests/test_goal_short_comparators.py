"""Headline goals written with a one-character comparator and no unit after 亿 (产值超200亿, 产值破500亿): at least
that much, as 超过/突破 say; 打破, 跌破, 赶超 are other words (round 16, a class of fresh news on plans). Sentences
made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "news.txt")
    return [(t.year, t.metric, t.value, t.kind) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "metric", "value"),
    [
        ("至2031年，全省将建成3-5家示范区，主导产业产值超200亿。", "主导产业产值", 2e10),
        ("到2034年，示范区产值破500亿，企业超800家。", "示范区产值", 5e10),
        ("到2034年，年接待游客逾1亿。", "年接待游客", 1e8),
    ],
)
def test_a_short_comparator_before_a_bare_scaled_number_is_a_floor(
    sentence: str, metric: str, value: float
) -> None:
    assert (int(sentence[1:5]), metric, value, "min") in _rows(sentence)


def test_po_before_yuan_is_a_floor_too() -> None:
    assert _rows("到2034年，全市软件业务收入破500亿元。") == [(2034, "全市软件业务收入", 500.0, "min")]


def test_po_inside_another_word_bounds_nothing() -> None:
    # 打破 (break a record) counts records; no floor
    assert _rows("到2034年，全队打破3项纪录。") == [(2034, "纪录", 3.0, "exact")]


def test_a_money_mention_after_po_is_at_least_it() -> None:
    doc = parse_bytes("2034年全市数字经济规模破800亿元。".encode(), "news.txt")
    assert [(m.low, m.high, m.kind) for m in doc.money] == [(8e10, None, "min")]
