"""Pinyin glosses inside words (預(yù)期目標(biāo), 1 萬(wàn)億元): the extractors read a text without them.

Copies of a page that print a character's reading after it split the words every rule reads (目標(biāo) is no
目标, 萬(wàn)億元 no 万亿元). The glosses are found and cut out by parsers.structure.pinyin (the one reader of
them: the structure reads titles past them too); ``without_glosses`` adds the clauses and a TextIndex of the copy,
and ``GlossFree.restore`` maps a row back, so ``surface == text[char_start:char_end]`` still holds (a gloss inside a
surface stays in it). A copy's other marks inside a goal's words (a year broken by a hard wrap, a single gloss) are
cut with them (parsers.copy_cuts).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from typing import TypeVar

from parsers.context import TextIndex
from parsers.copy_cuts import without_copy_marks
from parsers.lexicon import lexicon
from parsers.model import Money, Node, Ratio, Target
from parsers.structure.pinyin import PinyinMap

R = TypeVar("R", Money, Ratio, Target)


def glosses(text: str, index: TextIndex | None = None) -> PinyinMap | None:
    """The text without its glosses (None when it has none), found once per TextIndex."""
    if index is not None and hasattr(index, "_glosses"):
        return index._glosses
    # (cheap tests first: most texts hold no reading in brackets and no year broken by a line)
    found = without_copy_marks(text)
    if index is not None:
        index._glosses = found
    return found


@dataclass(frozen=True)
class GlossFree:
    """A text without its glosses: its clauses and TextIndex, and ``original[i]``, where its character i stands in
    the original (and the original's length at the end)."""

    text: str
    original: tuple[int, ...]
    clauses: list[Node]
    index: TextIndex

    def restore(self, row: R, text: str) -> R:
        """A money, ratio or target row of the gloss-free text, in the original's offsets and characters."""
        start = self.original[row.char_start]
        end = self.original[row.char_end - 1] + 1 if row.char_end > row.char_start else start
        return replace(row, char_start=start, char_end=end, surface=text[start:end])


def without_glosses(clauses: list[Node], index: TextIndex | None, found: PinyinMap) -> GlossFree:
    """The clauses and a TextIndex of the gloss-free text (built once per index, shared by both extractors)."""
    cached = getattr(index, "_gloss_free", None)
    if cached is not None and cached[0] is clauses:
        return cached[1]
    original = found.positions

    def inward(
        pos: int,
    ) -> int:  # an original offset in the gloss-free text (a gloss maps to what follows it)
        return bisect_left(original, pos, 0, len(original) - 1)

    lex = index.lex if index is not None else lexicon()
    blanked = [(inward(s), inward(e)) for s, e in getattr(index, "_blanked", [])] if index else []
    compact_index = TextIndex(
        found.compact, lex, furniture=blanked, current_year=index.current_year if index is not None else None
    )
    compact_clauses = [
        replace(c, char_start=inward(c.char_start), char_end=inward(c.char_end)) for c in clauses
    ]
    free = GlossFree(found.compact, original, compact_clauses, compact_index)
    if index is not None:
        index._gloss_free = (clauses, free)
    return free
