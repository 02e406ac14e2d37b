"""What frames a span of years ahead in its sentence (parsers.goal_spans): a word of aim in the span's own part, and
the years its sentence names that are no year of its goals."""

from __future__ import annotations

import re

from parsers.patterns import YEAR_NAMED

# A row's figure in a span-ahead statement, in digits or in Chinese numerals before their scale (GDP将达四万亿元,
# 比重达到百分之五左右), not a numeral of a name (七大…集群)
ROW_FIGURE = re.compile(r"\d|百分之|[一二两兩三四五六七八九十](?=[十百千万萬亿億])")


def aims_on(norm: str, own_intent: re.Pattern, start: int, end: int) -> bool:
    """Between a span's end and the first figure of norm[start:end] stands a word of aim (``own_intent``, [targets]
    span_ahead_own_intents: 五年后，甲市GDP将达…)."""
    figure = ROW_FIGURE.search(norm, start, end)
    return figure is not None and own_intent.search(norm, start, figure.start()) is not None


def names_a_year(norm: str, span_start: re.Pattern, start: int, end: int) -> bool:
    """norm[start:end] names a year other than one a span starts at (决定从2009年起实施…工程，即力争用5年时间，…: the
    start of the years, no year of the goals; ``span_start``: [targets] span_start_after_year_pattern)."""
    return any(span_start.match(norm, m.end()) is None for m in YEAR_NAMED.finditer(norm, start, end))
