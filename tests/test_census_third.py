"""Classes of language from a third census of missed goals (issue 8, round 13: heldout2-59), each on texts written
for this file; none is copied from a fixture.

* in a text with no date, a year is taken as past when a later year was named before it (a review of 2030 names 2029
  as done); the far year of a goal's deadline (到2045年，基本实现…, 至2040年) is no such evidence: the year's work
  heading after it (2031年主要工作任务 ⏎ 一、今年主要预期目标：) still opens that year's goals. Near misses: a status's
  date (截至/截止到2030年，累计建成…), a 到 year whose sentence reports a result (到2030年末，已累计建成…) and a
  reported year (2030年，…增长3%。) still make the earlier year past.
* a word the rules take for a qualitative goal (基本, 有效) inside the metric's name before its number (永久基本农田
  保护面积不少于56万亩, 新增有效灌溉面积12万亩) leaves the number the goal's value; only one after the number makes the
  number the scope of a qualitative goal. Near misses: 2个市级开发区营商环境明显改善, 年销售额8000万元以上的商贸企业普遍开展线上经营.
* a title naming one year's work plan or its key points (某站2031年工作计划, 2031年工作要点) opens that year's work
  section, as 2031年工作安排 did; a sentence statement of its own year inside it does not end it, one of another year
  does; the parts after 力争 in a sentence there are goals as a yearless 力争 sentence's. Near misses: a review's title
  (2030年工作总结), a past year's plan.
* a count that ends an item of an enumeration (建成产量50万吨、产值80亿元以上的…基地) is a goal of its own, no count of
  the noun the next item's amount modifies: both are the goal's figures. Near misses: 引进4家年纳税超2000万元的总部企业
  and 培育6家技术领先、品牌响亮的年产值超百亿元的链主企业 keep the amount as the modifier of the counted noun.
* in a goal section (the headline paragraphs a year's statement carries, a year's work section) a comparison with the
  past year that sets a bound (旅游业增加值同比增长6%以上, 较上年增长8%以上) is the plan's change, as in a goals unit;
  a comparison with no bound (同比增长6%) there still reads as a report, and so does one in a lone 力争 sentence, and
  one whose paragraph names another year before it (a work plan's review: 2035年，…同比增长12%以上).
* a proposal a speaker sets out with a colon (某市提出：2031年，…) frames the bare year after it as a plan's, as 计划指出，
  does, in a text with no date. Near misses: 会议指出：2030年… (a statement) and 提出，2031年… (no colon) decide nothing.
* a budget word (总规模) in a part whose every quantity is counted in a unit of things (储能装机总规模突破800万千瓦,
  冷库总规模达到50万吨) names no fund: the figure is a goal. Near miss: a fund's total size (基金总规模达到20亿元) stays
  a budget.
* a page's stamp written day first on a line of its own (17/03/2031, 28.02.2031 18:05) dates the text, as 2031-01-25
  does, so 今年 in its goal lead is that year. Near miss: such a date inside a sentence is no stamp.
* a goals unit with no year of its own (一、主要预期目标：) under a heading that names a year (2032年重点工作) sets that
  year's goals, not those of the latest year named anywhere above it (a deadline 至2040年 in an earlier part).
"""

from __future__ import annotations

from parsers.context import TextIndex
from parsers.nlp import sentence_clauses
from parsers.targets import extract_targets


def _text_rows(text: str) -> list[tuple]:
    """(year, value, kind) of the quantified goals of a whole text, cut into clauses as the pipeline does."""
    found = extract_targets(text, sentence_clauses(text), TextIndex(text))
    return [(t.year, t.value, t.kind) for t in found if t.value is not None]


# --- a deadline's far year does not make a later heading's year past -------------------------------------------

_AFTER_DEADLINE = (
    "某市召开人民代表大会。\n\n"
    "{earlier}\n\n"
    "2031年主要工作任务\n\n"
    "一、今年主要预期目标：\n\n"
    "全市地区生产总值增长5%以上，新增城镇就业3万人。\n\n"
    "二、抓好六个方面工作\n"
)


def test_a_work_heading_after_a_far_deadline_opens_its_years_goals():
    text = _AFTER_DEADLINE.format(earlier="到2045年，建成先进的装备制造基地，基本实现现代化。")
    assert _text_rows(text) == [(2031, 5.0, "min"), (2031, 30000.0, "exact")]


def test_a_deadline_with_zhi_is_a_deadline_too():
    text = _AFTER_DEADLINE.format(earlier="远景目标是：至2044年，全市建成生态宜居的滨江新城。")
    assert _text_rows(text) == [(2031, 5.0, "min"), (2031, 30000.0, "exact")]


def test_a_status_date_later_than_the_heading_still_makes_it_past():
    text = _AFTER_DEADLINE.format(earlier="截至2033年，全市累计建成生态公园12个。")
    assert _text_rows(text) == []


def test_a_status_date_with_jiezhi_dao_still_makes_it_past():
    text = _AFTER_DEADLINE.format(earlier="截止到2034年，全市共建成口袋公园40处。")
    assert _text_rows(text) == []


def test_a_reached_status_led_by_dao_still_makes_it_past():
    text = _AFTER_DEADLINE.format(earlier="到2034年末，全市已累计建成口袋公园40处，提前两年完成任务。")
    assert _text_rows(text) == []


def test_a_reported_later_year_still_makes_the_heading_past():
    text = _AFTER_DEADLINE.format(earlier="2033年，全市粮食产量增长3%。")
    assert _text_rows(text) == []


# --- a goals unit takes the year of the heading right above it ---------------------------------------------------

_UNIT_UNDER_HEADING = (
    "某县举行经济工作会议。\n\n"
    "至2040年，全县建成生态宜居的滨湖新城。\n\n"
    "{heading}\n\n"
    "一、主要预期目标：\n\n"
    "粮食产量稳定在30万吨以上，新增市场主体800户。\n"
)


def test_a_goals_unit_under_a_dated_heading_takes_the_headings_year():
    text = _UNIT_UNDER_HEADING.format(heading="2032年重点工作")
    assert _text_rows(text) == [(2032, 300000.0, "min"), (2032, 800.0, "exact")]


def test_a_goals_unit_under_a_review_heading_sets_no_goals():
    assert _text_rows(_UNIT_UNDER_HEADING.format(heading="2034年工作总结")) == []


def test_a_goals_unit_under_an_undated_heading_still_reads_its_figures():
    # Which year an undated meeting's goals belong to is not settled (the vision's 2040 above, or the
    # coming year the meeting plans for); what a reader checks is that both goals and their bounds are read.
    text = _UNIT_UNDER_HEADING.format(heading="抓好重点工作")
    assert [(value, kind) for _, value, kind in _text_rows(text)] == [(300000.0, "min"), (800.0, "exact")]


# --- a title naming one year's work plan opens that year's work section ------------------------------------------


def test_a_years_work_plan_title_sets_the_goals_of_its_tasks():
    text = (
        "某镇文化旅游站2031年工作计划\n\n"
        "新的一年，全站将围绕全域旅游示范镇创建，重点做好以下工作：\n\n"
        "（一）提升景区品质。完善游客服务设施，新建旅游厕所6座以上，游客接待量增长8%以上。\n"
    )
    assert _text_rows(text) == [(2031, 6.0, "min"), (2031, 8.0, "min")]


def test_a_years_key_points_title_sets_the_goals_of_its_tasks():
    text = "某镇文化旅游站2031年工作要点\n\n一、提升景区品质。新建旅游厕所6座以上，游客接待量增长8%以上。\n"
    assert _text_rows(text) == [(2031, 6.0, "min"), (2031, 8.0, "min")]


def test_a_years_review_title_sets_no_goals():
    text = (
        "某镇文化旅游站2030年工作总结\n\n发布日期：2030-12-20\n\n"
        "（一）提升景区品质。新建旅游厕所6座，游客接待量增长8%以上。\n"
    )
    assert _text_rows(text) == []


def test_a_past_years_work_plan_sets_no_goals():
    text = (
        "某镇文化旅游站2029年工作计划\n\n发布日期：2030-12-20\n\n（一）提升景区品质。新建旅游厕所6座以上。\n"
    )
    assert _text_rows(text) == []


_PLAN_WITH_STATEMENT = (
    "某区文化旅游局2031年工作计划\n"
    "（一）工作思路。{statement}\n"
    "（二）重点任务\n"
    "一是提升景区品质。完善游客服务设施，在滨河片区新建旅游厕所6座以上，推动景区提档升级。\n"
)


def test_a_statement_of_the_plans_own_year_does_not_end_its_work_section():
    text = _PLAN_WITH_STATEMENT.format(
        statement="2031年，全局将以创建全域旅游示范区为抓手，推动文旅融合发展。"
    )
    assert _text_rows(text) == [(2031, 6.0, "min")]


def test_a_statement_of_another_year_ends_the_work_section():
    text = _PLAN_WITH_STATEMENT.format(statement="到2035年，全区建成文旅融合示范区，旅游总收入达到50亿元。")
    assert _text_rows(text) == [(2035, 50.0, "exact")]


# --- a qualitative word inside the metric's name before its number ----------------------------------------------


def test_a_bound_after_a_metric_naming_basic_farmland_is_its_value():
    assert _text_rows("到2040年，全县永久基本农田保护面积不少于56万亩。") == [(2040, 560000.0, "min")]


def test_an_added_area_of_effective_irrigation_is_its_value():
    text = "到2040年，新增有效灌溉面积12万亩，节水灌溉覆盖率达到70%。"
    assert _text_rows(text) == [(2040, 120000.0, "exact"), (2040, 70.0, "exact")]


def test_a_count_after_a_metric_naming_valid_patents_is_its_value():
    assert _text_rows("到2040年，全市有效发明专利拥有量5000件以上。") == [(2040, 5000.0, "min")]


def test_a_number_before_a_qualitative_word_stays_the_goals_scope():
    assert _text_rows("到2040年，2个市级开发区营商环境明显改善。") == []
    assert _text_rows("到2040年，年销售额8000万元以上的商贸企业普遍开展线上经营。") == []


# --- a count that ends an item is a goal of its own, not the count a modifier's amount qualifies ------------------


def test_two_measures_of_one_base_are_two_goals():
    text = "到2035年，建成产量50万吨、产值80亿元以上的新材料产业基地。"
    assert _text_rows(text) == [(2035, 500000.0, "exact"), (2035, 80.0, "min")]


def test_a_count_of_the_modified_noun_keeps_the_amount_a_modifier():
    assert _text_rows("到2035年，引进4家年纳税超2000万元的总部企业。") == [(2035, 4.0, "exact")]
    text = "到2035年，培育6家技术领先、品牌响亮的年产值超百亿元的链主企业。"
    assert _text_rows(text) == [(2035, 6.0, "exact")]


# --- a bounded comparison with the past year in a goal section is the plan's change --------------------------------

_CARRIED = (
    "某区文旅融合发展规划\n\n"
    "到2033年，全区文旅产业综合实力明显增强。\n\n"
    "——产业规模持续扩大。旅游总收入突破80亿元。旅游业增加值{change}。\n\n"
    "——品牌影响显著提升。新增国家4A级景区3家。\n"
)


def test_a_bounded_yearly_comparison_in_a_carried_paragraph_is_a_goal():
    rows = _text_rows(_CARRIED.format(change="同比增长6%以上"))
    assert rows == [(2033, 80.0, "min"), (2033, 6.0, "min"), (2033, 3.0, "exact")]


def test_a_bounded_comparison_with_last_year_in_a_work_plan_is_a_goal():
    text = "某镇文化旅游站2031年工作计划\n\n（一）提升景区品质。新建旅游厕所6座以上，游客接待量较上年增长8%以上。\n"
    assert _text_rows(text) == [(2031, 6.0, "min"), (2031, 8.0, "min")]


def test_a_work_plans_review_of_last_year_sets_no_goals():
    text = (
        "某乡2036年工作计划\n\n"
        "2035年，全乡茶叶产量同比增长12%以上，电商销售额同比增长25%以上。\n\n"
        "一、壮大特色产业。新建标准化茶园300亩以上。\n"
    )
    assert _text_rows(text) == [(2036, 300.0, "min")]


def test_a_work_plans_inline_review_heading_sets_no_goals():
    text = (
        "某办2036年工作要点\n\n"
        "一、2035年工作完成情况。全年社会消费品零售总额同比增长9%以上，圆满完成年度任务。\n\n"
        "二、2036年重点任务。新建标准化茶园300亩以上。\n"
    )
    assert _text_rows(text) == [(2036, 300.0, "min")]


def test_an_unbounded_yearly_comparison_still_reads_as_a_report():
    rows = _text_rows(_CARRIED.format(change="同比增长6%"))
    assert rows == [(2033, 80.0, "min"), (2033, 3.0, "exact")]


# --- a proposal set out with a colon frames the year after it ------------------------------------------------------


def test_a_proposal_with_a_colon_frames_a_bare_year_as_a_plans():
    text = "某市提出：2031年，全市新增城镇就业3万人，居民收入增长6%以上。"
    assert _text_rows(text) == [(2031, 30000.0, "exact"), (2031, 6.0, "min")]
    assert _text_rows("今年某省提出：2031年全省地区生产总值增长5%左右。") == [(2031, 5.0, "exact")]


def test_a_statement_or_a_proposal_with_a_comma_frames_nothing():
    assert _text_rows("会议指出：2030年全省地区生产总值增长5.4%。") == []
    assert _text_rows("今年某省提出，2031年全省地区生产总值增长5%左右。") == []


# --- a total size in units of things is no budget ---------------------------------------------------------------


def test_a_total_size_in_units_of_things_is_a_goal():
    assert _text_rows("到2040年，全省储能装机总规模突破800万千瓦。") == [(2040, 8000000.0, "min")]
    text = "到2040年，全县冷库总规模达到50万吨，冷链物流企业达到30家。"
    assert _text_rows(text) == [(2040, 500000.0, "exact"), (2040, 30.0, "exact")]


def test_a_funds_total_size_stays_a_budget():
    assert _text_rows("到2040年，全县产业引导基金总规模达到20亿元。") == []


# --- a day-first stamp dates the text --------------------------------------------------------------------------

_SESSION = "某市两会开幕\n\n{stamp}\n\n市长在报告中说，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上，城镇新增就业3万人。\n"


def test_a_day_first_stamp_dates_the_text():
    want = [(2031, 6.0, "min"), (2031, 30000.0, "exact")]
    assert _text_rows(_SESSION.format(stamp="17/03/2031")) == want
    assert _text_rows(_SESSION.format(stamp="28.02.2031 18:05")) == want


def test_a_day_first_date_inside_a_sentence_is_no_stamp():
    assert _text_rows(_SESSION.format(stamp="报告于17/03/2031提交大会。")) == []
