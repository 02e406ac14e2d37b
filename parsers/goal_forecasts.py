"""A year that a forecast leads (census19 F-forecast): 据预计，2013年全省…计划投资3000亿元 tells what someone reckons, no
goal the text sets (round 13: a forecast is at most optional). A forecast told as hearsay or as a first estimate
(lexicon [tense] forecast_lead_pattern: 据预计, 据测算, 初步预计 …) before the year in its clause, with no word of intent
after it (据预计…，力争2025年… aims), leads the year: it opens no goal statement. 预计 alone does not: plans write
预计到2025年…达到… of their own aims."""

from __future__ import annotations

import re

from parsers.clause_tense import aims_in_words

_CLAUSE_BREAKS = "；;"


def _forecast(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["forecast_lead_pattern"])


def forecast_before(ix, year_start: int) -> bool:
    """Whether a forecast lead stands before the year at ``year_start`` in its sentence and clause (not across a
    semicolon), with no word of intent between it and the year."""
    norm, lex = ix.norm, ix.lex
    s_start = ix.full_sentence(year_start)[0]
    start = max([s_start] + [norm.rfind(mark, s_start, year_start) + 1 for mark in _CLAUSE_BREAKS])
    leads = [m.end() for m in lex.derived(_forecast).finditer(norm, start, year_start)]
    return bool(leads) and not aims_in_words(norm, leads[-1], year_start, lex, verbs_only=True)
