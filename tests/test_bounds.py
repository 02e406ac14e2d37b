"""Bounds as composition: modality/negation × comparator × position, for money and ratios alike.

Every sentence here was written for this file (the classes of language of issue 8), none is
copied from a fixture: the rules must read the composition, not a list of its products.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts


def rows(text: str):
    money, ratios = extract_amounts(text, one_clause(text))
    return money, ratios


def only_money(text: str):
    money, _ = rows(text)
    assert len(money) == 1, [m.surface for m in money]
    return money[0]


def only_ratio(text: str):
    _, ratios = rows(text)
    assert len(ratios) == 1, [r.surface for r in ratios]
    return ratios[0]


# ---------------------------------------------------------------- negation × comparator, right before the number
@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # a negation flips the comparator after it, whatever the negation word
        ("企业自筹资金比例不得低于40%。", "不得低于40%", "min"),
        ("财政资金占比不应高于60%。", "不应高于60%", "max"),
        ("贴息比例不能超过70%。", "不能超过70%", "max"),
        ("配套比例不宜低于20%。", "不宜低于20%", "min"),
        ("预付比例不可高于30%。", "不可高于30%", "max"),
        ("其中用于设备购置的比例不少于50%。", "不少于50%", "min"),
        ("合作单位出资比例不多于25%。", "不多于25%", "max"),
        ("项目验收通过率不小于90%。", "不小于90%", "min"),
        ("未达到60%的，不予拨付。", "未达到60%", "max"),
        # without a negation the comparator keeps its direction
        ("利润率低于5%的项目不予支持。", "低于5%", "max"),
        ("增速高于15%的企业优先推荐。", "高于15%", "min"),
        ("贷款利率超过8%的部分不予贴息。", "超过8%", "min"),
        # hedges between change nothing and stay out of the surface
        ("担保费率原则上不高于1.5%。", "不高于1.5%", "max"),
        ("首付比例一般不低于30%。", "不低于30%", "min"),
        ("管理费用均不超过5%。", "不超过5%", "max"),
        ("自筹比例应当不低于50%。", "不低于50%", "min"),
    ],
)
def test_negation_and_hedge_compose_with_the_comparator_for_ratios(text, surface, kind):
    r = only_ratio(text)
    assert (r.surface, r.kind) == (surface, kind)
    assert text[r.char_start : r.char_end] == r.surface


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("单个项目支持金额不得超过200万元。", "不得超过200万元", None, 2_000_000),
        ("企业实缴注册资本不应低于500万元。", "不应低于500万元", 5_000_000, None),
        ("每户补助不能高于3000元。", "不能高于3000元", None, 3000),
        ("项目总投资原则上不少于1000万元。", "不少于1000万元", 10_000_000, None),
        ("培训补贴一般不超过2000元/人。", "不超过2000元", None, 2000),
        ("年营业收入未达到500万元的企业不予认定。", "未达到500万元", None, 5_000_000),
        ("贷款额度不到50万元的，按实际发生额补助。", "不到50万元", None, 500_000),
        ("年纳税额高于100万元的企业给予奖励。", "高于100万元", 1_000_000, None),
    ],
)
def test_negation_and_hedge_compose_with_the_comparator_for_money(text, surface, low, high):
    m = only_money(text)
    assert (m.surface, m.low, m.high) == (surface, low, high)


# ---------------------------------------------------------------- limits, copulas and bare comparators
@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "kind"),
    [
        ("单家企业奖励最高为80万元。", "最高为80万元", None, 800_000, "max"),
        ("每个项目资助上限100万元。", "上限100万元", None, 1_000_000, "max"),
        ("贷款贴息额度上限为50万元。", "上限为50万元", None, 500_000, "max"),
        (
            "每年最多奖励30万元。",
            "30万元",
            None,
            300_000,
            "max",
        ),  # 奖励 stands between: bound kept, surface bare
        ("补助资金至少安排500万元。", "500万元", 5_000_000, None, "min"),
        ("对年销售收入过5亿元的企业给予奖励。", "过5亿元", 500_000_000, None, "min"),
        ("对年产值逾10亿元的企业给予奖励。", "逾10亿元", 1_000_000_000, None, "min"),
        # 达到 alone sets no bound (in an eligibility condition it is the least that qualifies: min, see
        # tests/test_round4_classes.py)
        ("全年累计发放奖励资金达到2000万元。", "2000万元", 20_000_000, 20_000_000, "exact"),
        ("累计投资达到2000万元的项目给予奖励。", "2000万元", 20_000_000, None, "min"),
    ],
)
def test_limits_copulas_and_one_character_comparators(text, surface, low, high, kind):
    m = only_money(text)
    assert (m.surface, m.low, m.high, m.kind) == (surface, low, high, kind)


@pytest.mark.parametrize(
    "text",
    [
        "项目资金通过1000万元的专项债券解决。",  # 通过 is a verb, not 过 (exceeding)
        "经过3000万元的投入，平台建成。",
    ],
)
def test_a_one_character_comparator_inside_a_verb_is_no_bound(text):
    m = only_money(text)
    assert m.kind == "exact"


# ---------------------------------------------------------------- across a noun phrase of the same clause
@pytest.mark.parametrize(
    ("text", "surface", "value", "kind"),
    [
        ("按不超过设备购置额的25%给予补助。", "不超过设备购置额的25%", 0.25, "max"),
        ("最高不超过实际发生费用的40%给予补贴。", "最高不超过实际发生费用的40%", 0.4, "max"),
        ("按不高于同期贷款市场报价利率的50%给予贴息。", "不高于同期贷款市场报价利率的50%", 0.5, "max"),
        ("担保费率原则上不高于担保金额的1%。", "不高于担保金额的1%", 0.01, "max"),
        ("企业研发投入不低于销售收入3%。", "不低于销售收入3%", 0.03, "min"),
        ("贴息比例不得低于贷款利息的30%。", "不得低于贷款利息的30%", 0.3, "min"),
    ],
)
def test_a_bound_reaches_its_ratio_across_a_noun_phrase(text, surface, value, kind):
    r = only_ratio(text)
    assert (r.surface, r.value, r.kind) == (surface, pytest.approx(value), kind)


def test_a_bound_reaches_its_amount_across_a_period_word():
    m = only_money("租房补贴额度不能超过每月1500元。")
    assert (m.surface, m.high, m.kind, m.period) == ("不能超过每月1500元", 1500, "max", "每月")


@pytest.mark.parametrize(
    "text",
    [
        # the comparator bounds something else: a clause word, a grant or another amount stands between
        "对超过部分按20%给予补助。",
        "对增速高于全省平均水平的企业按10%给予奖励。",
        "对研发投入超过1000万元的企业给予15%的补助。",
        "超过规定期限的，按5%收取违约金。",
    ],
)
def test_a_bound_does_not_cross_a_clause_word_or_another_number(text):
    _, ratios = rows(text)
    assert [r.kind for r in ratios] == ["exact"], [(r.surface, r.kind) for r in ratios]


# ---------------------------------------------------------------- enumerations
def test_a_bound_governs_every_amount_of_its_enumeration():
    money, _ = rows("对认定的国家级、省级、市级平台分别给予最高300万元、100万元、50万元奖励。")
    assert [(m.surface, m.high, m.kind) for m in money] == [
        ("最高300万元", 3_000_000, "max"),
        ("100万元", 1_000_000, "max"),
        ("50万元", 500_000, "max"),
    ]
    assert [m.recipient for m in money] == ["国家级平台", "省级平台", "市级平台"]


def test_a_lower_bound_governs_its_enumeration_and_an_own_bound_stops_it():
    money, _ = rows("对年营业收入分别超过10亿元、5亿元的企业给予奖励。")
    assert [(m.low, m.kind) for m in money] == [(1e9, "min"), (5e8, "min")]
    money, _ = rows("分别给予最高200万元、不低于50万元的支持。")
    assert [m.kind for m in money] == ["max", "min"]
    _, ratios = rows("按不超过30%、20%的比例分别给予补助。")
    assert [(r.value, r.kind) for r in ratios] == [(0.3, "max"), (0.2, "max")]


def test_an_unbounded_enumeration_stays_exact():
    money, _ = rows("分别给予100万元、50万元、20万元奖励。")
    assert [m.kind for m in money] == ["exact", "exact", "exact"]


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("对总投资2亿元（含）以上、10亿元（不含）以下的项目给予支持。", 2e8, 1e9),
        ("对投资额3000万元及以上至1亿元的项目给予补助。", 3e7, 1e8),
        ("对合同金额500万元以上至2000万元以下的项目给予奖励。", 5e6, 2e7),
        ("处五千元以上三万元以下的罚款。", 5_000, 30_000),
        ("对年营收超过1亿元不足5亿元的企业给予奖励。", 1e8, 5e8),
        ("给予不低于50万元、不超过200万元的补助。", 5e5, 2e6),
        ("补助标准为200元～500元。", 200, 500),
    ],
)
def test_a_lower_and_an_upper_bound_written_together_are_one_range(text, low, high):
    m = only_money(text)
    assert (m.low, m.high, m.kind) == (low, high, "range")
    assert text[m.char_start : m.char_end] == m.surface


def test_an_after_word_split_by_a_space_still_bounds():
    # PDF text extraction splits words: 以 上, 以  下
    assert (
        only_money("对投资80万元以 上的项目给予补助。").kind,
        only_money("处2000元以  下罚款。").kind,
    ) == (
        "min",
        "max",
    )
    assert only_ratio("占比30%以 上的企业。").kind == "min"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("处80万元以上30万元以下的罚款。", 300_000, 800_000),  # bounds in the wrong order: a drafting slip
        ("比例在40%以上20%以下的，按规定执行。", 0.2, 0.4),
    ],
)
def test_bounds_written_in_the_wrong_order_give_an_ordered_range(text, low, high):
    money, ratios = rows(text)
    found = money or ratios
    assert len(found) == 1
    f = found[0]
    if money:
        assert (f.low, f.high, f.kind) == (low, high, "range")
    else:
        assert (f.value, f.high, f.kind) == (pytest.approx(low), pytest.approx(high), "range")


# ---------------------------------------------------------------- fractions and percentage points
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("按项目投资额的1/3给予补助。", 1 / 3, "exact"),
        ("市、区按2/3和1/3的比例分担。", 2 / 3, "exact"),
        ("补助额不超过实际支出的1／4。", 0.25, "max"),
    ],
)
def test_slash_fractions(text, value, kind):
    _, ratios = rows(text)
    first = ratios[0]
    assert (first.value, first.form, first.kind) == (pytest.approx(value, abs=1e-9), "fraction", kind)


@pytest.mark.parametrize("text", ["请于2025/3/31前报送。", "提供7×24小时、24/7服务。", "详见附件第3/12页。"])
def test_dates_and_codes_with_a_slash_are_no_fractions(text):
    _, ratios = rows(text)
    assert ratios == []


def test_percentage_points_are_their_own_form():
    r = only_ratio("到2026年，规上工业企业研发机构覆盖率提高8个百分点。")
    assert (r.value, r.form, r.role) == (pytest.approx(0.08), "points", "target")
    r = only_ratio("贷款利率下浮不超过0.5个百分点。")
    assert (r.value, r.form, r.kind) == (pytest.approx(0.005), "points", "max")


# ---------------------------------------------------------------- caps named by a noun, and nouns named 最低/最高
def test_a_cap_named_by_a_noun_bounds_its_amounts_across_the_copula():
    money, _ = rows("护理费用支付限额标准为城镇居民每人每天80元、农村居民每人每天60元。")
    assert [(m.surface, m.high, m.kind) for m in money] == [
        ("限额标准为城镇居民每人每天80元", 80, "max"),
        ("60元", 60, "max"),  # the parallel item named per unit shares the cap
    ]
    money, _ = rows("单个项目补助上限为每户3万元。")
    assert [(m.high, m.kind) for m in money] == [(30_000, "max")]


def test_a_noun_named_with_a_limit_word_bounds_nothing():
    # 最低工资, 最低生活保障标准: 最低 names the noun; 准入限额1.5倍: 1.5 times a limit, no cap
    _, ratios = rows("生活补助按当地最低工资标准的80%按月发放。")
    assert [(r.surface, r.kind) for r in ratios] == [("80%", "exact")]
    money, _ = rows("城市最低生活保障标准为每人每月950元。")
    assert [(m.surface, m.kind) for m in money] == [("950元", "exact")]
    _, ratios = rows("家庭收入在保障准入限额1.2倍至2倍以内的，按市场租金的一半计租。")
    assert [(r.surface, r.value, r.high, r.kind) for r in ratios] == [("1.2倍至2倍以内", 1.2, 2.0, "range")]


def test_a_bracketed_remark_does_not_break_a_list_of_capped_amounts():
    money, _ = rows(
        "日间照料费用支付限额为每人每天60元（其中餐费不高于每人每天20元），居家照护每人每天40元。"
    )
    assert [(m.high, m.kind) for m in money] == [(60, "max"), (20, "max"), (40, "max")]


# ---------------------------------------------------------------- 近 and 突破
def test_jin_describes_an_amount_or_a_share_as_about_so_much():
    # 近800万元 is nearly 8 million: its value, as 约 gives it (the gold of every set reads it so), not an open cap
    money = only_money("项目总投资近800万元。")
    assert (money.low, money.high, money.kind) == (8e6, 8e6, "exact")
    assert only_ratio("民营企业贡献了近四成的税收。").kind == "exact"


def test_jin_leaves_the_metric_of_a_goal():
    from parsers.targets import extract_targets

    text = "到2025年，全省集群总产值接近2万亿元，带动就业将近300万人。"
    got = [(t.metric, t.value, t.unit, t.kind) for t in extract_targets(text, one_clause(text))]
    assert got == [("全省集群总产值", 20000.0, "亿元", "exact"), ("带动就业", 3000000.0, "人", "exact")]


def test_tupo_with_an_object_is_a_verb_and_without_one_a_bound():
    from parsers.targets import extract_targets

    text = "到2027年，突破百项关键技术，全市数字经济核心产业增加值突破3000亿元。"
    got = [(t.value, t.kind) for t in extract_targets(text, one_clause(text)) if t.value is not None]
    assert got == [(100, "exact"), (3000, "min")]


# ---------------------------------------------------------------- ranges of points and multiples
def test_a_range_of_points_and_a_range_of_multiples():
    r = only_ratio("参保率每年提高2～4个百分点。")
    assert (r.value, r.high, r.kind, r.form) == (pytest.approx(0.02), pytest.approx(0.04), "range", "points")
    r = only_ratio("租金按市场租金的0.5倍至0.8倍收取。")
    assert (r.value, r.high, r.kind, r.form) == (0.5, 0.8, "range", "multiple")


# ---------------------------------------------------------------- a limit over a grant named as an amount
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        # 最高 + the grant named as an amount + a copula: the cap of the number after it (surface: the number)
        ("对认定的企业，单个企业年度最高补助金额可达500万元。", 5_000_000, "max"),
        ("每个项目最高资助额度为80万元。", 800_000, "max"),
        ("符合条件的，最高奖补标准是每户3万元。", 30_000, "max"),
        ("最高贷款额度可达200万元。", 2_000_000, "max"),
        ("新建项目最低补助金额为10万元。", 100_000, "min"),
        # no grant in the noun: a line named with 最低 (a relief or wage standard), no bound
        ("孤儿最低养育标准为每人每季度4500元。", 4500, "exact"),
        ("最低工资标准为每月2100元。", 2_100, "exact"),
    ],
)
def test_a_limit_over_a_grant_named_as_an_amount_bounds_the_number_after_the_copula(text, value, kind):
    m = only_money(text)
    assert m.kind == kind
    assert (m.high if kind == "max" else m.low) == value
    assert text[m.char_start : m.char_end] == m.surface


def test_a_named_cap_reaches_every_labelled_amount_after_its_colon():
    money, _ = rows("认定后分档奖励，最高奖补额度为：县级6万元、市级9万元、省级15万元。")
    assert [(m.kind, m.high) for m in money] == [("max", 60_000), ("max", 90_000), ("max", 150_000)]
    # without a limit before the colon the labelled amounts stay exact
    money, _ = rows("认定后分档奖励，奖补额度为：县级6万元、市级9万元、省级15万元。")
    assert [m.kind for m in money] == ["exact", "exact", "exact"]


def test_a_cap_raised_from_a_limited_old_value_bounds_the_new_one():
    money, _ = rows("单个项目支持额度由最高400万元提高到600万元。")
    assert [(m.kind, m.high) for m in money] == [("max", 4_000_000), ("max", 6_000_000)]
    # a plain old value raised: the new one is a plain value
    money, _ = rows("单个项目支持额度由400万元提高到600万元。")
    assert [m.kind for m in money] == ["exact", "exact"]


def test_a_range_of_two_after_words_parted_by_a_comma():
    # 以上，…以下: older regulations part the two bounds of one fine with a comma
    money, _ = rows("对违法单位处二万元以上，十万元以下的罚款。")
    assert [(m.kind, m.low, m.high) for m in money] == [("range", 20_000, 100_000)]
    # near miss: a threshold then a plain payout, a comma between
    money, _ = rows("投资5000万元以上，给予补助80万元。")
    assert [m.kind for m in money] == ["min", "exact"]


def test_zuigao_da_is_a_cap_and_gaoda_alone_is_not():
    assert (only_money("单个企业奖补资金最高达80万元。").kind, only_money("项目总投资高达12亿元。").kind) == (
        "max",
        "exact",
    )


def test_about_so_much_of_a_scale_with_no_numeral_is_an_amount_but_near_is_not():
    assert [(m.low, m.high, m.kind) for m in rows("全市旅游收入近千亿元，带动投资约万亿元。")[0]] == [
        (1e11, 1e11, "exact"),
        (1e12, 1e12, "exact"),
    ]
    assert rows("最近亿元项目开工3个，附近万元户增多。")[0] == []
