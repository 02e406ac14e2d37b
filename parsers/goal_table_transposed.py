"""Transposed goal tables (parsers/goal_tables.py): the metrics stand in a row, and a row under them gives each
metric's target, the row's label in its first cell or on the line above it:

    主要指标 ⇥ 粮食综合生产能力 ⇥ 农业科技进步贡献率        主 要 指 标 |
    2025年目标值 ⇥ >6亿吨 ⇥ 61.5%                       粮食综合生产能力 | 农业科技进步贡献率 |
    属性 ⇥ 约束性 ⇥ 预期性                               2025 年 目 标 值 |
                                                        >6亿吨 | 61.5% |
                                                        属 性 | 约束性 | 预期性 |

A page stores a wide table so when it turns it, or breaks it into blocks of a few metrics, each under its own 主要指标
row. The labels are the row-major table's column headers (lexicon [goal_tables]), maybe letter-spaced (属 性): a row of
targets (目标值, 2025年目标) gives goals; a row of a year's values does when the table is a plan's and the year is no base
(the first of several, or one named 基期); a unit row gives each metric's unit; a row of kinds (属性), of duties or of
base values gives none. Each goal's span is its target cell, its metric the cell above it in the metrics' row.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.goal_table_cells import NUMBER, SPACES, bracket_unit, column_unit, label_text, target_cell
from parsers.goal_table_words import TableRow

if TYPE_CHECKING:
    from parsers.goal_tables import _Table

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def transposed_rows(table: _Table, k: int) -> tuple[list[TableRow], int, int] | None:
    """The goal rows of the transposed table whose metric header is at line k, the line after the table and where
    it ends; None when no transposed table stands there (see the module's docstring)."""
    w = table.w
    cells = table._row_cells(k)
    if not cells or label_text(table.text(cells[0])) not in w.metric:
        return None
    if len(cells) >= 3:
        names, j = cells[1:], k + 1  # 主要指标 ⇥ A ⇥ B: the metrics on the header's line
    elif len(cells) == 1 and (below := _next_line(table, k + 1)) is not None:
        names, j = table._row_cells(below), below + 1  # 主要指标 ⏎ A ⇥ B
    else:
        return None
    if len(names) < 2 or not all(_metric_name(table, table.text(c)) for c in names):
        return None
    blocks: list[tuple[str, list[tuple[int, int]]]] = []  # (label, the row's cells under the metrics)
    end = names[-1][1]
    while (i := _next_line(table, j)) is not None:
        row = table._row_cells(i)
        label = label_text(table.text(row[0])) if row else ""
        if not _label(table, label):
            break
        if len(row) == len(names) + 1:
            values, j = row[1:], i + 1
        elif len(row) == 1 and (v := _next_line(table, i + 1)) is not None:
            values, j = table._row_cells(v), v + 1
            if len(values) != len(names) or not any(NUMBER.search(table.text(c)) for c in values):
                break
        else:
            break
        blocks.append((label, values))
        end = values[-1][1]
    if not blocks or _refused_above(table, k):
        return None
    unit_cells = next((values for label, values in blocks if label in w.unit), None)
    rows = []
    for label, values, year in _target_blocks(table, blocks, k):
        for column, (name, value) in enumerate(zip(names, values, strict=True)):
            if not table.coming(year, value[0]):
                continue
            row = _goal(table, name, value, label, unit_cells[column] if unit_cells else None, year)
            if row is not None:
                rows.append(row)
    return rows, j, end


def _target_blocks(
    table: _Table, blocks: list[tuple[str, list[tuple[int, int]]]], k: int
) -> list[tuple[str, list[tuple[int, int]], int]]:
    """The rows of targets and the year of each: the rows a target label names (2025年目标值), else the rows of
    years but the base when the table is a plan's (its title is a plan's, or a row gives each goal's kind)."""
    w = table.w
    targets = [(label, v) for label, v in blocks if w.target.search(label) and not w.base.search(label)]
    if not targets:
        years = [(label, v) for label, v in blocks if _YEAR.search(label) and label not in w.unit]
        planned = w.plan.search(table.title) or any(label in w.attribute for label, _ in blocks)
        if len(years) < 2 or not planned:
            return []
        based = any(w.base.search(label) for label, _ in years)
        targets = [(label, v) for label, v in years if not w.base.search(label)][0 if based else 1 :]
    out = []
    for label, values in targets:
        own = _YEAR.search(label)
        year = int(own.group(1)) if own is not None else _named_year(table, k)
        if year is not None:
            out.append((label, values, year))
    return out


def _goal(
    table: _Table,
    name: tuple[int, int],
    value: tuple[int, int],
    label: str,
    unit_cell: tuple[int, int] | None,
    year: int,
) -> TableRow | None:
    metric, text = table.text(name), table.text(value)
    number = NUMBER.search(text)
    if number is None:
        return None  # -, 持续提升: no number
    unit = column_unit(table.text(unit_cell) if unit_cell is not None else None, label, metric)
    cell, rate_unit = target_cell(text, number, unit, table.w.signs)
    bracket = bracket_unit(metric)
    metric_end = name[0] + bracket.start() if bracket is not None else name[1]
    return TableRow(value[0], value[1], (name[0], metric_end), cell, year, rate_unit, value)


def _metric_name(table: _Table, cell: str) -> bool:
    """A cell that can name a metric: words, no number alone, no header word (2025年, 属性, 单位)."""
    label = label_text(cell)
    return (
        bool(_CJK.search(cell))
        and not NUMBER.fullmatch(cell)
        and len(cell) <= table.w.line_chars
        and not any(ch in cell for ch in "，。；")
        and not _label(table, label)
    )


def _label(table: _Table, label: str) -> bool:
    """A row label of a transposed table: a header word of a row-major table's columns."""
    w = table.w
    if not label or len(label) > 20:
        return False
    return (
        bool(w.target.search(label))
        or bool(w.base.search(label))
        or bool(_YEAR.fullmatch(label) or _YEAR.match(label) and len(label) <= 12)
        or label in w.unit
        or label in w.attribute
        or label in w.duty
        or label in w.value
    )


def _next_line(table: _Table, j: int) -> int | None:
    """The first line from j that holds more than spaces (None: the text ends first)."""
    while j < len(table.lines):
        if table.text(table.lines[j]).strip(SPACES):
            return j
        j += 1
    return None


def _refused_above(table: _Table, k: int) -> bool:
    """A line just above the table names a review (完成情况, 回顾): its targets are last year's results."""
    return any(table.w.refused.search(line) for line in table.lines_above(k))


def _named_year(table: _Table, k: int) -> int | None:
    """The year the caption above the table names (2025年主要指标, “十五五”主要指标), if one does."""
    lead = table._lead_above(k)
    return table._year_named(lead) if lead is not None else None
