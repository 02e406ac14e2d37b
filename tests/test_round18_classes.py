"""Classes of language read in heldout20 and heldout21 (issue 8, round 18), each on texts written for this file.

None of these texts is copied from a fixture: each class is tested on several wordings, with the near misses it
must leave alone.

* a goal list under an UNLABELLED heading line that names a coming year and a topic with no number of its own
  (2027年主要目标, 2027年发展目标, 2027年经济社会发展主要预期目标): the list is what makes it one (several short lines,
  each a metric and its value); the heading's numbering is not needed. Near misses: a review line (2026年工作回顾),
  a date line (2027年三月五日), a line that is itself a goal (2027年地区生产总值增长6%), a year before the text's date,
  lines that open with their number (1总则, a page's date), and the next dated heading, which ends the list.
"""

from __future__ import annotations

import pytest
from extraction_helpers import targets_of


def _years_values(text: str) -> list[tuple]:
    return [(t.year, t.value if t.value is not None else (t.low, t.high), t.kind) for t in targets_of(text)]


def _digest(heading: str, *, review: str = "2026年工作回顾") -> str:
    return (
        "区政府工作报告精简版\n\n2027-01-15 发布\n\n"
        f"{review}\n\n地区生产总值增长5.2%\n\n一般公共预算收入增长3.1%\n\n"
        f"{heading}\n\n地区生产总值增长6%左右\n\n规上工业增加值增长7%\n\n城镇新增就业2.5万人以上\n\n"
        "居民消费价格涨幅3%左右\n\n"
        "2027年重点工作\n\n完成投资300亿元\n\n坚持项目为王，推动产业转型升级。\n\n"
    )


@pytest.mark.parametrize(
    "heading", ["2027年主要目标", "2027年发展目标", "2027年经济社会发展主要预期目标", "2027 年主要预期指标"]
)
def test_a_list_under_an_unlabelled_dated_heading_takes_its_year(heading):
    assert _years_values(_digest(heading)) == [
        (2027, 6.0, "exact"),
        (2027, 7.0, "exact"),
        (2027, 25000.0, "min"),
        (2027, 3.0, "exact"),
    ]


def test_the_next_dated_heading_ends_the_list():
    years_values = _years_values(_digest("2027年主要目标"))
    # one metric line under the next heading: no list of its own, and not the first list's
    assert all(value != 300.0 for _, value, _ in years_values)


@pytest.mark.parametrize(
    "heading",
    [
        "2026年主要成就",  # a review: before the text's date, and named so
        "2027年三月五日",  # a date line
        "2027年1月5日",
    ],
)
def test_near_misses_of_the_unlabelled_heading(heading):
    assert _years_values(_digest(heading)) == []


def test_an_unlabelled_year_line_that_holds_a_value_is_no_heading():
    text = (
        "县政府工作报告摘要\n\n2027-01-10\n\n2027年地区生产总值增长6%\n\n社会消费品零售总额5%\n\n投资8%\n\n"
    )
    # the dated line holds a value: no heading, so the bare lines under it take no year from it
    assert all(value not in (5.0, 8.0) for _, value, _ in _years_values(text))


def test_lines_that_open_with_their_number_are_no_metric_lines():
    text = (
        "某镇2027年应急预案\n\n2027年应急预案全文\n\n发布时间 2027-03-01 10:20\n\n"
        "1总则\n1.1编制目的\n1.2编制依据\n"
    )
    assert _years_values(text) == []


# --- a year's goals named with 目标是 and the first goal run on with no mark (news) ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "市长在报告中提出，2027年全市经济社会发展主要预期目标是地区生产总值增长6%左右，一般公共预算收入增长5%。",
        "2027年主要目标为规上工业增加值增长8%以上，城镇调查失业率5.5%以内。",
        "2027年，全县发展的主要预期目标是生产总值增长6.5%，固定资产投资增长10%。",
    ],
)
def test_goals_run_on_after_target_is_take_the_year(sentence):
    rows = _years_values(sentence)
    assert len(rows) == 2 and all(year == 2027 for year, _, _ in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "2027年的目标是实现经济总量翻番。",  # no number after 目标是: no list
        "2026年主要目标是保持经济平稳运行，各项指标完成良好。",
    ],
)
def test_near_misses_of_target_is(sentence):
    assert _years_values(sentence) == []


# --- parts that frame the goals after them: a topic 在…方面, a set of goals named as a noun -------------------------


def _goals(text: str) -> list[str]:
    """The goals without a number, as written."""
    return [t.surface for t in targets_of(text) if t.value is None and t.low is None]


@pytest.mark.parametrize(
    "text",
    [
        "到2028年，在推进数字经济提质增效方面，全市数字经济核心产业增加值占比达到12%，数据要素市场基本建立。",
        "市政府提出到2028年的一系列约束性发展目标。在促进绿色转型明显加快方面，单位产值能耗下降10%。",
    ],
)
def test_a_topic_frame_and_a_named_set_of_goals_are_no_goals(text):
    goals = _goals(text)
    assert not any("方面" in g or g.endswith("目标") for g in goals)


def test_a_goal_that_names_its_area_is_still_a_goal():
    assert _goals("到2028年，在关键核心技术方面取得重大突破，产业链韧性明显增强。") == [
        "在关键核心技术方面取得重大突破",
        "产业链韧性明显增强",
    ]


# --- the year right after the words naming the goals (目标任务是：2027年…; 近期目标是，2027年，…) ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "规划提出全县的目标任务是：2027年全县粮食总产量增长2%，农民人均纯收入增长7%。",
        "该市近期目标是，2027年，全市服务业增加值增长6%，城镇居民人均可支配收入增长6.5%。",
        "近期目標是，2027年，全市農業總產值增長4%，農村居民人均可支配收入增長8%。",
    ],
)
def test_a_year_right_after_the_words_naming_the_goals_is_their_year(sentence):
    rows = _years_values(sentence)
    assert len(rows) == 2 and all(year == 2027 for year, _, _ in rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "目标是2027年3月完成验收。",  # a month: a date, no goal year
        "项目于2027年投产，产值增长6%。",  # no words naming goals before the year
    ],
)
def test_near_misses_of_the_year_after_the_goal_words(sentence):
    assert _years_values(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "近期目标是，到2027年，全县特色产业体系基本形成。",
        "中遠期目標是，到2035年，鄉村振興取得決定性進展。",
        "到2027年，全省农业增加值增长4%，为推进农业现代化开好局、起好步。",
    ],
)
def test_the_words_naming_the_goals_and_a_purpose_frame_are_no_goals(text):
    assert not any(g.endswith(("是", "起好步")) for g in _goals(text))


# --- year-led goal lines with no number under a line naming goals (阶段目标： ⏎ 2027年…显著提升 ⏎ 2030年基本建成…) -------


_STAGES = "【数字强市战略】\n\n{head}\n\n2028年全市数字经济活力明显增强\n\n2032年基本建成全国数字产业高地\n\n重点任务:\n\n夯实数字基础设施\n"


@pytest.mark.parametrize("head", ["阶段目标:", "发展目标", "主要目标："])
def test_year_led_lines_under_a_line_naming_goals_are_goals_of_their_years(head):
    goals = [(t.year, t.surface) for t in targets_of(_STAGES.format(head=head)) if t.value is None]
    assert goals == [(2028, "2028年全市数字经济活力明显增强"), (2032, "2032年基本建成全国数字产业高地")]


@pytest.mark.parametrize("head", ["主要成效:", "数字强市建设有关情况", ""])
def test_year_led_lines_under_no_goals_line_are_none(head):
    assert [t for t in targets_of(_STAGES.format(head=head)) if t.value is None] == []


# --- a subject before the opener of the next statement (…；新能源产业力争到2028年…) --------------------------------------


def test_a_subject_before_the_next_statements_opener_is_no_goal():
    text = (
        "力争到2028年软件产业营业收入达到500亿元；新能源产业力争到2028年产值突破800亿元，储能装机达到2吉瓦。"
    )
    assert not any(g.endswith("力争") for g in _goals(text))
    assert [(t.year, t.value) for t in targets_of(text) if t.value is not None][:2] == [
        (2028, 500.0),
        (2028, 800.0),
    ]


def test_a_goal_that_opens_with_an_opener_is_still_a_goal():
    assert _goals("到2028年，确保粮食安全底线牢牢守住，力争农业现代化水平明显提高。") != []
