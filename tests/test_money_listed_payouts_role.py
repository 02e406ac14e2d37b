"""Census class of round 30 (roles32): a line that is only a label, a colon and an amount, in a text that opens with a
sentence naming the grant (…的奖励政策如下：), states what that class of recipient is paid (subsidy), though the line
holds no grant word. Under an opening that names no grant, or with more after the amount, it is not.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import money_of

GRANT_LIST = "某市对科技型企业的奖励政策如下：\n一、市级政策\n国家级科技领军企业：最高80万元。\n省级创新型企业：最高40万元。\n市级瞪羚企业：15万元。\n"
REPORT_LIST = "某市2025年主要经济指标如下：\n地区生产总值：1200亿元。\n一般公共预算收入：86亿元。\n"


def test_a_classs_payout_under_a_grants_lead_is_a_subsidy():
    money = money_of(GRANT_LIST)
    assert money["最高80万元"].role == "subsidy"
    assert money["最高40万元"].role == "subsidy"
    assert money["15万元"].role == "subsidy"


def test_a_labelled_figure_under_a_report_is_no_payout():
    money = money_of(REPORT_LIST)
    assert money["1200亿元"].role == "other"
    assert money["86亿元"].role == "other"


def test_a_line_that_goes_on_after_the_amount_is_not_a_listed_payout():
    text = "某区对企业的奖励政策如下：\n企业投资额：5000万元以上的，按投资额的1%计算。\n"
    assert money_of(text)["5000万元以上"].role != "subsidy"
