"""A part of a goal statement that names the purpose the goals serve (为…提供有力支撑, 为…作出更大贡献, 为…注入活力,
为…奠定基础) is no goal without a number (issue 8, round 12): the gold marks such a part optional at best. Texts
written for this file. Near misses: a qualitative goal beside it stays a row, and so does a part that opens with 为
as a copula (…成为…) or names its own goal (为民服务水平明显提升), and 为…提供 with no purpose noun ending the part (为渔民
提供冷链服务的码头覆盖…: a modifier of the subject; 为老人提供上门助浴服务: a service offered)."""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _goals(text: str) -> list[str]:
    """The goals without a number, as written."""
    return [t.surface for t in targets_of(text) if t.value is None and t.low is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2029年，戊县特色农业产值达到90亿元，品牌影响力显著提升，为全县乡村振兴提供有力支撑。",
            ["品牌影响力显著提升"],
        ),
        (
            "到2029年，戊县文旅融合水平明显提高，为建设区域旅游目的地作出更大贡献。",
            ["戊县文旅融合水平明显提高"],
        ),
        ("到2029年，戊县数字经济规模持续扩大，为县域经济注入新的活力。", ["戊县数字经济规模持续扩大"]),
        # near misses: a goal of its own that opens with 为
        (
            "到2029年，戊县政务服务效率明显提升，为民服务水平显著提高。",
            ["戊县政务服务效率明显提升", "为民服务水平显著提高"],
        ),
        # near misses: 为…提供 in a modifier of the subject, or a service offered, with no purpose noun ending the part
        (
            "到2029年，为渔民提供冷链服务的码头覆盖所有渔港。",
            ["为渔民提供冷链服务的码头覆盖所有渔港"],
        ),
        ("到2029年，为高龄老人提供上门助浴服务。", ["为高龄老人提供上门助浴服务"]),
    ],
)
def test_purpose_part_is_no_goal(text: str, expected: list[str]) -> None:
    assert _goals(text) == expected
