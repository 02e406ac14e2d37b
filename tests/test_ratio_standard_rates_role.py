"""Census class of round 30 (roles32): a benefit's standard set as a share of a base (…补贴，标准为…工资的15%;
…保险金按照…标准的80%确定) is the rate the benefit is paid at (subsidy_rate), though the grant word stands in another
comma part. A standard that sets who qualifies, with no grant word or benefit before it, is not. A rate added on
top of a grant (…的累加补贴，比如，插秧机累加20%) and a tax cut at a rate (按照50%税额幅度减征…) are rates paid too.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("参训人员可以领取培训生活补贴，标准为当地月最低工资标准的百分之二十，按月发放。", "百分之二十"),
        ("第十条 失业保险金按照本市最低工资标准的百分之九十确定。", "百分之九十"),
        ("一次性安家奖励：由用人单位承担，标准为上年度全市职工平均工资的40%。", "40%"),
        ("可以申请一次性丧葬补助金，标准为本人当月失业保险金的两倍。", "两倍"),
    ],
)
def test_a_benefits_standard_as_a_share_of_a_base_is_the_rate_paid(text, surface):
    assert ratios_of(text)[surface].role == "subsidy_rate"


def test_a_standard_that_sets_who_qualifies_is_no_rate_paid():
    text = "低收入家庭认定标准按当地最低生活保障标准的2倍确定。"
    assert ratios_of(text)["2倍"].role != "subsidy_rate"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a rate added on top of another grant
        ("在国家补贴的基础上，省级对部分机具实行累加补贴，比如，插秧机累加20%、烘干机累加15%。", "20%"),
        ("在国家补贴的基础上，省级对部分机具实行累加补贴，比如，插秧机累加20%、烘干机累加15%。", "15%"),
        # a tax cut at a rate
        ("对小型微利企业按照50%税额幅度减征城镇土地使用税。", "50%"),
    ],
)
def test_an_added_rate_and_a_tax_cut_are_rates_paid(text, surface):
    assert ratios_of(text)[surface].role == "subsidy_rate"


def test_an_added_count_with_no_grant_is_no_rate_paid():
    assert ratios_of("各项指标累加20%计入考核总分。")["20%"].role != "subsidy_rate"
