"""A goal whose year stands inside its metric, its value set after 目标 by a verb of setting (…将2031年GDP增速目标
拟定为7%, …的2031年增速目标便是7%, …目标明确为6.5%): the goal of that year, wherever the year stands in its part
(round 16, a class of fresh news on work reports), or in a season spanning two years (到2031—2032年雪季: the later).
A question after the goals (目标已定，各地如何发力？) names none.
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


def test_a_season_spanning_two_years_dates_its_goals_by_the_later_year() -> None:
    # 到2031—2032年雪季: the season ends in 2032, the year of the goals it frames (class 1: a year where no rule looked)
    text = "其中提到，到2031—2032年雪季，冰雪旅游接待游客达到2.5亿人次，出游总花费达到4200亿元；到2034年，接待3亿人次。"
    assert [(year, value, kind) for year, _, value, _, kind in _rows(text)] == [
        (2032, 250000000.0, "exact"),
        (2032, 4200.0, "exact"),
        (2034, 300000000.0, "exact"),
    ]


def test_a_plans_span_after_dao_is_no_season() -> None:
    # 到2031—2035年 with no season word: not read as a season's end here
    assert _rows("到2031—2035年期间，全市累计投入资金100亿元。") == []


def test_a_school_year_spanning_two_years_dates_its_goals_by_the_later_year() -> None:
    # 至2031-2032学年: no 年 right after the later year's digits, the school year's 学年 instead
    assert _rows("至2031-2032学年，全市学前教育毛入园率达到96%以上。") == [
        (2032, "全市学前教育毛入园率", 96.0, "%", "min")
    ]
    assert _rows("到2031—2032学年，全市学前教育毛入园率达到96%。")[0][::4] == (2032, "exact")
