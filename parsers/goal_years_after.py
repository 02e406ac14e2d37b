"""Where a goal's year stands: after the goal, in a later part of the same sentence (census17b T-N1).

A plan's news often names its year only once it comes to the last figure of a sentence:

    地区生产总值年均要增长7%以上，2027年全市经济总量要达到2300亿元左右
    形成年400万辆整车产能，同时培育500户以上亿元配套企业，…，到2025年，建设1个…汽车产业基地

The parts before the year, in the same clause (up to a ；), are the same plan's goals, each with its goal verb, of the
latest year the statements in the rest of the sentence aim at (年均增长10%左右，…2030年突破3.5万家、2031年突破3.8万家: a
growth rate runs to the plan's end). They take it only when nothing in them dates them otherwise: no time of their own
(a year, “十五五”期间, 今后: lexicon [tense] clause_end_pattern), no past marker, no report or present status and no part of
a year already run (clause_tense.ends_a_carried_year, the stop of a carried plan year), and the sentence opens with no
task verb (开展…行动，…超过2万平方米，到2031年…: the measure, then its goal).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from parsers.clause_tense import ends_a_carried_year
from parsers.goal_scope import Scope
from parsers.lexicon import alternation

if TYPE_CHECKING:
    from parsers.context import TextIndex

_SPACES = " \t\u3000"
_CLAUSE_END = re.compile("[；;]")


def _other_time(lex) -> re.Pattern:
    """A time the earlier parts name of their own: a year, 十三五, 今后 (lexicon [tense] clause_end_pattern) or a year
    relative to the text's date (今年, 明年: [targets] relative_lead_years)."""
    relative = alternation(list(lex.section("targets")["relative_lead_years"]))
    return re.compile(f"{lex.section('tense')['clause_end_pattern']}|{relative}")


def _task_verb(lex) -> re.Pattern:
    """A task verb opening the sentence (加快…, 开展…行动): the measure, its goal after it (not a modal: …要增长7%)."""
    t = lex.section("targets")
    return re.compile(
        f"(?:{t['task_connective_pattern']})?(?:{t['task_adverb_pattern']}(?:{alternation(t['task_openers'])}))"
    )


def year_after_scopes(ix: TextIndex, scopes: list[Scope]) -> list[Scope]:
    """A scope over the earlier parts of each clause whose later part a coming year's statement opens (see the
    module's note), with the latest year the statements in the rest of its sentence aim at; each clause once (one
    pass over the statements in text order, bisecting their starts: linear in the text)."""
    norm, found, done = ix.norm, [], set()
    ordered = sorted(scopes, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach: list[int] = []  # the furthest end among the statements up to each
    for s in ordered:
        reach.append(max(s.end, reach[-1]) if reach else s.end)
    semicolons = [m.start() for m in _CLAUSE_END.finditer(norm)]
    for k, scope in enumerate(ordered):
        if scope.year is None:
            continue
        s_start, s_end = ix.full_sentence(scope.start)
        j = bisect_left(semicolons, scope.start) - 1
        if j >= 0 and semicolons[j] >= s_start:
            s_start = semicolons[j] + 1  # …5000万元；到2031年…: the clause before the ； is another
        while s_start < scope.start and norm[s_start] in _SPACES:
            s_start += 1
        if s_start in done or s_start >= scope.start or ix.part(scope.start)[0] <= s_start:
            continue  # the year opens its clause's first part: its own statement covers the clause
        if not ix._coming(scope.year, scope.start):
            continue  # a year past (a later year of the clause may still be coming)
        done.add(s_start)
        first = bisect_left(starts, s_start)
        if first < k or (first > 0 and reach[first - 1] > s_start):
            continue  # the earlier parts lie in another statement already
        if ix.lex.derived(_other_time).search(norm, s_start, scope.start) or any(
            True for _ in ix._past_markers(s_start, scope.start)
        ):
            continue
        if ends_a_carried_year(norm, s_start, scope.start, ix.lex) or ix.lex.derived(_task_verb).match(
            norm, s_start
        ):
            continue
        later = [s.year for s in ordered[k : bisect_left(starts, s_end)] if s.year is not None]
        # each part with its goal verb (first_sentence_end at the start), its number a goal's
        found.append(Scope(s_start, s_start, scope.start, s_start, max(later), quantified_only=True))
    return found
