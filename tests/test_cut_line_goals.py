"""A line cut short in mid-sentence (an abstract or a page cut off, a page's wrap) ends with a fragment: a part of few
characters that ends its line with no mark, after a comma on that line, is no goal without a number. A whole goal
written with no mark at its line's end, and a short goal of a line of its own, stay goals. Sentences made up."""

from __future__ import annotations

import pytest
from extraction_helpers import target_rows


def _goals(text: str) -> list[tuple]:
    return [(year, metric, value) for year, metric, value, _, _ in target_rows(text, "news.txt")]


@pytest.mark.parametrize(
    "text",
    [
        # an abstract cut off after the goal's subject
        "某区力争到2030年GDP达3000亿元\n\n【摘要】报告提出，到2030年，某区地区\n\n"
        "报告提出，到2030年，某区地区生产总值力争达3000亿元，固定资产投资年均增长9%。\n",
        # a page's wrap inside a goal
        "某市将推动绿色出行，到2030年全市\n新能源公交车占比达到95%以上。\n",
    ],
)
def test_a_cut_lines_last_fragment_is_no_goal(text: str) -> None:
    assert all(value is not None for _, _, value in _goals(text))


def test_a_whole_goal_with_no_mark_at_its_lines_end_stays() -> None:
    text = "到2030年，某市经济实力显著增强，全面建成区域先进制造业基地\n"
    assert (2030, "全面建成区域先进制造业基地", None) in _goals(text)


def test_a_short_goal_after_a_comma_ended_by_a_mark_stays() -> None:
    text = "到2030年，某县特色产业集群规模壮大，乡村全面振兴。\n"
    assert (2030, "乡村全面振兴", None) in _goals(text)
