"""Roles from the clause's syntax: payout, basis, eligibility condition, penalty, goal.

Sentences written for this file; each names the class of language it stands for.
"""

from __future__ import annotations

from extraction_helpers import one_clause

from parsers.amounts import extract_amounts


def money_roles(text: str) -> list[tuple[str, str]]:
    money, _ = extract_amounts(text, one_clause(text))
    return [(m.surface, m.role) for m in money]


# ---------------------------------------------------------------- basis: what a payout is computed from
def test_the_step_of_a_per_step_grant_is_its_basis():
    assert money_roles("企业研发投入每增加1000万元，给予50万元奖励。") == [
        ("1000万元", "basis"),
        ("50万元", "subsidy"),
    ]
    assert money_roles("对固定资产投资每新增5000万元的项目给予20万元补助，最高不超过200万元。") == [
        ("5000万元", "basis"),
        ("20万元", "subsidy"),
        ("最高不超过200万元", "subsidy"),
    ]
    assert money_roles("每投资1亿元奖励100万元。") == [("1亿元", "basis"), ("100万元", "subsidy")]


def test_the_base_of_a_rate_and_the_band_a_rate_applies_to_are_basis():
    assert money_roles("对贷款额度2000万元以内的部分，按贴息比例给予补助。") == [("2000万元以内", "basis")]
    assert money_roles("超过500万元的部分按3%给予奖励。") == [("超过500万元", "basis")]
    assert money_roles("按300万元的10%给予一次性补助。") == [("300万元", "basis")]
    assert money_roles("以上年度缴纳的800万元为基数给予奖励。") == [("800万元", "basis")]


def test_a_per_unit_amount_is_a_payout_not_a_basis():
    # 每人, 每月: what one payment is for, not a step of the base
    assert money_roles("给予每人每月800元生活补贴。") == [("800元", "subsidy")]
    assert money_roles("对新招用员工的企业，按每人1000元给予一次性吸纳就业补贴。") == [("1000元", "subsidy")]


# ---------------------------------------------------------------- threshold: who qualifies
def test_an_eligibility_condition_is_a_threshold():
    assert money_roles("单笔担保金额300万元及以下的，给予担保费补贴。") == [("300万元及以下", "threshold")]
    assert money_roles("对年营业收入首次超过2亿元的企业，一次性奖励30万元。") == [
        ("超过2亿元", "threshold"),
        ("30万元", "subsidy"),
    ]
    assert money_roles("对投资额1000万元以上的技改项目，给予设备投资10%的补助。") == [
        ("1000万元以上", "threshold")
    ]


# ---------------------------------------------------------------- penalty and goal
def test_a_fine_is_a_penalty_and_its_condition_a_threshold():
    assert money_roles(
        "违法所得五万元以上的，并处违法所得一倍以上五倍以下罚款；违法所得不足五万元的，处十万元以下罚款。"
    ) == [
        ("五万元以上", "threshold"),
        ("不足五万元", "threshold"),
        ("十万元以下", "penalty"),
    ]


def test_a_goal_value_is_a_target():
    assert money_roles("到2027年，全市数字经济核心产业增加值达到800亿元。") == [("800亿元", "target")]


def test_a_grant_payout_is_a_subsidy_wherever_the_grant_word_stands():
    assert money_roles("对首次入选的企业，给予一次性奖励20万元。") == [("20万元", "subsidy")]
    assert money_roles("经认定的，每家补助50万元。") == [("50万元", "subsidy")]
    assert money_roles("对符合条件的项目按实际投资额给予最高500万元资金支持。") == [
        ("最高500万元", "subsidy")
    ]


# ---------------------------------------------------------------- conditions, benefits, reports and budgets
def test_an_amount_in_a_condition_is_a_threshold_even_beside_a_fine_or_a_grant_word():
    assert money_roles("对当事人处以五百元以下罚款的，可以当场作出处罚决定。") == [
        ("五百元以下", "threshold")
    ]
    assert money_roles("每户每月租赁补贴低于100元的，按100元发放。") == [
        ("低于100元", "threshold"),
        ("100元", "subsidy"),
    ]
    _, ratios = extract_amounts(
        "车辆超过核定载质量百分之三十的；", one_clause("车辆超过核定载质量百分之三十的；")
    )
    assert [(r.kind, r.role) for r in ratios] == [("min", "threshold")]


def test_a_benefit_paid_under_a_rule_is_a_subsidy():
    assert money_roles("失业保险金按月发放，标准为每人每月1800元。") == [("1800元", "subsidy")]
    _, ratios = extract_amounts(
        "护理费用由基金按80%的比例支付。", one_clause("护理费用由基金按80%的比例支付。")
    )
    assert [r.role for r in ratios] == ["subsidy_rate"]


def test_a_status_report_and_the_size_of_a_fund_are_no_payouts():
    text = "截至2025年6月底，全区累计发放创业担保贷款贴息资金1.2亿元，同比增长8%。"
    money, ratios = extract_amounts(text, one_clause(text))
    assert [(m.surface, m.role) for m in money] == [("1.2亿元", "other")]
    assert [(r.surface, r.role) for r in ratios] == [("8%", "other")]
    assert money_roles("市级奖补资金规模由每年1亿元增加到2亿元。") == [("1亿元", "other"), ("2亿元", "other")]


def test_a_share_of_a_fine_is_no_subsidy_rate():
    text = "由市场监管部门责令改正，处出资金额10%以上20%以下的罚款。"
    _, ratios = extract_amounts(text, one_clause(text))
    assert [(r.kind, r.role) for r in ratios] == [("range", "other")]
