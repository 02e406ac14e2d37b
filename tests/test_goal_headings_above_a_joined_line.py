"""A goals heading with no year (主要预期目标) whose year stands on the physical line above it, when the structure
reader joined that line to the short topic lines before it (a digest of short lines read as one wrapped paragraph):
the line above still heads the list, and a review heading so placed still lists results."""

from __future__ import annotations

from extraction_helpers import one_clause

from parsers.context import TextIndex
from parsers.targets import extract_targets

_TOPICS = "某县两会图解\n重点任务\n稳住农业基本盘\n激活改革开放动力\n守牢安全底线\n"


def _rows(text: str, joined: tuple[str, ...]) -> list[tuple]:
    """Targets of text read with the line breaks before each of ``joined`` as soft breaks."""
    breaks = [text.index("\n" + line) for line in joined]
    index = TextIndex(text, soft_breaks=breaks)
    return [
        (t.year, t.value if t.value is not None else (t.low, t.high))
        for t in extract_targets(text, one_clause(text), index)
    ]


def _digest(heading: str) -> str:
    return (
        _TOPICS
        + heading
        + "\n主要预期目标\n地区生产总值增长6%左右 固定资产投资增长4%\n一般公共预算收入增长3% 城镇新增就业5000人以上\n"
        + "抓好八个方面工作\n"
    )


def test_a_year_heading_joined_to_the_topics_above_still_dates_the_goals_under_it():
    text = _digest("2031年工作安排")
    rows = _rows(text, ("激活改革开放动力", "守牢安全底线", "2031年工作安排"))
    assert rows == [(2031, 6.0), (2031, 4.0), (2031, 3.0), (2031, 5000.0)]


def test_the_same_lines_unjoined_read_the_same():
    text = _digest("2031年工作安排")
    assert _rows(text, ()) == [(2031, 6.0), (2031, 4.0), (2031, 3.0), (2031, 5000.0)]


def test_a_joined_review_heading_above_the_goals_line_gives_no_goals():
    text = _digest("2030年工作回顾")
    assert _rows(text, ("激活改革开放动力", "守牢安全底线", "2030年工作回顾")) == []
