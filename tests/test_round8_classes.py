"""Classes of language read in heldout8 (issue 8, round 8), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings,
with the near misses it must leave alone.

* a limit adverb on a goal's verb (全市至少新建3个…、8个…) bounds the verb's first quantity and every quantity of the
  list the verb takes; a limit on a later verb of its own (…，培育5家…) does not reach back;
* a slash fraction is a goal's quantity (比重达到1/3以上: 33.3 %, min), as 五分之一 or 30% are; a date or an improper
  fraction (2024/12/26, 3/2) is not;
* 恢复到/恢复至 brings a metric back to a level: a goal verb, left out of the metric;
* a verb of intent before the year phrase (希望到2026年…, 努力到2030年…) opens the goal statement, as 计划/提出 do;
* a goal named as a noun in the year's own part (提出到2026年…达到…的目标，) closes the statement: the parts after it
  (聚力构建…，包括A、B等4个…) say how it is pursued or what a plan holds, not more goals of that year;
* a number of people in 万 with no measure word (完成30万农村劳动力转移, 带动10万农民增收) is a count (unit none);
  a scaled number with no unit the rules read (达到3万亿台阶) still makes the part no goal without a number;
* roles: a bounded share brought to a level in a sentence that reports (近年来…降至…的不足1/4) is other, neither a
  goal nor a condition; 人均可支配收入 brought to a level is an aggregate goal, like 生产总值;
* a change from a named year to a level with no year of its own (企业由2019年800家增长到2600家) reports: the sentence's
  yearly changes are other; under a goal year (到2027年，…由2022年的…增长到…) it is a goal;
* an aside of a text that reports a plan names no goal without a number: an attribution (据介绍，记者从…获悉), the
  plan as the subject (该方案由…制定), an effect said of what came before (这将有效缓解…, 此举将…), a speaker
  (相关负责人表示，), what refers back or on (上述目标的实现, 下一步将…); 上述 before a noun of the goal itself stays one;
* 已 + an adverb of completion (已全部建成, 已提前实现, 已如期完成) reports what was reached, like 已建成;
* a year's end followed at once by a verb of achieving (2025年底实现…达到100%) is the deadline of its goal, like
  2025年底前; with 了 after the verb it reports;
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of


# ---------------------------------------------------------------- a limit adverb on the goal's verb
@pytest.mark.parametrize(
    ("text", "kind", "values"),
    [
        ("到2027年，全市至少新建3个区域医疗中心、8个县域医共体、20个社区服务站。", "min", [3, 8, 20]),
        ("到2026年，全省最少培育5家链主企业和12家配套企业。", "min", [5, 12]),
        ("到2028年，各县最多保留2个省级园区、4个市级园区。", "max", [2, 4]),
    ],
)
def test_a_limit_on_the_goal_verb_bounds_each_item_of_its_list(
    text: str, kind: str, values: list[int]
) -> None:
    goals = targets_of(text)
    assert [g.value for g in goals] == values
    assert [g.kind for g in goals] == [kind] * len(values)


def test_a_limit_on_one_verb_does_not_reach_a_later_verb() -> None:
    goals = targets_of("到2027年，至少建成300个充电站，培育6家整车企业。")
    assert [(g.value, g.kind) for g in goals] == [(300, "min"), (6, "exact")]


def test_a_list_with_no_limit_stays_exact() -> None:
    goals = targets_of("到2027年，新建3个区域医疗中心、8个县域医共体。")
    assert [g.kind for g in goals] == ["exact", "exact"]


# ---------------------------------------------------------------- a slash fraction as a goal's quantity
@pytest.mark.parametrize(
    ("text", "fraction", "kind"),
    [
        ("到2030年，制造业增加值占地区生产总值比重达到1/3以上。", 1 / 3, "min"),
        ("到2027年，民营经济贡献的税收占比提高到2/3。", 2 / 3, "exact"),
        ("到2026年，其中高新技术产业产值占规上工业的比重超过1／4。", 1 / 4, "min"),
    ],
)
def test_a_slash_fraction_is_the_goal_share_in_percent(text: str, fraction: float, kind: str) -> None:
    (goal,) = targets_of(text)
    assert goal.unit == "%"
    assert goal.value == pytest.approx(fraction * 100)
    assert goal.value_fraction == pytest.approx(fraction)
    assert goal.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "到2026年，完成2024/12/26发布的各项任务。",
        "到2027年，实现24/7全天候在线服务。",
        "到2026年，产能利用率提升到3/2倍的水平。",
    ],
)
def test_a_date_or_an_improper_fraction_is_no_share(text: str) -> None:
    assert all(g.unit != "%" for g in targets_of(text))


# ---------------------------------------------------------------- 恢复到
@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("到2026年，工业占地区生产总值比重恢复到30%。", "工业占地区生产总值比重", 30),
        ("到2025年，全市客运量恢复至8000万人次。", "全市客运量", 80000000),
    ],
)
def test_restored_to_is_a_goal_verb(text: str, metric: str, value: float) -> None:
    (goal,) = targets_of(text)
    assert goal.metric == metric
    assert goal.value == value


# ---------------------------------------------------------------- a verb of intent before the year
@pytest.mark.parametrize(
    "text",
    [
        "市政府希望到2027年，全市规上工业企业达到1500家。",
        "全省上下努力到2030年，全省规上工业企业达到1500家。",
        "我们力求到2027年，全市规上工业企业达到1500家。",
    ],
)
def test_a_verb_of_intent_opens_the_goal_statement(text: str) -> None:
    (goal,) = targets_of(text)
    assert goal.value == 1500
    assert goal.year in (2027, 2030)


def test_a_year_in_a_plain_clause_opens_nothing() -> None:
    # near miss: 到2027年 after a noun is the end of a period, not a goal statement
    assert targets_of("相关补贴政策执行到2027年，全市规上工业企业达到1500家。") == []


# ---------------------------------------------------------------- 的目标 closes the statement
@pytest.mark.parametrize(
    "text",
    [
        "该省提出到2027年服务业增加值比重提高到55%的目标，着力打造“1+3+N”产业体系，包括装备制造、食品加工等6个重点产业。",
        "会议明确到2026年全市研发投入强度达到3%的目标任务，聚力建设“三区两带”，涵盖12个园区和3个基地。",
    ],
)
def test_a_goal_named_as_a_noun_closes_its_statement(text: str) -> None:
    (goal,) = targets_of(text)
    assert goal.unit == "%"


def test_a_goal_list_after_the_year_comma_still_continues() -> None:
    # near miss: the year's own part is only the year; 的目标 in a later part does not cut the list before it
    goals = targets_of("到2027年，全市新建5G基站8000个，培育上云企业600家，实现产值翻番的目标。")
    # 产值翻番: a doubling goal is a target of 2 倍 (round 21 convention, fixtures/heldout/SOURCES.md)
    assert [g.value for g in goals if g.value is not None] == [8000, 600, 2]


# ---------------------------------------------------------------- 万 people without a measure word
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("到2027年，完成30万农村劳动力转移就业。", 300000),
        ("到2026年，带动12万农民增收。", 120000),
        ("到2028年，累计培训1.5万职工。", 15000),
    ],
)
def test_people_counted_in_wan_without_a_measure_word(text: str, value: int) -> None:
    (goal,) = targets_of(text)
    assert goal.value == value
    # people counted, as 30万人 (extract52: the gold's unit on every set that has one)
    assert goal.unit == "人"
    assert goal.kind == "exact"


def test_wan_before_a_noun_that_is_not_people_is_no_count() -> None:
    # near miss: 5万吨 keeps its measure word; 3万亿台阶 has no unit read: neither an invented count nor a goal without one
    assert [g.unit for g in targets_of("到2027年，新增产能5万吨。")] == ["吨"]
    assert targets_of("到2030年，全省经济总量迈上3万亿台阶。") == []


# ---------------------------------------------------------------- a year's end before a verb of achieving
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("到2027年，全面建成现代化电网。推进配网改造，2025年底实现全县行政村5G覆盖率达到100%。", 2025),
        ("到2030年，基本实现现代化。加快管网建设，2026年末完成城区雨污分流改造80公里。", 2026),
    ],
)
def test_a_year_end_before_a_verb_of_achieving_is_its_goal_year(text: str, year: int) -> None:
    quantified = [g for g in targets_of(text) if g.value is not None]
    assert [g.year for g in quantified] == [year]


def test_a_year_end_achieved_with_le_is_a_report() -> None:
    text = "2022年底实现了全县行政村5G覆盖率达到100%。"
    assert targets_of(text) == []


# ---------------------------------------------------------------- roles
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("这座城市曾以纺织闻名，但近年来纺织业占比逐步降到全市工业的不足1/5。", "不足1/5"),
        ("过去五年，全县农业比重下降至地区生产总值的不到8%。", "不到8%"),
    ],
)
def test_a_bounded_level_in_a_report_is_other(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "other"


def test_a_bounded_level_that_names_a_condition_stays_a_threshold() -> None:
    # near miss: …的企业 after the share makes it the condition the payout is given on
    assert ratios_of("近年来，对能耗占比降至20%以下的企业给予奖励。")["20%以下"].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("城乡居民人均可支配收入达到6万元", "6万元"),
        ("全体居民人均收入达到4万元以上。", "4万元以上"),
    ],
)
def test_income_per_head_brought_to_a_level_is_a_goal(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "target"


def test_income_per_head_reported_is_other() -> None:
    assert money_of("城镇居民人均可支配收入达到5万元，同比增长6%。")["5万元"].role == "other"


# ---------------------------------------------------------------- a change from a named year reports
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全市工业投资年均增长7%，规上工业企业由2019年800家增长到2600家。", "7%"),
        ("专利授权量由2018年的3000件提高到1.2万件，年均增长12.5%。", "12.5%"),
    ],
)
def test_a_change_from_a_named_year_reports(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "other"
    assert targets_of(text) == []


def test_a_change_from_a_named_year_under_a_goal_year_is_a_goal() -> None:
    (goal,) = targets_of("到2027年，全市规上工业企业由2022年的1800家增加到2500家。")
    assert (goal.year, goal.value) == (2027, 2500)


def test_a_change_to_a_named_year_is_a_goal() -> None:
    text = "科技型企业由2020年的900家增长到2026年的2000家，研发投入年均增长10%。"
    assert ratios_of(text)["10%"].role == "target"


# ---------------------------------------------------------------- asides of a report
@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("到2026年，全市建成公共充电桩3万个，据了解，这将有效缓解群众充电难。", "据了解"),
        (
            "到2027年，全省新增高标准农田500万亩，该方案由省农业农村厅牵头制定。",
            "该方案由省农业农村厅牵头制定",
        ),
        ("到2028年，城市燃气管网改造全面完成，此举将大幅降低安全风险。", "此举将大幅降低安全风险"),
    ],
)
def test_an_aside_of_a_report_is_no_goal(text: str, aside: str) -> None:
    metrics = [g.metric or "" for g in targets_of(text)]
    assert len(metrics) == 1
    assert all(aside not in m for m in metrics)


def test_a_goal_after_an_aside_is_still_a_goal() -> None:
    # near miss: the aside opens its own part; the goal parts around it keep their goals
    goals = targets_of("据介绍，到2027年，全市基本建成智慧交通体系，公交分担率达到60%。")
    assert [g.value for g in goals] == [None, 60]


# ---------------------------------------------------------------- 已 + an adverb of completion
@pytest.mark.parametrize(
    "text",
    [
        "原定到2025年建设的80个口袋公园已全部建成开放。",
        "到2024年底，全县已提前实现农村自来水普及率达到95%。",
        "规划确定到2023年改造的老旧小区1200个已如期完成改造。",
    ],
)
def test_yi_with_an_adverb_of_completion_reports(text: str) -> None:
    assert targets_of(text) == []


def test_an_adverb_of_completion_without_yi_in_a_goal_is_a_goal() -> None:
    # near miss: 确保…如期完成 aims at the deadline
    (goal,) = targets_of("到2026年，确保如期完成1200个老旧小区改造。")
    assert goal.value == 1200


@pytest.mark.parametrize(
    "text",
    [
        "到2026年，全市智能工厂达到50家，市工信局有关负责人介绍，下一步将出台配套细则。",
        "到2027年，全省新能源装机达到6000万千瓦，专家认为，上述目标的实现仍面临挑战。",
    ],
)
def test_a_speaker_and_what_refers_on_are_no_goals(text: str) -> None:
    goals = targets_of(text)
    assert len(goals) == 1
    assert goals[0].value is not None


def test_shangshu_before_the_goal_noun_is_a_goal() -> None:
    # near miss: 上述区域 names what the goal is about
    goals = targets_of("到2027年，重点流域水质明显改善，上述区域黑臭水体基本消除。")
    assert len(goals) == 2
