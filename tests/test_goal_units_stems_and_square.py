"""Count units fresh text writes that the table lacked (round 36, targets50; lexicon [targets] count_units): stems of
cut flowers (鲜切花交易量达到9亿枝) and 方米, news's short form of 平方米 (人均场地面积达到2.2方米以上). Before, the goal had no
number. 立方米 stays 立方米.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(value, unit, kind) for _, _, value, unit, kind in target_rows(text + "\n", "plan.txt")]


def test_stems_are_counted() -> None:
    assert _rows("到2031年，全县鲜切花交易量达到9亿枝。") == [(900000000.0, "枝", "exact")]


def test_square_metres_in_short() -> None:
    assert _rows("到2031年，城区人均公园绿地面积达到2.2方米以上。") == [(2.2, "方米", "min")]


def test_cubic_metres_stay_cubic() -> None:
    assert _rows("到2031年，全市再生水利用量达到3000万立方米。") == [(30000000.0, "立方米", "exact")]
