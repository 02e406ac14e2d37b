"""Where a carried year stops: the one reading of the sentences a plan's year may not date.

A year governs more than its own sentence. 2025年，全市地区生产总值力争增长6%。… dates the later sentences of its
paragraph, 三、发展目标 the items of its list, 2025年主要预期目标： the lines under it (parsers.goal_scopes,
parsers.goal_reach, parsers.goal_headings, parsers.goal_list_items, parsers.goal_work). Every statement with a year
is read here once (``stopped``, called by GoalScopes.scopes): a later sentence that is no goal (stops_a_carried_year)
is taken out of it with the rest of its paragraph, so no path carries a year over one:

- a status: 现有, 共有 ([tense] status_cues), or figures with no word of aim where a bare year's paragraph goes on
  (states_by_form);
- a part of a year already run or the year before at its opening (今年前三季度全市完成…, 上年…:
  clause_tense.opens_a_past_period), or a year before the statement's (2024年全市专利授权4200件 under 2025);
- a completed act: a goal opener spent by what follows it (确保了: [targets] goal_opener_spent_after);
- a penalty set in figures (处5万元以上10万元以下罚款: [roles] penalty_verbs_before, penalty_cues).

Report cues (已, 预计 …) are no stop here: the goal reader refuses a reporting part where it stands
(parsers.goal_reports.reports_past), and 预计 opens the coming year's goals in a plan's list. A stopped sentence is
kept on the index (TextIndex.carry_stops) so that the learned detector opens nothing there either; a heading that
names results (heads_results: a review, 2030年上半年…) dates no goals under it (parsers.goal_headings, goal_reach,
goal_leads).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.clause_tense import (
    aims_in_words,
    hedge_cues,
    names_elapsed_period,
    opens_a_past_period,
    states_in_words,
)
from parsers.goal_scope import Scope
from parsers.lexicon import Lexicon, alternation
from parsers.list_markers import after_list_mark
from parsers.patterns import LINE_SPACES, YEAR_NAMED

if TYPE_CHECKING:
    from parsers.context import TextIndex

_LEAD = LINE_SPACES
_FIGURE = re.compile(r"\d")


def _penalty(lex: Lexicon) -> re.Pattern:
    """A penalty set in figures (lexicon [roles] penalty_verbs_before, penalty_cues): a penalty verb right before a
    figure (处5万元以上…, 处以1万元…) or a penalty word a few characters after one in its part (…10万元以下罚款); 行政罚款案件办结率达到100% names
    penalties in a goal's metric and sets none."""
    roles = lex.section("roles")
    before, after = alternation(roles["penalty_verbs_before"]), alternation(roles["penalty_cues"])
    return re.compile(
        rf"(?:{before})[{LINE_SPACES}]*[\d一二两三四五六七八九十百千万]|\d[^，,。；;！？!?]{{0,16}}?(?:{after})"
    )


def _spent_opener(lex: Lexicon) -> re.Pattern:
    """A goal opener that what follows spends (确保了): an act done, no aim."""
    spent = lex.section("targets")["goal_opener_spent_after"]
    return re.compile(f"(?:{alternation(lex.section('targets')['goal_openers'])})(?:{spent})")


def spent_opener(norm: str, opener_end: int, lex: Lexicon) -> bool:
    """What follows a goal opener ending at opener_end spends it (确保了, 力争上游: lexicon goal_opener_spent_after)."""
    return lex.derived(_spent_after).match(norm, opener_end) is not None


def _spent_after(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["goal_opener_spent_after"])


def _aim_words(lex: Lexicon) -> re.Pattern:
    """What makes a figure aimed at: a goal verb (达到, 新增, 控制在 …), a goal opener, a hedge (左右, 以上, 不低于 …)."""
    t = lex.section("targets")
    return re.compile(alternation(t["goal_verbs"] + t["goal_openers"] + hedge_cues(lex)))


def states_by_form(norm: str, start: int, end: int, lex: Lexicon) -> bool:
    """The sentence norm[start:end] gives figures and aims at none: no goal verb, opener, hedge or word of intent
    (全市常住人口320万人，城镇化率68%: a status, as 现有 would say)."""
    return (
        _FIGURE.search(norm, start, end) is not None
        and lex.derived(_aim_words).search(norm, start, end) is None
        and not aims_in_words(norm, start, end, lex)
    )


def review_words(lex: Lexicon) -> re.Pattern:
    """The words of a heading that reviews results (工作回顾, 完成情况: lexicon dated_heading_review_pattern), compiled
    once per lexicon for every rule that asks (goal_headings, goal_leads, goal_yearless, goal_detected_scopes)."""
    return re.compile(lex.section("targets")["dated_heading_review_pattern"])


def heads_results(line: str, lex: Lexicon) -> bool:
    """A heading or title names results: a review (2030年工作回顾: lexicon dated_heading_review_pattern) or a part of
    the year already run (2030年上半年经济运行情况: clause_tense.names_elapsed_period). A year it names governs no
    goals under it (parsers.goal_headings, parsers.goal_reach)."""
    return lex.derived(review_words).search(line) is not None or names_elapsed_period(line, 0, len(line), lex)


def stops_a_carried_year(
    norm: str, start: int, end: int, year: int | None, lex: Lexicon, bare_year: bool = False
) -> bool:
    """Whether the sentence norm[start:end] stops a statement of ``year`` carried over it (see above); ``bare_year``:
    the statement is a paragraph a bare year opens (2025年，…), whose later sentences state the year's goals with
    a verb, a hedge or a word of intent, so one with none of them states a status (states_by_form; a plan's list of
    bare metrics, 人均预期寿命78.3岁, stays its year's)."""
    if states_in_words(norm, start, end, lex) or opens_a_past_period(norm, start, end, lex):
        return True
    # a bare year's paragraph going on with figures aims at nothing there. The whole place as the subject is no sign of
    # a status: a plan's list of goals names it in bare metrics (——全市常住人口城镇化率70%。)
    if bare_year and states_by_form(norm, start, end, lex):
        return True
    lead = start
    while lead < end and norm[lead] in _LEAD:
        lead += 1
    if lex.derived(_spent_opener).search(norm, start, end) or lex.derived(_penalty).search(norm, start, end):
        return True
    opening = YEAR_NAMED.match(norm, lead, end)
    return year is not None and opening is not None and int(opening.group(1)) < year


def stopped(ix: TextIndex, scopes: list[Scope]) -> list[Scope]:
    """Each statement of a year with the sentences after its own that stop it (stops_a_carried_year) taken out, each
    with the rest of its paragraph: a paragraph's carry ends there, a list's or a section's resumes at the paragraph
    after it (一、… ⏎ 2035年，…同比增长12%。 ⏎ 二、…新建茶园300亩). The spans taken out are kept on the index
    (``carry_stops``): the detector opens nothing there either (parsers.goal_detected_scopes)."""
    out = []
    for scope in scopes:
        if scope.year is None:
            out.append(scope)
            continue
        start, body_start = scope.start, scope.body_start
        bare = _bare_year_paragraph(ix, scope)
        reach = ix.full_sentence(max(scope.start, scope.body_start - 1))[1]
        while reach < scope.end:
            s_start, s_end = ix.full_sentence(reach + 1)
            # a line's list mark (——, （一）) stands before what the sentence opens with
            lead = after_list_mark(ix.norm, s_start, min(s_end, scope.end))
            if not stops_a_carried_year(ix.norm, lead, min(s_end, scope.end), scope.year, ix.lex, bare):
                reach = min(s_end, scope.end)
                continue
            para_end = min(ix.paragraph(s_start)[1], scope.end)
            ix.carry_stops.append((s_start, para_end))
            if reach > body_start:
                out.append(replace(scope, start=start, body_start=body_start, end=reach))
            start = body_start = reach = para_end
        _stops_next(ix, scope)
        if start == scope.start:
            out.append(scope)
        elif start < scope.end and ix.norm[start : scope.end].strip():
            out.append(replace(scope, start=start, body_start=body_start))
    return out


def _stops_next(ix: TextIndex, scope: Scope) -> None:
    """A statement that ends inside its paragraph (another year's sentence ends it: 2025年，…力争增长6%。2024年全市专利
    授权4200件，…): the sentence after it, when it stops the year, is kept from the detector as well."""
    para_end = ix.paragraph(max(scope.start, scope.end - 1))[1]
    if scope.end >= para_end:
        return
    s_start, s_end = ix.full_sentence(scope.end + 1)
    if s_start < scope.end:
        return  # the statement ends inside a sentence (…，到2025年…): no sentence after it to read
    lead = after_list_mark(ix.norm, s_start, min(s_end, para_end))
    if s_start < para_end and stops_a_carried_year(ix.norm, lead, min(s_end, para_end), scope.year, ix.lex):
        ix.carry_stops.append((s_start, min(s_end, para_end)))


def _bare_year_paragraph(ix: TextIndex, scope: Scope) -> bool:
    """The statement is a paragraph's prose a bare year opens (2025年，全市…), not a list, a section or a heading's."""
    flags = (
        scope.section,
        scope.carried,
        scope.bare_lines,
        scope.heading,
        scope.goals_unit,
        scope.span_ahead,
    )
    return not any(flags) and YEAR_NAMED.match(ix.norm, scope.start) is not None
