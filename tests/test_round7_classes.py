"""Classes of language read in heldout7 (issue 8, round 7), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings,
with the near misses it must leave alone.

* a 力争 goal with no year in view is a goal (its money and shares have role target) but gives no
  target row: the targets table holds goals with their year; a bare year standing earlier in 力争's own
  part (2024年全区…力争完成…) is that goal's year;
* a sentence after the year's own sentence in a goal paragraph that opens with a task verb (加快推进…建设，统筹…，
  打造…) says what is done, not what is reached: no goal without a number, and a number needs a goal verb; so does one
  whose subject is told what it must do (各区要加快…, 有关部门应当…), but not 主要/重要/应急/供应;
* inside a task sentence that a year phrase only interrupts (加快推进…改造，到2026年基本完成…，建立健全…机制), a later
  part that opens with a task verb is a task, not a goal;
* a comma inside a goal's object (基本建成结构优化、技术先进，城乡协调…的现代能源体系) leaves one goal: a part with no
  verb of its own that ends in 的…体系 continues the 、-listed qualities of the goal verb's part before it;
* a bare 万亿 of yuan after a bound (超万亿元, 突破万亿元) is one trillion, and a bare scale of yuan in a goal
  (突破千亿元, 超万亿元) is a quantified goal (1000 亿元, 10000 亿元);
* a deduction from taxable income however it is worded (从应纳税所得额中扣除, 抵扣…应纳税所得额, 在税前摊销) is a tax
  benefit granted at a rate: subsidy_rate, like 加计扣除, and so is a share right after 加计 (摊销额加计75%); 加计 after
  the share (按150%加计考核) weights an assessment;
* the share a level of government pays of a grant, named as the subject of its part (省级财政贴息额度原则上不超过70%,
  县级财政配套比例不低于30%), is how a cost is split: other; a government paying a rate (市财政按…的10%给予补助) is not;
* money roles:
  - the total size of a loan programme (每年贴息贷款总规模最高500亿元) is other, not the basis of one payout;
  - an intensity a project must reach (投资强度300万元/亩, 亩均税收15万元) is a threshold, exact or not;
  - a lower bound closing a "…的" condition right before 给予 (首次超过50亿元的给予…) is a threshold;
  - a bounded amount, 的, then a noun phrase whose things the part counts (培育超百亿元的…龙头企业3家左右) is a threshold,
    and so is a bound before the amount with the qualified noun right after it (超千亿元集群达到5个);
  - an amount spent or pooled by a budget verb right before it (投入300万元举办…, 统筹500亿元的信贷资金) is a budget
    (other), and 的 + a noun of money after an amount (…的信贷资金) names that money's size, not a condition;
  - a floor on the loan a benefit is paid on (单笔贷款额度不低于100万元) is an eligibility condition;
  - an aggregate (生产总值, 增加值, 交易额 …) brought to a level at the end of its part (地区生产总值达到8000亿元以上) in a
    sentence that grants and reports nothing is a goal, with or without a year;
  - in a 力争 sentence, a later part's amount with a bound of its own (规上企业营收超300亿元) is a goal, as in targets;
* a verb of achieving after 已 (已累计建成, 已完成, 已突破) reports what was reached, even after 到20XX年底: no goal;
* a report before the year phrase in the same sentence (目前已建成…，到2025年将建成…) leaves the goal after it a goal;
  one after the year phrase still makes the statement a report;
* a purpose (为实现…奠定基础, 为…提供有力支撑) frames the goal before it and is none itself;
* 到 + a year and a month (到2023年6月底，累计…) names a date to report at, not a goal; with 前 (到2026年6月底前) it is a
  deadline whose goals are the parts after it (no goal named 6月底前);
* 确保/力争 + a year + 底前 is a dated deadline like 2021年底前: 前 is part of the phrase, not of the goal.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of


# ---------------------------------------------------------------- 力争 without a year
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("做优现代商贸业，力争社会消费品零售总额突破800亿元。", "突破800亿元"),
        ("加快招大引强，力争新签约亿元以上项目30个，实际利用外资超过12亿元。", "超过12亿元"),
        ("深化产融合作，力争全市金融业增加值达到260亿元以上。", "260亿元以上"),
    ],
)
def test_li_zheng_without_a_year_is_a_goal_with_no_target_row(text: str, surface: str) -> None:
    assert targets_of(text) == []
    assert money_of(text)[surface].role == "target"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("2024年全区规上工业增加值力争增长9%。", 2024),
        ("2025年，力争新增国家级专精特新“小巨人”企业12家。", 2025),
        ("到2026年，力争建成市级以上创新平台40个。", 2026),
    ],
)
def test_li_zheng_with_its_year_still_gives_a_row(text: str, year: int) -> None:
    (goal,) = targets_of(text)
    assert goal.year == year


def test_a_year_behind_a_comma_before_li_zheng_is_reported_not_aimed_at() -> None:
    # near miss: 2023年完成… is what was done that year; the 力争 part after it has no year of its own
    text = "2023年完成工业投资96亿元，力争今后三年保持两位数增长。"
    assert targets_of(text) == []
    assert money_of(text)["96亿元"].role == "other"


# ---------------------------------------------------------------- a task sentence inside a goal paragraph
def test_a_task_sentence_after_the_goal_sentence_names_no_goal() -> None:
    text = (
        "到2026年，全市数字经济核心产业增加值占比明显提高，智慧城市建设水平显著提升。"
        "加快推进算力基础设施建设，统筹存量和增量数据中心布局，打造安全可靠的城市算力网络。"
        "做好数据要素市场培育工作，促进数据资源高效流通。"
    )
    goals = [t.surface for t in targets_of(text)]
    assert goals == ["全市数字经济核心产业增加值占比明显提高", "智慧城市建设水平显著提升"]


def test_a_later_goal_sentence_with_its_own_subject_is_still_a_goal() -> None:
    # near miss: the second sentence states what is reached, not what is done
    text = "到2027年，全县特色农业产值显著增长。农产品品牌影响力明显增强，加工转化率稳步提高。"
    goals = [t.surface for t in targets_of(text)]
    assert goals == ["全县特色农业产值显著增长", "农产品品牌影响力明显增强", "加工转化率稳步提高"]


def test_a_task_sentence_keeps_a_number_reached_by_a_goal_verb() -> None:
    text = "到2025年，全区科技创新能力明显增强。强化企业创新主体地位，高新技术企业达到150家。"
    rows = [(t.surface, t.value) for t in targets_of(text)]
    assert rows == [("全区科技创新能力明显增强", None), ("高新技术企业达到150家", 150)]


def test_the_year_sentence_itself_may_open_with_a_task_verb() -> None:
    # the year's own sentence is the goal, whatever verb its parts open with
    text = "到2026年，加快形成布局合理的产业体系，培育龙头企业10家。"
    assert [t.value for t in targets_of(text)] == [None, 10]


# ---------------------------------------------------------------- a comma inside a goal's object
def test_a_comma_inside_the_object_of_a_goal_keeps_one_goal() -> None:
    text = "到2027年，基本建成结构优化、技术先进、清洁低碳，城乡协调、多能互补的现代能源体系。"
    (goal,) = targets_of(text)
    assert goal.surface == "基本建成结构优化、技术先进、清洁低碳，城乡协调、多能互补的现代能源体系"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the second part has its own verb: two goals
        ("到2027年，培育一批行业领军企业，构建上下游协同联动的发展格局。", 2),
        ("到2027年，产业结构高级化、布局合理化，加快形成特色鲜明的产业体系。", 2),
        # the first part names its head already (的…): the second is a goal of its own
        ("到2027年，形成布局合理、功能完善的园区，区域协同、开放共享的创新生态。", 2),
    ],
)
def test_a_part_with_its_own_verb_or_a_head_before_it_stays_a_goal_of_its_own(text: str, count: int) -> None:
    assert len(targets_of(text)) == count


# ---------------------------------------------------------------- a bare 万亿 / 千亿 of yuan
@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("设立总规模超万亿元的政府引导基金。", "超万亿元", 1e12),
        ("全省数字经济规模突破万亿元。", "突破万亿元", 1e12),
        ("培育万亿元以上的产业集群。", "万亿元以上", 1e12),
    ],
)
def test_a_bare_wan_yi_of_yuan_is_one_trillion(text: str, surface: str, low: float) -> None:
    found = money_of(text)[surface]
    assert (found.low, found.high, found.kind) == (low, None, "min")


def test_a_bare_scale_of_yuan_is_a_quantified_goal() -> None:
    text = "到2027年，全市地区生产总值突破万亿元，软件业务收入超千亿元。"
    rows = [(t.metric, t.value, t.unit, t.kind, t.value_yuan) for t in targets_of(text)]
    assert rows == [
        ("全市地区生产总值", 10000, "亿元", "min", 1e12),
        ("软件业务收入", 1000, "亿元", "min", 1e11),
    ]


def test_a_bare_wan_yi_without_yuan_or_bound_is_no_amount() -> None:
    # near miss: 万亿 with no 元 names no money, and 千万 before a count is no bare scale of yuan
    assert money_of("迈向万亿级产业集群。") == {}
    assert [t.value for t in targets_of("到2027年，惠及千万家庭。")] == [None]


# ---------------------------------------------------------------- deductions from taxable income
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("企业购置环保设备的，可按设备投资额的10%从企业当年应纳税所得额中扣除。", "10%"),
        ("创业投资企业投资于初创科技型企业的，可以按照投资额的70%抵扣应纳税所得额。", "70%"),
        ("形成无形资产的，按照无形资产成本的200%在税前摊销。", "200%"),
    ],
)
def test_a_deduction_from_taxable_income_is_a_subsidy_rate(text: str, surface: str) -> None:
    assert ratios_of(text)[surface].role == "subsidy_rate"


def test_a_share_right_after_jia_ji_is_a_deduction_rate() -> None:
    assert ratios_of("形成无形资产的，按摊销额加计75%实现加计扣除。")["75%"].role == "subsidy_rate"


def test_jia_ji_alone_weights_an_assessment() -> None:
    # near miss: 加计 without 扣除 or tax
    assert ratios_of("对获评优秀的项目，在年度考核中按150%加计考核分值。")["150%"].role == "other"


# ---------------------------------------------------------------- a level of government's share
@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("省级财政贴息额度原则上不超过70%，县级财政配套比例不低于30%。", ["不超过70%", "不低于30%"]),
        ("中央财政补助部分一般为60%，地方财政承担比例为40%。", ["60%", "40%"]),
    ],
)
def test_the_share_a_level_of_government_pays_is_a_cost_split(text: str, surfaces: list[str]) -> None:
    ratios = ratios_of(text)
    assert [ratios[s].role for s in surfaces] == ["other"] * len(surfaces)


@pytest.mark.parametrize(
    "text",
    [
        "市财政按项目实际投资额的10%给予补助。",
        "区财政按其地方财政贡献额新增部分的50%给予奖励。",
    ],
)
def test_a_government_paying_a_rate_still_grants_it(text: str) -> None:
    (ratio,) = ratios_of(text).values()
    assert ratio.role == "subsidy_rate"


# ---------------------------------------------------------------- money roles
def test_the_total_size_of_a_loan_programme_is_no_basis() -> None:
    text = "每年贴息贷款总规模最高500亿元，单个企业年度贴息金额最高1000万元。"
    money = money_of(text)
    assert (money["最高500亿元"].role, money["最高1000万元"].role) == ("other", "subsidy")


def test_the_loan_of_one_payout_is_still_its_basis() -> None:
    # near miss: no 规模 word, the loan one interest subsidy is paid on
    assert money_of("单户贴息贷款额度上限3000万元。")["上限3000万元"].role == "basis"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("新建工业项目投资强度不低于300万元/亩。", "不低于300万元"),
        ("原则上按亩均税收15万元供地。", "15万元"),
        ("按照投资强度250万元/亩和税收贡献8万元/亩进行考核。", "8万元"),
    ],
)
def test_an_intensity_a_project_must_reach_is_a_threshold(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "threshold"


def test_a_lower_bound_closing_a_condition_before_the_grant_is_a_threshold() -> None:
    text = "对年产值首次超过20亿元的工业企业给予最高50万元奖励，首次超过50亿元的给予最高200万元奖励。"
    money = money_of(text)
    assert [money[s].role for s in ("超过20亿元", "最高50万元", "超过50亿元", "最高200万元")] == [
        "threshold",
        "subsidy",
        "threshold",
        "subsidy",
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("培育超百亿元的具有国际竞争力的装备制造龙头企业3家左右。", "超百亿元"),
        ("到2027年，超千亿元集群达到5个。", "超千亿元"),
    ],
)
def test_an_amount_naming_which_things_are_counted_is_a_threshold(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("县里投入300万元举办系列促销活动，对符合条件的消费者给予补贴。", "300万元"),
        ("省里统筹500亿元左右的信贷资金，专项支持制造业技术改造项目。", "500亿元左右"),
    ],
)
def test_an_amount_spent_or_pooled_is_a_budget(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "other"


def test_a_budget_word_does_not_hide_a_grant() -> None:
    # near miss: 安排…经费支持 grants to the platform; it is no budget verb
    assert money_of("每年安排最高50万元经费支持孵化平台建设。")["最高50万元"].role == "subsidy"


def test_a_floor_on_a_loan_is_an_eligibility_condition() -> None:
    text = "贴息对象为新发放的技术改造贷款，单笔贷款额度不低于100万元。"
    assert money_of(text)["不低于100万元"].role == "threshold"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全市地区生产总值达到8000亿元以上，城乡居民收入稳步增长。", "8000亿元以上"),
        ("人均地区生产总值达到12万元左右。", "12万元左右"),
    ],
)
def test_money_brought_to_a_level_is_a_goal(text: str, surface: str) -> None:
    assert money_of(text)[surface].role == "target"


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        # reported (同比) or granted (奖励) are no goals
        ("全市地区生产总值达到8000亿元，同比增长5%。", "8000亿元", "other"),
        ("企业年营业收入达到5亿元以上，给予一次性奖励。", "5亿元以上", "threshold"),
        # a measure that is no aggregate of a plan (a condition may name it)
        ("申报企业净资产达到500万元。", "500万元", "other"),
    ],
)
def test_money_at_a_level_that_is_reported_or_a_condition_is_no_goal(
    text: str, surface: str, role: str
) -> None:
    assert money_of(text)[surface].role == role


def test_a_bounded_amount_in_a_later_part_of_a_li_zheng_sentence_is_a_goal() -> None:
    text = "壮大现代物流业，力争引进区域总部项目3个以上，规上物流企业营收超300亿元。"
    assert money_of(text)["超300亿元"].role == "target"


# ---------------------------------------------------------------- 已 + a verb of achieving reports
@pytest.mark.parametrize(
    "text",
    [
        "到2024年底，全县已累计建成充电桩1200个。",
        "到2023年末，全市已完成老旧小区改造150个。",
        "到2024年，全省数字经济规模已突破2万亿元。",
    ],
)
def test_what_was_already_reached_is_no_goal(text: str) -> None:
    assert targets_of(text) == []


def test_a_goal_without_yi_stays_a_goal() -> None:
    # near miss: the same sentence aimed at, not reported
    (goal,) = targets_of("到2026年，全县累计建成充电桩1200个。")
    assert (goal.year, goal.value) == (2026, 1200)


# ---------------------------------------------------------------- a report before the year phrase
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("目前全县已建成充电站200座，到2026年将建成800座。", 800),
        ("截至2024年底，全市高新技术企业达到900家，到2027年力争突破2000家。", 2000),
    ],
)
def test_a_report_before_the_year_phrase_leaves_the_goal_after_it(text: str, value: float) -> None:
    (goal,) = targets_of(text)
    assert goal.value == value


def test_a_report_after_the_year_phrase_is_still_a_report() -> None:
    # near miss: the marker stands inside the statement the year opens
    assert targets_of("到2024年，全市高新技术企业已突破900家，同比增长12%。") == []


# ---------------------------------------------------------------- a purpose frames a goal
@pytest.mark.parametrize(
    "text",
    [
        "到2026年，建成省级工业互联网平台，为全省制造业数字化转型奠定坚实基础。",
        "到2027年，基本建成区域科技创新中心，为全市高质量发展提供有力支撑。",
    ],
)
def test_a_purpose_after_a_goal_is_no_goal(text: str) -> None:
    (goal,) = targets_of(text)
    assert goal.surface.startswith(("建成", "基本建成"))


def test_a_deadline_after_an_opener_keeps_its_qian() -> None:
    (goal,) = targets_of("确保2026年底前完成全部老旧管网改造，为城市安全运行提供保障。")
    assert (goal.year, goal.surface) == (2026, "完成全部老旧管网改造")


# ---------------------------------------------------------------- a task sentence interrupted by a year
def test_a_task_part_after_the_goal_of_an_interrupting_year_is_no_goal() -> None:
    text = (
        "加快推进城镇老旧小区改造，到2026年基本完成2000年前建成的老旧小区改造任务，建立健全小区长效管理机制。"
    )
    assert [t.surface for t in targets_of(text)] == ["基本完成2000年前建成的老旧小区改造任务"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the year opens the sentence: every part is its goal
        ("到2026年，基本完成老旧小区改造任务，建立健全小区长效管理机制。", 2),
        # a later part with a subject of its own is a goal
        ("加快推进老旧小区改造，到2026年基本完成改造任务，居民满意度明显提升。", 2),
    ],
)
def test_goals_of_a_year_phrase_that_opens_or_is_followed_by_a_state_stay(text: str, count: int) -> None:
    assert len(targets_of(text)) == count


# ---------------------------------------------------------------- 到 + a year and a month
def test_a_date_with_its_month_reports_a_status() -> None:
    assert targets_of("到2023年6月底，全县累计发放稳岗补贴800万元，惠及企业1200余户。") == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("到2026年6月底前，完成全部燃气管网改造任务。", ["完成全部燃气管网改造任务"]),
        ("力争到2026年9月底前建成5个示范园区。", ["建成5个示范园区"]),
    ],
)
def test_a_deadline_with_its_month_opens_the_goal_after_it(text: str, surfaces: list[str]) -> None:
    assert [t.surface for t in targets_of(text)] == surfaces


# ---------------------------------------------------------------- a later sentence told what it must do
def test_a_later_sentence_with_a_modal_is_a_task() -> None:
    text = "到2026年，全市绿色工厂覆盖面明显扩大。各县区要加快推进节能改造，有关部门应当加强监督检查。"
    assert [t.surface for t in targets_of(text)] == ["全市绿色工厂覆盖面明显扩大"]


def test_words_that_only_hold_a_modal_character_are_no_modal() -> None:
    text = "到2026年，产业结构明显优化。主要产业竞争力显著增强，应急保障能力明显提升，供应链韧性不断增强。"
    assert len(targets_of(text)) == 4
