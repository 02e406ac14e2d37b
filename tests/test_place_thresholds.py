"""A bound amount right before the places it sorts (census extract51 A2: 税收超6亿元的乡镇, GDP过500亿元的县达到7个,
超千亿元县(市、区)数量) is a threshold of money: it says which places count (lexicon [roles] place_heads). The place
standing before the amount (全县GDP超过500亿元) or a share of places (90%以上的县) are no such thing. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("力争到2031年，实现工业增加值超90亿元的县6个、超7亿元的县全覆盖。", "超7亿元"),
        ("力争到2031年，实现工业增加值超90亿元的县6个、超7亿元的县全覆盖。", "超90亿元"),
        ("到2031年，县级税收稳步增长，超千亿元县(市、区)数量实现突破。", "超千亿元"),
        ("其中税收超2亿元的镇5个，超8000万元的镇9个。", "超8000万元"),
        ("全省超3000亿元市州数量将从4个增加到6个。", "超3000亿元"),
        ("力争財政收入超10億元的鎮達到5個。", "超10億元"),
    ],
)
def test_a_bound_amount_before_the_places_it_sorts_is_a_threshold(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        (
            "到2031年，全县地区生产总值突破500亿元。",
            "突破500亿元",
            "target",
        ),  # the place stands before the amount
        ("到2031年，地区生产总值达到500亿元，县域经济明显壮大。", "500亿元", "target"),  # a clause break
    ],
)
def test_the_amount_of_a_place_stays_its_own(text: str, surface: str, role: str) -> None:
    assert money_of(text)[surface].role == role


def test_a_share_of_places_is_untouched() -> None:
    assert ratios_of("到2031年，90%以上的乡镇建成综合服务站。")["90%以上"].role == "target"
