"""Goal statements the rules do not open, found by the learned goal detector (parsers.goal_detector).

A unit with a figure (a sentence or a list item, parsers.goal_features) that no goal scope with a year covers, and
that the detector scores as a goal statement, opens a scope of its own for the goal part reader (parsers.targets):
its own sentence, quantified goals only (as a 今年…，力争… sentence's). Its year: the latest year the unit names that
is still to come by the text's date; else the year a goal with no year of its own aims at there (its headings' or
title's topic year, else the text's date; none in a sentence that reports: GoalHeadings.plan_year). A unit that
names only past years reports them and opens nothing. The detector adds scopes; it removes none the rules open.
"""

from __future__ import annotations

from bisect import bisect_right

from parsers.context import TextIndex
from parsers.goal_detector import goal_detector
from parsers.goal_features import figure_units, title_of, unit_features
from parsers.goal_scope import Scope
from parsers.patterns import YEAR_NAMED


def detected_scopes(ix: TextIndex, scopes: list[Scope]) -> list[Scope]:
    """The scopes the detector opens in units no scope of ``scopes`` (each with a year) covers."""
    norm = ix.norm
    spans = sorted((s.start, s.end) for s in scopes)
    starts = [s for s, _ in spans]
    reach: list[int] = []  # the furthest end among the spans up to each
    for _, e in spans:
        reach.append(max(e, reach[-1]) if reach else e)
    detector = goal_detector()
    title = None
    found: list[Scope] = []
    for unit in figure_units(norm):
        if _covered(starts, reach, unit.start, unit.end):
            continue
        title = title_of(norm) if title is None else title
        if not detector.is_goal(unit_features(norm, unit, ix.lex, ix.current_year, title)):
            continue
        year = _unit_year(ix, unit.start, unit.end)
        if year is not None:
            found.append(Scope(unit.start, unit.start, unit.end, unit.end, year, quantified_only=True))
    return found


def _covered(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """A span (their starts sorted, ``reach`` the furthest end up to each) overlaps [start, end)."""
    k = bisect_right(starts, end - 1)
    return k > 0 and reach[k - 1] > start


def _unit_year(ix: TextIndex, start: int, end: int) -> int | None:
    named = [int(y) for y in YEAR_NAMED.findall(ix.norm, start, end)]
    if named:
        coming = [y for y in named if ix._coming(y, start)]
        return max(coming) if coming else None
    return ix.plan_year(start)
