"""Classes of language read in heldout18 and heldout19 (issue 8, round 17), each on texts written for this file.

None of these texts is copied from a fixture: each class is tested on several wordings, with the near misses it
must leave alone.

* one reading of a goal list under a dated scope: the list's items may end in their own terminator (增长6%左右；)
  and one line may hold several items set apart by spaces (增长3% 消费增长5%); the heading may name 目标 or not;
* the heading chain: a line naming goals with no year (主要预期目标) right under a short line naming a coming year
  (2027年工作安排, labelled or not) gives the list under it that year. Near misses: the same chain under a review
  line (2026年工作回顾), a year line that is a sentence, a line under a year before the text's other years, and a
  line naming goals with no year above it.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of

from parsers.goal_list_lines import list_items


def _rows(text: str) -> list[tuple]:
    return [(t.year, t.metric, t.value, t.low, t.high, t.kind) for t in targets_of(text)]


def _years_values(text: str) -> list[tuple]:
    return [(t.year, t.value if t.value is not None else (t.low, t.high), t.kind) for t in targets_of(text)]


_TERMINATED = (
    "县政府工作报告要点\n"
    "一、2026年工作回顾\n"
    "地区生产总值增长5.1%；\n"
    "一般公共预算收入增长3.2%；\n"
    "二、2027年主要目标任务\n"
    "地区生产总值增长6%以上；\n"
    "一般公共预算收入增长4%左右；\n"
    "城乡居民收入增长6%左右。\n"
    "三、2027年重点工作\n"
    "坚持扩大内需，推动消费提质升级；\n"
)


def test_items_ending_in_their_own_terminator_under_a_heading_naming_the_goals():
    assert _years_values(_TERMINATED) == [
        (2027, 6.0, "min"),
        (2027, 4.0, "exact"),
        (2027, 6.0, "exact"),
    ]


def test_the_same_terminated_lines_under_a_review_heading_are_no_goals():
    text = "县政府工作报告要点\n一、2027年工作回顾\n地区生产总值增长5.1%；\n一般公共预算收入增长3.2%；\n"
    assert _rows(text) == []


def test_a_line_that_is_a_sentence_ends_the_list():
    text = (
        "市政府工作报告要点\n二、2028年主要目标\n工业增加值增长7%；\n"
        "要坚持稳中求进，确保投资增长5%左右，推动消费持续恢复；\n"
    )
    # the sentence line holds a comma inside it: the list (one item) is too short to open
    assert _rows(text) == []


_CHAIN = (
    "区两会图解\n"
    "2027年工作安排\n"
    "主要预期目标\n"
    "地区生产总值增长6%左右 一般公共预算收入增长4% 城镇新增就业1.2万人\n"
    "外贸进出口增长3%以上\n"
    "抓好八个方面工作\n"
    "新建学校3所\n"
)


def test_a_goals_line_under_a_dated_line_gives_the_list_its_year():
    assert _years_values(_CHAIN) == [
        (2027, 6.0, "exact"),
        (2027, 4.0, "exact"),
        (2027, 12000.0, "exact"),
        (2027, 3.0, "min"),
    ]


@pytest.mark.parametrize("goals_line", ["主要指标", "二、主要预期目标：", "发展目标"])
def test_other_wordings_of_the_goals_line(goals_line):
    text = f"县政府工作报告\n2028年发展安排\n{goals_line}\n粮食产量稳定在50万吨以上\n财政收入增长5%\n"
    assert [(y, k) for y, _, k in _years_values(text)] == [(2028, "min"), (2028, "exact")]


@pytest.mark.parametrize(
    "above",
    [
        "2026年工作回顾",  # a review
        "2027年，全县上下团结奋斗，各项事业取得新进展",  # a sentence, no heading
        "",  # no dated line at all
    ],
)
def test_near_misses_of_the_chain(above):
    text = f"县政府工作报告\n{above}\n主要指标\n地区生产总值增长6%左右 财政收入增长5%\n"
    assert _rows(text) == []


def test_a_chain_under_a_year_before_one_the_text_named_is_a_report():
    text = "2027年县政府工作报告\n2025年工作安排\n主要目标\n地区生产总值增长6% 财政收入增长5%\n"
    assert _rows(text) == []


@pytest.mark.parametrize(
    ("line", "items"),
    [
        ("投资增长3% 消费增长5%", ["投资增长3%", "消费增长5%"]),
        ("城镇新增就业 1,200 万人以上", ["城镇新增就业 1,200 万人以上"]),
        ("物价涨幅 2% 左右", ["物价涨幅 2% 左右"]),
        ("收入增长3% 居民收入增长与经济增长同步", ["收入增长3%", "居民收入增长与经济增长同步"]),
        ("经济增长 4.5%—5%", ["经济增长 4.5%—5%"]),
    ],
)
def test_list_items_split_only_between_items(line, items):
    assert [line[s:e] for s, e in list_items(line, 0, len(line))] == items


# --- a bare year opening its part, then 预期 before 增长/达到/实现: the plan's own verb -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "作为新一轮规划的起步之年，2028年全市地区生产总值预期增长6%左右，重点抓好八方面工作。",
        "会议提出，2028年，全县一般公共预算收入预期达到12亿元。",
    ],
)
def test_a_year_with_the_verb_expected_sets_its_goal(sentence):
    assert [(y, k) for y, _, k in _years_values(sentence)] == [(2028, "exact")]


@pytest.mark.parametrize(
    "sentence",
    [
        "2020年，全市人均预期寿命达到79岁。",  # 人均预期寿命: a metric, not the verb
        "2020年全市地区生产总值增长5.2%。",  # no verb of planning: a report
    ],
)
def test_near_misses_of_the_verb_expected(sentence):
    assert _rows(sentence) == []


# --- 全年 beside a yearless opener: the text's year ------------------------------------------------------------------

_WHOLE_YEAR = (
    "市政府工作报告发布\n"
    "2028年全市地区生产总值预期增长6%以上，将重点抓好六方面工作。\n"
    "扩大有效投资。力争全年完成工业投资800亿元、交通投资300亿元。\n"
    "稳定就业。全年确保城镇新增就业3万人以上。\n"
)


def test_the_whole_year_beside_an_opener_takes_the_year_the_text_states():
    assert _years_values(_WHOLE_YEAR) == [
        (2028, 6.0, "min"),
        (2028, 800.0, "exact"),
        (2028, 300.0, "exact"),
        (2028, 30000.0, "min"),
    ]


def test_the_whole_year_with_no_year_stated_gives_no_row():
    text = "扩大有效投资。力争全年完成工业投资800亿元。\n"
    assert _rows(text) == []


def test_the_whole_year_with_two_years_stated_gives_no_row():
    text = "2027年地区生产总值预期增长5%以上。到2030年，研发投入强度达到3%。\n力争全年完成工业投资800亿元。\n"
    assert [(y, v) for y, _, v, *_ in _rows(text)] == [(2027, 5.0), (2030, 3.0)]


def test_a_whole_year_task_without_a_number_gives_no_row():
    text = "2028年全市地区生产总值预期增长6%以上。\n各部门要确保全年目标任务圆满完成。\n"
    assert [y for y, *_ in _rows(text)] == [2028]


# --- a per-mille goal: 4.53‰, 千分之四点五 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "kind", "fraction"),
    [
        ("到2030年，全县人口自然增长率控制在6.2‰以内。", 6.2, "‰", "max", 0.0062),
        ("2029年的主要预期目标是：婴儿死亡率降至千分之四点八以下。", 4.8, "‰", "max", 0.0048),
        ("到2030年，安全事故发生率控制在万分之二以内。", 2.0, "‱", "max", 0.0002),
    ],
)
def test_a_per_mille_goal_keeps_its_unit(sentence, value, unit, kind, fraction):
    (goal,) = targets_of(sentence)
    assert (goal.value, goal.unit, goal.kind) == (value, unit, kind)
    assert goal.value_fraction == pytest.approx(fraction)


def test_a_per_mille_without_a_goal_year_is_no_goal():
    assert _rows("2020年全县人口自然增长率为5.1‰。") == []


# --- an adverb of manner before a task verb still opens a task sentence --------------------------------------------


@pytest.mark.parametrize("adverb", ["严格", "切实", "进一步"])
def test_a_task_sentence_after_the_years_own_opens_with_an_adverbed_task_verb(adverb):
    text = f"到2027年，全县耕地保有量稳定在80万亩以上，农业发展质量明显提升。{adverb}落实耕地保护制度，守住红线。\n"
    rows = [(t.metric, t.value) for t in targets_of(text)]
    assert rows[0][1] == 800000.0
    assert not any("耕地保护制度" in (m or "") for m, _ in rows)


def test_a_later_sentence_stating_a_state_reached_is_still_a_goal():
    text = "到2027年，全县耕地保有量稳定在80万亩以上。农业发展质量明显提升。\n"
    assert any("农业发展质量" in (t.metric or "") for t in targets_of(text))


# --- amounts of yuan written without 元 ------------------------------------------------------------------------------


def _money(text: str) -> list[tuple]:
    from extraction_helpers import money_of

    return [(s, m.low, m.high, m.kind) for s, m in money_of(text).items()]


def test_a_bare_member_of_a_list_of_amounts_borrows_its_neighbours_yuan():
    got = _money("对认定的企业分别给予20万元、30万、50万元一次性奖励。")
    assert ("30万", 300000.0, 300000.0, "exact") in got
    assert len(got) == 3


def test_tiers_after_a_money_noun_are_yuan():
    got = _money(
        "按上年度销售收入分为500万以下、500万(含)-3000万(不含)、3000万以上三档，分别给予5万元、8万元、10万元奖励。"
    )
    surfaces = {s: (low, high, kind) for s, low, high, kind in got}
    assert surfaces["500万以下"] == (None, 5000000.0, "max")
    assert surfaces["3000万以上"] == (30000000.0, None, "min")
    assert any(
        kind == "range" and low == 5000000.0 and high == 30000000.0 for low, high, kind in surfaces.values()
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "全市常住人口达到1000万以上，新增就业12万、失业率稳定。",  # people, no money noun, no yuan neighbour
        "分别引进人才20人、30万、50万吨。",  # a neighbour that is no money
        "年产量1000万以上的企业给予奖励。",  # 产量: no money noun
    ],
)
def test_near_misses_of_bare_amounts(sentence):
    assert _money(sentence) == []


# --- a payout word naming a period is a noun a bound crosses --------------------------------------------------------


def _ratios(text: str) -> list[tuple]:
    from extraction_helpers import ratios_of

    return [(s, r.value, r.kind) for s, r in ratios_of(text).items()]


@pytest.mark.parametrize(
    "sentence",
    [
        "按不超过奖励年度内新增贷款平均余额的5‰给予补助。",
        "补助金额不超过补贴期间实际发生费用的40%。",
    ],
)
def test_a_bound_crosses_a_payout_word_naming_a_period(sentence):
    (row,) = _ratios(sentence)
    assert row[2] == "max"


@pytest.mark.parametrize(
    "sentence",
    [
        "超过部分按40%给予补助。",  # 部分 still stops
        "对高于行业平均水平的企业奖励按10%计算。",  # 奖励 as a payout still stops
    ],
)
def test_near_misses_of_the_period_noun(sentence):
    assert [k for _, _, k in _ratios(sentence)] == ["exact"]
