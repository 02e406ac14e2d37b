"""Roles of round 36 (roles38): levels reported, not conditions (`other`).

A balance of loans (贷款余额突破8000亿元, 存、贷款余额分别突破3万亿元和2万亿元) is the stock of loans a region holds: a
reported level, no floor on the loan a benefit is paid on. An exact intensity that ends its part in a sentence that rules,
grants and fines nothing (亩均增收3000元。, 亩均税收1.85万元/亩（…平均税收）) is a result told, not a requirement a project
must meet; a floor (投资强度不低于300万元/亩) or an intensity inside a rule (按投资强度200万元/亩和亩均税收15万元供地)
stays a threshold, and a floor on a loan a subsidy is paid on (每笔贷款不少于50万元…贴息) stays one too.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("截至去年底，全市普惠小微贷款余额突破8000亿元，同比增长15.2%。", "突破8000亿元"),
        ("全省金融机构本外币存、贷款余额分别突破3万亿元和2万亿元。", "2万亿元"),
        ("全省金融机构本外币存、贷款余额分别突破3万亿元和2万亿元。", "突破3万亿元"),
        ("全县推广高产栽培技术后，种植面积达到3万亩，亩均增收3000元。", "3000元"),
        (
            "据统计，上半年全区园区亩均税收1.85万元/亩（园区工业用地面积平均税收）；完成工业投资36.2亿元。",
            "1.85万元",
        ),
    ],
)
def test_a_level_reported_is_no_condition(text, surface):
    assert money_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("入园项目投资强度不低于300万元/亩，亩均税收不低于20万元。", "不低于300万元"),
        ("对新引进的工业项目，按投资强度200万元/亩和亩均税收15万元供地。", "200万元"),
        ("对新引进的工业项目，按投资强度200万元/亩和亩均税收15万元供地。", "15万元"),
        ("每笔贷款不少于50万元，按实际利息的50%给予贴息。", "不少于50万元"),
    ],
)
def test_a_requirement_stays_a_threshold(text, surface):
    assert money_of(text)[surface].role == "threshold"
