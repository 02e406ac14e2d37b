"""An amount that names a class of things (千亿元级产业集群, 百亿级龙头企业) is no goal's value: the goal counts the things,
or states no number at all; a level reached (规模达到万亿元级水平) is still the value (round 16, a class of fresh news
on plans: level names read as goals). Sentences made up."""

from __future__ import annotations

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "plan.txt")
    return [(t.year, t.value, t.unit, t.kind) for t in doc.targets]


def test_a_count_of_classed_things_counts_the_things() -> None:
    assert _rows("到2031年，全市培育8个产值千亿元级产业。") == [(2031, 8.0, "个", "exact")]


def test_a_goal_to_build_a_classed_thing_has_the_class_as_its_floor() -> None:
    # round 28 (fixtures/heldout/SOURCES.md): a size class as the whole object of a goal verb is a target, kind min
    assert _rows("到2031年，助力打造万亿元级现代化海洋牧场。") == [(2031, 10000.0, "亿元", "min")]


def test_a_level_reached_is_still_the_value() -> None:
    assert _rows("到2031年，汽车产业规模达到万亿元级水平。") == [(2031, 10000.0, "亿元", "exact")]


def test_an_amount_with_no_level_mark_is_the_value() -> None:
    assert _rows("到2031年，全市数字经济规模达到1000亿元，培育5家百亿级企业。") == [
        (2031, 1000.0, "亿元", "exact"),
        (2031, 5.0, "家", "exact"),
    ]


def test_a_level_reached_at_the_clause_end_is_still_the_value() -> None:
    # 级 with no noun after it (达到千亿元级。) names the level reached, not a class of things
    assert _rows("到2032年，全市新材料产业规模达到千亿元级。") == [(2032, 1000.0, "亿元", "exact")]
    assert _rows("到2032年，全市新材料产业规模突破千亿元级，培育3个百亿元级企业。")[0] == (
        2032,
        1000.0,
        "亿元",
        "exact",
    )
