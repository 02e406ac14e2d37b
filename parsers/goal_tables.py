"""Goal tables: a plain-text table of metrics and their targets under a line that names goals.

Plans and action plans give their goals as a table as often as in prose; a page or a PDF stores it as plain text:

    2026年主要预期目标                     表1  “十五五”时期主要指标          2026年主要预期目标
    指标 ⇥ 单位 ⇥ 目标                      指标 ⇥ 2025年 ⇥ 2030年 ⇥ 属性      指标
    地区生产总值增速 ⇥ % ⇥ 6               地区生产总值（亿元） ⇥ 1200 ⇥ 1650   单位
    城镇新增就业 ⇥ 人 ⇥ 3200               …                                  目标 ⏎ 地区生产总值增速 ⏎ % ⏎ 6 …

Its cells are set apart by a tab, a bar, or a run of spaces, or stand one a line (a table copied cell by cell, its
empty cells maybe dropped: parsers/goal_table_cell_lines.py). The
header row names the metric column (指标), and a column of targets (目标, 目标值, 2026年目标, 预期目标) or of years (2025年
⇥ 2030年: the base and the goal year; a plan's one year, 指标 ⇥ 2025年 ⇥ 属性, is its goal year); lexicon
[goal_tables]. The line above the header names goals (目标, 指标) and no review (完成情况, 回顾); the text is no
statistics bulletin. A table of a year's goals beside a column of their results (20XX年预期目标 ⇥ 20XX年完成情况) is a
report's: its caption may name the review, its goal cells are that year's goals though the year has passed (a cell of
two clauses two goals, a cell of words a goal without a number), its result cells none. A row's goal is its target cell, with its unit from the cell itself (6%左右), the unit column, the
header (2026年目标（%）) or the metric's brackets (地区生产总值（亿元）); its year the target column's own, or else the year
the line above names (written, 今年/明年 by the text's date, or the last year of a five-year period: “十五五” → 2030); a
year before the text's date is a result, no goal. A bare figure (城乡居民收入比 | 2.5) is a level with no unit. A table
turned, its metrics in a row and their targets in a row under it, is read by parsers/goal_table_transposed.py. The
header words may be letter-spaced (主 要 指 标, 指 标 ⇥ 2025 年 ⇥ 属 性).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from parsers.context import TextIndex
from parsers.goal_periods import period_end_year
from parsers.goal_scope import Goal
from parsers.goal_table_cell_lines import cell_lines
from parsers.goal_table_cells import NUMBER as _NUMBER
from parsers.goal_table_cells import SPACES as _SPACES
from parsers.goal_table_cells import (
    bracket_unit,
    column_unit,
    label_text,
    lead_label,
    line_spans,
    may_hold,
    split_cells,
    target_cell,
)
from parsers.goal_table_transposed import transposed_rows
from parsers.goal_table_words import TableRow, build_words
from parsers.lexicon import Lexicon
from parsers.list_markers import has_figure, line_view
from parsers.patterns import LINE_BLANKS, YEAR_NAMED

_CELL_EDGE = _SPACES + "|｜"  # a cell written on its own line, closed by the table's bar
_TITLE_CHARS = 200
_LINES_ABOVE = 2  # lines above the header searched for the one naming goals
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_BARE_LEVEL = re.compile(r"\d+(?:\.\d+)?(?:左右)?")
_CELL_CLAUSES = re.compile(r"[，；;]")  # a target cell setting two goals: 增长3万人左右，年末人口50万左右
_WORDS = re.compile(r"[\u4e00-\u9fff]{2,12}")  # a goal cell of words alone (稳中有进), no dash and no figure
_RULE_LINE = re.compile(r"[\s|｜:：\-—=+]*")  # a markdown table's rule (|---|---|), no row


class _Table:
    """The reading of one text's tables (see the module's docstring)."""

    def __init__(self, norm: str, lex: Lexicon, current_year: int | None, coming: Callable[[int, int], bool]):
        self.norm, self.lex, self.current_year, self.coming = norm, lex, current_year, coming
        self.w = lex.derived(build_words)
        self.lines = line_spans(norm)
        self.starts = [start for start, _ in self.lines]
        self.line_at = {start: k for k, start in enumerate(self.starts)}
        self.title = norm[:_TITLE_CHARS].strip(LINE_BLANKS).split("\n", 1)[0]

    def text(self, span: tuple[int, int]) -> str:
        return self.norm[span[0] : span[1]]

    def rows(self) -> tuple[list[TableRow], list[tuple[int, int]]]:
        """The goal rows, and the span of each table (its header included)."""
        w, out, spans, done = self.w, [], [], 0
        if w.bulletin.search(self.title):
            return [], []  # a statistics bulletin's tables hold results
        for m in w.header_start.finditer(self.norm):
            k = self.line_at.get(m.start())
            if k is None or k < done:
                continue
            found, end = [], 0
            if (header := self._header(k)) is not None:
                cells, width, leads = header  # width: lines per row (1, or one cell a line)
                found, done, end = self._table(k, cells, width, leads)
            if not found and (turned := transposed_rows(self, k)) is not None:
                found, done, end = turned  # the metrics in a row, their targets in a row under it
            out.extend(found)
            if end:
                spans.append((self.lines[k][0], end))  # a table's lines, goals or not, are no prose goals
        return out, spans

    def _header(self, k: int) -> tuple[list[tuple[int, int]], int, tuple[str, ...]] | None:
        """The header's cells at line k, the lines a row takes and the kinds of the lead columns whose headers stand
        one a line above the metric's (序号: number, 类别: category), the nearest first: the cells of the line (a metric
        header first), or header words standing one a line (指标 ⏎ 单位 ⏎ 目标, each maybe closed by a bar: 指标名称 |
        ⏎ 单位 |), blank lines maybe between them."""
        start, end = self.lines[k]
        cells = self._row_cells(k)
        if cells and label_text(self.text(cells[0])) in self.w.number:
            cells = cells[1:]  # 序号 ⇥ 指标 ⇥ …: the rows' numbers are no column of the goals
        if len(cells) > 2 and label_text(self.text(cells[0])) in self.w.category:
            cells = cells[1:]  # 类别 ⇥ 指标 ⇥ …: a group's name, written on its first row only
        if not cells or label_text(self.text(cells[0])) not in self.w.metric:
            return None
        if len(cells) >= 2:
            return cells, 1, ()
        stacked = [cells[0]]
        for j in range(k + 1, min(k + 20, len(self.lines))):
            cell = self._cell(self.lines[j])
            if cell[0] == cell[1] and self.text(self.lines[j]).strip(_SPACES) == "":
                continue  # blank lines between the header's cells pass, as between a row's
            if cell[0] == cell[1] or not self._header_word(label_text(self.text(cell))) or len(stacked) >= 10:
                break
            stacked.append(cell)
        if len(stacked) < 2:
            return None
        return stacked, len(stacked), self._leads_above(k)

    def _leads_above(self, k: int) -> tuple[str, ...]:
        """The kinds of the lead columns' headers standing one a line above the metric's (领域 ⏎ 序号 ⏎ 指标: category,
        number), the nearest first."""
        leads: list[str] = []
        for line in map(lead_label, self.lines_above(k)):
            kind = "number" if line in self.w.number else "category" if line in self.w.category else None
            if kind is None or kind in leads:
                break
            leads.append(kind)
        return tuple(leads)

    def _header_word(self, cell: str) -> bool:
        w = self.w
        return (
            cell in w.unit
            or bool(w.target.search(cell))
            or bool(_YEAR.fullmatch(cell))
            or cell in w.metric
            or cell in w.duty
            or cell in w.attribute
            or bool(w.result.fullmatch(cell))
        )

    def _row_cells(self, k: int) -> list[tuple[int, int]]:
        start, end = self.lines[k]
        line = self.norm[start:end]
        if _RULE_LINE.fullmatch(line):
            return []
        return split_cells(line, start, self.w.separator)

    def _table(
        self, k: int, header: list[tuple[int, int]], width: int, leads: tuple[str, ...]
    ) -> tuple[list[TableRow], int, int]:
        """The goal rows of the table whose header is at line k (``leads``: its lead columns, their names above it),
        the line after the table and where it ends (its header's end when no row follows)."""
        names = [label_text(self.text(c)) for c in header]  # maybe letter-spaced: 指 标 ⇥ 2025 年 ⇥ 属 性
        after = bisect_right(self.starts, header[-1][0])  # the line after the header's last
        # a column of results beside the goals' (2026年预期目标 ⇥ 2026年完成情况): a report of how the year's goals were
        # met, whose goal cells are that year's goals though the year has passed
        reported = any(self.w.result.fullmatch(n) for n in names) and any(
            self.w.target.search(n) and not self.w.base.search(n) for n in names[1:]
        )
        years = self._target_columns(names, k, len(leads), reported)
        columns = [(c, y) for c, y in years if reported or self.coming(y, header[0][0])]
        kinds = names[-1] in self.w.attribute  # a last column of kinds (属性) closes each row
        end = header[-1][1]
        unit_col = next((i for i, n in enumerate(names) if n in self.w.unit), None)
        rows, j = [], after
        while True:
            # a row's lines: blank lines and a markdown rule between rows pass
            if width == 1:
                group = self._next_lines(j, width)
                cells = self._row_cells(group[0]) if group is not None else []
            else:
                group, cells = cell_lines(self, j, names, leads, unit_col)
            if group is None:
                break
            if len(cells) == len(names) + 1:
                cells = cells[1:]  # the row's number under 序号, or the name of its group (类别)
            metric = self.text(cells[0]) if cells else ""
            if (
                len(cells) != len(names)
                or len(metric) > self.w.line_chars
                or any(ch in metric for ch in "，。；")
            ):
                break
            closed = kinds and self.w.attribute_value.fullmatch(self.text(cells[-1])) is not None
            # a numbered row of a table of goals and results stays one with words alone (稳中有进 ⏎ 稳中向好)
            closed = closed or (reported and width > 1 and "number" in leads)
            if not closed and not any(has_figure(self.text(c)) for c in cells[1:]):
                break  # a row of no figure ends the table, unless its kind cell says it is a row (持续提升 ⇥ 预期性)
            rows += [
                row
                for column, year in columns
                if (row := self._row(cells, column, unit_col, names, year, width > 1, reported))
            ]
            j, end = group[-1] + 1, cells[-1][1]
        return rows, j, end

    def _row(
        self,
        cells: list[tuple[int, int]],
        column: int,
        unit_col: int | None,
        names: list[str],
        year: int,
        cell_alone: bool = False,
        reported: bool = False,
    ) -> TableRow | None:
        """The goal of one row's target cell (None: the cell holds no number); ``cell_alone``: the cell stands on its
        own line, and is the goal's span by itself. In a table of goals and their results (``reported``), a goal cell
        of words (稳中有进) is a goal without a number: the year's goals are all listed, each with how it was met."""
        metric, value = self.text(cells[0]), self.text(cells[column])
        number = _NUMBER.search(value)
        if number is None:
            if not reported or not _WORDS.fullmatch(value):
                return None
            start = cells[column][0] if cell_alone else cells[0][0]
            return TableRow(start, cells[column][1], cells[0], value, year, "", cells[column])
        unit_cell = self.text(cells[unit_col]) if unit_col is not None else None
        unit = column_unit(unit_cell, names[column], metric)
        cell, rate_unit = target_cell(value, number, unit, self.w.signs)
        metric_end = cells[0][1]
        if (bracket := bracket_unit(metric)) is not None:
            metric_end = cells[0][0] + bracket.start()
        # 1.残疾人就业人数: the row's number is no part of its metric
        numbered = line_view(self.norm, cells[0][0], metric_end)
        metric_start = numbered.body_start if numbered.numbered and numbered.body else cells[0][0]
        start = cells[column][0] if cell_alone else cells[0][0]
        return TableRow(
            start, cells[column][1], (metric_start, metric_end), cell, year, rate_unit, cells[column]
        )

    def _next_lines(self, j: int, width: int) -> list[int] | None:
        """The next ``width`` lines from j that are neither blank nor a markdown rule (None: the text ends first)."""
        group = []
        while j < len(self.lines) and len(group) < width:
            if not _RULE_LINE.fullmatch(self.text(self.lines[j])):
                group.append(j)
            j += 1
        return group if len(group) == width else None

    def _cell(self, span: tuple[int, int]) -> tuple[int, int]:
        """A line's span without the spaces and the bars around its cell (指标名称 | -> 指标名称)."""
        start, end = span
        while start < end and self.norm[start] in _CELL_EDGE:
            start += 1
        while end > start and self.norm[end - 1] in _CELL_EDGE:
            end -= 1
        return start, end

    def _target_columns(
        self, names: list[str], k: int, skip: int = 0, reported: bool = False
    ) -> list[tuple[int, int]]:
        """The columns of targets and the year of each ([]: the table holds no goals). A column that names a target
        (2026年目标, 目标值) is one; else the columns of years but the base (基期, or the first year when none says so:
        2025年 ⇥ 2027年 is a base and a goal), when the table is a plan's (its caption names goals, its text is a plan,
        or a column gives each goal's kind: 属性); else, under a caption naming goals, a column of values (数值)."""
        lead = self._lead_above(k, skip, reported)
        if lead is None:
            return []
        w = self.w
        targets = [i for i, n in enumerate(names[1:], 1) if w.target.search(n) and not w.base.search(n)]
        years = [
            (i, int(y.group(1))) for i, n in enumerate(names[1:], 1) if (y := _YEAR.search(n)) is not None
        ]
        planned = "目标" in lead or w.plan.search(self.title) or any(n in w.attribute for n in names)
        if targets:
            columns = targets[-1:]
        elif len(years) >= 2 and planned:
            based = [i for i, _ in years if w.base.search(names[i])]
            columns = [i for i, _ in years if not w.base.search(names[i])][0 if based else 1 :]
        elif len(years) == 1 and planned and not w.base.search(names[years[0][0]]):
            # 指标 ⇥ 2025年 ⇥ 属性: a plan's one year, no base beside it, is its goal year
            columns = [years[0][0]]
        elif "目标" in lead:
            columns = [i for i, n in enumerate(names[1:], 1) if n in w.value][-1:]
        else:
            return []
        named = self._year_named(lead)
        out = []
        for column in columns:
            own = _YEAR.search(names[column])
            year = int(own.group(1)) if own is not None else named
            if year is not None:
                out.append((column, year))
        return out

    def lines_above(self, k: int, skip: int = 0) -> list[str]:
        """The few lines above line k that hold more than spaces, the nearest first, after the ``skip`` nearest."""
        out: list[str] = []
        for j in range(k - 1, -1, -1):
            if line := self.text(self.lines[j]).strip(_SPACES):
                out.append(line)
                if len(out) >= _LINES_ABOVE + skip:
                    break
        return out[skip:]

    def _lead_above(self, k: int, skip: int = 0, reported: bool = False) -> str | None:
        """The nearest line above the header (of the few above it, after the ``skip`` lines of its lead columns' names)
        that names goals; None when none does, or when a line between names a review or what is not goals. Over a
        table with a column of results (``reported``), a caption naming goals may name their review too
        (2026年主要预期目标完成情况): the table's goal column is told from its result column by the header."""
        for line in self.lines_above(k, skip):
            if reported and "目标" in line and len(line) <= 2 * self.w.line_chars:
                return line
            if self.w.refused.search(line):
                return None
            if self.w.caption.search(line) and len(line) <= 2 * self.w.line_chars:
                return line
        return None

    def _year_named(self, line: str) -> int | None:
        """The year a line names: written, relative to the text's date, or a five-year period's last year."""
        years = {int(y) for y in YEAR_NAMED.findall(line)}
        if len(years) == 1:
            return years.pop()
        relative = self.w.relative.search(line)
        if relative is not None and self.current_year is not None:
            return self.current_year + self.w.relative_years[relative.group()]
        return period_end_year(line, self.lex) if not years else None


def table_rows(
    norm: str, lex: Lexicon, current_year: int | None, coming: Callable[[int, int], bool]
) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """Every goal row of the plain-text goal tables of a text (see the module's docstring), and each table's span."""
    w = lex.derived(build_words)
    # a header holds a metric word (指标, 指 标): a text with none has no table, found by substring tests several
    # times faster than the header pattern's scan, which tries its line start at every position
    if not may_hold(norm, w.metric) or w.header_start.search(norm) is None:
        return [], []  # no line a table's header could open: most texts, read at once
    return _Table(norm, lex, current_year, coming).rows()


def index_table_rows(ix: TextIndex) -> tuple[list[TableRow], list[tuple[int, int]]]:
    """``table_rows`` of the index's text, read once per TextIndex: the amounts and the targets both ask (a goal
    table's target cells are goals to the one, rows to the other), and the answer depends on the index alone."""
    found = ix.__dict__.get("_table_rows")
    if found is None:
        found = ix._table_rows = table_rows(ix.norm, ix.lex, ix.current_year, ix._coming)
    return found


def table_goals(ix: TextIndex, row: TableRow, reader: Callable[[TextIndex], Any]) -> list[Goal]:
    """The goals of a goal table's row: its target cell read as a goal's quantity is (6% -> 6 %, 12.5亿元 -> 12.5 亿元)
    by ``reader`` (parsers.targets' reader of goal parts), on the row's span, with the metric its first cell; one goal,
    or one for each clause of a target cell that sets two (增长3万人左右，年末人口50万左右: the row's metric's change, then
    a level its own words name)."""
    if _NUMBER.search(row.cell) is None:  # 稳中有进 in a table of goals and results: a goal without a number
        return [Goal(row.start, row.end, row.year, metric=ix.written(*row.metric))]
    parts = [p for p in _CELL_CLAUSES.split(row.cell) if p.strip()]
    if len(parts) < 2 or not all(_NUMBER.search(p) for p in parts):
        parts = [row.cell]
    goals = []
    for n, text in enumerate(parts):
        if _BARE_LEVEL.fullmatch(text):  # 2.5: a level with no unit, read as the level reached (达到2.5)
            text = ix.lex.section("goal_tables")["bare_level_words"] + text
        cell = reader(TextIndex(text))
        found = cell.quantities(0, len(text))
        if not found:
            continue
        goal = cell._quantified(0, 0, len(text), row.year, found[0])
        # a later clause's own words before its figure name its metric (年末人口), as the reader reads them; the
        # first clause's metric is the row's
        if not (n and goal.metric):
            goal.metric = ix.written(*row.metric)
        goal.start, goal.end = row.start, row.end
        if row.rate_unit:
            goal.unit = row.rate_unit
        goals.append(goal)
    return goals
