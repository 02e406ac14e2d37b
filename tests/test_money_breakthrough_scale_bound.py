"""突破 before an amount and 规模 after it (突破5000亿元规模): the scale is the level passed, no object of the verb, so the
amount is at least it (min), as before 大关 or 台阶. 突破 before things counted (突破百项关键技术) still sets no bound.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("全省4个优势产业突破3000亿元规模。", "突破3000亿元", 3e11),
        ("两大支柱产业均突破万亿元规模，形成集群。", "突破万亿元", 1e12),
    ],
)
def test_a_breakthrough_of_a_scale_is_a_lower_bound(text, surface, low):
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("min", low, None)


def test_a_breakthrough_with_an_object_is_no_bound_on_money():
    # the amount that follows a comma is its own figure
    m = money_of("今年突破一批关键技术，投入研发经费20亿元。")["20亿元"]
    assert m.kind == "exact"
