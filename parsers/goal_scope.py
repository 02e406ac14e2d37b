"""A goal statement's span and how it reads its parts (parsers.goal_scopes finds them), and a goal read from it."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Scope:
    """A goal statement: from its year phrase (or 力争) to the end of its paragraph or the next year phrase."""

    start: int
    body_start: int  # after the year phrase
    end: int
    first_sentence_end: (
        int  # goals before this need no goal verb (a year's whole reach; a bare 力争 scope: none)
    )
    year: int | None
    heading: bool = (
        False  # opened by a heading (到2025年发展目标): a line under it is a goal only with its verb
    )
    quantified_only: bool = (
        False  # 今年…，力争…: only its goals with a number give rows (as a yearless 力争's)
    )
    section: bool = (
        False  # a goal section under (二)发展目标: a later paragraph's part with a goal verb is a goal
    )
    bare_lines: bool = (
        False  # metric lines under a dated heading (parsers.goal_headings): a line with a number is a goal
    )
    carried: bool = (
        False  # reaches past its paragraph over a list or headline paragraphs (parsers.goal_reach)
    )
    goals_unit: bool = (
        False  # the unit of a heading that names goals (一、行动目标): 同比增长15% is planned there
    )
    quantified_after: int | None = (
        None  # past here (an inline list's lead sentence): goals with a number only
    )
    planned: bool = (
        False  # opened by 将 (2026年，全县将…): a figure set by a copula or a budget verb is no goal there
    )
    span_ahead: bool = (
        False  # opened by a span of years ahead with no year (未来五年，…): its goals' rows have year null
    )
    plan_tail: bool = (
        False  # a bare plan year carried over its paragraph's later sentences: the detector still reads them
    )


@dataclass
class Goal:
    """One goal read from a statement's part or a table's row (parsers.targets makes a Target row of it)."""

    start: int
    end: int
    year: int | None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str | None = None
    metric: str | None = None
    value_yuan: float | None = None
    value_fraction: float | None = None


def interrupted(scopes: list[Scope]) -> list[Scope]:
    """A carried scope holding a statement of its own year (到2030年…。⏎创新增强。企业新增5家，2030年超过80家；…) stops
    at it and, when that statement ends first, resumes after it: each position lies in one scope."""
    out: list[Scope] = []
    for scope in scopes:
        outer = out[-1] if out and out[-1].carried else None
        if outer is None or not outer.start < scope.start < outer.end or scope.year != outer.year:
            out.append(scope)
            continue
        out[-1] = replace(
            outer, end=scope.start, first_sentence_end=min(outer.first_sentence_end, scope.start)
        )
        out.append(scope)
        if scope.end < outer.end:
            out.append(
                Scope(scope.end, scope.end, outer.end, scope.end, outer.year, section=True, carried=True)
            )
    return out
