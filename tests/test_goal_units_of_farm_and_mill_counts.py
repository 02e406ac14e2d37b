"""Units of a goal's count the vocabulary missed (round 29, recall30): 担 (tobacco leaf), 锭 (spindles), 羽 (poultry),
箱 (bee colonies), 盆 (potted plants), 棒 (mushroom logs), 平米 (square metres). A number right before them is the goal's
quantity in that unit, also as the second metric of a 、 list (种植面积达到12万亩、产量30万担以上) where it was the
first metric's tail before. Bare 米 and 度 are left out (1.1米及以上行距 and 坡度25度以上 name a size or a slope), and
穗, 尾, 眼 (三穗县 is a county's name). None of these sentences is copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("到2030年，全县烤烟收购量稳定在15万担以上。", 15e4, "担", "min"),
        ("到2030年，全师纺织能力提高到80万锭。", 80e4, "锭", "exact"),
        ("到2030年，全師紡織能力提高到80萬錠。", 80e4, "锭", "exact"),
        ("到2030年，全县家禽出栏达到3000万羽。", 3000e4, "羽", "exact"),
        ("到2030年，全县中蜂养殖规模达到4万箱。", 4e4, "箱", "exact"),
        ("到2030年，全区花卉盆景年产量达到60万盆。", 60e4, "盆", "exact"),
        ("到2030年，全县食用菌生产规模达到2亿棒以上。", 2e8, "棒", "min"),
        ("到2030年，全县地毯年产量达到300万平米。", 300e4, "平米", "exact"),
    ],
)
def test_a_count_in_these_units_is_a_goal(text: str, value: float, unit: str, kind: str) -> None:
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit, g.kind) for g in goals] == [(2030, value, unit, kind)]


def test_the_second_metric_of_a_list_is_a_goal_of_its_own() -> None:
    goals = targets_of("到2030年，确保全县烟叶种植面积达到8万亩、产量20万担以上。")
    assert [(g.value, g.unit) for g in goals] == [(8e4, "亩"), (20e4, "担")]


def test_spindles_and_tons_in_one_list() -> None:
    goals = targets_of("到2030年，全区棉纺产能达到900万吨、1500万锭。")
    assert [(g.value, g.unit) for g in goals] == [(900e4, "吨"), (1500e4, "锭")]


@pytest.mark.parametrize(
    "text",
    [
        # a row spacing in metres sets the size of the work, not its quantity
        "到2030年，全县推广宽窄行种植(1.2米及以上行距)。",
        # a slope in degrees names which land
        "到2030年，对坡度25度以上的坡耕地逐步退耕还林。",
        # a county's name opens with a numeral and 穗
        "到2030年，三穗县建成省级农业园区。",
    ],
)
def test_metres_and_degrees_are_no_goal_quantity(text: str) -> None:
    assert [g for g in targets_of(text) if g.value is not None] == []
