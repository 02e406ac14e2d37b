"""Roles of round 34 (roles36): classes of clause language the census of role errors found.

- A bound amount joined by 且 to a second condition (单户贷款余额600万元以下，并且年利率不高于4.5%的家庭农场; 上年度
  主营收入2亿元以上，且研发投入逐年提高) is one of the conditions that must all hold (`threshold`), not a payout: analysts
  summing subsidies must not add it. A cap joined so (每个园区奖补金额不超过N万元，且…; 最高…) stays the payout's limit.
- A share sizing the growth after it (连续N个季度保持N%以上的增幅, 以10%以上的幅度递增) states how fast something grows
  (`other`), not a condition; 的 and a noun after the growth (保持N%以上增长的单位) still name who qualifies.
- A tax rate (减按12%的税率计缴企业所得税) is charged, not paid: `other`, neither a grant's rate nor a condition.
- A level broken through (文旅综合收入突破N亿元) or a change against a past time (较上年多出N万元) is reported,
  not paid (`other`), though the sentence names a grant elsewhere; a level in a "…的" condition stays the condition.
- A share after a stage and a payment verb (主体完工后支付35%, 验收当年兑付60%) is an instalment (D3 of round 31): `other`.
- An amount a rule computes by (不满五万元的，按五万元计; 按每立方米60元计算) is the base of the fine or the payout (`basis`);
  an estimate worked from a figure (以…GDP约5万亿元计算) is not.
- A cap right after a grant verb (给予每户最高N万元的个体工商户…周转贷款, 给予一次性最高N万元课题经费资助) is the payout's
  limit (`subsidy`), though a noun that could name who qualifies (企业, 项目) follows it.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, one_clause, ratios_of


def money_of_all(text: str) -> list:
    """Every money mention of one sentence (two may share a surface: 180万元/亩 and 每亩180万元)."""
    from parsers.amounts import extract_amounts

    money, _ = extract_amounts(text, one_clause(text))
    return money


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "对农商行发放的单户贷款余额600万元以下，并且年利率不高于4.5%的家庭农场，给予利息补贴。",
            "600万元以下",
        ),
        ("对投入额在120万~250万元且首次被评为星级的农家乐，分别给予8万元奖励。", "120万~250万元"),
        ("参评的物流企业上年度主营收入2亿元以上，且研发投入逐年提高。", "2亿元以上"),
        ("申报的民宿集群年度客房收入不低于4800万元，并且三年内未受过消防处罚。", "不低于4800万元"),
    ],
)
def test_a_bound_amount_joined_by_qie_to_another_condition_is_a_condition(text, surface):
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("每个园区奖补金额不超过260万元，且奖补额不高于其当年基建投入的40%。", "不超过260万元"),
        ("对首次获评的示范农场发放最高40万元以上奖金，且同一事项不叠加。", "最高40万元以上"),
    ],
)
def test_a_cap_joined_by_qie_stays_the_payout(text, surface):
    assert money_of(text)[surface].role == "subsidy"


def test_the_payout_after_a_joined_condition_stays_a_subsidy():
    money = money_of("对投入额在120万~250万元且首次被评为星级的农家乐，分别给予8万元奖励。")
    assert money["8万元"].role == "subsidy"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全区快递业务量连续9个季度保持16%以上的增幅。", "16%以上"),
        ("去年全县进出口总额实现了7.5%左右的增长，外贸稳中有进。", "7.5%左右"),
        ("近年来该市制造业贷款连续24个月保持18%以上增长，科技贷款增长较快。", "18%以上"),
    ],
)
def test_a_share_sizing_a_growth_is_stated_not_a_condition(text, surface):
    assert ratios_of(text)[surface].role == "other"


def test_a_growth_that_names_who_qualifies_stays_a_condition():
    text = "新入库的限上商贸单位，次年零售额保持22%以上增长的，奖励5万元。"
    assert ratios_of(text)["22%以上"].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对入驻园区的动漫制作企业减按12%的税率计缴企业所得税。", "12%"),
        ("备案的软件外包机构当年应纳税所得额减按20%税率核缴。", "20%"),
    ],
)
def test_a_tax_rate_is_charged_not_paid(text, surface):
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全年拨付文旅扶持资金4600万元，接待游客人次同比回升，文旅综合收入突破93亿元。", "突破93亿元"),
        ("本季度市级安排科普奖补经费900万元，区域技术交易额突破47亿元。", "突破47亿元"),
        ("本年度区级用于老旧小区加装电梯的补助共计2700万元，比去年增加640万元。", "640万元"),
        ("市里拿到的中央生态修复专项经费比2019年增加1.7亿元，增幅9%。", "1.7亿元"),
    ],
)
def test_a_level_broken_through_or_a_change_on_a_past_year_is_not_paid(text, surface):
    assert money_of(text)[surface].role == "other"


def test_a_level_broken_through_in_a_condition_stays_the_condition():
    money = money_of("对年服务收入首次突破7亿元的养老机构，奖励45万元。")
    assert money["突破7亿元"].role == "threshold"
    assert money["45万元"].role == "subsidy"


def test_shares_paid_at_stages_are_instalments_not_rates():
    ratios = ratios_of(
        "对改造冷链仓库按设备投入的12%给予补助，实行按进度支付：主体完工后支付35%，设备调试后支付45%，运营满一年后付清余款。"
    )
    assert ratios["12%"].role == "subsidy_rate"
    assert ratios["35%"].role == "other"
    assert ratios["45%"].role == "other"


def test_the_first_instalment_of_an_award_is_no_rate():
    text = "示范基地的奖补在验收当年兑付60%，次年考核合格后兑付其余部分。"
    assert ratios_of(text)["60%"].role == "other"


def test_a_bound_share_after_a_payment_verb_is_no_instalment():
    text = "合作社把奖补资金用来支付不超2%手续费率的结算费用的，据实报销。"
    assert ratios_of(text)["不超2%"].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("违法堆放渣土的清运费用不满五万元的，按五万元计算，并处清运费用两倍的罚款。", "五万元"),
        ("以采砂量确定罚款数额的，按查实的河砂体积与每立方米60元计算。", "60元"),
        ("亩均投入不低于180万元/亩的，按每亩180万元核算投入规模，逐年给予2%的返还。", "180万元"),
    ],
)
def test_an_amount_a_rule_computes_by_is_the_basis(text, surface):
    found = [m for m in money_of_all(text) if m.surface == surface and m.kind == "exact"]
    assert [m.role for m in found] == ["basis"]


def test_an_estimate_worked_from_a_figure_is_no_basis():
    text = "以2023年全省GDP约5万亿元计算，翻番意味着到2035年需达到10万亿元。"
    assert money_of(text)["5万亿元"].role == "other"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("（五）给予每户最高25万元的个体工商户周转贷款、参展补贴等帮扶措施。", "最高25万元"),
        ("网店年交易额超过900万元的商户，每家商户给予不超过6万元的物流费用补贴。", "不超过6万元"),
        ("经评审立项的，给予一次性最高120万元课题经费资助。", "最高120万元"),
        (
            "吸纳退役军人稳定就业满半年的，可申领最高不超过170万元的个体户经营周转贷款，财政按季贴息。",
            "最高不超过170万元",
        ),
    ],
)
def test_a_cap_right_after_a_grant_verb_is_the_payout(text, surface):
    assert money_of(text)[surface].role == "subsidy"


def test_the_condition_before_a_granted_cap_stays_a_condition():
    money = money_of("网店年交易额超过900万元的商户，每家商户给予不超过6万元的物流费用补贴。")
    assert money["超过900万元"].role == "threshold"
