"""The words of plain-text goal tables (parsers/goal_tables.py, parsers/goal_table_transposed.py), read from the
lexicon's [goal_tables] and [targets] once, and the goal row a table gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.goal_table_cells import letter_spaced
from parsers.lexicon import Lexicon, alternation
from parsers.patterns import LINE_SPACES


@dataclass(frozen=True)
class TableWords:
    """The words of goal tables (lexicon [goal_tables], and [targets]' of goal headings), compiled once."""

    separator: re.Pattern
    metric: frozenset[str]
    unit: frozenset[str]
    target: re.Pattern
    base: re.Pattern
    caption: re.Pattern
    refused: re.Pattern  # a review or a heading of what is not goals over the table
    bulletin: re.Pattern
    relative: re.Pattern
    relative_years: dict[str, int]
    line_chars: int
    header_start: re.Pattern  # a line a metric header opens (指标, 序号 ⇥ 指标名称): where a table may begin
    number: frozenset[str]  # the header of a column that numbers the rows (序号), before the metric's
    category: frozenset[str]  # the header of a column naming each group of rows (类别), before the metric's
    signs: dict[
        str, str
    ]  # a bound written as a sign (≤5.5) and the words the goal reader reads for it (不高于)
    attribute: frozenset[str]  # the header of a column giving each goal's kind (属性: 预期性, 约束性)
    attribute_value: re.Pattern  # a cell of that column (预期性), fullmatch
    value: frozenset[str]  # the header of a column of values (数值)
    duty: frozenset[str]  # the header of a column saying who leads a goal (牵头单位, 来源): no goal
    plan: re.Pattern  # a plan's title (规划, 方案, 计划)
    result: re.Pattern  # the header of a column of results beside the goals' (2026年完成情况), fullmatch


def build_words(lex: Lexicon) -> TableWords:
    g, t = lex.section("goal_tables"), lex.section("targets")
    relative = t["relative_lead_years"]
    return TableWords(
        re.compile(g["cell_separator_pattern"]),
        frozenset(g["metric_headers"]),
        frozenset(g["unit_headers"]),
        re.compile(g["target_header_pattern"]),
        re.compile(g["base_header_pattern"]),
        re.compile(g["caption_pattern"]),
        re.compile(f"{t['dated_heading_review_pattern']}|{t['goal_scope_end_pattern']}"),
        re.compile(t["dated_heading_bulletin_pattern"]),
        re.compile(alternation(relative)),
        {k: int(v) for k, v in relative.items()},
        int(t["heading_line_chars"]),
        re.compile(
            rf"^[{LINE_SPACES}|｜]*(?:(?:{alternation(g['number_headers'] + g['category_headers'])})[{LINE_SPACES}|｜]+)?"
            rf"(?:{'|'.join(map(letter_spaced, sorted(g['metric_headers'], key=len, reverse=True)))})"
            rf"(?=[{LINE_SPACES}|｜]|$)",
            re.M,
        ),
        frozenset(g["number_headers"]),
        frozenset(g["category_headers"]),
        dict(g["bound_signs"]),
        frozenset(g["attribute_headers"]),
        re.compile(g["attribute_value_pattern"]),
        frozenset(g["value_headers"]),
        frozenset(g["duty_headers"]),
        re.compile(g["plan_title_pattern"]),
        re.compile(g["result_header_pattern"]),
    )


@dataclass(frozen=True)
class TableRow:
    """One goal of a table: its span (the row's, or the target cell's when each cell stands on its own line), its
    metric's span and what to read in its target cell."""

    start: int
    end: int
    metric: tuple[int, int]
    cell: str  # the target cell's text with the column's unit put after its number (6 -> 6%)
    year: int
    rate_unit: str = ""  # a unit column's rate per a population (/10万), which the goal reader does not read
    value: tuple[int, int] = (
        0,
        0,
    )  # the target cell's span: a figure in it is a goal's value (parsers.roles)
