"""Five-year plan periods (“十四五”, 十五五规划) and the years they end in: one reading for headings, leads,
tables and sentence prefixes."""

from __future__ import annotations

import re

from parsers.lexicon import Lexicon


def _period(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["five_year_period_pattern"])


def five_year_period_match(text: str, lex: Lexicon) -> re.Match | None:
    """The first five-year period named in ``text`` (“十四五”, 十五五规划)."""
    return lex.derived(_period).search(text)


def period_end_year(text: str, lex: Lexicon) -> int | None:
    """The last year of the five-year period a text names (“十四五” → 2025, 十五五 → 2030): the Nth plan since the
    third (1966—1970) ends in 1955 + 5N."""
    m = five_year_period_match(text, lex)
    if m is None:
        return None
    n = 10 + ("一二三四五六七八九".index(m.group("n")) + 1 if m.group("n") else 0)
    return 1955 + 5 * n
