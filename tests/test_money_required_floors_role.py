"""Census class of round 29 (roles31): a floor that states a requirement (投资总额原则上不低于5000万元, 上年度营业收入在50万元
以上, 营业收入在20亿元以上，且…) in a sentence that grants, aims at and reports nothing is what qualifies (role threshold).
A fund's or a budget's floor (每年安排专项资金不少于3000万元, 形成不低于8亿元的资金池) and a statement over all members
(收入均在500亿元以上) are none.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("制造业项目：投资总额原则上不低于5000万元。", "不低于5000万元"),
        ("服务业项目：注册资本原则上不少于2000万元，且须在本区纳税。", "不少于2000万元"),
        ("（三）上年度营业收入在50万元以上。", "50万元以上"),
        ("（二）年纳税额在100万元以上。", "100万元以上"),
        ("（一）上年度主营业务收入在2000万元以上。", "2000万元以上"),
        ("申报企业上一年度营业收入在20亿元以上，且研发人员不少于50人。", "20亿元以上"),
        ("引进项目须为独资项目，项目固定资产投资在800万元以上；", "800万元以上"),
    ],
)
def test_a_floor_a_requirement_states_is_a_threshold(text, surface):
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("近几年每年安排专项资金不少于3000万元。", "不少于3000万元"),
        ("通过引导资金注资，形成不低于8亿元的资金池规模。", "不低于8亿元"),
        ("排名前五位的城市，旅游收入均在500亿元以上。", "500亿元以上"),
        ("全县农业总产值突破60亿元。", "突破60亿元"),
    ],
)
def test_a_funds_floor_or_a_statement_over_all_is_no_requirement(text, surface):
    assert money_of(text)[surface].role == "other"
