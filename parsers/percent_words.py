"""A ratio written in words (百分之九, 千分之五, 三分之一) as a goal's quantity: a match shaped as a ``target_quantity``
match, so that the goal reader reads it as it reads 9% (parsers.goal_quantities)."""

from __future__ import annotations

import re

# the groups of a ``target_quantity`` match that a quantity read otherwise (in words, in years) leaves empty
UNUSED_GROUPS = frozenset(("n1", "s1", "s", "dash", "people", "more", "more_scaled", "bare"))


class PercentWord:
    """百分之九 read as a goal's quantity: the match of a ratio written in words, shaped as a ``target_quantity``
    match whose number is 九 and whose unit is % (its span, 百分之, stands before the number; the number's start
    is the start of the whole, so that a bound before it (控制在百分之四以内) is read as before 9%)."""

    _NONE = UNUSED_GROUPS

    def __init__(self, m: re.Match, percent: str, share: float | None = None):
        self._m = m
        self._percent = percent  # the sign of the unit: % for 百分之, ‰ for 千分之
        # 三分之一: a fraction of another denominator is its share in % (33.33…), as a slash fraction 1/3 is
        self._number = None if share is None else f"{share * 100:.10g}"

    def group(self, name: str | int = 0) -> str | None:
        if name == "n":
            return self._m.group("n") if self._number is None else self._number
        if name == "u":
            return self._percent
        if name in self._NONE:
            return None
        return self._m.group(0)

    def start(self, name: str | int = 0) -> int:
        return self._m.start(0) if name in (0, "n", "u") else -1

    def end(self, name: str | int = 0) -> int:
        if name == "u":
            return self._m.start("n")
        return self._m.end("n") if name in (0, "n") else -1
