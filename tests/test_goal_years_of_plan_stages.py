"""Where a goal's year stands: a stage of a plan in steps (census18 T-N5). 某州将分两步走。第一步到2031年全州常住人口
要达到410万，…: the stage word (第一步, 第二阶段) opens its year's goals as a point of a list does (一是到2031年…), so the
paragraph's own opening year governs it, whatever year an earlier short line names (某州2045年远景蓝图，…).
Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows

_STAGES = (
    "某州2045年远景蓝图，描绘了今后二十年的发展路径。\n\n"
    "某州将分两步走建设成为省域副中心。第一步到2031年全州常住人口要达到410万，"
    "州府常住人口要突破150万，城镇化率达到66%，高中阶段毛入学率达到96%。\n"
)


def test_a_stage_opens_its_years_goals_after_a_line_naming_another_year() -> None:
    assert target_rows(_STAGES) == [
        (2031, "全州常住人口", 4100000.0, "人", "exact"),  # a count of people (goal_people)
        (2031, "州府常住人口", 1500000.0, "人", "min"),
        (2031, "城镇化率", 66.0, "%", "exact"),
        (2031, "高中阶段毛入学率", 96.0, "%", "exact"),
    ]


def test_a_stage_of_a_report_opens_nothing() -> None:
    # a stage already run, told in a dated review: its figures are results
    text = "发布日期：2033-01-10\n\n第一阶段到2031年，全市已累计建成5G基站3000个，比上年增长12%。\n"
    assert target_rows(text) == []


def test_the_next_stage_word_names_no_goal() -> None:
    # stages run on in one paragraph (review18b M2): the word 第二步 left at the end of the first stage is no metric
    text = "分两步走。第一步到2028年全县常住人口要达到62万，城镇化率达到58%。第二步到2035年全县常住人口达到70万。"
    rows = target_rows(text)
    assert [(year, metric) for year, metric, *_ in rows] == [
        (2028, "全县常住人口"),
        (2028, "城镇化率"),
        (2035, "全县常住人口"),
    ]
    staged = "分两步走，第一步到2029年全县常住人口要达到62万。第二阶段，到2035年，全县常住人口达到70万。"
    assert [(year, value) for year, _, value, *_ in target_rows(staged)] == [
        (2029, 620000.0),
        (2035, 700000.0),
    ]
