"""Roles of round 37 (roles39): the first size class of a list in a plan (`threshold`).

到2027年，培育3家年销售收入超过50亿元、8家超过20亿元的食品龙头企业: each bound amount says which things its count counts (round
16's size classes); the goal is the count. The goal test read the first item, before the list's next count, as the
plan's level. A level the plan sets for one aggregate (全省工业总产值突破3万亿元) stays a target.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("到2027年,培育3家年销售收入超过50亿元、8家超过20亿元的食品龙头企业。", "超过50亿元"),
        ("到2026年,打造3条综合产值超三百亿元、5条超百亿元的重点产业链。", "超三百亿元"),
        ("到2028年,建成4个左右营收超2000亿元、20个左右营收超500亿元的开发区。", "超2000亿元"),
        ("到2028年,建成4个左右营收超2000亿元、20个左右营收超500亿元的开发区。", "超500亿元"),
    ],
)
def test_the_first_size_class_of_a_list_is_a_threshold(text, surface):
    assert money_of(text)[surface].role == "threshold"


def test_a_plans_level_of_one_aggregate_stays_a_target():
    assert money_of("到2025年,全省工业总产值突破3万亿元。")["突破3万亿元"].role == "target"
