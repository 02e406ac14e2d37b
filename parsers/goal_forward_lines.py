"""Lines that look ahead to one year (展望2027年, 2027年展望): a lead of that year's goals, as a line naming them is.

A news page of a work report sets the year's figures under such a line, as it sets last year's under a line that looks
back (回顾2026年 ⏎ …增长5.5% ⏎ 展望2027年 ⏎ …增长6%左右): the forward word names the lines under it as goals as 目标
does (lexicon [targets] goal_lead_forward_pattern, forward_lead_words). parsers.goal_leads reads them with its leads;
these lines name no 目标, so its fast scan for goal words does not find them: forward_lines does. An outlook looks ahead
too, at what someone expects (展望2027年 ⏎ 经济有望增长5%左右: [tense] forecast_cues): a forward line over a forecast leads
nothing.
"""

from __future__ import annotations

import re

from parsers.clause_tense import forecasts_in_words
from parsers.lexicon import Lexicon, alternation


def forward_lead(lex: Lexicon) -> str:
    """The pattern of a forward lead line, its forward words filled in (a part of the lead lines' pattern,
    parsers.goal_paragraph_run.goal_lead_pattern)."""
    t = lex.section("targets")
    return t["goal_lead_forward_pattern"].replace(
        "{forward_word}", f"(?:{alternation(t['forward_lead_words'])})"
    )


def forward_lines(norm: str, lex: Lexicon) -> list[int]:
    """The start of each line that holds a forward word, where a forward lead may stand."""
    return sorted({norm.rfind("\n", 0, w.start()) + 1 for w in lex.derived(_forward_word).finditer(norm)})


def _forward_word(lex: Lexicon) -> re.Pattern:
    return re.compile(alternation(lex.section("targets")["forward_lead_words"]))


def forecasts_under(lead: re.Match, below: str, lex: Lexicon) -> bool:
    """A forward lead (not one naming 目标) whose lines ``below`` forecast (有望, 或将 …): an outlook, no goals."""
    forward = lead.group("year_ahead") or lead.group("year_before_word")
    return bool(forward) and forecasts_in_words(below, 0, len(below), lex)
