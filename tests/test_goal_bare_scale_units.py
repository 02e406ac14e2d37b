"""A bare 亿-scale with no numeral sizes a bulk quantity (新增粮食产能千亿斤: 1000 亿斤) and a size of yuan written as 规模
(达万亿规模: 10000 亿元), as 突破千亿元 sizes money; a class of places (千亿县, 百亿园区) and a size with no goal stay no
figure."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def targets(text: str):
    return parse_bytes(text.encode(), "goal.txt").targets


def test_a_bare_scale_of_a_bulk_quantity_is_its_value():
    (target,) = targets("到2032年，全省新增棉花产能百亿斤以上。")
    assert (target.year, target.value, target.kind) == (2032, 1e10, "min")


def test_a_size_of_yuan_ends_its_goal_before_the_next():
    text = "力争到2029年，全区工业总产值达千亿规模、年均增长7%左右。"
    got = {t.surface: t for t in targets(text)}
    assert got["年均增长7%左右"].value == 7
    (size,) = [t for s, t in got.items() if s.endswith("千亿规模")]
    assert size.value_yuan == 1e11


def test_a_class_of_places_is_no_figure():
    assert targets("力争百亿园区实现零的突破。") == []


def test_a_bare_scale_before_the_noun_it_classes_is_no_value():
    assert targets("力争到2031年实现千亿规模园区地市全覆盖。") == []
    assert all(t.value is None for t in targets("到2031年，超额完成新增百亿斤油料产能的目标。"))
