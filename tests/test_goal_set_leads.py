"""Census role class L3 (round 24, faults55): a verb that sets goals, the goal word and a comma (果洛州划定发展预期目标，地区
生产总值增长3%；…; 在人大会议上提出今年的经济增长目标，分别为…; 划定目标，力争实现…) leads the values after it in its sentence:
their role is target, as after a goal list's colon (lexicon [roles] goal_set_lead_pattern). A value a change starts from
(由目前的四比一降至三点五比一) is the base, not a goal (listed_base_pattern).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("某州划定发展预期目标，地区生产总值增长4%；全社会固定资产投资增长8%。", "8%"),
        ("三市在人大会议上提出今年的经济增长目标，分别为“不低于6%”、“6%以上”与“7%左右”。", "6%以上"),
        ("实施方案确定了全年目标，旅游接待人次增长12%，旅游收入增长15%。", "15%"),
    ],
)
def test_a_value_after_a_goal_setting_lead_is_a_target(sentence, surface):
    ratios = ratios_of(sentence)
    assert [m.role for s, m in ratios.items() if s.endswith(surface)] == ["target"]


def test_the_base_of_a_listed_change_is_no_target():
    ratios = ratios_of("规划确定了发展目标，城乡居民收入之比由目前的2.5比1降至2.2比1。")
    assert ratios["2.5比1"].role != "target"
