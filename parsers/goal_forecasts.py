"""A year that a forecast leads (census19 F-forecast): 据预计，2031年全区…计划投资650亿元 tells what someone reckons, no
goal the text sets (round 13: a forecast is at most optional). A forecast told as hearsay or as a first estimate
(lexicon [tense] forecast_lead_pattern: 据预计, 据测算, 初步预计 …) before the year in its clause, with no word of intent
in its clause (据预计…，力争2025年…, 据预计，2026年…，全市力争… aim), leads the year: it opens no goal statement. 预计 alone does not: plans write
预计到2025年…达到… of their own aims. A figure cited from a source's data (根据世界银行数据，2014年…; lexicon
data_source_lead_pattern) is led the same way: a record of what was; so is a year a past milestone is told after (是继2012年
突破1000亿元…之后, 早在2021年…; past_milestone_lead_pattern). So is a year in the outcome of a scenario its clause opens
with (若…，则…，预计…在2030年前后到来: scenario_lead_pattern): what would follow if, no aim."""

from __future__ import annotations

import re
from bisect import bisect_right

from parsers.clause_tense import aims_in_words
from parsers.patterns import SEMICOLONS, after_last_mark


def _forecast(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["forecast_lead_pattern"])


def _data_source(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["data_source_lead_pattern"])


def _past_milestone(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["past_milestone_lead_pattern"])


def _scenario(lex) -> re.Pattern:
    return re.compile(lex.section("tense")["scenario_lead_pattern"])


def _clause_leads(ix, start: int, s_end: int) -> tuple[list[int], int | None]:
    """The ends of the forecast leads of the clause opening at ``start`` (to its semicolon or sentence end ``s_end``)
    and of the scenario it opens with, if any: found once a clause, since a clause holding many years would otherwise
    be searched again up to each (time quadratic in a long line's length)."""
    cache = ix.__dict__.setdefault("_forecast_leads", {})
    if start not in cache:
        norm, lex = ix.norm, ix.lex
        stop = min((i for mark in SEMICOLONS if (i := norm.find(mark, start, s_end)) >= 0), default=s_end)
        ends = [m.end() for m in lex.derived(_forecast).finditer(norm, start, stop)]
        scenario = lex.derived(_scenario).match(norm, start, stop)
        cache[start] = (ends, scenario.end() if scenario else None)
    return cache[start]


def _year_end_estimate(lex) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    t = lex.section("tense")
    return tuple(
        re.compile(t[k])
        for k in (
            "year_end_estimate_lead_pattern",
            "year_end_estimate_year_pattern",
            "year_end_estimate_comparison_pattern",
        )
    )


def estimates_year_end(ix, year_start: int, start: int, s_end: int) -> bool:
    """Whether the year at ``year_start`` is a year's end estimated (预计到2031年底，…较去年增长5%): 预计 right before
    it in its clause (from ``start``), its sentence (to ``s_end``) setting figures against an earlier year, and the text
    undated or dated that year (lexicon [tense] year_end_estimate_*): the year's result, no goal."""
    lead, year, comparison = ix.lex.derived(_year_end_estimate)
    if lead.search(ix.norm, start, year_start) is None:
        return False
    m = year.match(ix.norm, year_start)
    if m is None or ix.current_year not in (None, int(m.group("year"))):
        return False
    return comparison.search(ix.norm, m.end(), s_end) is not None


def forecast_before(ix, year_start: int) -> bool:
    """Whether a forecast lead stands before the year at ``year_start`` in its sentence and clause (not across a
    semicolon), with no word of intent in the clause after it; or the year is a year's end estimated with comparisons
    (estimates_year_end)."""
    norm, lex = ix.norm, ix.lex
    s_start, s_end = ix.full_sentence(year_start)
    start = after_last_mark(norm, SEMICOLONS, year_start, s_start)
    if estimates_year_end(ix, year_start, start, s_end):
        return True
    ends, scenario_end = _clause_leads(ix, start, s_end)
    leads = ends[: bisect_right(ends, year_start)]
    # 若…，则…成本约为…，预计…在2040年前后出现: the outcome of a scenario its clause opens with, no goal
    if scenario_end is not None and scenario_end <= year_start:
        leads.append(scenario_end)
    if norm[year_start : year_start + 1].isdigit():
        # a bare year right after a source's data is a record (到2030年 after 据统计 is a projection ahead: not here)
        leads += [m.end() for m in lex.derived(_data_source).finditer(norm, start, year_start)]
        # 是继2012年突破1000亿元、2016年突破2000亿元之后: a milestone passed, told after the year it was passed in
        leads += [m.end() for m in lex.derived(_past_milestone).finditer(norm, start, year_start)]
    if not leads:
        return False
    # an aim in the clause, before the year or after it (据预计，2026年…，全市力争…增长6%), makes it the text's
    breaks = [i for mark in SEMICOLONS if (i := norm.find(mark, year_start, s_end)) >= 0]
    clause_end = min(breaks, default=s_end)
    if aims_in_words(norm, leads[-1], year_start, lex, verbs_only=True):
        return False
    # after the year only an opener of goals counts (计划投资… is the forecast's own plan)
    return lex.derived(_opener).search(norm, year_start, clause_end) is None


def _opener(lex) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in lex.section("targets")["goal_openers"]))
