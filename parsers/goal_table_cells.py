"""The cells and lines of a plain-text goal table (parsers/goal_tables.py): a line's cells set apart by a separator, the
spans of a text's lines, whether a cell writes its own unit, and the core words a text must hold to hold a table."""

from __future__ import annotations

import re
from functools import cache

SPACES = " \t\u3000"


def split_cells(line: str, start: int, separator: re.Pattern) -> list[tuple[int, int]]:
    """The (start, end) of the cells of a line at ``start`` set apart by the separator (blank cells dropped)."""
    out, pos = [], 0
    for m in [*separator.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        cell = line[pos:end]
        if cell.strip(SPACES):
            lead = len(cell) - len(cell.lstrip(SPACES))
            out.append((start + pos + lead, start + pos + len(cell.rstrip(SPACES))))
        pos = m.end() if m is not None else pos
    return out


def has_unit(after_number: str) -> bool:
    """Text after a cell's number that starts with a unit of its own (%, 人, 亿元), not a hedge (左右), a closing
    bracket or nothing."""
    rest = after_number.strip(SPACES)
    if not rest or rest.startswith(("左右", "以上", "以下", "以内", "上下")):
        return False
    return rest[0] in "%‰" or "\u4e00" <= rest[0] <= "\u9fff"  # 〔12〕: a bracket closes, no unit


def line_spans(norm: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    while pos <= len(norm):
        end = norm.find("\n", pos)
        end = len(norm) if end < 0 else end
        spans.append((pos, end))
        pos = end + 1
    return spans


@cache
def core_words(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` no other of them stands inside: a text holds one of ``words`` only if it holds one of
    these (指标 for 指标, 主要指标, 指标名称)."""
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
