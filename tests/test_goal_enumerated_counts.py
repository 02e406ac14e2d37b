"""A count in words that restates the names just listed is no quantity of the goal (round 35, issue 8, targets47):
建成甲园、乙园和丙园三个省级园区 names three parks and counts them, a goal with no number; a count of its own
(培育三个省级园区, …等五个省级园区) keeps its number. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text + "\n", "news.txt")]


def test_a_count_of_the_names_just_listed_is_no_figure() -> None:
    assert _rows("到2031年，建成东园、西园、南园和北园四个省级现代农业园区。") == [(2031, None, None)]


def test_a_count_of_its_own_keeps_its_number() -> None:
    assert _rows("到2031年，培育三个省级现代农业园区。") == [(2031, 3.0, "个")]
    # 等: the names are examples of more; the count is the goal's
    assert _rows("到2031年，建成东园、西园和南园等五个省级现代农业园区。") == [(2031, 5.0, "个")]


def test_the_last_name_may_be_joined_by_any_joiner_of_the_lexicon() -> None:
    # 与 / 以及 / 及 join the last name as 和 does ([targets] enumeration_last_joiners); 两 counts as 二
    assert _rows("到2031年，建成东园、西园与南园三个省级现代农业园区。") == [(2031, None, None)]
    assert _rows("到2031年，建成东园、西园以及南园三个省级现代农业园区。") == [(2031, None, None)]
    assert _rows("到2031年，建成东园、西园及南园、北园四个省级现代农业园区。") == [(2031, None, None)]
    assert _rows("到2031年，建成东园、西园两个省级现代农业园区。") == [(2031, None, None)]
