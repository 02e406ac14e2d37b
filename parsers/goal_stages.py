"""Staged goals: one statement naming several years, each metric reaching one value a year (到2025年和2030年，森林覆盖率
分别达到25%和30%; 覆盖率到2025年、2030年分别达到25%、30%).

The years are listed right after the statement's year, joined by 、/和/及/与 (lexicon [targets] staged_year_pattern);
the values are listed after 分别, in the same order. A goal row whose part holds 分别 opens a run of values, the parts
after it with no verb of their own continue it; a run of as many values as years gives each value its year, in order.
A run of another length keeps the statement's first year (which year each value is, the text does not say).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from parsers.lexicon import Lexicon
from parsers.patterns import YEAR_NAMED


class _Row(Protocol):
    start: int
    end: int
    year: int | None


def _staged(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    t = lex.section("targets")
    joined = re.compile(t["staged_year_pattern"])
    return joined, re.compile(f"(?:{joined.pattern})+[ \\t\\u3000]*\\Z")


def staged_years(norm: str, start: int, limit: int, lex: Lexicon) -> list[int]:
    """The years a statement opening at ``start`` lists (到2025年和2030年 -> [2025, 2030]); one year or none: []."""
    first = YEAR_NAMED.search(norm, start, limit)
    if first is None:
        return []
    joined = lex.derived(_staged)[0]
    years, pos = [int(first.group(1))], first.end()
    while (m := joined.match(norm, pos, limit)) is not None:
        years.append(int(m.group("year")))
        pos = m.end()
    return years if len(years) > 1 else []


def year_list_tail(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """The part is only the rest of a list of years (和2030年 after 到2025年): no goal of its own."""
    return lex.derived(_staged)[1].match(norm, start, end) is not None


def assign_stages(
    rows: Sequence[_Row], years: list[int], norm: str, respective: re.Pattern, verb: re.Pattern
) -> None:
    """Give each value of a 分别 run (``respective``: lexicon respective_words) its year, in order, when the run has as
    many values as ``years``; a row with a ``verb`` of its own ends a run."""
    run: list[_Row] = []

    def close() -> None:
        if len(run) == len(years):
            for row, year in zip(run, years, strict=True):
                row.year = year

    for row in rows:
        if respective.search(norm, row.start, row.end):
            close()
            run = [row]
        elif run and not verb.search(norm, row.start, row.end):
            run.append(row)
        else:
            close()
            run = []
    close()
