"""The cells and lines of a plain-text goal table (parsers/goal_tables.py): a line's cells set apart by a separator, the
spans of a text's lines, the core words a text must hold to hold a table, and the reading of a target cell (the unit
its number takes from the unit column, the header or the metric, a bound written as a sign)."""

from __future__ import annotations

import re
from functools import cache

from parsers.patterns import LINE_SPACES

SPACES = LINE_SPACES
NUMBER = re.compile(r"[-+]?\d+(?:,\d{3})*(?:\.\d+)?")
_BRACKET_UNIT = re.compile(r"[（(]([^（()）\d]{1,8})[）)]\s*\Z")  # 地区生产总值（亿元）, 2026年目标（%）
# the count unit a cell of a rate column (/10万: the reader reads no slash unit but a fraction's) is read with
_RATE_READ_AS = "个"
_CJK = re.compile(r"[\u4e00-\u9fff]+")


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


def label_text(cell: str) -> str:
    """A header cell as its words, without the bars around it and the spaces a layout spread its characters with
    (主 要 指 标 |: 主要指标; 2025 年 目 标 值: 2025年目标值; 属 性: 属性; 2025 年: 2025年)."""
    cell = cell.strip(SPACES + "|｜")
    tokens = cell.split()
    if len(tokens) >= 2 and all(len(t) == 1 or t.isdigit() for t in tokens):
        return "".join(tokens)
    return cell


def lead_label(cell: str) -> str:
    """A lead column's header as its words, the spaces between its words dropped too (指标 分类 |: 指标分类): the words
    are then looked up in the lexicon's short list of lead headers (类别, 序号), so a cell of other words is none."""
    label = label_text(cell)
    tokens = label.split()
    if len(tokens) >= 2 and all(_CJK.fullmatch(t) for t in tokens):
        return "".join(tokens)
    return label


def letter_spaced(word: str) -> str:
    """A regex of a header word, its characters maybe spread by single spaces (主 要 指 标)."""
    return "[ \u3000]?".join(re.escape(ch) for ch in word)


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


def may_hold(norm: str, words: frozenset[str]) -> bool:
    """A text holds one of ``words`` (or its core word letter-spaced: 指 标), by substring tests."""
    return any(word in norm or " ".join(word) in norm for word in core_words(words))


def bracket_unit(name: str) -> re.Match | None:
    """The unit in brackets closing a header or a metric (地区生产总值（亿元）: 亿元), its group 1."""
    return _BRACKET_UNIT.search(name)


def column_unit(unit_cell: str | None, header: str, metric: str) -> str:
    """The unit of a row's target column: the unit column's cell when the table has one (``unit_cell``, maybe
    empty), else the brackets of the target's header (2026年目标（%）), else the metric's (地区生产总值（亿元）)."""
    if unit_cell is not None:
        return unit_cell.strip()
    bracket = bracket_unit(header) or bracket_unit(metric)
    return bracket.group(1) if bracket is not None else ""


def target_cell(value: str, number: re.Match, unit: str, signs: dict[str, str]) -> tuple[str, str]:
    """A target cell as the goal reader reads it, and the rate unit it does not read (/10万; else ""): the column's
    unit put after its number unless the cell writes its own (6%左右), and a bound written as a sign in words
    (≤5.5: 不高于5.5)."""
    if unit and has_unit(value[number.end() :]):
        unit = ""  # the cell writes its own (6%左右)
    rate_unit = unit if unit[:1] in "/／" else ""
    unit = _RATE_READ_AS if rate_unit else unit  # 60 per 10万 people: read as a count, given its unit after
    before = value[: number.start()]
    sign = signs.get(before.strip(SPACES))
    before = sign if sign is not None else before  # ≤5.5: 不高于5.5
    return before + value[number.start() : number.end()] + unit + value[number.end() :], rate_unit
