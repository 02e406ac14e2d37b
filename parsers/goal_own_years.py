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
