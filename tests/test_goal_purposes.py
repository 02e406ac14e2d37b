"""A part of a goal statement that names the purpose the goals serve (为…提供有力支撑, 为…作出更大贡献, 为…注入活力,
为…奠定基础) is no goal without a number (issue 8, round 12): the gold marks such a part optional at best. Texts
written for this file. Near misses: a qualitative goal beside it stays a row, and so does a part that opens with 为
as a copula (…成为…) or names its own goal (为民服务水平明显提升)."""

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
    ],
)
def test_purpose_part_is_no_goal(text: str, expected: list[str]) -> None:
    assert _goals(text) == expected
