"""What the words of a sentence before a position say, for every value of the sentence in turn: a part of the year
already run (names_elapsed_period), the last year named, the five-year period named. Each is read from the
sentence once, and the answer for norm[start:pos] is taken from it, so a sentence of n values costs n lookups, not
n scans of its prefix (a sentence listing thousands of shares took minutes). The answers are those of a search cut
at pos: none of these patterns looks ahead, so a match inside the prefix is one of the whole sentence; only where
the sentence's first match runs across pos is the prefix searched itself."""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.clause_tense import elapsed_period_match, names_elapsed_period
from parsers.goal_periods import five_year_period_match, period_end_year
from parsers.lexicon import Lexicon
from parsers.patterns import YEAR_NAMED

_ABSENT = object()


class SentencePrefixes:
    def __init__(self, norm: str, lex: Lexicon):
        self.norm, self.lex = norm, lex
        self._elapsed: dict[tuple[int, int], tuple[int, int] | None] = {}
        self._years: dict[tuple[int, int], tuple[list[int], list[int]]] = {}
        self._periods: dict[tuple[int, int], re.Match | None] = {}

    def names_elapsed_period(self, start: int, end: int, pos: int) -> bool:
        """names_elapsed_period(norm, start, pos) for a position of the sentence norm[start:end]."""
        first = self._elapsed.get((start, end), _ABSENT)
        if first is _ABSENT:
            found = elapsed_period_match(self.norm, start, end, self.lex)
            first = self._elapsed[(start, end)] = found.span() if found is not None else None
        if first is None or first[0] >= pos:
            return False
        if first[1] <= pos:
            return True
        return names_elapsed_period(self.norm, start, pos, self.lex)  # the first one runs across pos

    def last_year(self, start: int, end: int, pos: int) -> int | None:
        """The last year named (2031年) in norm[start:pos], of the sentence norm[start:end]."""
        known = self._years.get((start, end))
        if known is None:
            found = list(YEAR_NAMED.finditer(self.norm, start, end))
            known = self._years[(start, end)] = ([m.end() for m in found], [int(m.group(1)) for m in found])
        ends, years = known
        i = bisect_right(ends, pos)
        return years[i - 1] if i else None

    def period_end(self, start: int, end: int, pos: int) -> int | None:
        """period_end_year(norm[start:pos]): the last year of the first five-year period named before pos."""
        first = self._periods.get((start, end), _ABSENT)
        if first is _ABSENT:
            first = self._periods[(start, end)] = five_year_period_match(self.norm[start:end], self.lex)
        if first is None or first.start() >= pos - start:
            return None
        if first.end() <= pos - start:
            return period_end_year(first.group(), self.lex)
        return period_end_year(self.norm[start:pos], self.lex)  # the first one runs across pos
