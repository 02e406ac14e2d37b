"""A bare year after the tasks a sentence sets (实施…工程，2031年…达到…) heads that plan's goals in an undated text
(round 37, targets53; parsers.goal_intents.task_before): the tense reader found no word of intent in the year's clause
and left it undecided, so no goal was read. Every part before the year must set a task (a task verb not told done,
or a deadline of its own): a sentence naming whose work it tells first (某省坚持…，深入实施…，2030年…) or telling the
task done (实施了…) still reports.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, value, kind) for year, _, value, _, kind in target_rows(text + "\n", "notice.txt") if value
    ]


def test_a_task_then_a_bare_year_sets_goals() -> None:
    text = "实施城乡供水一体化工程，2031年农村自来水普及率达到98%以上，规模化供水工程覆盖人口达到120万人。"
    assert _rows(text) == [(2031, 98.0, "min"), (2031, 1200000.0, "exact")]


def test_an_earlier_deadline_and_a_task_before_the_year() -> None:
    text = "并于2029年完成老旧管网改造，加快建设区域冷链物流中心，2031年冷链物流业营业收入达到45亿元。"
    assert (2031, 45.0, "exact") in _rows(text)


def test_a_subject_before_the_tasks_tells_its_work() -> None:
    text = "某省坚持创新驱动，深入实施科技强省工程，2030年研发投入增长12.5%。"
    assert _rows(text) == []


def test_a_task_told_done_reports() -> None:
    text = "实施了城乡供水一体化工程，2031年农村自来水普及率达到98%。"
    assert _rows(text) == []
