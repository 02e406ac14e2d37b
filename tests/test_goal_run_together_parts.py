"""Goals run together where a copy lost the mark between them (…覆盖率达到85%左右茶叶精制率达到63%以上) are cut after
the hedged figure a goal verb sets, when the rest holds a goal verb with a figure of its own (round 37, targets53;
parsers.goal_parts, lexicon [targets] run_together_goal_pattern): before, the part read as one goal, spanning both
metrics, with one figure. A figure that sizes what is counted (500万元以上项目达到20个) or that 的 follows stays whole.

Every text here is made up for this file.
"""

from __future__ import annotations

from extraction_helpers import target_rows


def _rows(text: str) -> list[tuple]:
    return [
        (year, value, kind) for year, _, value, _, kind in target_rows(text + "\n", "notice.txt") if value
    ]


def test_two_hedged_goals_run_together_give_two_rows() -> None:
    text = "到2031年，全省茶园良种覆盖率达到85%左右茶叶精制率达到63%以上，茶产业综合产值超过300亿元。"
    assert _rows(text) == [(2031, 85.0, "exact"), (2031, 63.0, "min"), (2031, 300.0, "min")]


def test_a_level_run_into_the_next_metric() -> None:
    text = "到2031年，渔船单船年均捕捞量由30吨提高到42吨左右水产品加工能力达到80万吨。"
    assert [value for _, value, _ in _rows(text)] == [42.0, 800000.0]


def test_a_figure_sizing_what_is_counted_stays_whole() -> None:
    text = "到2031年，新开工500万元以上项目达到20个，增长10%以上的企业达到50家。"
    assert _rows(text) == [(2031, 20.0, "exact"), (2031, 50.0, "exact")]
