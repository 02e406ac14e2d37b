"""Pinyin glosses inside words (預(yù)期目標(biāo), 1 萬(wàn)億元): the extractors read a text without them.

Copies of a page that print each character's reading after it split the words every rule reads (目標(biāo) is no
目标, 萬(wàn)億元 no 万亿元). ``without_glosses`` gives the text with the glosses cut out, its clauses and TextIndex
on that text, and the map of each of its characters back to the original; the extractors run on it and map
their offsets back, so ``surface == text[char_start:char_end]`` still holds (a gloss inside a surface stays in it).
The pattern is the lexicon's ``pinyin_gloss_pattern`` ([context]).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TypeVar

from parsers.context import TextIndex
from parsers.lexicon import Lexicon, lexicon
from parsers.model import Money, Node, Ratio, Target

R = TypeVar("R", Money, Ratio, Target)

_PATTERNS: dict[int, re.Pattern] = {}


def _gloss(lex: Lexicon) -> re.Pattern:
    pattern = _PATTERNS.get(id(lex))
    if pattern is None:
        pattern = _PATTERNS[id(lex)] = re.compile(lex.section("context")["pinyin_gloss_pattern"])
    return pattern


_BRACKETS = "(（"
_LATIN = frozenset(
    "abcdefghijklmnopqrstuvwxyzü āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
)  # what may follow a gloss's bracket


def gloss_spans(
    text: str, lex: Lexicon | None = None, index: TextIndex | None = None
) -> list[tuple[int, int]]:
    """The spans of the pinyin glosses of ``text``, found once per TextIndex. The pattern is tried only at a
    bracket with a latin letter after it (a scan of the whole text with it cost 7% of extraction)."""
    cached = getattr(index, "_gloss_spans", None)
    if cached is not None:
        return cached
    pattern, spans, n = _gloss(lex or lexicon()), [], len(text)
    for bracket in _BRACKETS:
        i = text.find(bracket)
        while i != -1:
            if i + 1 < n and text[i + 1] in _LATIN:
                m = pattern.match(text, i)
                if m is not None:
                    spans.append(m.span())
            i = text.find(bracket, i + 1)
    spans.sort()
    if index is not None:
        index._gloss_spans = spans
    return spans


@dataclass(frozen=True)
class GlossFree:
    """A text without its glosses: ``original[i]`` is where character i of ``text`` stands in the original."""

    text: str
    original: list[int]
    clauses: list[Node]
    index: TextIndex

    def restore(self, row: R, text: str) -> R:
        """A money, ratio or target row of the gloss-free text, in the original's offsets and characters."""
        start = self.original[row.char_start]
        end = self.original[row.char_end - 1] + 1 if row.char_end > row.char_start else start
        return row.model_copy(update={"char_start": start, "char_end": end, "surface": text[start:end]})


def without_glosses(
    text: str, clauses: list[Node], index: TextIndex | None, spans: list[tuple[int, int]]
) -> GlossFree:
    """The text with ``spans`` cut out, its clauses and a TextIndex of it (built once per index, shared by both
    extractors)."""
    cached = getattr(index, "_gloss_free", None)
    if cached is not None and cached[0] is clauses:
        return cached[1]
    pieces, original, at = [], [], 0
    for s, e in spans:
        pieces.append(text[at:s])
        original.extend(range(at, s))
        at = e
    pieces.append(text[at:])
    original.extend(range(at, len(text)))
    original.append(len(text))  # the end of the text maps to the end
    compact = "".join(pieces)

    def inward(pos: int) -> int:  # an original offset in the compact text (a gloss maps to what follows it)
        return bisect_left(original, pos, 0, len(original) - 1)

    lex = index.lex if index is not None else lexicon()
    blanked = [(inward(s), inward(e)) for s, e in getattr(index, "_blanked", [])] if index else []
    compact_index = TextIndex(
        compact, lex, furniture=blanked, current_year=index.current_year if index is not None else None
    )
    compact_clauses = [
        c.model_copy(update={"char_start": inward(c.char_start), "char_end": inward(c.char_end)})
        for c in clauses
    ]
    free = GlossFree(compact, original, compact_clauses, compact_index)
    if index is not None:
        index._gloss_free = (clauses, free)
    return free
