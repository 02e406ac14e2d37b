"""Money and ratio classes found by the round-12 census of failed mechanisms (issue 8).

Every sentence here is made up for this file; each test names the mechanism it guards.
"""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.amounts import extract_amounts


def ratios_of(text: str):
    _, ratios = extract_amounts(text, one_clause(text))
    return ratios


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("逾期不改的，处清理费用二至四倍罚款。", "二至四倍", 2.0, 4.0),
        ("擅自占用绿地的，按恢复费用的一至三倍处以罚款。", "一至三倍", 1.0, 3.0),
        ("对责任单位处违法收入3至5倍的罚款。", "3至5倍", 3.0, 5.0),
        ("处所需费用五到十倍罚款；", "五到十倍", 5.0, 10.0),
    ],
)
def test_a_range_of_multiples_with_a_bare_first_bound_is_one_range(text, surface, low, high):
    (ratio,) = ratios_of(text)
    assert (ratio.surface, ratio.kind, ratio.form) == (surface, "range", "multiple")
    assert (ratio.value, ratio.high) == (low, high)


def test_a_multiple_after_an_unrelated_number_and_dash_is_no_range():
    values = [(r.surface, r.kind) for r in ratios_of("产量由1.5倍提高到2倍。")]
    assert values == [("1.5倍", "exact"), ("2倍", "exact")]


def money_of(text: str):
    money, _ = extract_amounts(text, one_clause(text))
    return [(m.surface, m.kind, m.role) for m in money]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an enumeration after a level verb: every level is reached, none is the least that qualifies
        (
            "明年全县农业、文旅投资分别达60亿元、25亿元。",
            [("60亿元", "exact"), ("25亿元", "exact")],
        ),
        # a dash opening an aside after the level
        (
            "全市会展业综合营收将达到400亿元——市商务局昨天公布。",
            [("400亿元", "exact")],
        ),
        # a grant named in an earlier part of the sentence grants nothing on the level
        (
            "扩大贴息覆盖面，全年交通、能源投资分别达90亿元、40亿元。",
            [("90亿元", "exact"), ("40亿元", "exact")],
        ),
    ],
)
def test_a_level_reached_with_more_after_it_in_its_part_is_no_threshold(text, expected):
    rows = money_of(text)
    assert [(s, k) for s, k, _ in rows] == expected
    assert all(role != "threshold" for _, _, role in rows)


def test_an_intensity_brought_to_a_level_by_a_plan_is_no_condition():
    rows = money_of("经过三年攻坚，全县规上工业亩均税收达到28万元，亩均增加值达到95万元。")
    assert [(s, k) for s, k, _ in rows] == [("28万元", "exact"), ("95万元", "exact")]
    assert all(role != "threshold" for _, _, role in rows)


@pytest.mark.parametrize(
    ("text", "surface", "kind", "role"),
    [
        # what still conditions: a requirement with a remark, an intensity floor, a 的 after the enumeration
        ("入园项目固定资产投资不低于3亿元（山区县2亿元）；", "不低于3亿元", "min", "threshold"),
        ("新建工业项目亩均税收不低于18万元。", "不低于18万元", "min", "threshold"),
        ("对年销售收入达到8000万元、研发投入占比4%以上的企业给予奖励。", "8000万元", "min", "threshold"),
    ],
)
def test_a_condition_with_more_after_it_stays_a_threshold(text, surface, kind, role):
    assert money_of(text)[0] == (surface, kind, role)


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        # a share reached in a "…的" condition is the least that qualifies, as an amount reached there is
        ("对出口额增速达到12%的外贸企业，给予5万元奖励。", "12%", "min"),
        # …but not a share reached about so much, nor a goal's level
        ("到2027年，全县森林覆盖率达到48%。", "48%", "exact"),
    ],
)
def test_a_share_reached_in_a_condition_is_its_least_value(text, surface, kind):
    (ratio,) = ratios_of(text)
    assert (ratio.surface, ratio.kind) == (surface, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence names what one applies under: the shares reached are the least that qualifies
        (
            "符合申请条件的新招用人员达到企业现有职工总数25%（职工超过300人的企业达到10%），可申请最高200万元贷款。",
            [("25%", "min", "threshold"), ("10%", "min", "threshold")],
        ),
        # a share marked inclusive right after it
        ("企业年度研发投入强度达到3.5%（含）；", [("3.5%", "min", "threshold")]),
        # a reach verb across the noun the share is of, in a "…的" condition
        ("对研发投入达到主营业务收入6%的企业给予奖励。", [("6%", "min", "threshold")]),
    ],
)
def test_a_share_reached_as_a_condition_is_a_threshold_at_least(text, expected):
    assert [(r.surface, r.kind, r.role) for r in ratios_of(text)] == expected


def test_a_share_reached_in_a_goal_stays_an_exact_target():
    (ratio,) = ratios_of("到2026年，全市城镇新增就业人员中高校毕业生达到新增总数35%。")
    assert (ratio.surface, ratio.kind) == ("35%", "exact")
    assert ratio.role != "threshold"


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "role"),
    [
        # nouns listed before a share are one noun: the bound reaches the share across them
        (
            "经评审给予不超过厂房、设备等投资额12%的支持。",
            "不超过厂房、设备等投资额12%",
            "max",
            0.12,
            "subsidy_rate",
        ),
        ("该县人均收入不足甲市、乙市四分之一。", "不足甲市、乙市四分之一", "max", 0.25, "other"),
    ],
)
def test_a_bound_crosses_nouns_listed_before_a_share(text, surface, kind, value, role):
    (ratio,) = ratios_of(text)
    assert (ratio.surface, ratio.kind, ratio.value, ratio.role) == (surface, kind, value, role)


def test_a_bound_does_not_cross_another_amount_listed_before_a_share():
    assert [(r.surface, r.kind) for r in ratios_of("研发投入不低于800万元、研发人员占比12%。")] == [
        ("12%", "exact")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level verb before an enumeration of amounts bounds every one of them
        ("全县税收、社会消费品零售额分别突破15亿元和90亿元。", [("突破15亿元", "min"), ("90亿元", "min")]),
        ("全省生产总值接连跃上5万亿元、6万亿元台阶。", [("跃上5万亿元", "min"), ("6万亿元", "min")]),
    ],
)
def test_a_level_verb_bounds_every_amount_of_its_enumeration(text, expected):
    assert [(s, k) for s, k, _ in money_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "县里筹措专项资金3500万元，重点支持农田水利设施。",
        "今年共撬动社会资本120亿元支持绿色产业。",
        "全省筹措资金2800万元，奖励招商引资成绩突出的市县。",
        "区里统筹各类资金6000万元支持老旧小区改造。",
    ],
)
def test_a_fund_pooled_is_the_size_of_a_programme_not_a_payout(text):
    ((_, _, role),) = money_of(text)
    assert role == "other"


@pytest.mark.parametrize(
    "text",
    ["对新认定的企业，统筹资金给予一次性奖励30万元。", "对首次入选的项目给予每个项目资金支持80万元。"],
)
def test_what_one_recipient_gets_stays_a_subsidy(text):
    ((_, _, role),) = money_of(text)
    assert role == "subsidy"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a total paid over all recipients is the size of what was paid out
        ("全年发放各类农业补贴5200万元，惠及3万户。", "other"),
        ("已累计向返乡创业人员发放创业补贴8600万元。", "other"),
        # one recipient's marks keep a payout
        ("全年对每户给予补贴3000元。", "subsidy"),
        ("累计投资达标后给予最高不超过80万元奖励。", "subsidy"),
    ],
)
def test_a_total_paid_over_all_recipients_is_no_payout(text, role):
    assert money_of(text)[-1][2] == role


def test_a_word_ending_in_da_is_no_reach_verb_before_a_share():
    (ratio,) = ratios_of("对来自欠发达地区员工占比30%的企业给予奖励。")
    assert (ratio.surface, ratio.kind) == ("30%", "exact")
