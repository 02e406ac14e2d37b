"""Paragraphs that go on with a dated goal list after the paragraph naming its year, with no year of their own.

A plan or its news often states the goal year once and lists the goals over several paragraphs:

    到2035年，全市数字经济核心产业增加值达到800亿元，占地区生产总值比重达到12%以上。
    全市累计培育领军企业50家，建成省级以上工业互联网平台30个。
    5G基站总数突破3万个，千兆光网覆盖率达到95%。

The paragraphs after the first name no year, open with no task verb and report nothing of the past: they are the
year's goals. parsers.goal_reach carries a year over such paragraphs only when they stand in a goal section, under
headlines, or after a paragraph left open (；) or a continuation word (其中包括); this module reads the plain run.

It holds only for the statement of a deadline (到2035年, 至2030年: a year's goals, no bare year that may report), a
year still to come, whose own paragraph states a figure and reports nothing, and that stands in no numbered unit of
tasks ((三)加快…建设。到2035年，… ⏎ …: the unit's measures go on below). The paragraphs are read as the later
sentences of any goal statement: a part gives a goal only with a goal verb (parsers.goal_reader). The run ends, as
parsers.goal_paragraph_run ends it (a year, a task verb first, a report, a heading), at a paragraph with a relative
year of its own or a five-year period ending in another year (力争全年…, 今年…, “十五五”末… under 到2035年), and at a
paragraph of news about the plan's other contents, a rule's grant or a turn of the news (依照《规划》，…,
对…给予一次性奖励, 此外，: lexicon [targets] following_goal_paragraph_stop_pattern).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers.goal_paragraph_run import goal_paragraph_run
from parsers.goal_periods import five_year_period_match, period_end_year
from parsers.grant_cues import grant_cue
from parsers.lexicon import Lexicon
from parsers.list_markers import has_figure

if TYPE_CHECKING:
    from parsers.goal_scopes import GoalScopes

_DIGIT = re.compile(r"\d")


def following_goal_paragraphs(ix: GoalScopes, m: re.Match, year: int, para_end: int, limit: int) -> int:
    """Where the goals of the year phrase ``m`` (in a paragraph ending at para_end) end, carried over the plain goal
    paragraphs after it (see the module); para_end when none follows. ``limit``: the next year phrase of another
    year."""
    digit = _DIGIT.search(m.group(0))
    year_at = m.start() + (digit.start() if digit else 0)
    if not ix._deadline_led(year_at):
        return para_end  # 到2035年, 至2030年: the year a plan's goals are due (not 截至)
    if not ix._coming(year, para_end):
        return para_end
    own = ix.norm[m.end() : para_end]
    if not has_figure(own) or next(ix._past_markers(m.end(), para_end), None) is not None:
        return para_end  # 到2030年，…基本形成。 (no figure), 到2030年底已建成… (a report): no list of figures
    para_start = ix.paragraph(m.start())[0]
    enclosing, goals_unit = ix._enclosing_unit(para_start)
    if enclosing is not None and not goals_unit:
        return para_end  # a numbered unit of tasks goes on with its measures
    run_end = goal_paragraph_run(ix, para_end)
    if run_end > limit:
        return para_end
    stops, own_year = ix.lex.derived(_stops), ix.lex.derived(_relative_years)
    reach, pos = para_end, para_end + 1
    while pos < run_end:
        start, end = ix.paragraph(pos)
        if stops.search(ix.norm, start, end):
            break  # 此外，符合条件的企业…, 在…方面，《措施》明确，…: news of the plan's other contents
        if own_year.search(ix.norm, start, end) or _other_period(ix, start, end, year):
            break  # 力争全年完成…, 今年…, “十五五”末… under 到2035年: a time of its own, not the deadline's
        if ix._carried_reach(start, end) < end:
            break  # 全市现有…企业60家: a sentence that reports ends the list (and what follows is no longer its)
        reach, pos = end, end + 1
    return reach


def _stops(lex: Lexicon) -> re.Pattern:
    """What ends the run (lexicon [targets] following_goal_paragraph_stop_pattern), or a rule's grant: a grant word of
    [roles] subsidy_cues, its one table, but for those that also name a goal's metric
    ([targets] following_goal_metric_grant_words: 支持…企业100家, 配套率)."""
    targets, roles = lex.section("targets"), lex.section("roles")
    metric_words = set(targets["following_goal_metric_grant_words"])
    grants = [w for w in roles["subsidy_cues"] if w not in metric_words]
    grant = grant_cue(roles, grants)
    return re.compile(f"{targets['following_goal_paragraph_stop_pattern']}|{grant.pattern}", re.M)


def _relative_years(lex: Lexicon) -> re.Pattern:
    """A paragraph's own relative year (今年, 明年, 全年: lexicon [targets] relative_lead_years, whole_year_lead_words)."""
    targets = lex.section("targets")
    words = [*targets["relative_lead_years"], *targets["whole_year_lead_words"]]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _other_period(ix: GoalScopes, start: int, end: int, year: int) -> bool:
    """The paragraph names a five-year period that ends in another year than the deadline's (“十五五”末 under 到2035年;
    not “十四五”规划 under 到2025年, the plan that sets the goals)."""
    period = five_year_period_match(ix.norm[start:end], ix.lex)
    return period is not None and period_end_year(period.group(0), ix.lex) != year
