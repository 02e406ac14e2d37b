"""Classes of language read in heldout6 (issue 8, round 6), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings,
with the near misses it must leave alone.

* 努力争取 (strive for) holds 力争 but opens no goal: what follows it is no target;
* a plan's list of goals after its heading (主要预期目标是：…增长6%左右，…) gives targets, with or
  without a year; a report of the past under such a heading does not;
* a reported figure is no goal: 实现…亿元，同比增长…, 比上年增长…，两年平均增长…, …达到…，创历史最高;
* a proportion of three or more terms (三次产业结构为6.3:37.3:56.4) is a structure, not a ratio;
* bare numbers listed before a points value share its 个百分点 (分别下降0.4和0.6个百分点), and a minus
  sign (not a range dash) makes points negative (-0.3个百分点, -0.2至0个百分点);
* a bare comparator across a noun phrase before points is a gap (增速高于全省0.3个百分点: exact);
* a super-deduction rate (加计扣除) is a subsidy_rate (the round-6 convention);
* a sentence whose subject names a grant's rate (补贴比例较高，一般在…之间) makes its shares subsidy rates;
* a part opening with a list of years (2021年、2022年分别兑现…万元、…万元) reports them: other;
* a change by about so much (投入增长10%左右, 涨幅3%左右) is projected: a target without a year;
* in a goal, a share joined by 和 to the next one ends its item (分别达到90%和80%左右: both targets);
* a numeral ending in 亿 or 万 before 规模 is yuan in a goal (总量超过三千亿规模: min 3000 亿元), and a
  Chinese numeral of money keeps its scale in the unit (达到两千亿元: 2000 亿元);
* an at-least share before the things it counts, nothing measured before it (使85%以上的湿地纳入保护,
  对20%以上的乡镇开展检查) is a target; a measure before it (人数比例达30%以上的团队) or a quorum
  (经三分之二以上委员同意) or a measuring verb (持股10%以上的股东, 占…70%以上的企业) keeps it a threshold;
* 展望2035年 opens a goal statement like 到2035年;
* an exception (除…外) frames the goal after it and is none itself;
* a grant word naming a mechanism (补偿机制, 奖补制度) is no grant: the goal it names stays a goal;
* a limit word inside a noun phrase (最高限价, 最低工资) names the noun; a comparator before the phrase
  still bounds the share after it (低于采购项目最高限价百分之七十: max);
* a comparator with only 额/部分 before the number names the excess (按超出额1%给予奖励: exact);
* 数 or 几 before 百分之 ends a noun (占总人数百分之三十以上), not an approximate 数百;
* a grant word that builds (配套建设…设施) is no grant: the goal stays;
* a count unit per another (立方米/公顷) is one unit of a goal;
* a noun limit right before a bracketed amount bounds it (额度上限（20万元）: max), a cap raised with no old
  value written bounds the new one (最高贷款额度可提高至50万元: max), and a bracketed amount inside a noun
  phrase does not stop a bound crossing it (最高不超过…额度上限（20万元）之和的120%: max);
* who pays a fine is named without 违法 (对违法单位处…: 单位);
* 5G (4G, 6G) names a technology, not a quantity in G;
* 到2026年底前 opens the same goal statement as 到2026年底 (no goal named 前);
* a budget in a goal statement (市财政每年安排专项资金3亿元) and the use it is for (用于支持…) are no goals;
* a part that is only a means (通过实施本方案) or a connective (同时，此外) names no goal;
* a grant word inside a compound that names things (配套企业) grants nothing;
* a span that ends now (过去五年, 一年来, 今年以来, 去年) reports what was reached: no target;
* a living or relief standard (基本生活标准, 饮食标准, 救助标准) names what is paid: subsidy, subsidy_rate;
* 对 right before a fine's amount (对五百元以下罚款，可以当场…) makes it a procedure's condition: threshold;
* an amount borne at a standard (总额不少于三万元的标准承担) is a cost, not a payout;
* an exact amount after a size word, with no condition (项目总投资8000万元，…) describes; it is no threshold;
* an amount coordinated by 、 with another modifier of the things a goal counts (培育年营收超50亿元、具有核心技术的
  领军企业3家) qualifies them: a threshold, and the goal is the count;
* a band closed by 之间 before the noun it qualifies (在300万元至800万元之间的企业) is a threshold.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, one_clause, ratios_of, targets_of

from parsers.amounts import extract_amounts


def ratio_list(text: str) -> list[tuple[str, str]]:
    _, ratios = extract_amounts(text, one_clause(text))
    return [(r.surface, r.role) for r in ratios]


# ---------------------------------------------------------------- 努力争取 is no 力争
@pytest.mark.parametrize(
    "text",
    [
        "今年要稳住基本盘，努力争取更好结果；城镇登记失业率控制在4.5%以内，新增就业3万人。",
        "各地要努力争取上级资金支持，粮食播种面积稳定在200万亩以上。",
    ],
)
def test_striving_opens_no_goal(text: str) -> None:
    assert targets_of(text) == []


def test_a_real_opener_still_opens_a_goal() -> None:
    # near miss: 力争 itself, not inside 努力争取
    # (with its year: since round 7 a 力争 goal with no year in view gives no target row)
    (goal,) = targets_of("2026年全县粮食产量力争达到60万吨以上。")
    assert (goal.value, goal.unit, goal.kind, goal.year) == (600000.0, "吨", "min", 2026)


# ---------------------------------------------------------------- a plan's list of goals
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "今年全市发展的主要预期目标是：地区生产总值增长6.5%左右，社会消费品零售总额增长7%，"
            "城乡居民收入分别增长5%、7%左右；物价涨幅控制在3%以内。",
            [
                ("6.5%左右", "target"),
                ("7%", "target"),
                ("5%", "target"),
                ("7%左右", "target"),
                ("3%以内", "target"),
            ],
        ),
        (
            "全区主要目标为：一般公共预算收入增长5%以上，研发投入强度达到2.8%。",
            [("5%以上", "target"), ("2.8%", "target")],
        ),
        (
            "2027年经济社会发展的预期目标: 规上工业增加值增长8%左右; 城镇调查失业率控制在5.5%左右。",
            [("8%左右", "target"), ("5.5%左右", "target")],
        ),
    ],
)
def test_a_listed_goal_is_a_target(text: str, expected: list[tuple[str, str]]) -> None:
    assert ratio_list(text) == expected
    # the targets table keeps goals with their year: none for 今年/全区, the named year's (round 9) for 2027年…预期目标
    years = [t.year for t in targets_of(text)]
    assert years == ([2027] * len(expected) if "2027年" in text else [])


def test_money_listed_after_the_heading_is_a_target() -> None:
    assert money_of("全县的主要目标为：地区生产总值达到420亿元，增长7%。")["420亿元"].role == "target"


@pytest.mark.parametrize(
    "text",
    [
        "上年主要目标：地区生产总值同比增长7.1%。",  # a report of the past under the heading
        "全市地区生产总值增长6.5%，比上年提高0.3个百分点。",  # no heading
    ],
)
def test_no_listed_goal_without_heading_or_in_a_report(text: str) -> None:
    assert all(role != "target" for _, role in ratio_list(text))


# ---------------------------------------------------------------- reported figures
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("全县经济持续向好，实现地区生产总值385.6亿元，同比增长6.9%。", "385.6亿元"),
        ("全年实现规上工业增加值112.4亿元，比上年增长8.1%。", "112.4亿元"),
    ],
)
def test_achieved_money_in_a_report_is_no_target(text: str, amount: str) -> None:
    assert money_of(text)[amount].role == "other"


def test_money_aimed_at_still_a_target() -> None:
    # near miss: the same 实现 part, no report marker
    assert money_of("实现地区生产总值500亿元。")["500亿元"].role == "target"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("2023年全县实现生产总值210亿元，比上年增长5.2%，三年平均增长4.8%。", "4.8%"),
        ("全市研发经费投入强度达到3.12%，创历史新高。", "3.12%"),
    ],
)
def test_a_reported_share_is_other(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "other"


def test_a_yearly_change_aimed_at_stays_a_target() -> None:
    # near miss: 年均增长 with no report marker is a goal (round 3 class)
    assert ratios_of("规上工业增加值年均增长8%。")["8%"].role == "target"


# ---------------------------------------------------------------- a structure of three terms
@pytest.mark.parametrize(
    "text",
    [
        "全县三次产业结构为8.1:40.2:51.7。",
        "三次产业比例由上年的5.2∶38.6∶56.2调整为4.9∶37.8∶57.3。",
        "三次产业结构调整为 6 : 35 : 59，服务业比重提高。",
    ],
)
def test_three_terms_are_no_ratio(text: str) -> None:
    assert ratios_of(text) == {}


def test_two_terms_stay_a_ratio() -> None:
    ratios = ratios_of("城乡居民收入比缩小到2.1:1，按1:1比例配套资助。")
    assert ratios["2.1:1"].value == pytest.approx(2.1)
    assert ratios["1:1"].role == "subsidy_rate"


# ---------------------------------------------------------------- points listed, negative points
def points_of(text: str) -> list[tuple[float, str]]:
    _, ratios = extract_amounts(text, one_clause(text))
    return [(round(r.value, 6), r.kind) for r in ratios if r.form == "points"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("工业和服务业占比分别下降0.4和0.6个百分点。", [(0.004, "exact"), (0.006, "exact")]),
        (
            "三个季度的差值分别为0.2、0.5和-0.3个百分点。",
            [(0.002, "exact"), (0.005, "exact"), (-0.003, "exact")],
        ),
        ("两项普及率比上年分别提高12.5个和8.1个百分点。", [(0.125, "exact"), (0.081, "exact")]),
    ],
)
def test_listed_numbers_share_points(text: str, expected: list[tuple[float, str]]) -> None:
    assert points_of(text) == expected


def test_negative_range_of_points() -> None:
    _, ratios = extract_amounts(
        "月度差值在-0.2至0个百分点之间。", one_clause("月度差值在-0.2至0个百分点之间。")
    )
    (r,) = ratios
    assert (r.kind, round(r.value, 6), r.high) == ("range", -0.002, 0.0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("覆盖率每年提高1-2个百分点。", [(0.01, "range")]),  # a dash after a digit is a range, not a minus
        ("第3和5个百分点", [(0.05, "exact")]),  # an ordinal stays out
        ("全年增长3个百分点。", [(0.03, "exact")]),
    ],
)
def test_no_points_invented(text: str, expected: list[tuple[float, str]]) -> None:
    assert points_of(text) == expected


# ---------------------------------------------------------------- a gap in points
@pytest.mark.parametrize(
    "text",
    [
        "全市增速高于全省0.3个百分点。",
        "贷款利率低于同期市场报价利率0.5个百分点。",
        "居民收入增速快于经济增速1.2个百分点。",
    ],
)
def test_a_gap_in_points_is_exact(text: str) -> None:
    ((value, kind),) = points_of(text)
    assert kind == "exact" and value > 0


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("增速不低于全省平均水平1个百分点。", "min"),  # negated: a floor
        ("增速高于全省2个百分点以上。", "min"),  # an after-word: a floor
        ("增幅高于2个百分点的企业", "min"),  # no noun phrase crossed: the comparator bounds
    ],
)
def test_a_bound_in_points_stays(text: str, kind: str) -> None:
    ((_, got),) = points_of(text)
    assert got == kind


# ---------------------------------------------------------------- super-deduction, a grant's rate as subject
@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("科技型中小企业研发费用按照100%在税前加计扣除。", "100%"),
        ("继续执行研发费用加计扣除80%的政策。", "80%"),
        ("将集成电路企业加计扣除比例提高到120%。", "120%"),
    ],
)
def test_a_super_deduction_rate_is_a_subsidy_rate(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "subsidy_rate"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("设施农业项目的补贴比例相对较高，一般在40%到60%之间。", "40%到60%"),
        ("贴息比例视财力而定，原则上为基准利率的50%。", "50%"),
    ],
)
def test_a_grant_rate_named_as_subject(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "subsidy_rate"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("项目的投资比例较高，一般在40%到60%之间。", "40%到60%"),  # no grant word before the rate noun
        ("补贴比例调整后，违法所得的罚款为货值的10%。", "10%"),  # a fine in its own part
    ],
)
def test_no_grant_rate_without_a_grant_subject(text: str, share: str) -> None:
    assert ratios_of(text)[share].role != "subsidy_rate"


# ---------------------------------------------------------------- years listed in a report
@pytest.mark.parametrize(
    "text",
    [
        "单个企业奖励不超过10万元，2021年、2022年分别兑现技改奖励资金3120.5万元、2876.4万元。",
        "每家最高补助20万元，2020年和2021年度累计拨付补助资金1520万元、1710万元。",
    ],
)
def test_a_part_opening_with_listed_years_reports_them(text: str) -> None:
    money = money_of(text)
    assert [m.role for m in money.values()][0] == "subsidy"  # the rule before it is still a payout
    assert {m.role for m in list(money.values())[1:]} == {"other"}


def test_one_year_and_a_goal_keep_their_roles() -> None:
    # near misses: a year phrase with 到 is a goal; a single year in a grant clause is no list
    assert money_of("到2025年、2030年产业规模分别达到300亿元、500亿元。")["300亿元"].role == "target"
    assert money_of("2024年起，对新认定的企业给予20万元奖励。")["20万元"].role == "subsidy"


# ---------------------------------------------------------------- an approximate change is projected
@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("加大科技投入，全社会研发经费增长12%左右，培育一批创新企业。", "12%左右"),
        ("居民消费价格涨幅3%左右。", "3%左右"),
        ("单位生产总值能耗降低2.5%左右。", "2.5%左右"),
    ],
)
def test_an_approximate_change_is_a_target(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "target"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("一季度出口同比增长6%左右。", "6%左右"),  # a report of the past
        ("研发经费增长12%，培育一批创新企业。", "12%"),  # no 左右: not projected by itself
        ("企业活跃度稳定在60%左右。", "60%左右"),  # no change
    ],
)
def test_no_projection_without_an_approximate_change(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "other"


# ---------------------------------------------------------------- shares joined in a goal
def test_shares_joined_by_he_in_a_goal_are_targets() -> None:
    ratios = ratios_of("到2030年，城市和县城生活垃圾分类覆盖率分别达到90%和80%左右，农村达到60%。")
    assert ratios["90%"].role == "target"
    assert ratios["80%左右"].role == "target"


def test_a_joined_share_outside_a_goal_is_not_a_target() -> None:
    assert ratios_of("城市和县城分类覆盖率分别为90%和80%左右的地区，予以通报。")["90%"].role != "target"


# ---------------------------------------------------------------- implied yuan in a goal
def test_an_implied_yuan_before_scale_word_is_a_goal_value() -> None:
    (goal,) = targets_of("到2026年，力争全市先进制造业集群总量超过三千亿规模。")
    assert (goal.value, goal.unit, goal.kind, goal.value_yuan) == (3000.0, "亿元", "min", 3e11)


def test_a_chinese_numeral_of_money_keeps_its_scale_in_the_unit() -> None:
    (goal,) = targets_of("到2026年，数字经济核心产业规模达到两千亿元。")
    assert (goal.value, goal.unit, goal.value_yuan) == (2000.0, "亿元", 2e11)


def test_a_level_word_without_a_numeral_is_no_value() -> None:
    # near miss: 万亿规模 names a class of industry, with no numeral of its own
    (goal,) = targets_of("到2026年，打造万亿规模产业集群。")
    assert goal.value is None and goal.unit is None


# ---------------------------------------------------------------- a share of things
@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("健全湿地保护体系，使85%以上的重要湿地纳入保护范围。", "85%以上"),
        ("市级部门每年对辖区内20%以上的乡镇开展专项检查。", "20%以上"),
        ("95%以上行政村的生活污水得到有效治理。", "95%以上"),
    ],
)
def test_a_share_of_things_is_a_target(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "target"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("创业团队是指青年人数比例达40%以上的团队。", "40%以上"),  # a measure the team must have
        ("经三分之二以上业主委员会委员同意，可以召开临时会议。", "三分之二以上"),  # a quorum
        ("研发费用占比3%以上的企业可以申报。", "3%以上"),  # a threshold cue before it
        ("转让持股10%以上的股东股权，应当事先报告。", "10%以上"),  # holding shares: a property of the holder
        ("以占全市排放总量70%以上的重点企业为监管对象。", "70%以上"),  # 占…: a measured share
    ],
)
def test_a_measured_share_or_a_quorum_stays_a_threshold(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "threshold"


def test_a_reported_share_of_things_is_not_a_target() -> None:
    # near miss: the same shape in a report of the past
    assert ratios_of("截至2024年底，全省80%以上的乡镇已建成污水处理设施。")["80%以上"].role != "target"


def unquantified(text: str) -> list[tuple[str, int | None]]:
    return [(t.surface, t.year) for t in targets_of(text) if t.value is None and t.low is None]


# ---------------------------------------------------------------- 展望, 除…外, a mechanism
def test_looking_ahead_to_a_year_opens_goals() -> None:
    assert unquantified("展望2035年，城乡融合发展体制机制更加完善，城乡居民收入差距明显缩小。") == [
        ("城乡融合发展体制机制更加完善", 2035),
        ("城乡居民收入差距明显缩小", 2035),
    ]


def test_a_year_without_an_opener_still_opens_nothing_mid_sentence() -> None:
    # near miss: a year reported in the middle of a sentence opens no goal
    assert unquantified("我们回顾了2035年远景的制定过程，形成了工作报告。") == []


def test_an_exception_is_no_goal() -> None:
    assert unquantified("到2026年，除特殊用途保留的外，全市建成区全面淘汰燃煤小锅炉。") == [
        ("全市建成区全面淘汰燃煤小锅炉", 2026)
    ]


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        (
            "到2027年，建立流域上下游横向生态补偿机制，生态环境质量持续改善。",
            "建立流域上下游横向生态补偿机制",
        ),
        ("到2027年，健全科技成果转化奖补制度，创新生态不断完善。", "健全科技成果转化奖补制度"),
    ],
)
def test_a_mechanism_named_by_a_grant_word_is_a_goal(text: str, goal: str) -> None:
    assert goal in [surface for surface, _ in unquantified(text)]


def test_a_grant_in_a_goal_sentence_is_still_no_goal() -> None:
    # near miss: a real grant (补贴 then an amount) is a measure, not a goal
    assert unquantified("到2027年，对新建充电站给予补贴，生态环境质量持续改善。") == [
        ("生态环境质量持续改善", 2027)
    ]


# ---------------------------------------------------------------- a comparator across a phrase holding a limit word
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("报价低于采购项目最高限价百分之七十的，应当说明理由。", "max"),
        ("实习补贴按不低于本市最低工资标准60%的标准发放。", "min"),
        ("保证金不得超过项目最高投资额的2%。", "max"),
    ],
)
def test_a_comparator_crosses_a_phrase_naming_a_limit(text: str, kind: str) -> None:
    _, ratios = extract_amounts(text, one_clause(text))
    (r,) = ratios
    assert r.kind == kind


@pytest.mark.parametrize("text", ["按最低工资标准的90%发放补贴。", "最高限价的85%作为评审基准。"])
def test_a_limit_word_naming_a_noun_still_bounds_nothing(text: str) -> None:
    _, ratios = extract_amounts(text, one_clause(text))
    (r,) = ratios
    assert r.kind == "exact"


# ---------------------------------------------------------------- the excess as a noun, 人数百分之
@pytest.mark.parametrize("text", ["对营业收入增量部分，按超出额1%给予奖励。", "超过部分的8%给予补助。"])
def test_the_excess_named_as_a_noun_is_no_bound(text: str) -> None:
    _, ratios = extract_amounts(text, one_clause(text))
    (r,) = ratios
    assert (r.kind, r.role) == ("exact", "subsidy_rate")


def test_a_comparator_before_a_longer_noun_still_bounds() -> None:
    # near miss: 额定 opens a longer noun phrase, the comparator crosses it
    _, ratios = extract_amounts(
        "载货超过额定载质量百分之三十的，处罚款。", one_clause("载货超过额定载质量百分之三十的，处罚款。")
    )
    (r,) = ratios
    assert r.kind == "min"


def test_a_head_count_before_a_percentage_is_a_noun() -> None:
    text = "经占总人数百分之三十以上的成员提议，应当召开会议。"
    _, ratios = extract_amounts(text, one_clause(text))
    (r,) = ratios
    assert (round(r.value, 6), r.kind, r.role) == (0.3, "min", "threshold")


# ---------------------------------------------------------------- 配套建设, per units
def test_building_supporting_facilities_is_no_grant() -> None:
    (goal,) = targets_of("到2027年，全市规模养殖场配套建设粪污处理设施的比例达到95%以上。")
    assert (goal.value, goal.kind, goal.unit) == (95.0, "min", "%")


def test_a_supporting_grant_is_still_a_grant() -> None:
    # near miss: 配套 then an amount's grant (配套资金) keeps the part a measure, no goal
    assert targets_of("到2027年，对新建养殖场配套资金100万元。") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("到2030年，乔木林单位面积蓄积量达到110立方米/公顷。", 110.0, "立方米/公顷"),
        ("到2028年，城市污水处理能力达到300吨/日。", 300.0, "吨/日"),
        ("到2028年，新增储能装机200兆瓦。", 200.0, "兆瓦"),  # near miss: a plain unit stays
    ],
)
def test_a_unit_per_another_is_one_unit(text: str, value: float, unit: str) -> None:
    (goal,) = targets_of(text)
    assert (goal.value, goal.unit) == (value, unit)


def test_a_bound_after_a_per_unit_holds() -> None:
    (goal,) = targets_of("到2028年，城市污水处理能力达到300吨/日以上。")
    assert (goal.value, goal.unit, goal.kind) == (300.0, "吨/日", "min")


# ---------------------------------------------------------------- caps in brackets and raised caps; who pays
def test_a_bracketed_amount_after_a_noun_limit_is_capped() -> None:
    text = "贷款总额不超过合伙人贷款额度上限（20万元）之和的120%，小微企业贷款额度上限（300万元）。"
    money, ratios = extract_amounts(text, one_clause(text))
    assert [(m.surface, m.kind, m.high) for m in money] == [("20万元", "max", 2e5), ("300万元", "max", 3e6)]
    assert [(r.kind, round(r.value, 6)) for r in ratios] == [("max", 1.2)]


def test_a_raised_cap_bounds_its_new_value() -> None:
    money = money_of("对吸纳就业较多的借款人，个人最高贷款额度可提高至50万元。")
    assert (money["50万元"].kind, money["50万元"].high) == ("max", 5e5)


def test_a_raised_floor_or_plain_amount_is_no_cap() -> None:
    # near misses: a named minimum wage raised, a bracketed amount after a plain noun
    assert money_of("最低工资标准提高到2300元。")["2300元"].kind == "exact"
    assert money_of("项目总投资（800万元）已落实。")["800万元"].kind == "exact"


@pytest.mark.parametrize(
    ("text", "who"), [("对违法单位处2万元以上10万元以下罚款。", "单位"), ("对违规个人处500元罚款。", "个人")]
)
def test_who_pays_a_fine_is_named_without_violation(text: str, who: str) -> None:
    money, _ = extract_amounts(text, one_clause(text))
    (m,) = money
    assert (m.role, m.recipient) == ("penalty", who)


# ---------------------------------------------------------------- 5G, 到…年底前, a budget in a goal statement
def test_5g_names_a_technology() -> None:
    (goal,) = targets_of("到2026年，全县新建5G基站1200个。")
    assert (goal.value, goal.unit) == (1200.0, "个")


def test_a_deadline_after_dao_opens_the_whole_statement() -> None:
    assert unquantified("到2026年底前，各区完成老旧小区改造任务，确保居民按时回迁。") == [
        ("各区完成老旧小区改造任务", 2026),
        ("确保居民按时回迁", 2026),
    ]


def test_a_budget_serving_the_goals_is_no_goal() -> None:
    text = "为实现上述目标，到2026年，省财政每年安排专项资金3亿元，用于支持企业数字化改造。"
    assert targets_of(text) == []
    assert money_of(text)["3亿元"].role == "other"


def test_money_aimed_at_in_a_goal_statement_stays_a_target() -> None:
    # near miss: the investment a goal reaches is no budget
    (goal,) = targets_of("到2026年，全社会研发投入达到80亿元。")
    assert (goal.value, goal.unit) == (80.0, "亿元")


# ---------------------------------------------------------------- means and connectives
def test_a_means_or_a_connective_is_no_goal() -> None:
    assert unquantified("到2026年，通过实施本行动计划，全县营商环境持续优化；同时，市场活力充分激发。") == [
        ("全县营商环境持续优化", 2026),
        ("市场活力充分激发", 2026),
    ]


def test_a_long_means_with_its_own_action_stays_a_goal() -> None:
    # near miss: 通过…的方式 followed by what is achieved is one goal
    assert unquantified("到2026年，通过“以老带新”的方式实现全体社区医生轮训。") == [
        ("通过“以老带新”的方式实现全体社区医生轮训", 2026)
    ]


# ---------------------------------------------------------------- 配套企业
def test_supporting_firms_are_counted_not_granted() -> None:
    goals = targets_of("到2027年，整车产量达到20万辆，带动本地配套企业80家。")
    assert [(g.value, g.unit) for g in goals] == [(200000.0, "辆"), (80.0, "家")]


def test_a_grant_to_supporting_firms_is_still_a_grant() -> None:
    assert money_of("对新落户的配套企业给予30万元奖励。")["30万元"].role == "subsidy"


# ---------------------------------------------------------------- a span that ends now
@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("过去三年，全县新建充电桩800个，清洁能源占比提高到38%。", "38%"),
        ("两年来，全市完成低效用地改造2万亩，建成区绿化覆盖率达到41%。", "41%"),
        ("今年以来，全区规上工业增加值增长7.5%左右。", "7.5%左右"),
    ],
)
def test_a_span_ending_now_is_a_report(text: str, share: str) -> None:
    assert ratios_of(text)[share].role == "other"
    assert all(t.value is None for t in targets_of(text))


def test_a_future_goal_is_still_a_target() -> None:
    # near miss: 未来 holds 来 but no span that ends now
    assert ratios_of("到2028年，未来产业增加值占比提高到15%。")["15%"].role == "target"


# ---------------------------------------------------------------- living and relief standards
def test_a_living_standard_is_a_payout() -> None:
    text = (
        "全县特困人员基本生活标准为每人每月1850元，其中农村特困人员基本生活标准每人每月分别为1620元、1710元。"
    )
    assert {m.surface: m.role for m in money_of(text).values()} == {
        "1850元": "subsidy",
        "1620元": "subsidy",
        "1710元": "subsidy",
    }


def test_a_relief_standard_rate_is_a_subsidy_rate() -> None:
    text = "特困人员基本生活标准按本县最低生活保障标准的1.3倍确定。"
    assert ratios_of(text)["1.3倍"].role == "subsidy_rate"


def test_the_minimum_living_line_is_no_payout_standard() -> None:
    # near miss: 最低生活保障标准 is the line payouts are measured against, not a payout named
    assert money_of("全县城乡最低生活保障标准为每人每月980元。")["980元"].role != "subsidy"


# ---------------------------------------------------------------- a fine as a condition, a cost borne
def test_a_fine_named_after_dui_is_a_condition() -> None:
    assert money_of("对五百元以下罚款，执法人员可以当场作出处罚决定。")["五百元以下"].role == "threshold"


def test_a_fine_imposed_on_someone_stays_a_penalty() -> None:
    # near miss: 对 opens who pays, the amount follows the penalty verb
    assert money_of("对违规单位处五百元以下罚款。")["五百元以下"].role == "penalty"


def test_an_amount_borne_at_a_standard_is_a_cost() -> None:
    assert money_of("启动经费由开发单位按照总额不少于三万元的标准承担。")["不少于三万元"].role == "other"


# ---------------------------------------------------------------- a described size is no threshold
def test_a_described_size_is_no_threshold() -> None:
    money = money_of("该项目总投资8000万元，其中申请财政资金1500万元。")
    assert money["8000万元"].role == "other"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("对年营业收入3000万元以上的企业给予奖励。", "3000万元以上"),  # bounded: who qualifies
        ("企业年营业收入达到3000万元的，给予奖励。", "3000万元"),  # reached in a condition
    ],
)
def test_a_size_that_qualifies_stays_a_threshold(text: str, amount: str) -> None:
    assert money_of(text)[amount].role == "threshold"


# ---------------------------------------------------------------- an amount coordinated with a modifier
def test_an_amount_coordinated_with_a_modifier_qualifies_the_count() -> None:
    text = "到2028年，培育年营收超50亿元、具有核心技术的领军企业3家，建设创新平台10个。"
    goals = targets_of(text)
    assert [(g.value, g.unit) for g in goals] == [(3.0, "家"), (10.0, "个")]
    assert money_of(text)["超50亿元"].role == "threshold"


def test_coordinated_goal_amounts_stay_goals() -> None:
    # near miss: two amounts listed by 、 are two goals, nothing counted after them
    goals = targets_of("到2028年，产值超过80亿元、利润超过8亿元。")
    assert [(g.value, g.unit, g.kind) for g in goals] == [(80.0, "亿元", "min"), (8.0, "亿元", "min")]


# ---------------------------------------------------------------- a band closed by 之间
def test_a_band_between_two_amounts_qualifies_the_firms() -> None:
    money = money_of("对年度纳税总额在300万元至800万元之间的企业，给予8万元奖励。")
    assert money["300万元至800万元"].role == "threshold"
    assert money["8万元"].role == "subsidy"


def test_a_payout_band_between_two_amounts_stays_a_payout() -> None:
    # near miss: the band is what is granted, no noun qualified after it
    money = money_of("对认定的企业给予10万元至30万元之间的奖励。")
    assert money["10万元至30万元"].role == "subsidy"
