"""Classes of language read in heldout10 (issue 8, round 10), each on sentences written for this file.

None of these sentences is copied from a fixture: each class is tested on several wordings, with the near misses
it must leave alone.

* a year written in Chinese digits (二〇二六年, 二0二六年 with ASCII zeros, 一九九九年) is a year like 2026年, for every
  year rule, in simplified and traditional characters (主要預期目標是);
* a share written in words (增长百分之八点五) is a goal's quantity in %, like 8.5%;
* 多/余 right after a number (三百二十多亿元, 40余万元) means more than it: kind min;
* a bare year right before a verb of reaching inside its goal's part (营业收入2027年达到…, a line 2030年突破… under a
  heading) is that goal's time; in a sentence that reports the past (五年来…其中2023年突破…) it is a report's year.
"""

from __future__ import annotations

import pytest
from extraction_helpers import money_of, ratios_of, targets_of

from parsers.context import TextIndex


# ---------------------------------------------------------------- years in Chinese digits
@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("二〇二六年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，新增城镇就业5000人。", 2026),
        ("二0二六年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，新增城镇就业5000人。", 2026),
        ("到二〇三〇年，全县地区生产总值增长6%左右，新增城镇就业5000人。", 2030),
        ("二○二六年全縣經濟社會發展的主要預期目標是：地區生產總值增長6%左右，新增城鎮就業5000人。", 2026),
    ],
)
def test_a_year_in_chinese_digits_is_a_goals_year(text: str, year: int) -> None:
    goals = targets_of(text)
    assert [(g.year, g.value, g.unit) for g in goals] == [(year, 6, "%"), (year, 5000, "人")]


def test_a_year_in_chinese_digits_keeps_every_offset() -> None:
    text = "一九九九年底前，二〇二六年全年"
    ix = TextIndex(text)
    assert len(ix.norm) == len(text)
    assert ix.norm == "1999年底前，2026年全年"
    assert ix.written(0, 4) == "一九九九"


@pytest.mark.parametrize(
    "text",
    [
        "全市共有一二〇年历史的老字号企业。",  # no year: the digits do not start with 19 or 20
        "项目二十年来累计投入资金。",  # 二十 is no year
        "第三二〇〇五年度",  # a numeral before the digits: not a year of its own
    ],
)
def test_numerals_that_are_no_year_stay_as_written(text: str) -> None:
    assert TextIndex(text).norm == text


def test_a_report_of_a_year_in_chinese_digits_is_no_goal() -> None:
    assert targets_of("二〇二五年，全县地区生产总值增长5.1%，完成年度任务。") == []


# ---------------------------------------------------------------- shares written in words
def test_a_share_in_words_is_a_goals_quantity_in_percent() -> None:
    text = "到2027年，全县工业增加值增长百分之八点五，城镇调查失业率控制在百分之五以内。"
    goals = targets_of(text)
    assert [(g.value, g.unit, g.kind, g.value_fraction) for g in goals] == [
        (8.5, "%", "exact", 0.085),
        (5, "%", "max", 0.05),
    ]
    assert goals[0].metric == "全县工业增加值"
    assert ratios_of(text)["百分之五以内"].kind == "max"


def test_a_fraction_in_words_other_than_hundredths_is_not_read_as_percent() -> None:
    goals = targets_of("到2027年，全县新能源汽车销量达到三分之一。")
    assert all(g.unit != "%" or g.value != 1 for g in goals)


# ---------------------------------------------------------------- 多 / 余 after a number
@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("全年实现社会消费品零售总额三百二十多亿元。", "三百二十多亿元", 3.2e10),
        ("项目累计完成投资40余万元。", "40余万元", 4e5),
        ("全年完成出口额12多亿元。", "12多亿元", 1.2e9),
    ],
)
def test_more_after_a_number_is_at_least_it(text: str, surface: str, low: float) -> None:
    m = money_of(text)[surface]
    assert (m.kind, m.low, m.high) == ("min", low, None)


def test_a_goal_of_more_than_an_amount_is_a_min_target() -> None:
    goals = targets_of("到2028年，全县社会消费品零售总额达到三百二十多亿元。")
    assert [(g.value, g.unit, g.kind) for g in goals] == [(320, "亿元", "min")]


def test_an_amount_without_more_stays_exact() -> None:
    m = money_of("全年完成出口额12亿元，多个项目落地。")["12亿元"]
    assert m.kind == "exact"


# ---------------------------------------------------------------- a year inside its goal's part
def test_a_year_before_the_verb_of_its_goal_is_the_goals_year() -> None:
    text = "全县营业收入2027年达到180亿元左右，2030年突破260亿元，年均增长12%左右。"
    goals = targets_of(text)
    assert [(g.year, g.metric, g.value, g.kind) for g in goals] == [
        (2027, "全县营业收入", 180, "exact"),
        (2030, None, 260, "min"),
        (2030, "年均", 12, "exact"),
    ]
    assert goals[0].surface == "全县营业收入2027年达到180亿元左右"
    money = money_of(text)
    assert money["180亿元左右"].role == "target"
    assert money["突破260亿元"].role == "target"


def test_a_goal_list_under_a_heading_gives_each_line_its_year() -> None:
    goals = targets_of("发展目标\n文旅产业增加值2027年达到90亿元左右\n2030年达到150亿元左右\n")
    assert [(g.year, g.value) for g in goals] == [(2027, 90), (2030, 150)]


@pytest.mark.parametrize(
    "text",
    [
        "三年来，全县营业收入稳步增长，其中2024年突破180亿元，增速居全市第2位。",  # a report of the past
        "自实施以来，全县2024年达到180亿元，较上年增长8%。",
        "全县营业收入2024年达到了180亿元。",  # a verb of the past
        "全县营业收入由2020年达到的120亿元增至180亿元。",  # a change from a named year
    ],
)
def test_a_year_inside_a_report_is_no_goals_year(text: str) -> None:
    assert targets_of(text) == []


def test_a_line_opening_with_a_year_and_its_verb_needs_a_goal_list_before_it() -> None:
    assert targets_of("产业概况\n2030年达到150亿元左右\n") == []
    assert targets_of("全县营业收入2027年达到180亿元左右，2030年达到260亿元。")[1].year == 2030


# ---------------------------------------------------------------- a heading that names the goals of a year
def test_a_heading_naming_the_years_goals_governs_the_lines_under_it() -> None:
    text = (
        "到2028年主要目标\n"
        "分类目标\n"
        "乡村产业取得新突破\n"
        "人居环境达到新水平\n"
        "治理能力实现新提升\n"
        "产业发展\n"
        "全县将持续推进农业现代化，加快城乡融合。\n"
    )
    goals = targets_of(text)
    assert [(g.year, g.surface) for g in goals] == [
        (2028, "乡村产业取得新突破"),
        (2028, "人居环境达到新水平"),
        (2028, "治理能力实现新提升"),
    ]


def test_a_heading_of_tasks_or_a_goal_in_a_sentence_is_no_goal_heading() -> None:
    assert targets_of("到2028年重点任务\n乡村产业取得新突破\n") == []  # tasks, not goals
    # the lines after a sentence are not under its year (the sentence is no heading)
    goals = targets_of("到2028年，全县粮食产量稳定在30万吨以上。\n乡村产业取得新突破\n")
    assert [g.surface for g in goals] == ["全县粮食产量稳定在30万吨以上"]


# ---------------------------------------------------------------- 2035 vision goals introduced by 即
def test_the_goals_after_ji_are_the_years_named_before() -> None:
    text = (
        "规划对全市2035年远景目标作出安排，概括为“两个基本、一个全面”，即基本实现新型工业化，"
        "人均收入迈上新台阶，全面建成区域消费中心、全面建成西部陆海枢纽。"
    )
    goals = targets_of(text)
    assert [(g.year, g.surface) for g in goals] == [
        (2035, "基本实现新型工业化"),
        (2035, "人均收入迈上新台阶"),
        (2035, "全面建成区域消费中心"),
        (2035, "全面建成西部陆海枢纽"),
    ]


def test_a_year_in_a_plans_title_opens_no_goals() -> None:
    text = "会上介绍了《全市第十五个五年规划和二〇三五年远景目标纲要》相关内容，并回答了记者提问。"
    assert targets_of(text) == []


def test_a_frame_naming_what_the_plan_addresses_is_no_goal() -> None:
    goals = targets_of(
        "到2030年，全市常住人口城镇化率达到72%；同时，针对发展中的短板弱项，补齐公共服务短板。"
    )
    assert [g.surface for g in goals][:1] == ["全市常住人口城镇化率达到72%"]
    assert all(not g.surface.startswith("针对") for g in goals)


# ---------------------------------------------------------------- money: levels, bands, steps, budgets
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("全市数字经济规模突破5000亿元大关。", "突破5000亿元"),  # a level named after the amount
        ("全县营业收入突破80亿元达到95亿元。", "突破80亿元"),  # a verb after the amount
        ("全市进出口总额突破2000亿元台阶。", "突破2000亿元"),
    ],
)
def test_past_a_level_is_at_least_it_whatever_follows(text: str, surface: str) -> None:
    m = money_of(text)[surface]
    assert (m.kind, m.high) == ("min", None)


def test_a_breakthrough_in_things_is_still_no_bound() -> None:
    goals = targets_of("到2027年，突破百项关键核心技术。")
    assert [(g.value, g.unit, g.kind) for g in goals] == [(100, "项", "exact")]


def test_bands_steps_budgets_and_shared_bounds_keep_their_roles() -> None:
    band = money_of("年营业收入超过3亿元(含)、未达到6亿元的企业，给予一次性奖励30万元。")
    assert [(m.kind, m.role) for m in band.values()] == [("range", "threshold"), ("exact", "subsidy")]
    step = money_of("在此基础上，营业收入每增加10亿元，再奖励20万元。")
    assert step["10亿元"].role == "basis"
    assert money_of("省财政安排2000万元专项资金，对认定的企业给予奖励。")["2000万元"].role == "other"
    shared = money_of("对营业收入首次突破10亿元、30亿元、50亿元的企业，分别给予50万元、80万元、100万元奖励。")
    assert [m.kind for m in shared.values()] == ["min"] * 3 + ["exact"] * 3


# ---------------------------------------------------------------- roles: a share brought to a level; a report
@pytest.mark.parametrize("verb", ["下降至", "降低到", "减少至", "增长至"])
def test_a_share_brought_to_a_level_is_a_goal(verb: str) -> None:
    ratio = ratios_of(f"全市规模以上工业单位增加值能耗占比{verb}12%以内。")["12%以内"]
    assert ratio.role == "target"


def test_a_sentence_saying_what_was_achieved_reports() -> None:
    text = "全年实现一般公共预算收入260亿元、增长6.1%，城镇调查失业率控制在5%以内，实现了良好开局。"
    assert money_of(text)["260亿元"].role == "other"
    assert ratios_of(text)["5%以内"].role == "other"


def test_a_quoted_slogan_of_amounts_gives_no_target() -> None:
    goals = targets_of("力争到2027年，形成“2个千亿元、5个百亿元”产业集群。")
    assert all(g.value is None for g in goals)


# ---------------------------------------------------------------- 今年 in a dated text
def _goals_dated(text: str, year: int | None) -> list:
    from extraction_helpers import one_clause

    from parsers.targets import extract_targets

    return extract_targets(text, one_clause(text), TextIndex(text, current_year=year))


def test_this_years_goals_take_the_year_the_text_is_dated() -> None:
    text = "今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。"
    assert [(g.year, g.value) for g in _goals_dated(text, 2026)] == [(2026, 6), (2026, 5.5)]
    assert _goals_dated(text, None) == []  # no date, no year: no row (the amounts keep role target)
    assert ratios_of(text)["6%左右"].role == "target"


@pytest.mark.parametrize(
    "text",
    [
        "去年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右。",  # last year's goals
        "今年以来，全县地区生产总值增长6%，完成年度目标任务。",  # a report of this year so far
    ],
)
def test_other_relative_years_and_reports_open_nothing(text: str) -> None:
    assert _goals_dated(text, 2026) == []


def test_a_dated_page_gives_its_year_to_this_years_goals() -> None:
    from parsers.pipeline import parse_bytes

    page = (
        "<html><head><title>县政府工作报告</title></head><body>"
        "<h1>县政府工作报告</h1><p>发布时间：2026-01-20 09:30</p>"
        "<p>今年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业3000人。</p>"
        "</body></html>"
    )
    document = parse_bytes(page.encode(), "report.html")
    if document.published is None:
        pytest.fail("the page's PubDate was not read: the test needs a dated page")
    assert [(t.year, t.value) for t in document.targets] == [(2026, 6), (2026, 3000)]


# ---------------------------------------------------------------- a number the rules do not read
@pytest.mark.parametrize(
    "text",
    [
        "到2027年，全县电子信息产业营收突破千亿。",  # a bare scale with no unit
    ],
)
def test_a_goal_with_a_number_not_read_is_no_goal_without_a_number(text: str) -> None:
    assert targets_of(text) == []


def test_a_class_of_things_named_by_a_scale_is_still_a_goal() -> None:
    goals = targets_of("到2027年，全县培育壮大一批百亿级特色产业集群。")
    assert [g.surface for g in goals] == ["全县培育壮大一批百亿级特色产业集群"]
