"""A figure a hard wrap broke is read whole (round 37, ratios38).

Stage: the number reader. A fixed-width or PDF copy breaks its lines wherever the width runs out, so a figure's unit,
its decimals or its bound word may open the next line (58⏎亿元, 2.3⏎个百分点, 47.⏎5%, 4%⏎以上). The break is cut
for the extractors (parsers/copy_cuts.py, lexicon [copy_cuts]) and each row keeps the original's offsets and surface.
A figure alone on a line with no unit after it stays a figure of its own.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


def test_a_unit_on_the_next_line_belongs_to_the_figure():
    text = "全年减免租金\n58\n亿元。"
    (m,) = money_of(text).values()
    assert (m.low, m.high, m.kind) == (5.8e9, 5.8e9, "exact")
    assert text[m.char_start : m.char_end] == m.surface == "58\n亿元"


def test_a_grant_broken_before_its_unit():
    (m,) = money_of("对新建冷库的企业给予一次性\n6\n万元奖励。").values()
    assert (m.low, m.kind) == (60000.0, "exact")


@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("两项存款余额分别提高\n2.3\n个、\n1.6\n个百分点;", "2.3\n个", 0.023, "exact"),
        ("两项存款余额分别提高\n2.3\n个、\n1.6\n个百分点;", "1.6\n个百分点", 0.016, "exact"),
        ("草原综合植被盖度达到47.\n5%。", "47.\n5%", 0.475, "exact"),
        ("全县农产品加工产值增长\n4%\n以上。", "4%\n以上", 0.04, "min"),
    ],
)
def test_a_share_broken_by_a_wrap(text, surface, value, kind):
    m = ratios_of(text)[surface]
    assert (m.value, m.kind) == (value, kind)


def test_a_figure_with_no_unit_after_the_wrap_stays_apart():
    assert ratios_of("名单共列\n35\n家企业，占比12%。").keys() == {"12%"}
    assert money_of("2024\n5125户农户领取补贴") == {}
