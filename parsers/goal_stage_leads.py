"""A stage of a plan in steps named again over its goals (round 36): a plan's news gives each stage its year first and
its goals after, in a later paragraph that names the stage and ends its lead with a colon:

    分两步走：“第一步”是到2031年，全市综合实力明显提高、…。 ⏎ 全市给“第一步”定下了具体要求：A占比60%以上，B达到…

The lead (the stage word, then no year, figure or full stop before the colon) leads the goals on the rest of its
paragraph, with the year the text gave the stage (lexicon [context] plan_stages; 到/至 a year right after the stage
word, 是 or a closing quote between). A stage given two years, or none before the lead, leads nothing; a lead whose
rest holds fewer than [targets] dated_heading_min_lines figures says too little to lead. Called by
parsers.goal_reach (dated_goal_leads: same scope, same reading of the goals).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.lexicon import Lexicon, alternation
from parsers.list_markers import has_figure
from parsers.patterns import LINE_SPACES, YEAR_NAMED

if TYPE_CHECKING:
    from parsers.goal_reach import GoalReach

_LEAD_CHARS = 30  # from the stage word to the lead's colon
_ITEM_BREAK = re.compile(r"[；;，,。、\n]")


def _stage_year(lex: Lexicon) -> re.Pattern:
    stages = alternation(lex.section("context")["plan_stages"])
    s = f"[{LINE_SPACES}]*"
    return re.compile(
        rf"(?P<stage>{stages})[”\"’]?{s}(?:是|为)?{s}(?:到|至){s}(?P<year>(?:19|20)\d{{2}}){s}年(?!\d|[-—–~至到])"
    )


def _stage_word(lex: Lexicon) -> re.Pattern:
    return re.compile(alternation(lex.section("context")["plan_stages"]))


def _lead_colon(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"[^。！？!?；;\n\d：:]{{0,{_LEAD_CHARS}}}?[：:]")


def stage_goal_leads(ix: GoalReach) -> list[tuple[int, int, int, int]]:
    """(lead start, body start, reach, year) of every lead naming a stage the text gave a year before it (see above)."""
    norm, lex = ix.norm, ix.lex
    given: dict[str, set[int]] = {}
    first_given: dict[str, int] = {}
    for m in lex.derived(_stage_year).finditer(norm):
        given.setdefault(m.group("stage"), set()).add(int(m.group("year")))
        first_given.setdefault(m.group("stage"), m.end())
    if not given:
        return []
    min_goals = int(lex.section("targets")["dated_heading_min_lines"])
    colon, found = lex.derived(_lead_colon), []
    for m in lex.derived(_stage_word).finditer(norm):
        years = given.get(m.group())
        if not years or len(years) != 1 or m.start() < first_given[m.group()]:
            continue
        lead = colon.match(norm, m.end())
        if lead is None or YEAR_NAMED.search(lead.group()):
            continue
        para_start, para_end = ix.paragraph(m.start())
        body = lead.end()
        figures = sum(1 for part in _ITEM_BREAK.split(norm[body:para_end]) if has_figure(part))
        year = next(iter(years))
        if figures < min_goals or not ix._coming(year, m.start()):
            continue
        sentence_start = max(para_start, *(norm.rfind(c, para_start, m.start()) + 1 for c in "。！？!?"))
        found.append((sentence_start, body, para_end, year))
    return found
