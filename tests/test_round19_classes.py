"""Classes of language read in heldout22 and heldout23 (issue 8, round 19), each on texts written for this file.

None of these texts is copied from a fixture: each class is tested on several wordings, with the near misses it
must leave alone.

* a 、 inside brackets lists what a noun covers (县（市、区）, 企业（含个体工商户、合作社）): it is no join between two
  goals, so the goal is the whole part, its value the count the verb reaches (…的县（市、区）达20个以上), not the
  amount that says which ones count. Near miss: two goals joined by 、 outside any bracket still split.
* a part whose subject is told what it must do (纺织产业要加快智能化改造) right before a part that opens the next goal
  statement with 力争/争取/确保 is the means of that goal, no goal without a number of the year before. Near misses: the
  same task part with no opener after it (a plain list of goals of the year), a goal with no modal before 力争.
* a sum drawn from a fund for the year (2027年市里将从产业发展资金中列支8000万元) is the budget that serves a plan,
  no goal, and so is its breakdown (其中3000万元作为风险补偿资金). Near misses: a goal after the budget in its own
  sentence, and a 其中 part of a goal (其中新能源产业产值达到500亿元).
* 今年 in a numbered heading that names the year's goals and ends its line (一、今年全市经济社会发展的主要预期目标):
  the text's year governs the heading's section, numbered items each followed by the fields of a division of
  labour (牵头单位：…, 责任单位：…), up to the next label of the same level. Near misses: a review heading (今年工作
  回顾), an undated text, an unlabelled line, and the items of the next section.
* a count of the lines a policy holds (守好发展和生态两条底线, 守牢三条红线) names a slogan's lines, no quantity of a
  goal. Near miss: a goal whose number stands elsewhere in a part about a red line (生态保护红线面积1.2万平方公里).
* a part of a goal sentence that opens with the support of others (支持有条件的园区争创国家级示范, 鼓励企业…,
  引导社会资本…) is a measure of the plan, no goal without a number. Near misses: a qualitative goal beside it, a
  quantified goal that opens so (支持50家企业建设智能工厂: its number still a goal).
* an amount scaled by 万 with no 元 after a noun of research spending (年度研发投入大于500万(含)的企业, R&D经费
  1000万以上): the noun names the unit, as 营业收入 does. Near misses: a count after the same noun (万人), and an
  amount with no money noun before it.
* a sentence after the year's own goal sentence whose subject is told 原则上 (in principle) what to do (新建项目原则上
  向园区集中布局) is a task, as one with 要/应 is: no goal without a number. Near miss: 原则 as a noun (…原则更加明确).
* a cap before a one-off grant (最高一次性给予300万元, 最高可一次性补助50万元): 一次性 and the grant word stand between the
  bound and its number, as 给予 alone does; the amount is a maximum. Near miss: a one-off grant with no cap stays exact.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, targets_of


def _years_values(text: str) -> list[tuple]:
    return [(t.year, t.value if t.value is not None else (t.low, t.high), t.kind) for t in targets_of(text)]


def _goals(text: str) -> list[str]:
    """The goals without a number, as written."""
    return [t.surface for t in targets_of(text) if t.value is None and t.low is None]


# --- a 、 inside brackets is no join of two goals ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "到2027年，全省财政收入超50亿元的县（市、区）达到20个以上、超80亿元的县（市、区）达到8个。",
            [(2027, 20.0, "min"), (2027, 8.0, "exact")],
        ),
        (
            "到2026年，营业收入过亿元的农业经营主体(含家庭农场、合作社、龙头企业)达300家左右。",
            [(2026, 300.0, "exact")],
        ),
    ],
)
def test_a_join_inside_brackets_does_not_split_the_goal(text, expected):
    assert _years_values(text) == expected


def test_the_goal_in_brackets_reads_its_count_and_unit():
    (goal,) = [
        t for t in targets_of("到2027年，税收超10亿元的乡镇（街道、园区）达到15个。") if t.value is not None
    ]
    assert (goal.value, goal.unit) == (15.0, "个")
    assert "（街道、园区）达到15个" in goal.surface


def test_near_miss_a_join_outside_brackets_still_splits():
    text = "到2027年，新建5G基站（含室分）3000个、培育省级专精特新企业（含小巨人）120家。"
    assert _years_values(text) == [(2027, 3000.0, "exact"), (2027, 120.0, "exact")]


# --- a task part before the opener of the next goal statement --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "到2027年，食品产业力争产值突破300亿元；纺织产业要加快智能化改造，力争2027年产值达到80亿元；"
        "物流产业要积极对接枢纽建设，争取2027年营业收入突破60亿元。",
        "力争2026年数字产业营收达到90亿元，新能源产业应当加快补链延链，确保2026年产值超过40亿元。",
    ],
)
def test_a_task_part_before_the_next_goal_opener_is_no_goal(text):
    assert _goals(text) == []
    assert len([t for t in targets_of(text) if t.value is not None]) >= 2


def test_near_miss_a_goal_part_before_the_opener_stays_a_goal():
    text = "到2027年，全市产业体系更加完善，力争规上工业产值突破800亿元。"
    assert _goals(text) == ["全市产业体系更加完善"]


def test_near_miss_a_task_part_with_no_opener_after_it_stays_a_goal():
    text = "到2027年，各县区都要建成标准化物流园区，乡镇快递网点实现全覆盖。"
    assert _goals(text) == ["各县区都要建成标准化物流园区", "乡镇快递网点实现全覆盖"]


# --- a sum drawn from a fund, and its breakdown, are budget ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2027年市里将从产业发展资金中列支8000万元，其中3000万元作为风险补偿资金，5000万元作为贷款贴息资金。",
        "2026年区财政列支1.2亿元，其中4000万元用于担保公司增资。",
    ],
)
def test_a_sum_drawn_from_a_fund_and_its_breakdown_are_no_goals(text):
    assert _years_values(text) == []


def test_near_miss_a_goal_sentence_after_the_budget_stays():
    text = "2027年市里将从产业发展资金中列支8000万元。到2027年，全市规上工业产值突破900亿元。"
    assert _years_values(text) == [(2027, 900.0, "min")]


def test_near_miss_a_share_of_a_goal_stays_a_goal():
    text = "到2027年，全市工业总产值达到2000亿元，其中新能源产业产值达到500亿元。"
    assert [v for _, v, _ in _years_values(text)] == [2000.0, 500.0]


# --- 今年 in a numbered heading naming the year's goals ----------------------------------------------------------


def _division_of_labour(heading: str, date: str = "2027年2月8日") -> str:
    return (
        "某市人民政府关于印发重点工作分工方案的通知\n\n各区人民政府：\n  现将分工方案印发给你们，请认真贯彻落实。\n\n"
        f"某市人民政府\n  {date}\n\n  为做好今年政府工作，制定分工方案如下。\n  {heading}\n"
        "  1.地区生产总值增长6%左右。\n  牵头领导：张 明\n  牵头单位：市发展改革委\n  责任单位：市统计局等，各区人民政府\n"
        "  2.城镇新增就业3.5万人。\n  牵头单位：市人力资源社会保障局\n  责任单位：各区人民政府\n"
        "  3.居民人均可支配收入增长6.5%。\n  牵头单位：市发展改革委\n"
        "  二、扎实推进产业升级\n  4.新建5G基站2000个。\n  牵头单位：市工业和信息化局\n"
    )


@pytest.mark.parametrize(
    "heading",
    [
        "一、今年全市经济社会发展的主要预期目标",
        "一、今年主要预期指标",
        "（一）今年全市发展的主要目标",
        # with no label it is a lead line of the year's goals (parsers/goal_leads.py): it governs the list too
        "今年全市经济社会发展的主要预期目标",
    ],
)
def test_a_numbered_heading_of_this_years_goals_governs_its_section(heading):
    assert _years_values(_division_of_labour(heading)) == [
        (2027, 6.0, "exact"),
        (2027, 35000.0, "exact"),
        (2027, 6.5, "exact"),
    ]


@pytest.mark.parametrize(
    ("heading", "date"),
    [
        ("一、今年工作回顾", "2027年2月8日"),  # names no goals
        ("一、今年全市经济社会发展的主要预期目标", "二〇二七年二月"),  # no date: 今年 names no year
    ],
)
def test_near_misses_of_this_years_goal_heading(heading, date):
    assert _years_values(_division_of_labour(heading, date)) == []


# --- a count of a policy's lines is no goal's quantity ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2027年，全市将守牢安全和稳定两条底线，力争规上工业产值突破900亿元。",
        "到2027年，坚决守住耕地、生态、安全三条红线，规上工业产值突破900亿元。",
    ],
)
def test_a_count_of_a_policys_lines_is_no_goal(text):
    assert [v for _, v, _ in _years_values(text)] == [900.0]


def test_near_miss_a_red_line_goal_with_its_own_number():
    text = "到2027年，全市生态保护红线面积稳定在1.2万平方公里以上。"
    assert [v for _, v, _ in _years_values(text)] == [12000.0]  # 1.2万 multiplied out, as every count


# --- a part that opens with the support of others is a measure -----------------------------------------------------


@pytest.mark.parametrize("verb", ["支持", "鼓励", "引导"])
def test_a_support_part_of_a_goal_sentence_is_no_goal(verb):
    text = f"到2027年，建成省级特色产业园区12个，{verb}有条件的园区争创国家级示范，园区营商环境明显改善。"
    assert _goals(text) == ["园区营商环境明显改善"]


def test_near_miss_a_quantified_support_part_stays_a_goal():
    text = "到2027年，支持50家以上企业建设智能工厂，园区营商环境明显改善。"
    assert [v for _, v, _ in _years_values(text) if v is not None and not isinstance(v, tuple)][:1] == [50.0]
    assert _goals(text) == ["园区营商环境明显改善"]


# --- research spending names the unit of a bare amount -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("申报条件：年度研发投入大于500万(含)的规上工业企业。", 5e6),
        ("对上年度R&D经费1000万以上的企业给予奖励。", 1e7),
    ],
)
def test_research_spending_names_the_unit_of_a_bare_amount(text, low):
    assert [(m.low, m.kind) for m in money_of(text).values()] == [(low, "min")]


@pytest.mark.parametrize(
    "text",
    ["年度研发投入带动就业1.5万人以上。", "申报条件：年度入库项目大于500万(含)的企业。"],
)
def test_near_misses_of_research_spending(text):
    assert money_of(text) == {}


# --- 原则上 after the year's goal sentence tells a task ------------------------------------------------------------


@pytest.mark.parametrize("adverb", ["原则上", "原则"])
def test_a_sentence_told_in_principle_is_a_task(adverb):
    text = f"到2027年，全市规上工业产值突破900亿元，产业结构明显优化。新建工业项目{adverb}向园区集中布局，统一规划建设。"
    assert _goals(text) == ["产业结构明显优化"]


def test_near_miss_principle_as_a_noun_stays_a_goal():
    text = "到2027年，全市规上工业产值突破900亿元，产业结构明显优化。市场化配置原则更加明确。"
    assert _goals(text) == ["产业结构明显优化", "市场化配置原则更加明确"]


# --- a cap before a one-off grant -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["对新认定的市级研发平台，最高一次性给予200万元奖励。", "对首次入库的企业最高可一次性补助50万元。"],
)
def test_a_cap_before_a_one_off_grant_bounds_the_amount(text):
    assert [m.kind for m in money_of(text).values()] == ["max"]


def test_near_miss_a_one_off_grant_with_no_cap_stays_exact():
    assert [m.kind for m in money_of("对新认定的市级研发平台，一次性给予200万元奖励。").values()] == ["exact"]
