"""The rows of a goal table copied one cell a line (parsers/goal_tables.py): `指标名称 ⏎ 单位 ⏎ 2025年 ⏎ 属性` over
rows written the same way, blank lines maybe between the cells.

A row takes as many lines as the header has cells, plus the row's number under 序号 or its group's name under 类别
(written on a group's first row only). A page that copies a table cell by cell also drops its empty cells (no unit for
a count of years, no base for a new metric): when the table's last column gives each goal's kind (属性: 预期性,
约束性), that cell closes the row, and the cells before it are laid under the columns by their kinds, the lead cells
(a group's name, a number) before the metric, a unit cell (no figure, no dash) under the unit column, the figures
filling the columns from the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parsers.goal_table_cells import NUMBER, SPACES

if TYPE_CHECKING:
    from parsers.goal_tables import _Table

Span = tuple[int, int]
_PLACEHOLDERS = frozenset("-—－/／")  # an empty cell written as a dash or a slash: a cell kept, not dropped


def cell_lines(
    table: _Table, j: int, names: list[str], leads: tuple[str, ...], unit_col: int | None
) -> tuple[list[int] | None, list[Span]]:
    """The lines of the row from line j and its cells, one per column (None: no row fits, or the text ends); ``leads``:
    the kinds of the lead columns, the nearest the metric's first."""
    if names[-1] in table.w.attribute:
        group, cells = _closed_row(table, j, names, unit_col)
        if group is not None:
            return group, cells
    width, lead = len(names), leads[0] if leads else None
    takes = [width + 1] if lead == "number" else [width + 1, width] if lead == "category" else [width]
    if set(leads[:2]) == {"number", "category"}:
        # 类别 ⏎ 序号 ⏎ 指标名称: a group's name on its first row, an empty cell (a lone bar) or none on the others
        takes = [width + 2, width + 1]
    for n in takes:
        group = _filled_lines(table, j, n)
        if len(group) < n:
            continue
        cells = [table._cell(table.lines[i]) for i in group]
        if n == width + 2:
            if not table.text(cells[1]).isdigit():
                continue
            cells = cells[2:]
        elif n > width:
            if lead == "number" and not table.text(cells[0]).isdigit():
                continue
            cells = cells[1:]
        if _fits(table, cells, unit_col):
            return group, cells
    return None, []


def _fits(table: _Table, cells: list[Span], unit_col: int | None) -> bool:
    """Cells that can be a row: a metric of words, a unit that is no number."""
    if not _metric_like(table.text(cells[0])):
        return False
    return unit_col is None or not NUMBER.fullmatch(table.text(cells[unit_col]))


def _metric_like(text: str) -> bool:
    return len(text) >= 2 and not NUMBER.fullmatch(text) and any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _body_fits(table: _Table, body: list[Span], columns: int) -> bool:
    """A row's cells from its metric to its kind: a metric of words, at most one cell a column."""
    return 3 <= len(body) <= columns + 2 and _metric_like(table.text(body[0]))


def _filled_lines(table: _Table, j: int, n: int) -> list[int]:
    """The next n lines from j holding more than spaces (fewer when the text ends): blank lines between cells pass; a
    lone bar or dash is a cell."""
    group, i = [], j
    while i < len(table.lines) and len(group) < n:
        if table.text(table.lines[i]).strip(SPACES):
            group.append(i)
        i += 1
    return group


def _closed_row(
    table: _Table, j: int, names: list[str], unit_col: int | None
) -> tuple[list[int] | None, list[Span]]:
    """The row from line j closed by its kind cell (预期性), its dropped cells given back as empty spans (None: no kind
    cell closes it within the header's width and two lead cells, or its cells do not fit)."""
    group = _filled_lines(table, j, len(names) + 2)
    close = next(
        (
            n
            for n, i in enumerate(group)
            if table.w.attribute_value.fullmatch(table.text(table._cell(table.lines[i])))
        ),
        None,
    )
    if close is None:
        return None, []
    group = group[: close + 1]
    cells = [table._cell(table.lines[i]) for i in group]
    columns = len(names) - 2  # between the metric's column and the kind's
    # the lead cells before the metric: the row's number (序号) and a group's name before it, or a group's name alone
    starts = [n + 1 for n, c in enumerate(cells[:2]) if table.text(c).isdigit()] + [0, 1]
    body = next((cells[s:] for s in starts if _body_fits(table, cells[s:], columns)), None)
    if body is None:
        return None, []
    metric, values, kind = body[0], body[1:-1], body[-1]
    dropped, empty = columns - len(values), (body[0][1], body[0][1])
    if dropped and unit_col is not None:
        if unit_col != 1:
            return None, []  # a unit column after a figure's: where the dropped cells stood is unknown
        first = table.text(values[0])
        if not any(ch.isdigit() for ch in first) and first not in _PLACEHOLDERS:
            return group, [
                metric,
                values[0],
                *[empty] * dropped,
                *values[1:],
                kind,
            ]  # a figure's cell dropped
        values, dropped = [empty, *values], dropped - 1  # the unit's cell dropped
    return group, [metric, *([empty] * dropped), *values, kind]  # the first figure columns' cells dropped
