"""Census class V (round 23, faults54): a change, then the level it brings its metric to in the next comma part, in
the level's unit or in points of a share (预期寿命较目前再增加约3岁，达到79岁; 城镇化率提高1个百分点，达到65%左右), is one
goal, the level: its row names the metric and spans from it, as the doubling convention reads 翻一番，达到3亿元; the
change keeps its own row, spanning the change only. A comparison base (较目前的76.34岁继续增长，达到79岁) is no goal. A
yearly change or a growth rate in another unit (游客增长25%以上，达到30万人次以上) stays a goal of its own.

Every sentence here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import targets_of


def _rows(text):
    return [(t.surface, t.metric, t.value, t.unit) for t in targets_of(text)]


def test_a_change_then_its_level_in_the_same_unit():
    assert _rows("到2035年，全市居民人均预期寿命较目前提高约2岁，达到82岁。") == [
        ("提高约2岁", "全市居民人均预期寿命较目前提高", 2.0, "岁"),
        ("全市居民人均预期寿命较目前提高约2岁，达到82岁", "全市居民人均预期寿命", 82.0, "岁"),
    ]


def test_points_of_a_share_then_the_share():
    rows = _rows("到2028年，全县森林覆盖率提高2个百分点，达到46%左右。")
    assert [(surface, metric, value) for surface, metric, value, _ in rows] == [
        ("提高2个百分点", "全县森林覆盖率", 2.0),
        ("全县森林覆盖率提高2个百分点，达到46%左右", "全县森林覆盖率", 46.0),
    ]


def test_a_comparison_base_is_no_goal():
    rows = _rows("到2035年，全市居民人均预期寿命较目前的80.12岁继续增长，达到82岁。")
    assert [(surface, value) for surface, _, value, _ in rows] == [
        ("全市居民人均预期寿命较目前的80.12岁继续增长，达到82岁", 82.0),
    ]


def test_a_growth_rate_of_a_level_in_another_unit_stays_apart():
    rows = _rows("到2027年，入境游客人数增长20%以上，达到50万人次以上。")
    assert [(surface, value) for surface, _, value, _ in rows] == [
        ("入境游客人数增长20%以上", 20.0),
        ("达到50万人次以上", 500000.0),
    ]


def test_a_yearly_change_stays_apart():
    rows = _rows("到2027年，全区人均预期寿命年均提高0.2岁，达到81岁。")
    assert [(surface, value) for surface, _, value, _ in rows] == [
        ("全区人均预期寿命年均提高0.2岁", 0.2),
        ("达到81岁", 81.0),
    ]
