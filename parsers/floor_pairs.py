"""保X争Y: a floor and an aim written as a pair; the first figure is the least the text will accept (kind min).

保120亿元争150亿元, “保6%、争7%”: 保 (hold) right before a figure and 争 (strive for) right after it, opening a second
figure, state a floor and a higher aim (lexicon [bounds] floor_pair_*). The aim keeps its own kind (a value aimed at,
exact); a lone 保 (保6.5%增长) states no pair and bounds nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.bounds import Found, bounds_of


def _patterns(lex) -> tuple[re.Pattern, re.Pattern]:
    b = lex.section("bounds")
    return re.compile(b["floor_pair_before_pattern"]), re.compile(b["floor_pair_after_pattern"])


def floor_pairs(found: list[Found], norm: str, lex) -> list[Found]:
    """``found`` with the floor of each 保X争Y pair read as a minimum."""
    before, after = lex.derived(_patterns)
    out = []
    for f in found:
        if (
            f.kind == "exact"
            and f.qualifier is None
            and f.low is not None
            and before.search(norm, max(0, f.start - 3), f.start)
            and after.match(norm, f.end)
        ):
            low, high = bounds_of(f.low, "min")
            f = replace(f, low=low, high=high, kind="min")
        out.append(f)
    return out
