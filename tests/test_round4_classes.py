"""Classes of language read in heldout4 (issue 8), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings,
with the near misses it must leave alone.

* a step (每超X, 每超过X, 每满X) is exact and the basis a payout is counted in, not a lower bound;
* 达到 X in an eligibility condition is the least that qualifies (min), for every amount of its list;
* a bound before the first quantity of a goal's list (分别超过90家和870家) holds for the bare quantities after it;
* a cap reaches its ratio across a long benchmark phrase with a bracketed remark (…利率（LPR）的60%);
* the loan an interest subsidy is paid on is the payout's base (basis), not the payout.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts
from parsers.targets import extract_targets


def money_of(text: str):
    money, _ = extract_amounts(text, one_clause(text))
    return {m.surface: m for m in money}


def ratios_of(text: str):
    _, ratios = extract_amounts(text, one_clause(text))
    return ratios


def targets_of(text: str):
    return extract_targets(text, one_clause(text))


# ---------------------------------------------------------------- a step is exact, its role the basis
@pytest.mark.parametrize(
    ("text", "step", "value"),
    [
        ("营业收入超过3亿元的部分，按每超1亿元给予5万元奖励。", "1亿元", 1e8),
        ("对年纳税额超过500万元的企业，每超过200万元奖励2万元。", "200万元", 2e6),
        ("新增投资额每超出1000万元，补助10万元。", "1000万元", 1e7),
        ("交易额每满100万元给予1000元奖励。", "100万元", 1e6),
        ("出口额每超 0.5亿元给予3万元补贴。", "0.5亿元", 5e7),
    ],
)
def test_a_step_is_exact_and_the_basis(text: str, step: str, value: float) -> None:
    money = money_of(text)
    assert step in money, list(money)  # the comparator after 每 stays out of the surface
    m = money[step]
    assert (m.kind, m.low, m.high, m.role) == ("exact", value, value, "basis")
    payouts = [x for x in money.values() if x.role == "subsidy"]
    assert len(payouts) == 1 and payouts[0].kind == "exact"


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # 每年 / 每家 before a comparator is a period or a unit, not a step: the bound holds
        ("企业每年超过100万元的研发投入，给予奖励。", "超过100万元", "min"),
        ("每家企业最高不超过50万元。", "最高不超过50万元", "max"),
        ("营业收入超过3亿元的部分按1%奖励。", "超过3亿元", "min"),
    ],
)
def test_a_bound_after_a_period_word_is_no_step(text: str, surface: str, kind: str) -> None:
    money = money_of(text)
    assert surface in money, list(money)
    assert money[surface].kind == kind


# ---------------------------------------------------------------- 达到 X in a condition: at least X
@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "对年营业收入首次达到2亿元、5亿元、10亿元的企业，分别给予10万元、20万元、30万元奖励。",
            [("2亿元", 2e8), ("5亿元", 5e8), ("10亿元", 1e9)],
        ),
        (
            "对年销售额首次达到8000万元和1.5亿元的零售企业，分别奖励5万元、10万元。",
            [("8000万元", 8e7), ("1.5亿元", 1.5e8)],
        ),
        ("主营业务收入达到3亿元的，给予一次性奖励50万元。", [("3亿元", 3e8)]),
        ("投资额满500万元的项目，按投资额的5%给予补助。", [("500万元", 5e6)]),
    ],
)
def test_reaching_an_amount_in_a_condition_is_at_least(text: str, amounts: list[tuple[str, float]]) -> None:
    money = money_of(text)
    for surface, value in amounts:
        assert surface in money, list(money)
        m = money[surface]
        assert (m.role, m.kind, m.low, m.high) == ("threshold", "min", value, None), surface
    for m in money.values():
        if m.role == "subsidy":
            assert m.kind == "exact", m.surface  # the payouts keep their own kind


@pytest.mark.parametrize(
    "text",
    [
        # 达到 in a payout or a goal sets the value: no condition, no bound
        "对认定的企业给予资助，资助金额达到100万元。",
        "到2027年，全区数字经济规模达到300亿元。",
    ],
)
def test_reaching_outside_a_condition_stays_exact(text: str) -> None:
    money = money_of(text)
    assert len(money) == 1, list(money)
    m = next(iter(money.values()))
    assert m.role != "threshold" and m.kind == "exact"


def test_a_negated_reach_in_a_condition_stays_a_cap() -> None:
    money = money_of("年营业收入未达到2000万元的企业，给予5万元补助。")
    assert money["未达到2000万元"].kind == "max"


# ---------------------------------------------------------------- a shared bound reaches every listed goal
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2026年，全市专精特新企业和小巨人企业分别超过120家和15家。",
            [(120.0, "min"), (15.0, "min")],
        ),
        ("到2028年，新增省级平台和国家级平台分别不少于8个和3个。", [(8.0, "min"), (3.0, "min")]),
        ("到2030年，三类园区分别不超过6个、4个和2个。", [(6.0, "max"), (4.0, "max"), (2.0, "max")]),
    ],
)
def test_a_bound_before_a_goal_list_holds_for_each_quantity(text: str, expected: list) -> None:
    got = [(t.value, t.kind) for t in targets_of(text)]
    assert got == expected


def test_a_listed_goal_with_its_own_noun_keeps_its_own_kind() -> None:
    # the bound of 50家企业 does not reach 150个骨干专业: another noun stands between them
    got = [(t.value, t.kind) for t in targets_of("到2025年，培育不少于50家企业和150个骨干专业。")]
    assert got == [(50.0, "min"), (150.0, "exact")]


def test_a_goal_list_without_a_bound_stays_exact() -> None:
    got = [(t.value, t.kind) for t in targets_of("到2025年，高新技术企业和科技型企业分别达到90家和870家。")]
    assert got == [(90.0, "exact"), (870.0, "exact")]


# ---------------------------------------------------------------- a cap across a long benchmark phrase
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        (
            "对企业贷款利息，按照不超过中国人民银行最近一次公布的一年期贷款市场报价利率（LPR）的50%给予贴息。",
            0.5,
            "max",
        ),
        (
            "按不低于同期全国银行间同业拆借中心公布的五年期以上贷款市场报价利率(LPR)的30%予以补贴。",
            0.3,
            "min",
        ),
        ("按照不超过人民银行同期公布的贷款基准利率的70%给予补助。", 0.7, "max"),
    ],
)
def test_a_cap_crosses_a_long_benchmark_phrase(text: str, value: float, kind: str) -> None:
    ratios = ratios_of(text)
    assert len(ratios) == 1, [r.surface for r in ratios]
    assert (ratios[0].value, ratios[0].kind, ratios[0].role) == (value, kind, "subsidy_rate")


def test_a_cap_does_not_cross_a_clause_word_in_a_long_phrase() -> None:
    # 按 opens another clause: the bound before it is not the 20%'s
    ratios = ratios_of("贷款金额不超过项目总投资，按中国人民银行同期公布的贷款市场报价利率的20%给予贴息。")
    assert [(r.value, r.kind) for r in ratios] == [(0.2, "exact")]


# ---------------------------------------------------------------- the loan an interest subsidy is paid on
@pytest.mark.parametrize(
    ("text", "basis", "payout"),
    [
        (
            "每户企业贴息贷款额度上限3000万元，每户最多可获贴息100万元。",
            "上限3000万元",
            "最多可获贴息100万元",
        ),
        ("给予五年内合计不超过800万元商业银行同期贷款利息的全额贴息。", "不超过800万元", None),
        ("单个项目贴息贷款规模不超过2000万元，年度贴息最高80万元。", "不超过2000万元", "最高80万元"),
    ],
)
def test_the_loan_of_an_interest_subsidy_is_its_basis(text: str, basis: str, payout: str | None) -> None:
    money = money_of(text)
    assert basis in money, list(money)
    assert money[basis].role == "basis"
    if payout is not None:
        hit = [m for s, m in money.items() if s in payout]
        assert hit and all(m.role == "subsidy" for m in hit), list(money)


@pytest.mark.parametrize(
    "text",
    [
        # the payout of an interest subsidy, and a guaranteed loan granted as the benefit, stay subsidies
        "对企业贷款给予贴息补助最高100万元。",
        "创业担保贷款额度最高30万元，财政给予贴息。",
        "符合条件的企业最多可享受贴息150万元。",
    ],
)
def test_an_interest_payout_stays_a_subsidy(text: str) -> None:
    money = money_of(text)
    assert len(money) == 1, list(money)
    assert next(iter(money.values())).role == "subsidy"
