"""A goal whose year stands inside its metric, its value set after 目标 by a verb of setting (…将2031年GDP增速目标
拟定为7%, …的2031年增速目标便是7%, …目标明确为6.5%): the goal of that year, wherever the year stands in its part
(round 16, a class of fresh news on work reports). A question after the goals (目标已定，各地如何发力？) names none.
Sentences made up."""

from __future__ import annotations

import pytest

from parsers.pipeline import parse_bytes


def _rows(text: str) -> list[tuple[int | None, str | None, float | None, str | None, str | None]]:
    doc = parse_bytes(text.encode("utf-8"), "news.txt")
    return [(t.year, t.metric, t.value, t.unit, t.kind) for t in doc.targets]


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("甲市将2031年GDP增速目标拟定为7%及以上。", 7.0, "min"),
        ("省会乙市的2031年GDP增速目标便是7%。", 7.0, "exact"),
        ("丙、丁等市也将2031年GDP增速目标定为6.5%。", 6.5, "exact"),
        ("戊市则将2031年GDP增速目标明确为6.5%。", 6.5, "exact"),
        ("己市2031年GDP增速目标确定为6%左右。", 6.0, "exact"),
    ],
)
def test_a_year_inside_the_metric_dates_the_value_set_after_its_goal(
    sentence: str, value: float, kind: str
) -> None:
    assert _rows(sentence) == [(2031, "GDP增速目标", value, "%", kind)]


def test_a_year_at_the_part_start_keeps_its_goal_set_after_the_noun() -> None:
    assert _rows("2031年全区生产总值增长目标为7.5%以上。") == [
        (2031, "全区生产总值增长目标", 7.5, "%", "min")
    ]


def test_a_question_after_the_goal_names_no_goal() -> None:
    rows = _rows("2031年，省政府工作报告将GDP增长目标定在5.5%左右。目标已定，各地如何发力？")
    assert [(year, value, kind) for year, _, value, _, kind in rows] == [(2031, 5.5, "exact")]


def test_a_year_named_as_a_date_with_no_goal_set_gives_no_row() -> None:
    # the year of a report's figure, no verb of setting after a goal noun: a result, no goal
    assert _rows("甲市2031年GDP增速为7%，高于全省平均水平。") == []
