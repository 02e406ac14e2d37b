"""Classes of language read in heldout9 (issue 8, round 9), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings,
with the near misses it must leave alone.

* a year named as the time of a goal without 到 (锚定2035年…的目标, 全市2027年…主要预期目标是：…) opens a goal
  statement wherever it stands in its part; the words that name the list (…目标是：) are no goal of their own;
  the goal's name (…的目标) is no part of the last goal's metric;
* a point of a list (一是/二是…) opens a goal statement when the year follows it, and the next point ends the year of
  a point; a year that introduces the points (到2025年，实现以下目标：一是…；二是…) governs them all, and the part that
  names the goals to follow (实现以下目标：, 主要目标如下) is none of them;
* the words the rules read are read in traditional characters too (力爭, 增長, 確保);
* a count in years of age (岁), and a count per a scaled unit (公里/万平方公里), with the unit as written;
* a budget's revenue or spending (一般公共预算收入增长5%) is an aggregate a goal brings to a level, not a budget;
* a hedge toward doing better than the goal just named (努力争取更好结果, 努力跑赢全国) names no goal;
* a goal's amount in 万元 is counted in 元 (人均收入达到8万元: 80000 元); 亿元 stays;
* money: a level a goal strives toward (向5万亿元冲刺) is the goal's; past a level (跨过3000亿元大关) is at least it;
  as much as (投资高达12亿元) says how large a figure is, no bound and no condition; a quota set aside for a use
  (每年安排20万元额度用于…) is a budget; a yearless 确保 goal's amount is a goal (no target row);
* reports: a rank moved from one place to another (从全国第9位提升到第6位), handing in a record (交出了…答卷).
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of


# ---------------------------------------------------------------- a goal's year without 到
@pytest.mark.parametrize(
    ("text", "year", "values"),
    [
        (
            "规划锚定2035年全市新能源装机3000万千瓦以上、储能装机超过500万千瓦的目标，推动绿色转型。",
            2035,
            [3e7, 5e6],
        ),
        (
            "该市2027年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业8万人。",
            2027,
            [6, 80000],
        ),
        ("全省2028年的目标为：粮食产量稳定在600万吨以上，森林覆盖率达到45%。", 2028, [6e6, 45]),
    ],
)
def test_a_year_named_as_the_goals_year_opens_a_statement(text: str, year: int, values: list[float]) -> None:
    goals = targets_of(text)
    assert [g.value for g in goals] == values
    assert {g.year for g in goals} == {year}


def test_the_words_naming_the_list_and_the_goal_are_no_goal() -> None:
    goals = targets_of("该市2027年经济社会发展主要预期目标是：地区生产总值增长6%左右，城镇新增就业8万人。")
    assert [g.metric for g in goals] == ["地区生产总值", "城镇新增就业"]
    goals = targets_of(
        "规划锚定2035年全市新能源装机3000万千瓦以上、储能装机超过500万千瓦的目标，推动绿色转型。"
    )
    assert goals[-1].metric == "储能装机"
    assert goals[-1].surface == "储能装机超过500万千瓦"


@pytest.mark.parametrize(
    "text",
    [
        "2023年，全市地区生产总值增长5.2%，完成年度目标任务。",  # a report of that year, no goal named
        "2022年主要目标任务完成情况良好，地区生产总值增长4%。",  # the goals of a year, reported as done
    ],
)
def test_a_year_not_named_as_a_goals_year_opens_nothing(text: str) -> None:
    assert targets_of(text) == []


# ---------------------------------------------------------------- points of a list
def test_a_point_opens_its_year_and_the_next_point_ends_it() -> None:
    goals = targets_of(
        "方案提出两方面目标。一是到2026年，全市数字经济核心产业规模明显扩大，智能工厂建设稳步推进。"
        "二是建设全国一流的算力枢纽。到2030年，数据中心机架总量达到20万架。"
    )
    assert [(g.year, g.surface) for g in goals] == [
        (2026, "全市数字经济核心产业规模明显扩大"),
        (2026, "智能工厂建设稳步推进"),
        (2030, "数据中心机架总量达到20万架"),
    ]


def test_without_a_new_point_the_year_still_carries() -> None:
    goals = targets_of(
        "到2026年，全市数字经济核心产业规模明显扩大。算力枢纽基本建成，数据中心机架总量达到20万架。"
    )
    assert [g.year for g in goals] == [2026, 2026, 2026]


def test_a_year_that_introduces_the_points_governs_them_all() -> None:
    goals = targets_of(
        "到2027年，实现以下目标：一是数字产业规模达到800亿元；二是培育链主企业12家；三是建成算力中心3个。"
    )
    assert [(g.year, g.metric, g.value) for g in goals] == [
        (2027, "数字产业规模", 800),
        (2027, "链主企业", 12),
        (2027, "算力中心", 3),
    ]


@pytest.mark.parametrize("lead", ["实现以下目标：", "主要目标如下。", "发展目标为："])
def test_the_part_that_names_the_goals_to_follow_is_none_of_them(lead: str) -> None:
    goals = targets_of(f"到2027年，{lead}数字产业规模达到800亿元，智能制造水平显著提升。")
    assert [g.surface for g in goals] == ["数字产业规模达到800亿元", "智能制造水平显著提升"]


def test_a_goal_named_as_a_target_to_complete_is_still_a_goal() -> None:
    goals = targets_of("到2027年，全面完成省下达的能耗双控目标。")
    assert [g.surface for g in goals] == ["全面完成省下达的能耗双控目标"]


# ---------------------------------------------------------------- traditional characters
def test_the_rule_words_are_read_in_traditional_characters() -> None:
    text = "規劃提出，力爭到2028年，全市工業總產值達到3200億元，年均增長9.5%。"
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals] == [(2028, 3200, "亿元"), (2028, 9.5, "%")]
    assert ratios_of(text)["9.5%"].role == "target"


# ---------------------------------------------------------------- units
def test_years_of_age_and_a_density_per_a_scaled_area_are_counts_in_simplified_units() -> None:
    # the unit column names a unit in simplified characters whatever script the text uses (歲 -> 岁, 萬 -> 万)
    goals = targets_of(
        "到2030年，全省人均預期壽命達到80.5歲，公路網密度達到130公里/百平方公里，管網密度達到9公里/萬平方公里。"
    )
    assert [(g.value, g.unit) for g in goals] == [
        (80.5, "岁"),
        (130, "公里/百平方公里"),
        (9, "公里/万平方公里"),
    ]


def test_an_age_as_a_scope_leaves_the_goal_its_share() -> None:
    goals = targets_of("到2027年，65岁以上老年人健康管理率达到75%。")
    assert [(g.value, g.unit) for g in goals] == [(75, "%")]


# ---------------------------------------------------------------- a budget's revenue
@pytest.mark.parametrize("metric", ["一般公共预算收入", "一般公共预算支出"])
def test_a_budgets_revenue_brought_to_a_level_is_a_goal(metric: str) -> None:
    goals = targets_of(f"到2026年，{metric}增长4.5%，税收占比保持在75%以上。")
    assert [g.metric for g in goals] == [metric, "税收占比"]


def test_a_budget_itself_is_still_no_goal() -> None:
    assert targets_of("到2026年，市财政每年安排专项资金3亿元，用于支持产业升级。") == []


# ---------------------------------------------------------------- a hedge toward better
@pytest.mark.parametrize("hedge", ["在实际工作中努力争取更好结果", "努力跑赢全省", "力争更好"])
def test_a_hedge_toward_better_is_no_goal(hedge: str) -> None:
    goals = targets_of(f"该县2027年主要预期目标是：地区生产总值增长6.5%左右，{hedge}；城乡居民收入同步增长。")
    assert [g.surface for g in goals] == ["地区生产总值增长6.5%左右", "城乡居民收入同步增长"]


# ---------------------------------------------------------------- money in goals and reports
def test_a_goal_amount_in_wan_yuan_is_counted_in_yuan() -> None:
    goals = targets_of("到2028年，城镇居民人均可支配收入达到8.5万元以上，全市生产总值达到4200亿元。")
    assert [(g.value, g.unit, g.value_yuan) for g in goals] == [(85000, "元", 85000), (4200, "亿元", 4.2e11)]


def test_a_level_the_goal_strives_toward_is_the_goals_amount() -> None:
    text = "到2030年，全市经济总量向5万亿元冲刺，人均地区生产总值达到15万元。"
    assert money_of(text)["5万亿元"].role == "target"
    assert [g.value for g in targets_of(text)] == [50000, 150000]


def test_past_a_level_is_at_least_it() -> None:
    money = money_of("去年全市生产总值跨过3000亿元大关，跨越4000亿元也指日可待。")
    assert {m.kind for m in money.values()} == {"min"}
    assert [m.low for m in money.values()] == [3e11, 4e11]


def test_as_much_as_is_no_bound_and_no_condition() -> None:
    money = money_of("上年全省交通建设投资高达128.6亿元，同比增长12%。")
    (m,) = money.values()
    assert (m.kind, m.role, m.low) == ("exact", "other", 1.286e10)
    # a reach in a condition still names the least that qualifies
    assert money_of("年营业收入达到2亿元的企业，给予奖励。")["2亿元"].role == "threshold"


def test_a_quota_set_aside_for_a_use_is_a_budget() -> None:
    assert money_of("每年安排20万元额度用于开展技能培训。")["20万元"].role == "other"
    assert money_of("对新认定的企业一次性奖励20万元，用于开展技能培训。")["20万元"].role == "subsidy"


def test_a_yearless_ensured_goal_keeps_role_target_and_no_row() -> None:
    text = "加快路网建设，确保交通投资超过800亿元。"
    assert money_of(text)["超过800亿元"].role == "target"
    assert targets_of(text) == []


# ---------------------------------------------------------------- reports
def test_a_rank_moved_from_one_place_to_another_reports() -> None:
    text = "全市生产总值年均增长6.8%，总量达到1.2万亿元，从全省第9位提升到第6位。"
    assert money_of(text)["1.2万亿元"].role == "other"
    assert ratios_of(text)["6.8%"].role == "other"
    # without the move the same figures read as goals of a year
    goal = "到2030年，全市生产总值年均增长6.8%，总量达到1.2万亿元。"
    assert money_of(goal)["1.2万亿元"].role == "target"


def test_handing_in_a_record_reports() -> None:
    text = "“十四五”期间，全县交出了一份亮眼答卷：农村居民人均可支配收入年均增长 7.5%。"
    assert ratios_of(text)["7.5%"].role == "other"
