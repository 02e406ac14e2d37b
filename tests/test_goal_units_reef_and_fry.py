"""Units of a goal's count the vocabulary missed (round 17, census17 T1): 空方 (the void of an artificial reef) and 单位
(units of fry released, of a dose). A number right before them is the goal's quantity in that unit; a count before 单位
as a noun (3家单位, 10个示范单位) keeps its own unit. None of these sentences is copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("到2030年，全省新建人工鱼礁3000万空方以上。", 3000e4, "空方", "min"),
        ("到2030年，全省新建人工魚礁三百萬空方。", 300e4, "空方", "exact"),
        ("到2030年，全省年增殖放流水生生物苗种80亿单位。", 80e8, "单位", "exact"),
        ("到2030年，全省年增殖放流水生生物苗種80億單位。", 80e8, "单位", "exact"),
    ],
)
def test_a_count_in_reef_void_or_fry_units_is_a_goal(text: str, value: float, unit: str, kind: str) -> None:
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit, g.kind) for g in goals] == [(2030, value, unit, kind)]


def test_a_count_of_bodies_keeps_its_own_unit() -> None:
    goals = targets_of("到2030年，全市培育10个示范单位，表彰30家先进单位。")
    assert [(g.value, g.unit) for g in goals] == [(10, "个"), (30, "家")]
