"""Roles of round 32 (roles34): classes of clause language the census of role errors found.

- A tier of a rate list: its band (800万元-5000万元(不含)的按照4%) is what the rate is computed on, `basis`, as
  超过…的部分 is; the bounded ends of such a list too, beside another tier; a lone condition before a rate stays a
  `threshold`. The tier's rate is the grant's, `subsidy_rate`, under a lead naming the grant (…支持标准为：).
- Bands counted as a payout's grades (…、1亿元及以上三个档次，分别给予…) are `threshold`s; the grant's own levels so
  counted (补贴：70万元、150万元和177万元三档) stay payouts.
- A grant's rate named by 测算/支持 before its rate head (测算比例不超过25%) is a `subsidy_rate`.
- 每新上一个X台阶 is a step (`basis`); 贷款最高额度 names a loan quota (`subsidy`); a share borne by a level of
  government after 由 (…由中央财政承担75%) is how the cost is split (`other`).

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of

from parsers.amounts import extract_amounts
from parsers.context import TextIndex
from parsers.nlp import sentence_clauses


def _text_amounts(text: str) -> tuple[dict, dict]:
    """Money and ratios of a text of several lines, cut into clauses as a plain text is (a list under its lead)."""
    money, ratios = extract_amounts(text, sentence_clauses(text), TextIndex(text))
    return {m.surface: m for m in money}, {r.surface: r for r in ratios}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("固定资产投资500万元-2000万元的按3%给予奖励，2000万元-5000万元的按4%给予奖励。", "500万元-2000万元"),
        (
            "固定资产投资500万元-2000万元的按3%给予奖励，2000万元-5000万元的按4%给予奖励。",
            "2000万元-5000万元",
        ),
        ("技改投资800万—1500万元人民币(含1500万元)的按照2%给予补助。", "800万—1500万元人民币"),
        ("研发投入600万元以下的按5‰奖励；600万—900万元的按6‰奖励；900万元以上的按7‰奖励。", "600万元以下"),
        ("研发投入600万元以下的按5‰奖励；600万—900万元的按6‰奖励；900万元以上的按7‰奖励。", "900万元以上"),
    ],
)
def test_the_band_of_a_tier_in_a_rate_list_is_the_basis(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "basis"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # one condition before the rate, no other tier: the grant's condition
        ("对企业实施节能改造，且设备投资300万元以上的,按照5%奖励,最高100万元。", "300万元以上", "threshold"),
        # a band before a fixed payout is a tier's threshold, no base of a rate
        ("营业收入1亿元至2亿元的，奖励10万元；2亿元以上的，奖励20万元。", "1亿元至2亿元", "threshold"),
    ],
)
def test_a_lone_condition_or_a_band_before_a_fixed_payout_is_no_basis(
    text: str, surface: str, role: str
) -> None:
    assert money_of(text)[surface].role == role


def test_the_rate_of_a_tier_under_a_grant_lead_is_the_grant_rate() -> None:
    text = "对新购设备的具体支持标准为：\n\n（1）500万元-2000万元(不含)的按照6%；\n\n（2）2000万元-1亿元(不含)的按照8%。\n"
    money, ratios = _text_amounts(text)
    assert ratios["6%"].role == "subsidy_rate"
    assert ratios["8%"].role == "subsidy_rate"
    assert money["500万元-2000万元"].role == "basis"


def test_the_rate_of_a_tier_with_no_grant_lead_is_no_grant_rate() -> None:
    # a fee scale: the rate is what the payer pays, not a grant's rate
    text = "案件受理费的收取标准如下：\n\n（1）1万元-10万元的按照2%；\n\n（2）10万元-50万元的按照1%。\n"
    _, ratios = _text_amounts(text)
    assert ratios["2%"].role != "subsidy_rate"
    assert ratios["1%"].role != "subsidy_rate"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("农机购置补贴额依据同类产品市场销售均价测算，测算比例不超过25%。", "不超过25%"),
        ("对上述技改项目的支持比例由不超过设备投资额的10%提高到15%，单项补助最高500万元。", "15%"),
    ],
)
def test_a_rate_named_by_what_computes_or_supports_it_is_a_subsidy_rate(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "subsidy_rate"


def test_the_old_rate_of_a_named_rate_stays_other() -> None:
    text = "对上述技改项目的支持比例由不超过设备投资额的10%提高到15%，单项补助最高500万元。"
    assert ratios_of(text)["不超过设备投资额的10%"].role == "other"


def test_a_new_level_climbed_is_a_step() -> None:
    text = "年销售收入首次达到5亿元的奖励10万元，每新上一个5亿元台阶再奖励10万元。"
    money, _ = _text_amounts(text)
    step = text.index("每新上")
    (climbed,) = [
        m
        for m in extract_amounts(text, sentence_clauses(text), TextIndex(text))[0]
        if m.char_start > step and m.surface == "5亿元"
    ]
    assert climbed.role == "basis"
    assert money["10万元"].role == "subsidy"


def test_a_loan_quota_with_its_cap_inside_is_the_benefit() -> None:
    text = "合伙创业的，人均贷款最高额度由15万元调整为20万元，最高额度由100万元调整为150万元。"
    money = money_of(text)
    assert money["20万元"].role == "subsidy"
    assert money["150万元"].role == "subsidy"
    assert money["15万元"].role == "other"  # the old value


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("贴息资金由中央财政承担60%，省级财政承担40%。", "60%", "other"),
        ("市财政按实际投资额的10%给予补助。", "10%", "subsidy_rate"),
    ],
)
def test_a_share_a_level_of_government_bears_is_no_rate_paid(text: str, surface: str, role: str) -> None:
    assert ratios_of(text)[surface].role == role


def test_bands_counted_as_grades_are_thresholds() -> None:
    text = "对产值首次达到3000万元的企业，按照3000万元(含)—6000万元、6000万元(含)—2亿元、2亿元及以上三个档次，分别给予5万元、8万元、12万元奖励。"
    money = money_of(text)
    assert money["3000万元(含)—6000万元"].role == "threshold"
    assert money["6000万元(含)—2亿元"].role == "threshold"
    assert money["5万元"].role == "subsidy"


def test_the_grants_own_levels_counted_as_grades_stay_payouts() -> None:
    money = money_of("新建秸秆收储站补贴：30万元、60万元和90万元三档。")
    assert money["60万元"].role == "subsidy"


def test_the_rate_of_a_tier_under_a_grant_lead_with_tier_lines_between_is_the_grant_rate() -> None:
    text = (
        "对技术改造项目的奖励标准为：\n（1）300万元-1000万元(不含)的按照3%；\n\n（2）1000万元-3000万元(不含)的按照4%；\n"
        "（3）3000万元-8000万元(不含)的按照5%。\n"
    )
    _, ratios = _text_amounts(text)
    assert [ratios[rate].role for rate in ("3%", "4%", "5%")] == ["subsidy_rate"] * 3


def test_a_line_of_prose_between_a_grant_lead_and_the_tiers_leaves_no_lead() -> None:
    # the tiers below the note belong to no lead: their rate is no grant's
    text = (
        "对技术改造项目的奖励标准为：\n项目须在本年度内竣工投产。\n"
        "（1）300万元-1000万元(不含)的按照3%；\n（2）1000万元-3000万元(不含)的按照4%。\n"
    )
    _, ratios = _text_amounts(text)
    assert ratios["3%"].role != "subsidy_rate"
    assert ratios["4%"].role != "subsidy_rate"
