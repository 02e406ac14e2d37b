"""A mark of more (多/余) inside a multiple or a points figure makes it an at-least value (round 37, ratios38).

Stage: the number reader. 20%多 and 四百六十多亿元 were read as min already; a multiple written 30多倍 or 6倍多 and a
points change written 10多个百分点 were missed or read exact. The mark may stand between the number and its unit
(30多倍, 10多个百分点) or right after 倍 when it ends the phrase (6倍多，); 3倍多数 is a word (多数), no mark.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface", "value", "form"),
    [
        ("甲县粮食产量是1978年的30多倍。", "30多倍", 30.0, "multiple"),
        ("乙市外贸总额十年间增加了6倍多，位居前列。", "6倍多", 6.0, "multiple"),
        ("丙区签约率比上年高出10多个百分点；", "10多个百分点", 0.1, "points"),
        ("丁镇茶叶产值是十年前的四十余倍。", "四十余倍", 40.0, "multiple"),
    ],
)
def test_a_mark_of_more_makes_the_figure_a_minimum(text, surface, value, form):
    m = ratios_of(text)[surface]
    assert (m.value, m.kind, m.form) == (value, "min", form)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("戊县产值增长3倍多数来自新项目。", "3倍", 3.0),  # 多数: a word, no mark of more
        ("己市人均收入提高2倍。", "2倍", 2.0),
        ("庚区参保率提高1.5个百分点。", "1.5个百分点", 0.015),
    ],
)
def test_no_mark_no_minimum(text, surface, value):
    m = ratios_of(text)[surface]
    assert (m.value, m.kind) == (value, "exact")
