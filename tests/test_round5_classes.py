"""Classes of language read in heldout5 (issue 8), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings,
with the near misses it must leave alone.

* a colon between digits is a proportion (23:53:24, 2.3:1), not a comma-part break, and a goal
  stated as a proportion is no goal without a number;
* a part that only frames the goals after it (以…为牵引, 围绕…等领域) names no goal;
* tenths count in a goal (增长超5成: 5 成, min, 0.5);
* a level a goal value is named as (迈上5000亿元台阶) is reached at least: min, and the money a target;
* a bounded amount that qualifies the noun a goal counts (营业收入5亿元以上科技企业30家) is not the goal's value;
* 万亿元 in a goal is multiplied out to 亿元 (1.5万亿元 -> 15000 亿元);
* a cap that a text changes (最高补贴额由2000元提高到3000元) bounds the old value and the new one;
* a share of who bears a cost (按6:4比例分担) is no rate paid (other);
* a rate on a base named by 按照 (按照实际贷款利率的40%，…给予贴息) is the rate paid though its grant word
  stands in a later comma part;
* money a part opening with 实现 aims at (实现产业规模超500亿元。) is a goal without a year;
* an allocation by the treasury (市财政每年安排2亿元左右) is a budget (other), not a payout;
* a sentence opening with a bare year and a comma that opens no goal (2022年，…比重达到9.5%) reports
  that year: its figures are other.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of


def unquantified(text: str) -> list[str]:
    return [t.surface for t in targets_of(text) if t.value is None and t.low is None]


# ---------------------------------------------------------------- a proportion is one number, not a break
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("到2030年，城乡居民收入比调整为2:1，生态环境持续改善。", ["生态环境持续改善"]),
        ("到2028年，三次产业结构优化为5:35:60，服务业比重明显提高。", ["服务业比重明显提高"]),
        ("力争到2027年，研发人员与从业人员之比达到1:10以上；创新生态不断完善。", ["创新生态不断完善"]),
    ],
)
def test_a_proportion_is_no_goal_without_a_number(text: str, kept: list[str]) -> None:
    assert unquantified(text) == kept


def test_a_goal_without_a_proportion_stays() -> None:
    # near miss: no digits around a colon, the qualitative goal is a goal
    assert unquantified("到2030年，产业结构更加合理，生态环境持续改善。") == [
        "产业结构更加合理",
        "生态环境持续改善",
    ]


# ---------------------------------------------------------------- a frame is no goal
@pytest.mark.parametrize(
    "text",
    [
        "到2026年，以数字化转型为引领，围绕集成电路、生物医药等领域，培育一批创新型企业。",
        "到2027年，以重大项目为抓手，聚焦高端装备和新材料，培育一批创新型企业。",
    ],
)
def test_a_frame_names_no_goal(text: str) -> None:
    assert unquantified(text) == ["培育一批创新型企业"]


def test_a_frame_with_a_goal_verb_is_a_goal() -> None:
    # near miss: 围绕 with a goal verb in its part states the goal itself
    assert unquantified("到2026年，围绕主导产业形成一批产业集群。") == ["围绕主导产业形成一批产业集群"]


# ---------------------------------------------------------------- tenths in a goal
@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("到2028年，高新技术企业数量增长超5成。", 5.0, "min"),
        ("力争到2030年，绿色工厂占比达到6成以上。", 6.0, "min"),
        ("到2026年，关键零部件本地化率提高到7成。", 7.0, "exact"),
    ],
)
def test_tenths_count_in_a_goal(text: str, value: float, kind: str) -> None:
    quantified = [t for t in targets_of(text) if t.value is not None]
    assert len(quantified) == 1, targets_of(text)
    t = quantified[0]
    assert (t.value, t.unit, t.kind) == (value, "成", kind)
    assert t.value_fraction == pytest.approx(value / 10)


def test_cheng_in_a_word_is_no_tenths() -> None:
    # near miss: 成为 is a verb, the goal counts 家
    t = [t for t in targets_of("到2028年，培育10家企业成为链主企业。") if t.value is not None]
    assert [(x.value, x.unit) for x in t] == [(10.0, "家")]


# ---------------------------------------------------------------- a level reached: at least
@pytest.mark.parametrize(
    "text",
    [
        "力争到2027年，全区工业总产值迈上5000亿元台阶。",
        "到2030年，全市营业收入跨上5000亿元大关。",
    ],
)
def test_a_level_reached_is_a_minimum(text: str) -> None:
    t = [t for t in targets_of(text) if t.value is not None]
    assert [(x.value, x.unit, x.kind) for x in t] == [(5000.0, "亿元", "min")]
    (m,) = money_of(text).values()
    assert (m.kind, m.low, m.role) == ("min", 5e11, "target")


def test_a_value_reached_without_a_level_is_exact() -> None:
    text = "到2027年，全区工业总产值达到5000亿元。"
    (m,) = money_of(text).values()
    assert (m.kind, m.role) == ("exact", "target")
    assert [x.kind for x in targets_of(text)] == ["exact"]


# ---------------------------------------------------------------- the noun a goal counts, qualified by money
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("到2026年，新增营业收入5亿元以上科技企业30家。", 30.0, "家"),
        ("到2028年，培育年销售额1亿元以上的骨干企业50家。", 50.0, "家"),
        ("到2027年，引进总投资10亿元以上项目20个，", 20.0, "个"),
    ],
)
def test_money_qualifying_the_counted_noun_is_no_value(text: str, value: float, unit: str) -> None:
    t = [t for t in targets_of(text) if t.value is not None]
    assert [(x.value, x.unit, x.kind) for x in t] == [(value, unit, "exact")]
    (m,) = money_of(text).values()
    assert (m.kind, m.role) == ("min", "threshold")


def test_money_that_is_the_goal_stays_its_value() -> None:
    # near miss: nothing is counted after the amount
    t = targets_of("到2026年，科技企业营业收入超过5亿元。")
    assert [(x.value, x.unit, x.kind) for x in t] == [(5.0, "亿元", "min")]


# ---------------------------------------------------------------- 万亿元 multiplied out
@pytest.mark.parametrize(
    ("text", "value", "yuan"),
    [
        ("到2030年，数字经济规模达到1.5万亿元。", 15000.0, 1.5e12),
        ("到2025年，全省地区生产总值突破2万亿元。", 20000.0, 2e12),
        ("到2025年，全省地区生产总值达到1500亿元。", 1500.0, 1.5e11),  # near miss: 亿元 stays as it is
    ],
)
def test_wan_yi_is_multiplied_out(text: str, value: float, yuan: float) -> None:
    (t,) = [t for t in targets_of(text) if t.value is not None]
    assert (t.value, t.unit) == (value, "亿元")
    assert t.value_yuan == pytest.approx(yuan)


# ---------------------------------------------------------------- a changed cap bounds both values
@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("每台最高补贴额由2000元提高到3000元。", "2000元", "3000元"),
        ("奖励上限从50万元调整为80万元。", "50万元", "80万元"),
        ("单个项目最高资助额度由每年100万元提高至200万元。", "100万元", "200万元"),
    ],
)
def test_a_changed_cap_bounds_both_values(text: str, old: str, new: str) -> None:
    money = money_of(text)
    assert set(money) == {old, new}, list(money)
    assert money[old].kind == money[new].kind == "max"
    assert money[old].low is None and money[new].low is None


@pytest.mark.parametrize(
    "text",
    [
        "补贴标准由每台2000元提高到3000元。",  # no cap word: exact
        "最低工资标准由2000元调整为2200元。",  # 最低工资 names a wage, not a floor
        "近年来补助从1000万元增加到2000万元。",  # 近 binds only the number right after it
    ],
)
def test_a_change_without_a_cap_stays_exact(text: str) -> None:
    assert [m.kind for m in money_of(text).values()] == ["exact", "exact"]


# ---------------------------------------------------------------- who bears a cost
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("所需资金由省、市按6:4比例分担。", "6:4"),
        ("奖补资金由市、区按50%的比例分别承担。", "50%"),
        ("补助资金由市县按5∶5比例承担。", "5∶5"),
    ],
)
def test_a_cost_share_is_no_rate_paid(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "other"


def test_a_rate_paid_before_who_bears_it() -> None:
    # near miss: the rate is paid (给予补助); who bears the money is said apart, with no share
    assert ratios_of("按设备投资额的20%给予补助，资金由市财政承担。")["20%"].role == "subsidy_rate"


# ---------------------------------------------------------------- a rate on a base, granted in a later part
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("按照实际贷款利率的40%，每年最高不超过100万元给予贴息。", "40%"),
        ("按企业当年研发投入的10%，单个企业最高200万元予以奖励。", "10%"),
    ],
)
def test_a_rate_on_a_base_is_the_rate_paid(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "subsidy_rate"


def test_a_rate_on_a_base_with_no_grant_is_other() -> None:
    # near miss: nothing is granted in the sentence
    assert ratios_of("按照上年度营业收入的10%，确定企业等级。")["10%"].role == "other"


# ---------------------------------------------------------------- money a part aims at
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("吸引一批龙头企业落户，实现产业规模超500亿元。", "超500亿元"),
        ("扶持一批专精特新企业，力争全市软件业务收入突破3000亿元。", "突破3000亿元"),
    ],
)
def test_money_aimed_at_is_a_target(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "target"


def test_money_aimed_at_in_a_condition_is_a_threshold() -> None:
    # near miss: the amount is what a firm must reach to be granted
    money = money_of("企业实现营业收入超过5000万元，给予10万元奖励。")
    assert money["超过5000万元"].role == "threshold"
    assert money["10万元"].role == "subsidy"


# ---------------------------------------------------------------- a treasury allocation
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("市财政每年安排2亿元左右，用于支持科技创新。", "2亿元左右"),
        ("2024年，区财政继续安排5000万元，支持重点产业发展。", "5000万元"),
    ],
)
def test_a_treasury_allocation_is_a_budget(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "other"


def test_a_grant_is_still_a_subsidy() -> None:
    # near miss: a payout to a recipient, no treasury allocation
    assert money_of("对新认定的企业给予50万元奖励。")["50万元"].role == "subsidy"


# ---------------------------------------------------------------- a dated report
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2022年，全省高技术制造业增加值占规上工业比重达到9.5%，创新动能持续增强。", "9.5%"),
        ("2019年末，全市森林覆盖率提高到45%。", "45%"),
    ],
)
def test_a_dated_report_is_other(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "other"


@pytest.mark.parametrize(
    "text",
    [
        "2025年，力争全社会研发投入强度达到3%。",  # near miss: the year opens a goal (力争)
        "到2025年，全社会研发投入强度达到3%。",  # near miss: 到 opens a goal
    ],
)
def test_a_year_that_opens_a_goal_is_no_report(text: str) -> None:
    assert ratios_of(text)["3%"].role == "target"
