"""Round 3 of issue 8: goal scopes that end where a sentence or a lost paragraph break ends them, dated
deadlines, and ratio roles read from the clause. Every sentence here was written for these tests."""

from __future__ import annotations

from extraction_helpers import one_clause

from parsers.amounts import extract_amounts
from parsers.targets import extract_targets


def goals(text: str):
    targets = extract_targets(text, one_clause(text))
    quantified = [
        (t.year, t.value, t.unit, t.kind) for t in targets if t.value is not None or t.low is not None
    ]
    plain = [(t.year, t.surface) for t in targets if t.value is None and t.low is None]
    return quantified, plain


def ratio_roles(text: str) -> list[tuple[str, str]]:
    _, ratios = extract_amounts(text, one_clause(text))
    return [(r.surface, r.role) for r in ratios]


# -- a document stored as one line ----------------------------------------------------------------

ONE_LINE = (
    "关于推进数字乡村建设的实施意见一、总体要求（一）发展目标。到2026年，全县建成数字乡村示范村15个，"
    "乡村数字化水平明显提升。二、重点任务（一）完善网络设施。加快光纤网络向自然村延伸，推动农村电网改造，"
    "实施乡村道路亮化工程。（二）发展智慧农业。建设3个智慧农场，培训农民500人次。"
)


def test_a_goal_in_a_text_stored_as_one_line_ends_with_its_sentence():
    quantified, plain = goals(ONE_LINE)
    assert quantified == [(2026, 15.0, "个", "exact")]
    assert plain == [(2026, "乡村数字化水平明显提升")]  # nothing from the measures after 二、


def test_a_goal_paragraph_with_its_breaks_still_runs_over_its_sentences():
    text = (
        "（一）发展目标。到2026年，全县建成数字乡村示范村15个。乡村数字化水平明显提升，培育农村电商带头人200名。\n"
        "二、重点任务\n加快光纤网络向自然村延伸，建设3个智慧农场。\n"
    )
    quantified, plain = goals(text)
    assert (2026, 15.0, "个", "exact") in quantified and (2026, 200.0, "名", "exact") in quantified
    assert (2026, "乡村数字化水平明显提升") in plain
    assert all(v != 3.0 for _, v, _, _ in quantified)  # the measure after the heading is no goal


def test_a_year_inside_a_long_answer_governs_its_own_sentence():
    text = (
        "一、《意见》有哪些考虑？近年来办理时限不断缩短。为此，意见提出到2025年底，企业开办时间压缩至1个工作日。"
        "据统计，除2个工作日的公示期之外，还有3个环节需要优化。二、如何抓好落实？各地要加强统筹。"
    )
    quantified, _ = goals(text)
    assert quantified == [(2025, 1.0, "个工作日", "exact")]


def test_a_year_after_ji_opens_its_own_goal():
    quantified, _ = goals(
        "国务院部署了五年压减目标，即到2027年底，审查周期压减到6个月，专利授权周期压缩至12个月。"
    )
    assert {(y, v) for y, v, _, _ in quantified} == {(2027, 6.0), (2027, 12.0)}


def test_a_dated_deadline_times_the_one_action_it_opens():
    quantified, plain = goals("2026年底前，80%以上的乡镇要建成综合文化站，规范日常管理制度。")
    assert quantified == [(2026, 80.0, "%", "min")]
    assert plain == []  # 规范日常管理制度 is how, not a second goal
    _, plain = goals("各地要于2026年6月底前完成排查整治任务，并将结果报省政府。")
    assert plain == [(2026, "完成排查整治任务")]


# -- ratio roles from the clause -------------------------------------------------------------------


def test_a_rate_brought_to_a_level_is_a_goal_without_a_year():
    assert ratio_roles("加快管网建设，城镇污水集中收集率提高到70%以上。") == [("70%以上", "target")]
    assert ratio_roles("非化石能源消费比重达到25%左右。") == [("25%左右", "target")]
    # a grant word in the part keeps a subsidy rate
    assert ratio_roles("对符合条件的项目，补助比例提高到30%。") == [("30%", "subsidy_rate")]


def test_a_share_of_things_is_the_goal_and_a_bounded_measure_before_its_noun_a_threshold():
    assert ratio_roles("实现85%以上的行政村生活垃圾得到收运处理。") == [("85%以上", "target")]
    assert ratio_roles("到2027年，60%的社区卫生服务中心达到服务能力标准。") == [("60%", "target")]
    assert ratio_roles("禁止销售硫含量大于2%的原煤。") == [("大于2%", "threshold")]
    # a bound across a noun phrase that is no measure stays what it was (a contribution base)
    assert ratio_roles("按不低于工资总额2%的比例提取职工教育经费。")[0][1] == "other"
    # in a goal, a share that qualifies the counted noun is a threshold, the count is the goal
    assert ratio_roles("到2027年，研发投入占比3%以上的企业达到120家。") == [("3%以上", "threshold")]


def test_a_share_named_a_goal_is_a_target():
    assert ratio_roles("为完成单位能耗下降14%的目标，各地要严格控制新上高耗能项目。") == [("14%", "target")]


def test_a_tax_inclusion_mark_keeps_the_bound():
    text = "合同金额在300万元（含税）以上的项目，应当公开招标。"
    money, _ = extract_amounts(text, one_clause(text))
    assert [(m.low, m.high, m.kind, m.role) for m in money] == [(3e6, None, "min", "threshold")]


# -- money roles from the clause -------------------------------------------------------------------


def money_roles(text: str) -> list[tuple[str, str, str]]:
    money, _ = extract_amounts(text, one_clause(text))
    return [(m.surface, m.kind, m.role) for m in money]


def test_a_floor_before_the_part_that_grants_is_its_condition():
    assert money_roles("企业年度经济贡献达到80万元以上，一次性给予8万元奖励。") == [
        ("80万元以上", "min", "threshold"),
        ("8万元", "exact", "subsidy"),
    ]


def test_the_cap_of_a_guaranteed_loan_is_the_benefit():
    assert money_roles("返乡创业人员申请创业担保贷款的，个人贷款额度最高20万元。") == [
        ("最高20万元", "max", "subsidy")
    ]


def test_a_loss_that_grades_an_event_is_a_threshold_and_a_fund_size_no_payout():
    assert money_roles("较大事故是指造成直接经济损失1000万元以上不足5000万元的事故。") == [
        ("1000万元以上不足5000万元", "range", "threshold")
    ]
    assert money_roles("县政府设立规模不低于5000万元的产业引导基金，用于项目补助。") == [
        ("不低于5000万元", "min", "other")
    ]


def test_an_amount_that_names_which_firms_count_is_no_goal_value():
    quantified, plain = goals("到2025年，产值过1000亿元的企业实现“破零”。")
    assert quantified == [] and [y for y, _ in plain] == [2025]
    quantified, _ = goals("到2027年，培育年产值超100亿元的龙头企业5家。")
    assert quantified == [(2027, 5.0, "家", "exact")]
    quantified, _ = goals("到2025年，全县实现营业收入1000亿元。")
    assert quantified == [(2025, 1000.0, "亿元", "exact")]


# -- classes read in heldout3 after its honest score (sentences of our own) ----------------------------


def test_a_bound_after_the_last_amount_of_a_respective_list_is_every_amounts_bound():
    text = "对年度销售额分别在3亿元（批发业）、8000万元（零售业，含网络零售）、1500万元（住宿和餐饮业）及以上的企业给予10万元奖励。"
    assert money_roles(text) == [
        ("3亿元", "min", "threshold"),
        ("8000万元", "min", "threshold"),
        ("1500万元", "min", "threshold"),
        ("10万元", "exact", "subsidy"),
    ]
    # without 分别 a plain amount keeps its own reading
    assert money_roles("给予10万元、20万元以上的奖励。")[0][1] == "exact"


def test_an_amount_that_says_which_things_a_count_counts_is_no_goal_value():
    quantified, _ = goals("到2028年，培育一批特色产业集群，年产值超800亿元的3个，超200亿元的12个。")
    assert quantified == [(2028, 3.0, "个", "exact"), (2028, 12.0, "个", "exact")]
    assert [r for _, _, r in money_roles("到2028年，年产值超800亿元的3个。")] == ["threshold"]


def test_a_numeral_in_quotation_marks_is_a_name():
    quantified, plain = goals("到2028年，全面建成“两个中心”服务体系。")
    assert quantified == [] and plain == [(2028, "全面建成“两个中心”服务体系")]


def test_a_bounded_share_before_a_grant_is_its_band_or_condition_and_a_capped_rate_its_cap():
    text = "对销售额增长达到25%(含)以上的企业予以奖励，其中50%以下的增量部分按2%给予奖励，50%以上的增量部分按3%给予奖励。"
    assert ratio_roles(text) == [
        ("25%(含)以上", "threshold"),
        ("50%以下", "threshold"),
        ("2%", "subsidy_rate"),
        ("50%以上", "threshold"),
        ("3%", "subsidy_rate"),
    ]
    assert ratio_roles("按不低于最低工资标准30%的标准发放生活补助。")[0][1] == "subsidy_rate"
    assert ratio_roles("在原有补助基础上，追加补助3个百分点，最高不超过25%。") == [
        ("3个百分点", "subsidy_rate"),
        ("最高不超过25%", "subsidy_rate"),
    ]
