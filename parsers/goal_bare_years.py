"""A bare year read as a 到 year (到2018年) is: one whose plan its text states outright.

A bare year opening its part (2018年，…) heads its year's goals when its clause plans (parsers.clause_tense); most such
statements give only their quantified goals (a work report's 2026年，全市…增长6%左右). A year under a line naming goals
(一、主要目标 ⏎ 2031年，…全面推进，完成投资力争超过200亿元) or after a plan's words in its own sentence (方案要求，
2025年年底前，…) states the plan's goals as 到2018年 does: every goal of its statement, with a number or without.

A dated deadline with no 到 and no such frame (2026年底前，…要…, 于2016年底前完成…) times the one action it opens: its own
part, or the next when it stands alone. Opening its part it may head a list (2031年底前，…体系初步建立，产业链企业达3家以上，
年营收超亿元企业1家以上，产业链综合产值达到8亿元；…，2031年底前基本实现…，力争完成60个县…工作，…普及率达到93%): the later parts
of its sentence are its goals too, those with a number only (规范日常管理制度 after the action stays how it is done).
A deadline whose part grants a permission (2031年底前，重点企业可免缴…; lexicon [targets] deadline_permission_words) times
no goal at all.
"""

from __future__ import annotations

import re

from parsers.clause_tense import plan_framed
from parsers.goal_scope import Scope
from parsers.list_markers import BULLET_CHARS
from parsers.patterns import LINE_SPACES

_LINE_LEAD = LINE_SPACES + "".join(BULLET_CHARS)


def _permission_words(lex) -> re.Pattern:
    return re.compile("|".join(map(re.escape, lex.section("targets")["deadline_permission_words"])))


def _end_pattern(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["bare_year_end_pattern"])


def body_start_of(ix, m: re.Match, bare: bool) -> int:
    """Where the statement of the year phrase ``m`` begins: its end, or for a bare year read as a 到 year, after its
    deadline's rest (2025年年底前，…; lexicon [targets] bare_year_end_pattern), which 到2025年年底前 holds in its phrase."""
    end = ix.lex.derived(_end_pattern).match(ix.norm, m.end()) if bare else None
    return end.end() if end is not None else m.end()


def reads_as_deadline(ix, m: re.Match) -> bool:
    """Whether the bare year matched by ``m`` (in TextIndex ``ix``; its clause plans) opens a goal statement as 到
    before it would: under a line naming goals when it opens its paragraph, or framed by a plan's words before it in
    its sentence (plan_framed)."""
    # a plan named by its title frames the clause's tense only: its quoted figures, not every task (clause_tense)
    if plan_framed(ix.norm, ix.full_sentence(m.start())[0], m.start(), ix.lex, titled=False):
        return True
    para_start = ix.paragraph(m.start())[0]
    return not ix.norm[para_start : m.start()].strip(_LINE_LEAD) and ix.under_goals_line(para_start)


def as_deadline_years(ix, chosen: list[re.Match], candidates: list[re.Match]) -> dict[int, int]:
    """The bare years among ``chosen`` read as 到 years (reads_as_deadline), each with where its statement must end
    at the latest: the next bare year at a part start (``candidates``) that names another year (——2031年，… ⏎
    ——2032年，…: the later line is its own year's, whether or not it opens a statement)."""
    out = {}
    for m in chosen:
        if reads_as_deadline(ix, m):
            later = (
                c.start() for c in candidates if c.start() > m.start() and c.group("year") != m.group("year")
            )
            out[m.start()] = next(later, len(ix.norm))
    return out


def deadline_scope(ix, m: re.Match, end: int, year: int | None) -> Scope | None:
    """The scope of the dated deadline ``m`` with no 到 (see above), reaching no further than ``end``; None when its
    part grants a permission (2031年底前，重点企业可免缴…)."""
    norm = ix.norm
    first = ix.part(m.end())
    alone = not norm[m.end() : first[1]].strip(LINE_SPACES)
    if alone:  # 2026年底前，…: the next part
        first = ix.part(first[1] + 1) if first[1] < len(norm) else first
    if ix.lex.derived(_permission_words).search(norm, m.end(), min(end, first[1])):
        return None
    sentence_end = min(end, ix.full_sentence(m.start())[1])
    opens_part = not norm[ix.part(m.start())[0] : m.start()].strip(LINE_SPACES)
    if sentence_end <= first[1] or not opens_part:  # 各地要于2026年6月底前完成…: the one action
        return Scope(m.start(), m.end(), min(end, first[1]), min(end, first[1]), year)
    return Scope(m.start(), m.end(), sentence_end, sentence_end, year, quantified_after=first[1])
