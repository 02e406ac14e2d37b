"""A unit after a slash belongs to the amount: the bound word after it bounds the amount, a list goes on across it
(round 37, ratios38).

Stage: unit. An amount named per unit (12元/千克, 180元/m², 3000元/户) ended at 元, so a bound word after the unit
(12元/千克以内) was lost, and a list whose members carry a Latin unit (120元/m²、180元/m²) broke at the first slash, so a
reach before it (分别达到…的) did not reach the later members. Lexicon [bounds] per_unit_suffix_pattern.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "kind", "low", "high"),
    [
        ("到2030年，制氢成本降至12元/千克以内。", "12元/千克以内", "max", None, 12.0),
        ("每户补助3000元/户以上。", "3000元/户以上", "min", 3000.0, None),
        ("租金控制在25元/m²以下。", "25元/m²以下", "max", None, 25.0),
    ],
)
def test_the_bound_after_the_unit_bounds_the_amount(text, surface, kind, low, high):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == (kind, low, high)


def test_a_list_goes_on_across_a_latin_unit():
    got = money_of("租赁厂房每年分别达到120元/m²、180元/m²、260元/m²)的，给予补贴。")
    assert [(m.kind, m.low) for m in got.values()] == [("min", 120.0), ("min", 180.0), ("min", 260.0)]


def test_no_bound_after_the_unit_none_read():
    (m,) = money_of("按每亩200元/亩标准补助。").values()
    assert (m.kind, m.low, m.high) == ("exact", 200.0, 200.0)
