"""Goals stated before the year they reach, in the clause that names it: 地区生产总值年均要增长6%以上，2029年全市经济总量
要达到1800亿元左右; 国内游客人数年均增长10%左右，预计2027年达到2500万人次; 形成年产300万辆的产能，同时培育400户以上
配套企业，到2025年，建成…基地.

A news lead or a plan's digest often gives a goal first and its year only later in the same clause (a yearly rate,
then the level it brings its metric to in a year; a list of goals, then 到2025年 and the last of them). A year phrase
opens its statement where it stands (parsers.goal_scopes), so the parts before it were left without a year. The
clause's opening parts, up to its first goal statement of a year, are that clause's goals as well when they aim:
they hold a word of intent, a hedged figure (左右, 以上: lexicon [tense] aim_hedge_words) or a yearly rate (年均), name no
year or time of their own (a base 比2020年, a review 十三五期间, 今后, 去年, 全年: [tense] clause_end_pattern and
other_time_pattern), report nothing
(已, 完成了, 目前: parsers.clause_tense.reports_or_states) and grant nothing (a measure's condition). Their year is the
latest that the clause's statements reach (年均增速…左右，2026年突破3000亿元、2029年冲刺3800亿元: the rate runs to
2029). Only their quantified parts with a goal verb give rows, as a 力争 sentence's with no year do.

A sentence may also name the year of its goals after them, in words that set them as that year's goals (…增长7%以上
”，3月2日，…介绍这是该县已定下的2031年主要预期目标: ``set_year_scopes``, [tense] set_year_goals_pattern): its parts
before those words are goals of that year when they aim as above.

Called by parsers.goal_scopes with the statements found before; the clause is cut at 。；！？ and line ends.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from parsers.clause_tense import aims_in_words, reports_or_states
from parsers.goal_scope import Scope
from parsers.lexicon import Lexicon, alternation
from parsers.patterns import (
    ASCII_QUOTE,
    CLAUSE_ENDS,
    CLOSING_QUOTES,
    FULL_STOPS,
    LINE_SPACES,
    OPENING_QUOTES,
    last_mark_before,
)

if TYPE_CHECKING:
    from parsers.goal_scopes import GoalScopes

_CLAUSE_MARKS = CLAUSE_ENDS + "\n"
_SENTENCE_MARKS = FULL_STOPS + "\n"
_OPENING_QUOTES = OPENING_QUOTES + ASCII_QUOTE  # a pair's marks at one index: the ASCII " closes itself
_CLOSING_QUOTES = CLOSING_QUOTES + ASCII_QUOTE


def _aim_shape(lex: Lexicon) -> re.Pattern:
    """A hedged figure or a yearly rate: the shape of a goal whose verb may carry no word of intent."""
    tense = lex.section("tense")
    return re.compile(f"{alternation(tense['aim_hedge_words'])}|{tense['yearly_rate_pattern']}")


def _own_year(lex: Lexicon) -> re.Pattern:
    """A year, a span or a time ahead named in the opening parts: they are dated on their own ([tense]
    clause_end_pattern: 2020年, 今后, 明年, 十四五; other_time_pattern: 去年, 以来)."""
    tense = lex.section("tense")
    return re.compile(f"{tense['clause_end_pattern']}|{tense['other_time_pattern']}")


def years_after_scopes(ix: GoalScopes, scopes: list[Scope]) -> list[Scope]:
    """The statements of the opening parts of clauses whose year comes after them, outside ``scopes`` (sorted by
    start)."""
    norm = ix.norm
    starts = [s.start for s in scopes]
    added: list[Scope] = []
    seen: set[int] = set()
    for k, scope in enumerate(scopes):
        if scope.year is None or scope.span_ahead:
            continue
        clause_start = last_mark_before(norm, _CLAUSE_MARKS, scope.start) + 1
        while clause_start < scope.start and norm[clause_start] in LINE_SPACES:
            clause_start += 1
        if clause_start >= scope.start or clause_start in seen:
            continue
        seen.add(clause_start)
        # the clause's first statement: none before it in the clause (its opening parts are no statement's)
        i = bisect_left(starts, clause_start)
        if i != k or (k > 0 and scopes[k - 1].end > clause_start):
            continue
        if not _aims_before(ix, clause_start, scope.start):
            continue
        clause_end = _clause_end(norm, scope.start)
        year = max(s.year for s in scopes[k:] if s.start < clause_end and s.year is not None)
        added.append(Scope(clause_start, clause_start, scope.start, clause_start, year, quantified_only=True))
    return added


def _set_year(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """The pattern, and its verbs alone: every match holds one of them, no more than _SET_YEAR_LEAD characters after
    the match opens (its optional 已经/被… before the verb), so a text without them is not scanned position by position."""
    tense = lex.section("tense")
    verbs = alternation(tense["set_year_verbs"])
    return re.compile(tense["set_year_goals_pattern"].replace("{set_year_verbs}", verbs)), re.compile(verbs)


_SET_YEAR_LEAD = 16  # 已经 + 被 + up to 12 characters before the verb, with room to spare


def set_year_scopes(ix: GoalScopes, scopes: list[Scope]) -> list[Scope]:
    """The statements of sentences that name their goals' year after them (see above), where no statement of
    ``scopes`` opens."""
    norm = ix.norm
    added: list[Scope] = []
    pattern, verbs = ix.lex.derived(_set_year)
    first_verb = verbs.search(norm)
    if first_verb is None:
        return added
    for m in pattern.finditer(norm, max(0, first_verb.start() - _SET_YEAR_LEAD)):
        start = last_mark_before(norm, _SENTENCE_MARKS, m.start()) + 1
        # “…增长7%以上，…”…定下的2031年…: the quoted goals, each part its own (not one quoted name)
        while start < m.start() and norm[start] in LINE_SPACES + _OPENING_QUOTES:
            start += 1
        if any(start <= s.start < m.start() or s.start <= start < s.end for s in scopes):
            continue  # the sentence has a statement of its own
        reach = m.start()
        if start > 0 and norm[start - 1] in _OPENING_QUOTES:
            close = norm.rfind(_CLOSING_QUOTES[_OPENING_QUOTES.index(norm[start - 1])], start, reach)
            # the quote's goals, not the words around them (…”，3月2日，)
            reach = close if close >= 0 else reach
        # the words that set them are the aim: no hedge or word of intent needed (…突破3000亿元已被…列为…目标)
        if _undated_goals(ix, start, reach):
            added.append(Scope(start, start, reach, start, int(m.group("year")), quantified_only=True))
    return added


def _clause_end(norm: str, pos: int) -> int:
    ends = [i for i in (norm.find(c, pos) for c in _CLAUSE_MARKS) if i >= 0]
    return min(ends) if ends else len(norm)


def _aims_before(ix: GoalScopes, start: int, end: int) -> bool:
    """Whether norm[start:end], a clause's opening parts, states goals its later year dates (see above)."""
    norm, lex = ix.norm, ix.lex
    return _undated_goals(ix, start, end) and (
        aims_in_words(norm, start, end, lex) or lex.derived(_aim_shape).search(norm, start, end) is not None
    )


def _undated_goals(ix: GoalScopes, start: int, end: int) -> bool:
    """Whether norm[start:end] holds figures with no time of their own, and reports or grants nothing."""
    norm, lex = ix.norm, ix.lex
    if not any(c.isdigit() for c in norm[start:end]):
        return False
    if lex.derived(_own_year).search(norm, start, end) or lex.ratio_subsidy_cue.search(norm, start, end):
        return False
    return not reports_or_states(norm, start, end, lex)
