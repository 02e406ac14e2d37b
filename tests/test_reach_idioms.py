"""Census class U (round 24, faults55): a reach in time or distance named as a circle, a network or a radius (3小时经济圈,
1小时通勤网络, 15分钟便民生活圈, 1.5公里服务半径) is the goal's name, no quantity of it: the goal has no number from it
(lexicon [traps] reach_idiom_pattern). A share of it covered (生活圈覆盖率达到90%) keeps its own figure.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    "sentence",
    [
        "到2031年，全市基本建成都市圈1小时通勤网络。",
        "到2031年，全面建成城区15分钟便民生活圈。",
        "到2031年，实现城区2公里服务半径全覆盖。",
        "到2031年，与周边城市构成2小时经济圈。",
        "到2031年，基本形成半小时交通圈。",
    ],
)
def test_a_reach_idiom_gives_the_goal_no_number(sentence):
    assert [t.value for t in targets_of(sentence) if t.value is not None] == []


def test_a_share_of_the_circle_keeps_its_figure():
    rows = [(t.year, t.value) for t in targets_of("到2031年，城市15分钟便民生活圈覆盖率达到90%以上。")]
    assert rows == [(2031, 90.0)]
