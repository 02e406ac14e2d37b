"""Round 31's D2 and D3 (fixtures/heldout/SOURCES.md, "Written down in round 31").

D2: a loan's cap in an interest-subsidy programme (…给予贷款贴息，单户贷款额度最高X) is `basis`, what the subsidy is
computed on; a guaranteed loan's quota (创业担保贷款额度最高X) is the benefit itself, `subsidy`.
D3: instalment shares of one grant (分三年发放，每年发放比例分别为20%、30%、50%; 分立项、建设、投产3个阶段，分别按应奖励额的20%、30%和50%…)
are `other`: they split one payout in time and are no rate of support.

Every sentence here is made up for this file.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("对符合条件的高新技术企业给予贷款贴息，单户贷款额度最高1500万元，贴息比例为50%。", "最高1500万元"),
        ("省财政对首贷给予1%的贴息。单户贷款额度最高800万元。", "最高800万元"),
    ],
)
def test_a_loan_cap_under_an_interest_subsidy_is_the_basis(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "basis"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("符合条件的个人可申请创业担保贷款，贷款额度最高25万元，财政按规定给予贴息。", "最高25万元"),
        ("对企业给予贷款贴息，单个企业贷款贴息年度最高补贴150万元。", "150万元"),
        ("对符合条件的企业给予贴息，每年贴息贷款总规模最高300亿元。", "最高300亿元"),
    ],
)
def test_a_guaranteed_loan_quota_or_the_interest_paid_is_no_basis(text: str, surface: str) -> None:
    assert money_of(text)[surface].role != "basis"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # review32 S9: a cap on each loan, or a loan's cap joined by 且 to its term, says which loans qualify
        ("对符合条件的企业给予贷款贴息，单笔贷款额度最高300万元，贴息期限不超过2年。", "最高300万元"),
        ("单笔贷款额不超过800万元（含本数），且期限不超过12个月，按贷款利率的50%给予贴息。", "不超过800万元"),
        ("对中小企业给予贷款贴息，贷款额度不超过300万元，且贷款期限不超过18个月。", "不超过300万元"),
    ],
)
def test_a_cap_on_each_loan_is_a_threshold(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the loan rule's not-between words: a sum's marks of [sums] (累计, 合计) and the sum's own
        ("对企业给予贷款贴息，全市贷款累计最高80亿元。", "最高80亿元"),
        ("对企业给予贷款贴息，贷款合计最高80亿元。", "最高80亿元"),
    ],
)
def test_a_sum_or_a_contract_of_loans_is_no_quota(text: str, surface: str) -> None:
    assert money_of(text)[surface].role != "basis"


def test_a_borrowers_loan_amount_is_still_the_basis() -> None:
    # 金额 (a [sums] noun) names one borrower's quota here: not a not-between word
    assert money_of("对符合条件的企业给予贷款贴息，单户贷款金额最高500万元。")["最高500万元"].role == "basis"


@pytest.mark.parametrize(
    "text",
    [
        "引进人才安家补贴分三年发放，每年发放比例分别为20%、30%、50%。",
        "分立项、建设、投产3个阶段兑现，每个阶段分别按应奖励额的20%、30%和50%拨付。",
    ],
)
def test_instalment_shares_of_one_grant_are_other(text: str) -> None:
    ratios = ratios_of(text)
    assert [ratios[s].role for s in ("20%", "30%", "50%")] == ["other"] * 3


def test_rates_that_differ_by_year_stay_rates() -> None:
    # a share of the tax paid back each year is the rate of support that year, not a split of one grant
    ratios = ratios_of("自投产之日起，第一年按县级留成部分的100%奖励企业，第二年按60%奖励，第三年按40%奖励。")
    assert ratios["60%"].role == "subsidy_rate"


def test_shares_of_the_grant_due_are_other_with_no_instalment_word() -> None:
    # 应奖励额的40%、60%: the shares split the grant due (grant_split_before_pattern's 额), whenever each is paid
    ratios = ratios_of("企业落户后，按应奖励额的40%、60%分别在投产当年和次年兑现。")
    assert [ratios[s].role for s in ("40%", "60%")] == ["other", "other"]


def test_one_borrowers_quota_joined_to_a_condition_stays_the_basis() -> None:
    # D2 before S9: a cap after a mark of one borrower is the quota, whatever 且 joins to it
    text = "对中小企业给予贷款贴息，单个企业最高可获贷款资金3亿元，且年化利率不高于同期贷款市场报价利率。"
    assert money_of(text)["3亿元"].role == "basis"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # a cap closing a 对…的 condition names the loans that qualify: a threshold (not D2's quota)
        ("对贷款100万元以内的，给予全额贴息。", "100万元以内", "threshold"),
        # a cap followed by 的 and the loan's name describes the loan: a guaranteed loan's quota stays the benefit (D2)
        ("返乡创业人员可以办理一笔最高20万元的创业担保贷款，由财政全额贴息。", "最高20万元", "subsidy"),
    ],
)
def test_a_loan_cap_in_a_condition_and_one_describing_the_loan(text: str, surface: str, role: str) -> None:
    assert money_of(text)[surface].role == role
