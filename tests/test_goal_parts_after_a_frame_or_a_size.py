"""Parts of a year's goal statement the reader dropped (round 32, targets38): a task verb inside the topic frame that
opens the sentence (推进…工程方面，到2030年，…; parsers/goal_tasks.py) makes no task sentence, so a later part with a
figure (实施管网改造600公里) is a goal; and a 其中 part after a size named with 规模 (公路网总规模达到30万公里，其中高速公路
达到1.2万公里; parsers/goal_reader.py) is a goal, a length being no share of a budget. Guards: a task sentence the year
only interrupts, a later task part with no figure, a share of a budget after 其中. Sentences made up."""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [(year, value, unit) for year, _, value, unit, _ in target_rows(text)]


def test_a_task_verb_inside_the_opening_frame_makes_no_task_sentence() -> None:
    rows = _rows(
        "推进农村供水保障工程方面，到2030年，新建集中供水站40处，实施管网改造600公里、水源地保护12处。\n"
    )
    assert rows == [(2030, 40.0, "处"), (2030, 600.0, "公里"), (2030, 12.0, "处")]


def test_a_task_sentence_the_year_only_interrupts_keeps_its_tasks() -> None:
    # 基本完成改造任务 is the year's goal (no number); 实施管网改造600公里 is a task of the sentence the year interrupts
    assert _rows("加快推进农村供水建设，到2030年基本完成改造任务，实施管网改造600公里。\n") == [
        (2030, None, None)
    ]


def test_a_later_task_part_with_no_figure_stays_a_task_after_a_frame() -> None:
    text = "推进农村供水保障工程方面，到2030年，新建集中供水站40处；加快完善农村污水收集网，完成管网铺设300公里。\n"
    rows = target_rows(text)
    assert [value for _, _, value, _, _ in rows] == [
        40.0,
        300.0,
    ]  # no goal without a number: 加快完善…收集网


def test_a_later_task_part_with_no_figure_after_a_frame_gives_no_goal_of_its_own() -> None:
    # 加快完善…收集网 names work, no goal: without the task reading it would stand as a goal with no value
    text = "推进农村供水保障工程方面，到2030年，新建集中供水站40处，加快完善农村污水收集网。\n"
    assert _rows(text) == [(2030, 40.0, "处")]


def test_a_length_after_qizhong_is_a_goal_of_its_own() -> None:
    rows = _rows("到2030年，全省公路网总规模达到30万公里，其中高速公路达到1.2万公里。\n")
    assert rows == [(2030, 300000.0, "公里"), (2030, 12000.0, "公里")]


def test_a_share_of_a_budget_after_qizhong_is_none() -> None:
    assert _rows("到2030年，全市安排专项资金规模达到5亿元，其中2亿元用于技术改造。\n") == []
