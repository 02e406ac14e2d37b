"""A goal row's own year: a year standing in the row's own clause right before its goal verb (高新技术企业2026年突破2万家,
规划提出2028年达3.4万亿元, 其中到2027年将新建…) dates that figure, whatever year the statement around it names
(到2030年，…). Lexicon [targets] own_year_pattern says which years count (no base 比2020年, no span's end 2021—2025年).

One such year in the row, or several all the same, gives the row that year; two different ones leave the row as read
(which of them is the figure's, the row does not say).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES


class _Row(Protocol):
    start: int
    end: int
    year: int | None


_ITEM_BREAKS = (
    "、，,；;"  # a year right after one inside the row opens the next item: 完成…任务、2018年完成扫尾工作
)
_BLANKS = LINE_SPACES


def _own_year(lex: Lexicon) -> re.Pattern:
    t = lex.section("targets")
    return re.compile(t["own_year_pattern"].replace("{goal_verbs}", alternation(t["goal_verbs"])))


def _opens_next_item(norm: str, row_start: int, pos: int) -> bool:
    before = norm[row_start:pos].rstrip(_BLANKS)
    return before != "" and before[-1] in _ITEM_BREAKS


def date_by_own_years(rows: Iterable[_Row], norm: str, lex: Lexicon) -> None:
    """Give each row whose span holds its own year (see above) that year; a year opening the next item over a span
    that runs on is that item's."""
    pattern = lex.derived(_own_year)
    for row in rows:
        years = {
            int(m.group("year"))
            for m in pattern.finditer(norm, row.start, row.end)
            if not _opens_next_item(norm, row.start, m.start())
        }
        if len(years) == 1:
            row.year = years.pop()


def _base_figure(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["base_figure_pattern"])


def without_base_figures(rows: list[_Row], norm: str, lex: Lexicon) -> list[_Row]:
    """The rows but those whose figure is a level stated with a copula at a year before the row's own
    (这一比重在2026年为4.1% in a goal of 2030): the base the goal starts from, no goal."""
    pattern = lex.derived(_base_figure)
    return [
        row
        for row in rows
        if row.year is None
        or not any(
            int(m.group("year")) < row.year
            for m in pattern.finditer(norm, _part_before(norm, row.start), row.end)
            if m.end() > row.start
        )
    ]


def _part_before(norm: str, start: int) -> int:
    """Where the comma part right before ``start`` begins, when a comma ends it (else ``start``): the year a base
    figure is stated at may stand there alone (也就是2026年，某市GDP为…)."""
    before = start
    while before > 0 and norm[before - 1] in _BLANKS:
        before -= 1
    if before == 0 or norm[before - 1] not in "，,":
        return start
    floor = max(0, before - 1 - _PART_REACH)  # a bounded look back: a long line without commas costs no more
    cut = max(norm.rfind(c, floor, before - 1) for c in "，,；;。！？!?\n")
    return max(cut + 1, floor)


_PART_REACH = 24  # a time phrase standing alone as a part is short
