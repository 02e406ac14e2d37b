"""Plain paragraphs that go on with a dated goal list after the paragraph naming its year (到2035年，…达到800亿元。 ⏎
全市培育…50家，建成…30个。), with no year, heading or headline of their own, give that year's goals
(parsers.goal_following_paragraphs). A review, a rule's grant, news of the plan's other contents and a past year's list
stay as they were. Texts of my own, read whole by parsers.pipeline."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes

_HEAD = "某市数字经济发展规划（2031—2035年）\n\n发布时间：2031-04-10\n\n"
_DATED = "到2035年，全市数字经济核心产业增加值达到800亿元，占地区生产总值比重达到12%以上。\n"
_PLAIN = "全市累计培育数字经济领军企业50家，建成省级以上工业互联网平台30个。\n"


def _rows(text: str) -> list[tuple]:
    doc = parse_bytes(text.encode("utf-8"), "probe.txt")
    return [(t.year, t.value) for t in doc.targets if t.value is not None]


def test_the_plain_paragraphs_after_a_dated_goal_paragraph_are_its_goals():
    text = (
        _HEAD
        + _DATED
        + "全市累计培育数字经济领军企业50家，建成省级以上工业互联网平台30个，新增上云企业2万家。\n"
        + "数字基础设施更加完善，5G基站总数突破3万个，千兆光网覆盖率达到95%。\n\n二、重点任务\n"
    )
    assert _rows(text) == [
        (2035, 800.0),
        (2035, 12.0),
        (2035, 50.0),
        (2035, 30.0),
        (2035, 20000.0),
        (2035, 30000.0),
        (2035, 95.0),
    ]


def test_a_goal_paragraph_after_blank_lines_under_a_plans_stamp_is_the_lists():
    text = (
        "某省现代物流业发展规划\n\n发布时间：2031-06-02\n\n"
        "到2035年，全省社会物流总额达到20万亿元，物流业增加值年均增长6%以上。\n\n"
        "全省培育5A级物流企业40家，建成国家物流枢纽8个，港口集装箱吞吐量达到1500万标箱。\n\n三、重点任务\n"
    )
    assert _rows(text) == [(2035, 200000.0), (2035, 6.0), (2035, 40.0), (2035, 8.0), (2035, 15000000.0)]


def test_a_report_paragraph_after_the_dated_one_gives_no_goal():
    text = _HEAD + _DATED + "目前，全市已建成省级以上工业互联网平台12个，上云企业达到8000家。\n"
    assert _rows(text) == [(2035, 800.0), (2035, 12.0)]


def test_a_rules_grant_after_the_dated_one_gives_no_goal():
    text = (
        _HEAD
        + _DATED
        + "对新认定的省级工业互联网平台给予一次性补助，最高不超过100万元；对上云企业按投入的20%给予补助。\n"
    )
    assert _rows(text) == [(2035, 800.0), (2035, 12.0)]


def test_news_of_the_plans_other_contents_gives_no_goal():
    text = (
        "某省印发《现代物流业发展规划》\n来源：某省日报 2031年6月2日\n\n"
        "规划提出，到2035年，全省社会物流总额达到20万亿元，物流业增加值年均增长6%以上。\n"
        "依照《规划》，全省物流园区达到20个，冷链库容达到300万吨。\n"
    )
    assert _rows(text) == [(2035, 200000.0), (2035, 6.0)]


def test_a_past_deadline_lends_no_year_to_the_paragraph_after_it():
    text = (
        "某市数字经济发展情况\n\n发布时间：2036-03-01\n\n"
        "到2035年，全市数字经济核心产业增加值达到800亿元，占地区生产总值比重达到12%以上。\n"
        "全市累计培育数字经济领军企业50家，建成省级以上工业互联网平台30个。\n"
    )
    rows = _rows(text)
    assert (2035, 50.0) not in rows and (2035, 30.0) not in rows


def test_a_paragraph_with_a_year_of_its_own_is_not_the_lists():
    text = _HEAD + _DATED + "2030年，全市数字经济核心产业增加值为520亿元，培育领军企业21家。\n"
    assert (2035, 21.0) not in _rows(text) and (2035, 520.0) not in _rows(text)


def test_a_deadline_paragraph_that_reports_lends_no_year_to_the_paragraph_after_it():
    # 到2031年底，…已达到…: where the year stood, not its goals
    text = _HEAD + "到2031年底，全市数字经济核心产业增加值已达到800亿元。\n" + _PLAIN
    assert _rows(text) == []


def test_a_bare_year_in_an_undated_report_lends_no_year_to_the_paragraph_after_it():
    # only a deadline (到2030年) states a year's goals; a bare year may tell where the year stood
    text = "某市数字经济发展情况\n\n全市数字经济核心产业增加值2030年达到800亿元。\n" + _PLAIN
    assert (2030, 50.0) not in _rows(text) and (2030, 30.0) not in _rows(text)


def test_a_numbered_task_units_measures_after_its_deadline_are_not_the_lists():
    # （三）壮大…。到2035年，…: the unit's own paragraphs are its measures
    text = _HEAD + "（三）壮大数字产业。到2035年，全市数字经济核心产业增加值达到800亿元。\n" + _PLAIN
    assert (2035, 50.0) not in _rows(text) and (2035, 30.0) not in _rows(text)


def test_a_paragraph_reaching_a_deadline_of_its_own_keeps_its_year():
    # the run after 到2035年 would reach 到“十五五”末: that paragraph's goals are its own period's, none of them 2035's
    text = (
        "某市数字经济发展规划\n\n发布时间：2026-04-10\n\n"
        + _DATED
        + "全市培育数字经济领军企业50家，到“十五五”末建成省级以上工业互联网平台30个。\n"
    )
    assert _rows(text) == [(2035, 800.0), (2035, 12.0), (2030, 30.0)]


@pytest.mark.parametrize(
    "opening",
    ["“十五五”末，", "力争全年", "今年"],
)
def test_a_paragraph_with_a_time_of_its_own_ends_the_run(opening):
    # dated 2031: “十五五”末 is past, 全年/今年 the text's own year; none of them is the 2035 deadline's
    text = "某市数字经济发展情况\n\n发布时间：2031-04-10\n\n" + _DATED + opening + "全市建成省级平台30个。\n"
    assert (2035, 30.0) not in _rows(text)


def test_the_plans_own_period_does_not_end_the_run():
    # “十四五”规划 ends in 2025, the deadline's year: the paragraph goes on with the plan's goals
    text = (
        "某省林草发展情况\n\n发布时间：2021-04-14\n\n到2025年，全省森林覆盖率达到16.8%。\n"
        "据介绍，全省“十四五”规划新增营造林450万亩，林草综合产值达到700亿元。\n"
    )
    assert (2025, 700.0) in _rows(text)


def test_any_grant_word_of_the_roles_table_ends_the_run():
    # 资助, 贴息: grant words of [roles] subsidy_cues that the stop pattern's old copy of four words lacked
    text = _HEAD + _DATED + "上云企业达到2000家的区县，每个资助50万元，并按贷款额的50%贴息。\n"
    assert _rows(text) == [(2035, 800.0), (2035, 12.0)]


def test_a_grant_word_that_names_a_goals_metric_keeps_the_run():
    # 配套率, 支持…: words of subsidy_cues that a goal paragraph counts (following_goal_metric_grant_words)
    text = _HEAD + _DATED + "本地配套率达到60%，支持建成智能工厂100家。\n"
    assert (2035, 60.0) in _rows(text)
