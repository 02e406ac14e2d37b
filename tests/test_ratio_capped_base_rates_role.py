"""Roles of round 35 (roles37): a share capped against a named base, in a sentence that grants, is the grant's rate.

总额不超过销售价格的40% (after 累加补贴) / 同一项目支持不超过项目实际建设投入的25% / 最高不超过个人贷款总额度的15% (after
提高贷款额度): the most the grant comes to as a share of that base, `subsidy_rate`. A share capped in a building rule
(配套公共服务设施比例…不大于住宅建筑面积的5%) grants nothing: 配套 before 公共服务设施 names facilities, not a grant.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "秸秆打捆机具购置补贴：国家农机补贴基础上，省级再累加补贴三分之一，总额不超过销售价格的40%。",
            "不超过销售价格的40%",
        ),
        (
            "按实际投入的40%给予不超过30万元支持，同一项目支持不超过项目实际建设投入的25%且不超过200万元。",
            "不超过项目实际建设投入的25%",
        ),
        (
            "合伙创业的，可根据人数适当提高贷款额度，最高不超过符合条件个人贷款总额度的15%。",
            "最高不超过符合条件个人贷款总额度的15%",
        ),
    ],
)
def test_a_share_capped_against_a_base_in_a_grant_is_its_rate(text, surface):
    assert ratios_of(text)[surface].role == "subsidy_rate"


def test_a_share_capped_in_a_building_rule_is_no_rate():
    text = "住宅小区应配套公共服务设施，其中，商业服务设施比例应按不大于住宅建筑面积的6%进行设置。"
    assert ratios_of(text)["不大于住宅建筑面积的6%"].role == "other"
