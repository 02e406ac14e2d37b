"""Census class (round 29, results30): a sentence that sets its figure against a past time as a multiple of it (是2015年的
1.5倍, 是“十二五”末的1.8倍, 相当于“十二五”时期的2.6倍) tells what was reached since then: outside a goal statement and
with no word of intent, its levels and yearly changes are reported (role other), not yearless goals. A goal statement's
own figures (到2030年，…是2020年的1.5倍) and a sentence naming its aim keep the goal reading; a multiple with no past time
(是全国平均水平的1.5倍) is no report by itself.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县地区生产总值年均增长9%，是2015年的1.5倍。", "9%"),
        ("固定资产投资五年累计完成2105亿元，相当于“十二五”时期的2.6倍，年均增长22%。", "22%"),
        ("一般公共预算收入年均增长12%，总量是“十三五”末的1.7倍。", "12%"),
    ],
)
def test_a_yearly_change_set_against_a_past_multiple_is_reported(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全市社会消费品零售总额达到860亿元，是“十二五”末的1.8倍。", "860亿元"),
        ("全区规模以上工业增加值达到420亿元，是2015年的2倍。", "420亿元"),
    ],
)
def test_a_level_set_against_a_past_multiple_is_reported(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("到2030年，全县地区生产总值达到600亿元，是2020年的1.5倍。", "600亿元", "target"),
        ("力争全县社会消费品零售总额达到860亿元，是2020年的1.8倍。", "860亿元", "target"),
        ("全县地区生产总值达到600亿元，是全国平均水平的1.5倍。", "600亿元", "target"),
    ],
)
def test_a_goal_or_a_multiple_of_no_past_time_keeps_the_goal_reading(text, surface, role):
    assert money_of(text)[surface].role == role


def test_a_yearly_change_with_no_past_multiple_stays_a_goal():
    assert ratios_of("全县地区生产总值年均增长9%。")["9%"].role == "target"
