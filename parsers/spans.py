"""Lookups over character spans, kept cheap for long texts: which clause node holds a position
(``ClauseLocator``), and which matches of a pattern lie in a window of a sentence (``Hits``)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right


class Hits:
    """The matches of one pattern inside one span (a sentence), for repeated window queries.

    The first few queries search their window directly (as cheap as it gets for a sentence with
    one or two amounts); after that the span's matches are found once and every query is a
    bisect, so a sentence with thousands of amounts costs time linear in its length.
    """

    __slots__ = ("pattern", "text", "span", "queries", "matches", "starts", "ends")
    DIRECT_QUERIES = 6

    def __init__(self, pattern: re.Pattern, text: str, span: tuple[int, int]):
        self.pattern, self.text, self.span = pattern, text, span
        self.queries = 0
        self.matches: list[re.Match] | None = None

    def _indexed(self) -> bool:
        if self.matches is None:
            self.queries += 1
            if self.queries <= self.DIRECT_QUERIES:
                return False
            self.matches = list(self.pattern.finditer(self.text, *self.span))
            self.starts = [m.start() for m in self.matches]
            self.ends = [m.end() for m in self.matches]
        return True

    def first(self, start: int, end: int) -> re.Match | None:
        """The first match lying wholly inside [start, end)."""
        if not self._indexed():
            return self.pattern.search(self.text, start, end)
        i = bisect_left(self.starts, start)
        return self.matches[i] if i < len(self.matches) and self.ends[i] <= end else None

    def last(self, start: int, end: int) -> re.Match | None:
        """The last match lying wholly inside [start, end)."""
        if not self._indexed():
            found = None
            for found in self.pattern.finditer(self.text, start, end):  # noqa: B007
                pass
            return found
        j = bisect_right(self.ends, end) - 1
        return self.matches[j] if j >= 0 and self.starts[j] >= start else None

    def any(self, start: int, end: int) -> bool:
        return self.first(start, end) is not None


class ClauseLocator:
    """Which clause node holds a character position (clauses in document order, non-overlapping)."""

    def __init__(self, clauses):
        self.clauses = sorted(clauses, key=lambda c: c.char_start)
        self._starts = [c.char_start for c in self.clauses]

    def find(self, pos: int):
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.clauses[i].char_end:
            return self.clauses[i]
        return None

    def holding(self, start: int, end: int):
        """The clause that holds all of [start, end), or None: a figure read across a line break the extractors cut
        (parsers.copy_cuts: 58⏎亿元) is no mention where the structure kept that break as a clause's end."""
        node = self.find(start)
        return node if node is not None and end <= node.char_end else None

    def split(self, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) cut where a clause ends: a mention never runs from one clause into the next
        (the structure and the text index can end a sentence at different marks, as at an ASCII ?)."""
        pieces = []
        i = max(0, bisect_right(self._starts, start) - 1)
        while start < end:
            while i < len(self.clauses) and self.clauses[i].char_end <= start:
                i += 1
            if i == len(self.clauses):
                break
            clause = self.clauses[i]
            start = max(start, clause.char_start)
            if start >= end:
                break
            pieces.append((start, min(end, clause.char_end)))
            start = clause.char_end
        return pieces
