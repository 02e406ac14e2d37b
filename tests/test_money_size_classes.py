"""Census class M4 (round 22, faults53): a size class of counted things (两个3000亿元产业, 20个500亿元集群, 1个9000亿元级,
3000亿元产业达到5个, 其中过3500亿元2个) says which things a count counts: a threshold, kind min, as round 16 wrote for
size classes (8亿元以上项目, 千亿元以上企业). An amount that sizes one thing named, or a budget, is no size class.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("预计新增化工和纺织两个3000亿元产业。", "3000亿元", 3e11),
        ("到2030年,全省培育20个500亿元集群。", "500亿元", 5e10),
        ("目前全市已形成1个9000亿元级、3个千亿元级的产业集群。", "9000亿元", 9e11),
        ("全省3000亿元产业有望达到5个。", "3000亿元", 3e11),
        ("营业收入过千亿元的产业达到8个,其中过3500亿元2个、过2500亿元4个。", "过3500亿元", 3.5e11),
    ],
)
def test_a_size_class_of_counted_things_is_a_threshold(text, surface, low):
    m = money_of(text)[surface]
    assert (m.role, m.kind, m.low, m.high) == ("threshold", "min", low, None)


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # one thing sized, or a budget: no class of things
        ("该项目总投资300亿元,建设年产50万吨的生产线。", "300亿元", "other"),
        ("省财政安排20亿元专项资金支持产业集群发展。", "20亿元", "other"),
    ],
)
def test_an_amount_sizing_one_thing_or_a_budget_is_no_size_class(text, surface, role):
    assert money_of(text)[surface].role == role
