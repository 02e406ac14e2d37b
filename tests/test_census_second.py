"""Classes of language from a second census of missed goals (issue 8, round 12 wave 4: heldout50-57), each on texts
written for this file; none is copied from a fixture.

* a budget's total revenue or spending (公共预算总收入增长7.5%) is an aggregate a goal brings to a level, as its
  revenue (公共预算收入) already was: 预算 before 总收入/总支出 is no budget cue. Near miss: a budget's size (预算总额
  安排45亿元) stays a budget, no goal.
* a numbered unit whose heading names its goals and requirements (一、明确目标要求) is a goals unit, as 一、发展目标 is; the
  year its paragraph names (到2029年，主要发展指标位居全省前列。) carries over the labelled items under it ((一)经济实力
  显著增强。…达到6000亿元左右), as it did over bulleted and headline paragraphs. Near miss: a unit that names no goals
  (一、指导思想) carries nothing to its labelled items.
* a paragraph that announces the goals listed after it (重点实现以下3项目标：) continues the dated statement right
  above it, as 其中包括， does, its count in digits or words (以下三大目标：): the year reaches over the 一是…/二是…
  paragraphs after it; the count of the text's own goals (3项目标) is no goal, as a count of its own tasks is none.
  Near misses: a list of tasks (以下3项任务：) continues
  no goals; a 目标 that names a thing (12个目标市场) is no such count.
* a count scaled by 万 with no unit is a goal's value right after a bound (借阅人次不低于300万, 大于等于80万) as after a
  verb of reaching; 大于等于 is a lower bound and 小于等于 an upper one. Near misses: a bound in a grant's condition
  (占比大于等于3%的，给予…), a report (去年…超过300万).
* an area in Latin units (12.5万hm2, 800km²) is a goal's quantity, as 万亩 and 平方公里 are.
* a change from one proportion to another (收入比由2020年的2.5:1调整为2:1) aims at the last, as a change between
  percentages does. Near miss: two proportions of two goals in one sentence keep their own values.
"""

from __future__ import annotations

from extraction_helpers import money_of, targets_of

from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _years_values(text: str) -> list[tuple]:
    return [(t.year, t.value if t.value is not None else (t.low, t.high), t.kind) for t in targets_of(text)]


def _text_rows(text: str) -> list[tuple]:
    """(year, value, kind) of the quantified goals of a whole text, cut into clauses as the pipeline does."""
    found = extract_targets(text, sentence_clauses(text), TextIndex(text))
    return [(t.year, t.value, t.kind) for t in found if t.value is not None]


# --- a budget's total revenue is an aggregate, no budget -------------------------------------------------------


def test_total_budget_revenue_growth_is_a_goal():
    text = "2029年全镇发展的主要预期目标是：公共预算总收入增长7.5%，农民收入增长8%。"
    assert _years_values(text) == [(2029, 7.5, "exact"), (2029, 8.0, "exact")]


def test_total_budget_revenue_level_is_a_target_amount():
    text = "到2031年，全县一般公共预算总收入达到60亿元。"
    assert money_of(text)["60亿元"].role == "target"


def test_total_budget_spending_growth_is_a_goal():
    text = "2030年全区财政的主要目标是：公共预算总支出增长6%左右，其中民生支出增长9%。"
    assert _years_values(text) == [(2030, 6.0, "exact"), (2030, 9.0, "exact")]


def test_a_budget_total_is_still_a_budget():
    text = "今年全区部门预算总额安排45亿元，重点保障教育医疗。"
    assert money_of(text)["45亿元"].role == "other"
    assert targets_of(text) == []


# --- a unit naming its goals and requirements carries its year over its labelled items ----------------------------

_UNIT_PLAN = (
    "关于加快建设区域中心城市的实施方案\n\n"
    "{heading}\n\n"
    "以建设区域创新高地为重点，把某市建成更具活力的现代化城市。到2029年，主要发展指标位居全省前列。\n\n"
    "（一）经济实力显著增强。 加快打造先进制造业基地。地区生产总值达到6000亿元左右，常住人口突破500万人。\n\n"
    "（二）创新能力明显提升。 研发投入强度超过3%，高新技术企业达到1500家。\n\n"
    "二、主要任务\n\n"
    "（一）做强产业。新建厂房100万平方米。\n"
)


def test_a_goals_and_requirements_unit_carries_its_year_over_its_labelled_items():
    rows = _text_rows(_UNIT_PLAN.format(heading="一、明确目标要求"))
    assert rows == [
        (2029, 6000.0, "exact"),
        (2029, 5000000.0, "min"),
        (2029, 3.0, "min"),
        (2029, 1500.0, "exact"),
    ]


def test_a_goals_unit_carries_its_year_over_its_labelled_items():
    assert len(_text_rows(_UNIT_PLAN.format(heading="一、发展目标"))) == 4


def test_a_unit_naming_no_goals_carries_nothing_to_its_labelled_items():
    assert _text_rows(_UNIT_PLAN.format(heading="一、指导思想")) == []


# --- 以下N项目标： continues the dated statement above it ---------------------------------------------------------

_LISTED_GOALS = (
    "某县发布乡村建设三年行动方案\n\n"
    "发布时间：2026-05-06\n\n"
    "按照方案，到2028年，某县乡村建设将取得明显成效，农民生活更加富足。\n\n"
    "{announce}\n\n"
    "一是特色产业提质增效。中药材基地扩大到3万亩以上，药材加工产值增长9%以上。\n\n"
    "二是人居环境明显改善。农村卫生厕所普及率达到95%。\n\n"
    "落实各项保障措施，加快建设一批示范村。\n"
)


def test_the_goals_announced_after_a_dated_statement_take_its_year():
    rows = _text_rows(_LISTED_GOALS.format(announce="重点实现以下3项目标："))
    assert rows == [(2028, 30000.0, "min"), (2028, 9.0, "min"), (2028, 95.0, "exact")]


def test_goals_announced_with_their_count_in_words_take_the_year_too():
    rows = _text_rows(_LISTED_GOALS.format(announce="主要实现以下三大目标："))
    assert rows == [(2028, 30000.0, "min"), (2028, 9.0, "min"), (2028, 95.0, "exact")]


def test_a_list_of_tasks_continues_no_goals():
    assert _text_rows(_LISTED_GOALS.format(announce="具体要抓好以下3项任务：")) == []


def test_a_count_of_the_texts_own_goals_is_no_goal():
    text = "发布时间：2027-02-10\n今年全镇要实现五项目标，抓好六项重点工作，完成以下4项主要目标：\n"
    assert _text_rows(text) == []


def test_a_goal_that_names_a_thing_is_no_count_of_goals():
    assert _years_values("到2028年，全县将建成12个目标市场。") == [(2028, 12.0, "exact")]


# --- a count scaled by 万 with no unit after a bound; 大于等于 is a bound ---------------------------------------------


def test_a_scaled_count_with_no_unit_after_a_bound_is_a_goal():
    text = "到2029年，全市图书馆年借阅人次不低于300万；博物馆年接待量大于等于80万。"
    assert _years_values(text) == [(2029, 3000000.0, "min"), (2029, 800000.0, "min")]


def test_at_least_or_equal_is_a_lower_bound_and_at_most_or_equal_an_upper_one():
    assert _years_values("到2029年，全市图书馆藏书大于等于500万册。") == [(2029, 5000000.0, "min")]
    assert _years_values("到2029年，城镇调查失业率小于等于5.5%。") == [(2029, 5.5, "max")]


def test_a_bound_in_a_condition_or_a_report_gives_no_goal():
    text = "申报企业研发投入占比大于等于3%的，给予奖励50万元。"
    assert targets_of(text) == []
    assert money_of(text)["50万元"].role == "subsidy"
    assert targets_of("去年全市博物馆接待人次超过300万。") == []


def test_areas_in_latin_units_are_goal_quantities():
    text = "到2029年，建成高标准农田12.5万hm2，水土流失治理面积达到800km²。"
    assert _years_values(text) == [(2029, 125000.0, "exact"), (2029, 800.0, "exact")]


# --- a change from one proportion to another aims at the last ----------------------------------------------------


def test_a_change_between_proportions_aims_at_the_last():
    assert _years_values("到2030年，城乡居民收入比由2020年的2.5:1调整为2:1。") == [(2030, 2.0, "exact")]
    assert _years_values("到2030年，加工产值与农业产值之比从1.2:1提高到2.5:1。") == [(2030, 2.5, "exact")]


def test_proportions_of_two_goals_stay_apart():
    text = "到2030年，车桩比小于2.5:1，从业人员与设备之比达到3:1。"
    assert _years_values(text) == [(2030, 2.5, "max"), (2030, 3.0, "exact")]
