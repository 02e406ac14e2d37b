"""Ratios: every written form as a fraction, with qualifiers, ranges and roles."""

from __future__ import annotations

import pytest
from extraction_helpers import load_gold, one_clause, score_ratios, split_clauses

from parsers.amounts import extract_amounts


def ratios_of(text: str):
    return extract_amounts(text, one_clause(text))[1]


def only(text: str):
    ratios = ratios_of(text)
    assert len(ratios) == 1, [r.surface for r in ratios]
    return ratios[0]


def test_seed_ratios_match_gold(seed_text):
    gold = load_gold()
    _, ratios = extract_amounts(seed_text, split_clauses(seed_text))
    score = score_ratios(ratios, gold["ratios"])
    assert score["gold"] == 16
    assert score["right"] >= 15, score
    assert score["false_positives"] == []
    assert (
        score["role_right"] >= 15
    )  # 不低于70% (an institution's own reward share) is read as a subsidy rate


def test_seed_rate_next_to_cap_gives_ratio_and_money(seed_text):
    money, ratios = extract_amounts(seed_text, split_clauses(seed_text))
    start = seed_text.index("给予实际投资额20%、最高不超过100万元的补助")
    near = [r for r in ratios if start <= r.char_start < start + 30]
    assert [(r.surface, r.value, r.kind, r.role) for r in near] == [("20%", 0.2, "exact", "subsidy_rate")]
    cap = [m for m in money if start <= m.char_start < start + 30]
    assert [(m.surface, m.high, m.kind, m.role) for m in cap] == [
        ("最高不超过100万元", 1_000_000, "max", "subsidy")
    ]


def test_seed_ratio_forms_and_roles(seed_text):
    _, ratios = extract_amounts(seed_text, split_clauses(seed_text))
    by_surface = {r.surface: r for r in ratios}
    assert (by_surface["1∶1"].value, by_surface["1∶1"].form, by_surface["1∶1"].role) == (
        1.0,
        "ratio",
        "subsidy_rate",
    )
    assert (by_surface["1:1"].value, by_surface["1:1"].form) == (1.0, "ratio")
    assert (by_surface["15.4%以内"].value, by_surface["15.4%以内"].kind, by_surface["15.4%以内"].role) == (
        0.154,
        "max",
        "target",
    )
    assert (by_surface["不超过30%"].kind, by_surface["不超过30%"].role) == ("max", "subsidy_rate")
    assert by_surface["150%"].value == 1.5 and by_surface["150%"].role == "other"
    assert "17:00" not in by_surface  # the consultation deadline is a clock time


@pytest.mark.parametrize(
    ("text", "surface", "value", "form", "kind"),
    [
        ("按20%给予补助", "20%", 0.2, "percent", "exact"),
        ("按２０％给予补助", "２０％", 0.2, "percent", "exact"),
        ("按百分之二十给予补助", "百分之二十", 0.2, "percent", "exact"),
        ("占五分之一", "五分之一", 0.2, "fraction", "exact"),
        ("降低三成", "三成", 0.3, "tenths", "exact"),
        ("按1∶1配套", "1∶1", 1.0, "ratio", "exact"),
        ("按照1:2的比例配套", "1:2", 0.5, "ratio", "exact"),
        ("按1.5倍计算", "1.5倍", 1.5, "multiple", "exact"),
        ("不超过30%", "不超过30%", 0.3, "percent", "max"),
        ("降至15.4%以内", "15.4%以内", 0.154, "percent", "max"),
        ("不低于70%的比例", "不低于70%", 0.7, "percent", "min"),
        ("提高2个百分点", "2个百分点", 0.02, "points", "exact"),
        ("达到20%左右", "20%左右", 0.2, "percent", "exact"),
        ("下降-22.2%", "-22.2%", -0.222, "percent", "exact"),
    ],
)
def test_ratio_values(text, surface, value, form, kind):
    r = only(text)
    assert (r.surface, r.value, r.form, r.kind) == (surface, pytest.approx(value), form, kind)
    assert text[r.char_start : r.char_end] == r.surface


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("按投资额的10%—20%给予补助", "10%—20%", 0.1, 0.2),
        ("按10-20%给予补助", "10-20%", 0.1, 0.2),
        ("处违法所得一倍以上三倍以下罚款", "一倍以上三倍以下", 1.0, 3.0),
    ],
)
def test_ratio_ranges_keep_both_bounds(text, surface, low, high):
    r = only(text)
    assert (r.surface, r.kind, r.value, r.high) == (surface, "range", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "请于2024年12月26日(星期四)17:00点前反馈",
        "会议9:30开始",
        "统一成为示范单位",
        "按规定计提折旧",
        "实施倍增计划",
        "访问 https://www.test.com/search?q=30%25%2020%",
    ],
)
def test_not_ratios(text):
    assert ratios_of(text) == []


def test_ratio_roles_from_context():
    subsidy = only("按引进人才报酬的50%给予用人单位引才薪酬补助")
    assert subsidy.role == "subsidy_rate"
    target = only("到2025年，森林覆盖率达到24.1%。")
    assert target.role == "target"
    threshold = only("对研发投入占营业收入比例不低于3%的企业")
    assert (threshold.role, threshold.kind) == ("threshold", "min")
    other = only("科技创新年度增量部分按150%加计考核")
    assert other.role == "other"
    past = ratios_of("到2050年，水质总体达标。目前长江干流水质已达到Ⅱ类标准，较2015年提升了15个百分点。")
    assert [(r.surface, r.role) for r in past] == [("15个百分点", "other")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "form"),
    [
        ("滞纳金按日加收0.5‰。", "0.5‰", 0.0005, "fraction"),
        ("按交易金额的3‰收取手续费。", "3‰", 0.003, "fraction"),
        ("风险准备金不低于5‱。", "不低于5‱", 0.0005, "fraction"),
    ],
)
def test_per_mille_and_per_ten_thousand_signs(text, surface, value, form):
    r = only(text)
    assert (r.surface, r.form) == (surface, form)
    assert r.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "form"),
    [
        # the second bound of a written-out range borrows the first's denominator
        ("按百分之二十至四十的比例予以补贴。", "百分之二十至四十", 0.2, 0.4, "percent"),
        ("按千分之一到千分之三收取。", "千分之一到千分之三", 0.001, 0.003, "fraction"),
        # two forms of a share of one base still make one range
        ("处应缴费用百分之二十以上三倍以下的罚款。", "百分之二十以上三倍以下", 0.2, 3.0, "percent"),
        # an inclusion mark before the range dash
        ("完成率70%（不含）至90%的，按比例拨付。", "70%（不含）至90%", 0.7, 0.9, "percent"),
    ],
)
def test_share_ranges(text, surface, low, high, form):
    r = only(text)
    assert (r.surface, r.kind, r.form) == (surface, "range", form)
    assert (r.value, r.high) == (pytest.approx(low), pytest.approx(high))


def test_an_inclusion_echo_of_a_share_is_no_second_ratio():
    r = only("逾期率2%以下（含2%）的机构予以通报表扬。")
    assert (r.surface, r.kind, r.high if r.high is not None else r.value) == ("2%以下", "max", 0.02)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a share that moves by so much every year is a goal, with or without a year phrase
        ("家庭医生签约率每年提高2～4个百分点。", "target"),
        ("农村自来水普及率逐年提升3个百分点。", "target"),
        ("规上工业增加值年均增长7%以上。", "target"),
        # a grant word in its part keeps a yearly step a subsidy rate (a phase-out schedule)
        ("购置补贴比例每年降低10个百分点。", "subsidy_rate"),
        # a yearly growth that describes who qualifies stays a threshold
        ("销售收入每年增长超过15%的企业。", "threshold"),
        # a reported growth is no goal
        ("上年全市规上工业增加值同比增长6.5%。", "other"),
    ],
)
def test_a_yearly_change_of_a_share_is_a_goal(text, role):
    assert only(text).role == role
