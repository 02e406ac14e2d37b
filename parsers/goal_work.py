"""The year's key work (今年重点做好八项工作, 2026年重点工作：): the figures a work report sets in its tasks.

A work report, or its digest, sets the year's goals first, then its key work under a line naming it, and the tasks
there carry figures of their own (新增国际航线3~5条，货邮吞吐量达到50万吨；…力争引进人才10万人). Those figures, where a
goal verb, a bound or 力争 sets them, are goals of that year: the line's own year (2026年重点工作), the year 今年 names
there (the text's date, or an undated page's topic year: parsers.goal_topics), or, when the line names no year
(重点抓好十个方面工作), the topic year of an undated page only (a dated plan's 重点工作 may be a five-year plan's). The
line names doing the work (做好, 抓好) or ends in a colon. The section runs to the text's end or the next goal statement;
only its quantified goals count (加快…建设 is a task, not a goal). Found by parsers.goal_scopes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.list_markers import with_list_marker

if TYPE_CHECKING:
    from parsers.context import TextIndex


def _work_line(lex) -> re.Pattern:
    return re.compile(with_list_marker(lex.section("targets")["year_work_line_pattern"]), re.M)


def year_work_sections(ix: TextIndex, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(line start, line end, reach, year) of every line naming the year's key work (see above) over text where no
    goal statement stands (``taken``: the statements' spans; the section stops at the first after it)."""
    norm, lex, found = ix.norm, ix.lex, []
    if "重点" not in norm:
        return found  # most texts: no line to try
    shifts = lex.section("targets")["relative_lead_years"]
    for m in lex.derived(_work_line).finditer(norm):
        if m.group("year"):
            year = int(m.group("year"))
        elif m.group("relative"):
            base = ix.relative_base(m.start())
            year = None if base is None else base + int(shifts.get(m.group("relative"), 0))
        else:
            year = ix.relative_base(m.start()) if ix.current_year is None else None
        if year is None or not ix._coming(year, m.start()):
            continue
        line_end = ix.paragraph(m.start())[1]
        after = [s for s, _ in taken if s > line_end]
        reach = min(after, default=len(norm))
        if any(s <= m.start() < e for s, e in taken) or reach <= line_end:
            continue
        found.append((m.start(), line_end, reach, year))
    return found
