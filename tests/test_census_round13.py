"""Money, ratio and false numeric-row classes found by the round-13 census (issue 8).

Every sentence here is made up for this file; each test names the mechanism it guards.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts


def money_of(text: str):
    money, _ = extract_amounts(text, one_clause(text))
    return [(m.surface, m.kind) for m in money]


def ratios_of(text: str):
    _, ratios = extract_amounts(text, one_clause(text))
    return [(r.surface, r.kind, r.value) for r in ratios]


# -- a cap named as an amount right after its limit (最高比例为…), with or without 分别 -----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新设企业按其地方贡献计算奖励，最高比例为60%。", [("60%", "max", 0.6)]),
        ("对试点项目按投资额给予奖补，最多比例可达25%。", [("25%", "max", 0.25)]),
    ],
)
def test_a_share_named_right_after_its_cap_is_at_most_it(text, expected):
    assert ratios_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每户每年最高理赔金额为8万元。", [("8万元", "max")]),
        (
            "意外险和财产险的最高赔偿金额分别为40万元、12万元。",
            [("40万元", "max"), ("12万元", "max")],
        ),
        # a unit after a slash stays with its amount: the list goes on after it
        (
            "两类保险的最高赔偿金额分别为30万元/人、9万元/户。",
            [("30万元", "max"), ("9万元", "max")],
        ),
        ("分别给予最高2万元/人、1万元/人的补助。", [("最高2万元", "max"), ("1万元", "max")]),
    ],
)
def test_an_amount_named_right_after_its_cap_is_at_most_it(text, expected):
    assert money_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a floor named by a noun that is no grant stays exact (最低 + a living line)
        ("本市最低生活保障标准为每人每月900元。", [("900元", "exact")]),
        # a wage line named with 最低 and a noun between is no floor of a grant
        ("全市月最低工资标准为2100元。", [("2100元", "exact")]),
    ],
)
def test_a_line_named_without_a_cap_word_stays_exact(text, expected):
    assert money_of(text) == expected


# -- 块 counts things as often as it counts yuan ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "园区铺设了3.2万块太阳能板，年发电量可观。",
        "每改造一块就验收一块。",
        "大家一块商量解决办法。",
        "沿河步道铺设了800块青石板的路面。",
    ],
)
def test_kuai_counting_things_or_meaning_together_is_no_money(text):
    assert money_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每人每月补贴300块，按季度发放。", [("300块", "exact")]),
        ("一张票只要一块钱。", [("一块钱", "exact")]),
        ("门票降到五块。", [("五块", "exact")]),
        ("每亩奖励200块/年。", [("200块", "exact")]),
        ("一碗面只要12块多。", [("12块", "min")]),
        ("对获奖选手一次性奖励600块现金。", [("600块", "exact")]),
        ("给予每户800块奖励。", [("800块", "exact")]),
        ("每人每月发放80块通讯补助。", [("80块", "exact")]),
    ],
)
def test_kuai_after_a_price_stays_money(text, expected):
    assert money_of(text) == expected


# -- a mark of more (多, 余) after the scale or after a percent sign: more than the figure ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该企业去年投入研发经费3亿多元。", [("3亿多元", "min")]),
        ("全镇旅游收入达到600万余元。", [("600万余元", "min")]),
        ("全县投入七十多万元。", [("七十多万元", "min")]),
    ],
)
def test_more_after_the_scale_of_an_amount_is_at_least_it(text, expected):
    assert money_of(text) == expected


def test_diverse_is_still_no_amount():
    assert money_of("推动投资主体多元化，形成多元投入格局。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年的专项资金较去年增加15%多。", [("15%多", "min", 0.15)]),
        ("参保率提高了8%多，达到新高。", [("8%多", "min", 0.08)]),
        # 多 opening the next word is no mark of more
        ("受益企业中35%多数为小微企业。", [("35%", "exact", 0.35)]),
    ],
)
def test_more_after_a_percent_sign_is_at_least_it(text, expected):
    assert ratios_of(text) == expected


# -- a figure that sizes a project named in the goal (…30万吨饲料加工、…等项目) is no goal of its own ---------------
def target_values(text: str):
    from extraction_helpers import targets_of

    return [(t.value, t.unit) for t in targets_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "到2029年，全市农业重点推进丙乡30万吨饲料加工、丁乡8万亩茶园提质等总投资超亿元的项目。",
        "2026年，力争开工年产20万吨再生铝和5万吨铝箔生产线建设。",
        # the verb the project hangs on is the nearest one: 推进, whatever was built earlier in the part
        "到2027年，建成丙乡冷链中心、推进丁乡30万吨饲料加工项目。",
    ],
)
def test_a_figure_naming_a_project_is_no_target(text):
    assert [v for v, _ in target_values(text) if v is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count of the projects themselves is the goal
        ("到2027年，全县建成12个产业化项目。", [(12.0, "个")]),
        # the amount sizes the projects counted; the count is the goal
        ("到2027年，谋划储备300个3000万元以上产业项目。", [(300.0, "个")]),
        # a level reached by a goal verb stays a goal, whatever project follows in the part
        ("到2027年，肉牛存栏达到50万头，带动一批养殖项目。", [(500000.0, "头")]),
        # a project built or added toward the year: its size is the outcome, however far back the verb stands
        ("到2027年，新建日处理污水5万吨的污水处理项目。", [(50000.0, "吨")]),
        ("到2028年，新增高标准农田20万亩示范项目。", [(200000.0, "亩")]),
        (
            "到2027年，新建甲厂日处理污水5万吨、乙厂日处理污水3万吨的污水处理项目。",
            [(50000.0, "吨"), (30000.0, "吨")],
        ),
    ],
)
def test_a_count_of_projects_or_a_level_reached_stays_a_target(text, expected):
    assert [(v, u) for v, u in target_values(text) if v is not None] == expected


# -- a loan total a programme arranges or puts out sizes the programme, it is no payout -----------------------------
def money_roles(text: str):
    money, _ = extract_amounts(text, one_clause(text))
    return [(m.surface, m.role) for m in money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三家银行连续3年共安排贷款500亿元支持县域特色产业。", [("500亿元", "other")]),
        ("县农商行投放小微企业创业担保贷款860万元，帮助受困企业渡过难关。", [("860万元", "other")]),
        # a modal of permission with a place, a lender or a sum as who may: still a total
        ("今年全市可安排创业担保贷款5亿元，重点支持返乡创业。", [("5亿元", "other")]),
        ("通过贴息，全市可撬动银行贷款30亿元。", [("30亿元", "other")]),
        ("明年全县可以安排创业担保贷款2000万元，优先支持脱贫户。", [("2000万元", "other")]),
        ("两家合作银行共可投放贷款8亿元，专项用于乡村振兴。", [("8亿元", "other")]),
        ("通过财政贴息，预计可撬动银行贷款12亿元。", [("12亿元", "other")]),  # levered: no borrower's
    ],
)
def test_a_loan_total_arranged_is_no_payout(text, expected):
    assert money_roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "符合条件的个人可申请创业担保贷款，每人最高安排贷款20万元，财政给予全额贴息。",
        # no 每/最高: the modal of permission before the verb says one borrower may take it, no loan total
        "个人创业可安排贷款20万元，财政给予贴息。",
        "返乡农户可安排贷款20万元用于发展生产，财政给予全额贴息。",
    ],
)
def test_a_loan_one_recipient_may_take_stays_the_base_of_the_interest_paid(text):
    assert money_roles(text) == [("20万元", "basis")]


def test_a_loan_one_borrower_may_take_is_what_the_measure_grants():
    # no interest paid on it: the loan itself is the benefit (a guaranteed-loan quota)
    assert money_roles("符合条件的个人可安排创业担保贷款15万元，给予奖励。") == [("15万元", "subsidy")]


# -- a count of the text's own indicators, lines of work or quoted goals is no target ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "到2027年，全县继续沿用上年确定的28个指标，突出高质量发展导向。",
        "到2028年，全市重点培育数字服务业三个发展方向。",
        "到2030年，全省将实现“四个新跨越”目标。",
        '到2030年，全省将实现"四个新跨越"目标。',
    ],
)
def test_a_count_of_the_texts_own_indicators_or_quoted_goals_is_no_target(text):
    assert [v for v, _ in target_values(text) if v is not None] == []


def test_a_count_next_to_an_indicator_word_but_not_of_it_stays_a_target():
    text = "到2027年，约束性指标全面完成，新增绿色工厂20家。"
    assert [(v, u) for v, u in target_values(text) if v is not None] == [(20.0, "家")]


# -- tax relief summed over all taxpayers (减免税费X, 减税降费及退税X) is the size of a policy, no payout --------------
@pytest.mark.parametrize(
    ("text", "relief"),
    [
        ("去年全区兑现惠企奖补2.1亿元，减免税费8.4亿元，有效减轻企业负担。", "8.4亿元"),
        ("全省实施减税降费及退税超500亿元，支持科技创新。", "超500亿元"),
        ("一季度全区为企业办理缓税、降费等政策红利4.6亿元，市场活力增强。", "4.6亿元"),
    ],
)
def test_tax_relief_summed_over_taxpayers_is_no_payout(text, relief):
    assert dict(money_roles(text))[relief] == "other"


def test_tax_relief_one_firm_gets_stays_a_payout():
    text = "对新认定的高新技术企业，每户最高减免税费50万元。"
    assert [r for _, r in money_roles(text)] == ["subsidy"]


@pytest.mark.parametrize(
    "text",
    [
        "对年出口额首次突破1亿美元的外贸企业，给予退税奖励资金25万元。",
        "对首次获评专精特新的企业，给予减税降费奖励8万元。",
        "对符合条件的出口企业，在享受退税后再给予一次奖励15万元。",
    ],
)
def test_a_grant_after_a_relief_word_and_a_payout_mark_stays_a_payout(text):
    assert [r for _, r in money_roles(text)] == ["subsidy"]


# -- shares that split a grant (by payer or by instalment) sum to the grant: no rate paid -------------------------
def ratio_roles(text: str):
    _, ratios = extract_amounts(text, one_clause(text))
    return [(r.surface, r.role) for r in ratios]


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("对符合条件的贷款给予全额贴息（省级40%、县级60%）。", ["40%", "60%"]),
        ("对符合条件的贷款给予60%贴息（省级30%、市本级30%）。", ["30%", "30%"]),
        ("认定后的奖励资金按30%、70%分两年拨付到位。", ["30%", "70%"]),
        ("按项目签约、投产两个阶段，分别给予奖补总额40%、60%的奖补。", ["40%", "60%"]),
        # the shares are the text's percents however written (百分之, fullwidth ％): one reading of a percent
        (
            "对符合条件的贷款给予全额贴息（省级百分之二十五、县级百分之七十五）。",
            ["百分之二十五", "百分之七十五"],
        ),
        (
            "对符合条件的贷款给予百分之五十贴息（省级百分之二十、市本级百分之三十）。",
            ["百分之二十", "百分之三十"],
        ),
        ("扶持资金按百分之四十五、百分之五十五分两期拨付到位。", ["百分之四十五", "百分之五十五"]),
        # a payer's share given as a range: lows and highs add up to the rate's (20%+20% = 40%, 20%+50% = 70%)
        ("对新建项目贷款给予贴息，贴息比例为40%-70%（省级20%、县级20%-50%）。", ["20%", "20%-50%"]),
    ],
)
def test_shares_splitting_a_grant_are_no_rate_paid(text, split):
    roles = ratio_roles(text)
    assert [r for s, r in roles if s in split] == ["other"] * len(split)


@pytest.mark.parametrize(
    "text",
    [
        "对一类、二类企业分别按60%、40%给予设备投资补贴。",
        "对一类、二类企业分别按百分之六十、百分之四十给予设备投资补贴。",
    ],
)
def test_rates_for_two_classes_summing_to_a_whole_stay_rates(text):
    assert [r for _, r in ratio_roles(text)] == ["subsidy_rate", "subsidy_rate"]


def test_range_shares_that_do_not_add_up_to_the_rate_stay_rates():
    roles = ratio_roles("对新建项目贷款给予贴息，贴息比例为40%-70%（省级20%、县级10%-30%）。")
    assert [r for _, r in roles] == ["subsidy_rate"] * 3


# -- a sentence that tells of a leap already made with its figure (飙升37%) reports results; 飙升 alone is guarded against
def test_a_sentence_with_a_soaring_figure_reports_results():
    text = "2034年，全县全面落实工业强县行动计划，新能源汽车产量飙升了37%，规上企业营收达60亿元。"
    assert [v for v, _ in target_values(text) if v is not None] == []


def test_a_plan_sentence_without_a_report_verb_keeps_its_goals():
    text = "2034年，全县全面落实工业强县行动计划，新能源汽车产量增长37%，规上企业营收达60亿元。"
    assert [(v, u) for v, u in target_values(text) if v is not None] == [(37.0, "%"), (60.0, "亿元")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("到2036年，商品房价格不出现飙升，新建公租房1800套。", [(1800.0, "套")]),
        ("到2036年，严防菜价飙升，新增城镇就业4万人。", [(40000.0, "人")]),
    ],
)
def test_a_plan_guarding_against_a_soaring_price_keeps_its_goals(text, expected):
    assert [(v, u) for v, u in target_values(text) if v is not None] == expected


# -- the step of a per-step grant written as a level climbed (每上一个1亿元台阶, 每上一个台阶（1亿元）) is its basis ----------
@pytest.mark.parametrize(
    "text",
    [
        "年营业收入5亿元以上的企业，每上一个5亿元台阶，再给予奖励10万元。",
        "对年产值5亿元以上的企业，每上一个台阶（5亿元），给予10万元奖励。",
    ],
)
def test_a_level_climbed_per_step_is_the_basis_of_the_grant(text):
    assert ("5亿元", "basis") in money_roles(text)
    assert ("10万元", "subsidy") in money_roles(text)
