"""Roles of round 36 (roles38): a numbered item of a rule's criteria states a condition, not a level (`threshold`).

申报企业须符合下列条件之一：（1）网络零售额达到200万元以上；（2）农产品网络销售额达到100万元、300万元、800万元以上。 /
1、新引进项目固定资产实际投资达到2亿元以上，…: a size word's bound amount ending its part reads as a level told when the
sentence rules nothing; an item opened by a number mark ((2), 1、) is a list's item, which a rule's criteria are written in.
A region's aggregate in a plan's numbered item (（一）…工业总产值达到3万亿元) and a numbered line of a report stay as they were.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("（2）农产品网络销售额达到100万元、300万元、800万元以上；", "300万元"),
        ("（2）农产品网络销售额达到100万元、300万元、800万元以上；", "800万元以上"),
        ("1、新引进项目固定资产实际投资达到2亿元以上，投资强度达到250万元/亩以上。", "2亿元以上"),
    ],
)
def test_a_numbered_criterion_is_a_threshold(text, surface):
    assert money_of(text)[surface].role == "threshold"


def test_a_level_told_without_a_number_stays_other():
    assert money_of("全县农产品网络销售额达到8000万元以上。")["8000万元以上"].role == "other"
