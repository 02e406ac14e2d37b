"""Classes of language read in heldout14 (issue 8, round 13), each on sentences written for this file.

None of these sentences is copied from a fixture; near misses are tested beside each class.

* traditional forms of the count units and words a goal reads (戶, 噸, 輛, 張, 畝 …) are read as their simplified
  forms, one character for one, so a traditional goal's count (增加到1200戶) is a target, not a goal without a number;
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2027年，全縣規上企業數量增加到1200戶，新增專精特新企業30戶。",
            [(2027, 1200, "戶"), (2027, 30, "戶")],
        ),
        ("到2028年，新建充電樁500個，新能源公交車達到300輛。", [(2028, 500, "個"), (2028, 300, "輛")]),
        (
            "到2026年，建成高標準農田20萬畝，糧食產量穩定在80萬噸以上。",
            [(2026, 200000, "畝"), (2026, 800000, "噸")],
        ),
    ],
)
def test_traditional_count_units_give_targets(text: str, expected: list[tuple[int, float, str]]) -> None:
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals if g.value is not None] == expected
    assert not [
        g for g in goals if g.value is None
    ]  # the counted goals are not read as goals without a number


def test_the_simplified_sentence_reads_the_same() -> None:
    traditional = targets_of("到2027年，全縣規上企業數量增加到1200戶。")
    simplified = targets_of("到2027年，全县规上企业数量增加到1200户。")
    assert [(g.year, g.value, g.kind) for g in traditional] == [(g.year, g.value, g.kind) for g in simplified]
