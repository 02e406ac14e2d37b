"""Roles of round 37 (roles39): a share reached before the part that grants (`threshold`).

三年内孵化器企业属地注册率达到75%以上、属地纳税率达到75%以上，给予运营主体50万元奖励: a measure that reaches (达到) a floor in
a part with no grant word, before the part that grants, is the grant's condition; the reach verb nearest to it does not
make it a goal. A rate brought up (提高到) and a goal with its year stay targets.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("三年内孵化器企业属地注册率达到75%以上、属地纳税率达到75%以上，给予运营主体50万元奖励。", "75%以上"),
        (
            "对于同一园区内入驻率达到80%以上，且主导产业企业集聚度较高的孵化器，给予运营主体一次性奖励。",
            "80%以上",
        ),
        ("民宿年均入住率达到60%以上，一次性奖励经营者3万元。", "60%以上"),
    ],
)
def test_a_share_reached_before_a_grant_is_its_condition(text, surface):
    assert ratios_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全县农村卫生厕所普及率提高到90%以上，省财政给予专项补助。", "90%以上"),
        ("到2027年，全市规上企业研发机构覆盖率达到50%以上，对新建机构给予补助。", "50%以上"),
    ],
)
def test_a_level_brought_up_or_a_dated_goal_stays_a_target(text, surface):
    assert ratios_of(text)[surface].role == "target"
