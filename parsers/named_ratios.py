"""A ratio named by its metric and written as a bare number: 城乡居民收入倍差缩小到1.7以内 (a gap in times, form multiple),
收入比值缩小到1.3, …之比提升到0.8 (a quotient, form ratio), 收入倍差≤1.9. The number has no sign of its own (no %, no
比一), so only the metric's head before it, a verb of change or level and the absence of a unit after it make it a ratio
(lexicon [ratios] named_ratio_heads, named_ratio_pattern)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsers.lexicon import Lexicon, alternation


def _named(lex: Lexicon) -> tuple[dict[str, str], re.Pattern]:
    cfg = lex.section("ratios")
    heads: dict[str, str] = dict(cfg["named_ratio_heads"])
    return heads, re.compile(cfg["named_ratio_pattern"].replace("{heads}", alternation(list(heads))))


def named_ratio_figures(lex: Lexicon, norm: str) -> Iterator[tuple[int, int, float, str]]:
    """(start, end, value, form) of each such number in norm."""
    heads, pattern = lex.derived(_named)
    if not any(head in norm for head in heads):
        return  # most texts: no head, no scan
    for m in pattern.finditer(norm):
        yield m.start("n"), m.end("n"), float(m.group("n")), heads[m.group("head")]
