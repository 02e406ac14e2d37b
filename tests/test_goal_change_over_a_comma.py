"""A change written over a comma (round 17, census17 N4): 全产业链由“十三五”的1.753万亿元，发展到2.568万亿元.

The part with 由/从 and the base figure and the next part, which opens with the verb, 到/至 and the new figure, are one
goal: its value is the new figure; the base is no goal of its own. None of these sentences is copied from a fixture.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("到2030年，全省食品产业营业收入由2025年的800亿元，发展到1200亿元。", 1200, "亿元"),
        ("到2030年，全县森林覆盖率从目前的40%，提高到45%。", 45, "%"),
        ("到2030年，全市特色产业集群由“十四五”末的5个，增加到12个。", 12, "个"),
    ],
)
def test_a_change_over_a_comma_is_one_goal_of_its_new_figure(text: str, value: float, unit: str) -> None:
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals] == [(2030, value, unit)]


def test_parts_with_no_base_stay_apart() -> None:
    goals = targets_of("到2030年，全市从业人员达到10万人，营业收入提高到500亿元。")
    assert [(g.value, g.unit) for g in goals] == [(10e4, "人"), (500, "亿元")]
