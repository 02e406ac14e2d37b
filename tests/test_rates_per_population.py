"""A rate per 100,000 people (孕产妇死亡率控制在10.5/10万以下) is a goal's quantity: the count per 10万 as written, unit /10万
(simplified), no share of one (fixtures/field/extraction heldout124, heldout132, heldout134 SOURCES.md). Before round 26
(goals60) the slash fraction took 10.5/10 and refused it as improper, so no row was given. A proper slash fraction (1/3) is
a share as before, and a unit per 万元 (吨标准煤/万元) stays a count per yuan. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _rows(text: str) -> list[tuple]:
    return [(t.year, t.value, t.unit, t.kind) for t in targets_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2031年，全市孕产妇死亡率控制在9.5/10万以下。", [(2031, 9.5, "/10万", "max")]),
        (
            "到2031年，孕产妇死亡率下降到8/10万以下，婴儿死亡率下降到3‰以下。",
            [(2031, 8.0, "/10万", "max"), (2031, 3.0, "‰", "max")],
        ),
        ("到2031年，全省孕產婦死亡率控制在9.5/10萬以內。", [(2031, 9.5, "/10万", "max")]),
        (
            "孕产妇死亡率到2028年控制在9.8/10万以下，到2031年下降到9/10万以下。",
            [(2028, 9.8, "/10万", "max"), (2031, 9.0, "/10万", "max")],
        ),
        (
            "到2031年，婴儿死亡率和孕产妇死亡率分别下降到3.5‰、9/10万。",
            [(2031, 3.5, "‰", "exact"), (2031, 9.0, "/10万", "exact")],
        ),
        ("到2031年，重大慢性病过早死亡率不高于12/十万。", [(2031, 12.0, "/十万", "max")]),
    ],
)
def test_a_rate_per_ten_thousand_people_is_a_goal(text: str, expected: list[tuple]) -> None:
    assert _rows(text) == expected


def test_a_proper_slash_fraction_is_still_a_share() -> None:
    ((year, value, unit, kind),) = _rows("到2031年，新能源汽车占比达到1/3以上。")
    assert (year, round(value, 2), unit, kind) == (2031, 33.33, "%", "min")


def test_a_count_per_ten_thousand_yuan_keeps_its_unit() -> None:
    assert _rows("到2031年，单位地区生产总值能耗降至0.35吨标准煤/万元。") == [
        (2031, 0.35, "吨标准煤/万元", "exact")
    ]
