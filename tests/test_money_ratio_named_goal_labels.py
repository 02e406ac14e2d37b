"""A value named a goal by a labelled goal noun, or by a goal noun right after it with no 的 (round 35, money47).

突破5000亿元的“三步走”目标, 突破900亿元的宏伟目标: a quoted label or an adjective between 的 and 目标 still names the value a
goal; 总产值超800亿元目标, 75%以上目标: so does 目标 right after the value. Role target.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("方案提出，到2030年实现全市数字经济核心产业营收突破5000亿元的“三步走”目标。", "突破5000亿元"),
        ("规划提出到2028年全区海洋经济总产值突破900亿元的宏伟目标。", "突破900亿元"),
        ("力争2027年实现全省中药材全产业链产值超800亿元目标。", "超800亿元"),
    ],
)
def test_an_amount_named_a_goal_by_a_labelled_or_bare_goal_noun_is_a_target(text, surface):
    assert money_of(text)[surface].role == "target"


def test_a_share_right_before_a_bare_goal_noun_is_a_target():
    assert (
        ratios_of("到2026年、2030年，全市绿色建筑占比分别达到60%以上、75%以上目标。")["75%以上"].role
        == "target"
    )


def test_a_goal_word_of_another_noun_names_no_goal():
    # 目标考核 is an appraisal, not a goal: the fund's amount stays what it was
    assert money_of("市财政安排资金200万元用于目标考核奖励。")["200万元"].role == "other"
