"""A change that restates the level or rate its goal just named (…覆盖率达60%、提高3个百分点) is no goal of its own
(parsers.goal_restated_changes); a part with a metric of its own, another unit or an alternative goal (或) still is;
texts written for this file."""

from __future__ import annotations

import pytest
from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.targets import extract_targets


def _goals(text: str) -> list[tuple]:
    return [
        (t.year, t.metric, t.value, t.unit) for t in extract_targets(text, one_clause(text), TextIndex(text))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "到2030年，乙县良种覆盖率达60%、提高3个百分点。",
        "到2030年，乙县良种覆盖率达到60%，比2025年提高3个百分点。",
        "到2030年，乙县良种覆盖率达到60%，较“十五五”时期增加3%。",
    ],
)
def test_the_change_of_a_level_just_named_is_no_goal(text: str) -> None:
    assert _goals(text) == [(2030, "乙县良种覆盖率", 60.0, "%")]


def test_a_rate_and_its_change_keep_the_rate() -> None:
    assert _goals("到2030年，丙市研发经费投入年均增长12%以上，提高2个百分点。") == [
        (2030, "丙市研发经费投入年均", 12.0, "%")
    ]


def test_a_change_with_a_metric_of_its_own_stays() -> None:
    goals = _goals("到2030年，丁市森林覆盖率达到45%、城镇化率提高5个百分点。")
    assert goals == [(2030, "丁市森林覆盖率", 45.0, "%"), (2030, "城镇化率", 5.0, "个百分点")]


def test_an_alternative_goal_is_not_read_as_a_restated_change() -> None:
    goals = _goals("到2030年，戊县畜禽粪污资源化利用率达到92%或提高3个百分点以上。")
    assert (3.0, "个百分点") in [(value, unit) for _, _, value, unit in goals]  # 或: a second goal, kept


def test_a_change_in_another_unit_stays() -> None:
    goals = _goals("到2030年，己县大豆种植面积达到30万亩、增加2万亩。")
    assert [(value, unit) for _, _, value, unit in goals] == [(300000.0, "亩"), (20000.0, "亩")]
