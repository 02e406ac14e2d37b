"""False goals, round 35 (targets48): an amount that names the size class of things a later count counts
(力争千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个) is no goal's level; the counts are the goals
(parsers.size_classes.counted_amount, asked by the goal reader as by the money roles). A level (总产值达到1000亿元) and a
class a goal reaches with no count (打造千亿元产业集群, round 28) keep their rows.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "news.txt")]


def test_classes_a_later_count_counts_are_no_goal() -> None:
    text = "到2031年，力争千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个。"
    assert _rows(text) == [(2031, 3.0, "个"), (2031, 4.0, "个"), (2031, 44.0, "个")]


def test_a_level_and_a_class_reached_keep_their_rows() -> None:
    assert _rows("到2031年，全市工业总产值达到1000亿元。") == [(2031, 1000.0, "亿元")]
    assert _rows("到2031年，打造千亿元产业集群。") == [(2031, 1000.0, "亿元")]
