"""False goals, round 35 (targets48), class 4: a bound amount right before the places it sizes (超百亿元县(市、区)数量实现
突破) says which places a goal counts, no level: the part is a goal without a number, as the money roles read the
amount a threshold ([roles] place_heads). A level of a county's own (全县地区生产总值突破300亿元) and the count of
sized places (超过300亿元的县达到8个) keep their rows.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "news.txt")]


def test_an_amount_sizing_the_places_counted_is_no_level() -> None:
    assert _rows("到2031年，超百亿元县(市、区)数量实现突破。") == [(2031, None, None)]


def test_a_level_and_a_count_of_sized_places_keep_their_rows() -> None:
    assert _rows("到2031年，全县地区生产总值突破300亿元。") == [(2031, 300.0, "亿元")]
    assert _rows("到2031年，GDP超过300亿元的县达到8个。") == [(2031, 8.0, "个")]
