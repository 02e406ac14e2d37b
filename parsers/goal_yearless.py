"""Goal sentences a 力争 opens with no year phrase (全区固定资产投资力争完成381亿元): each its own statement, whose year
is the text's (力争全年…), its plan span's last (《…方案（2026—2028年）》…，力争…) or the plan year its title or headings
name; a sentence with none of them keeps its goals without a year (quantified or not, no row of a dated goal).
全年/年内 opening a part with a planned or hedged figure (全年计划新增就业1.7万人以上) is such a statement too, of the
plan year when it is known and to come (else it opens nothing).

Called by parsers.goal_scopes with the statements found before (a 力争 inside one of them is that statement's).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from parsers.carried_stops import review_words, spent_opener
from parsers.goal_features import heading_above
from parsers.goal_scope import Scope
from parsers.goal_topics import span_end_year
from parsers.lexicon import Lexicon
from parsers.match_starts import scan
from parsers.patterns import YEAR_NAMED, alternation

if TYPE_CHECKING:
    from parsers.goal_scopes import GoalScopes


def yearless_scopes(ix: GoalScopes, scopes: list[Scope]) -> list[Scope]:
    """The statements a 力争 with no year phrase opens outside ``scopes`` (sorted by start), in text order."""
    norm = ix.norm
    added: list[Scope] = []
    # 力争 … without a year phrase (anywhere: 全区固定资产投资力争完成381亿元): a goal sentence of its own
    # (only its quantified goals count: first_sentence_end = start). It ends where a year phrase
    # opens a scope of its own (力争到2018年…: the year's scope holds the goal, once).
    year_starts = [s.start for s in scopes]
    covered_until = -1
    not_after = ix.lex.section("targets")["goal_opener_not_after"]
    for m in ix.lex.goal_opener.finditer(norm):
        if m.start() < covered_until or ix.scope_at(m.start(), scopes, year_starts) is not None:
            continue
        if (m.start() > 0 and norm[m.start() - 1] in not_after) or spent_opener(norm, m.end(), ix.lex):
            continue  # 努力争取更好结果: strive for; 确保了…: an act done (parsers.carried_stops); no goal
        part_start = ix.part(m.start())[0]  # keep the subject: 全区固定资产投资力争完成…
        s_end = ix.full_sentence(m.start())[1]
        k = bisect_right(year_starts, m.start())
        end = min(s_end, year_starts[k]) if k < len(year_starts) else s_end
        # 力争全年完成…: the text's year, read as 今年…，力争… is; 《…方案（2026—2028年）》…，力争…: the plan's last
        # year (parsers.goal_topics); else the year of the plan its title or headings name (2027年工作计划), or its date's
        year = ix.whole_year(m, scopes) or span_end_year(norm, ix.full_sentence(m.start())[0], m.start())
        year = year or ix.plan_year(m.start())  # quantified goals only
        if year is not None and ix._coming(year, m.start()):
            added.append(Scope(part_start, m.start(), end, end, year, quantified_only=True))
        else:
            added.append(Scope(part_start, part_start, end, part_start, None))
        covered_until = s_end
    return sorted(added + _whole_year_scopes(ix, scopes, added), key=lambda s: s.start)


def _whole_year_scopes(ix: GoalScopes, scopes: list[Scope], added: list[Scope]) -> list[Scope]:
    """The statements 全年 or 年内 opens at a part's start with a verb that sets a figure (全年计划新增就业1.7万人以上),
    outside ``scopes`` and the 力争 statements ``added``: the year's quantified goals, when the plan year its title or
    headings name (else its date's) is known and to come. One with no such year opens nothing."""
    norm = ix.norm
    taken = sorted(scopes + added, key=lambda s: s.start)
    starts = [s.start for s in taken]
    found: list[Scope] = []
    covered_until = -1
    # scan: the pattern opens with look-behinds, so finditer tried it at every position of the text (speed32)
    for m in scan(ix.lex.derived(_whole_year_part), norm):
        at = m.end() - 2  # the word 全年/年内 itself
        if at < covered_until or ix.scope_at(at, taken, starts) is not None:
            continue
        s_end = ix.full_sentence(at)[1]
        k = bisect_right(starts, at)
        end = min(s_end, starts[k]) if k < len(starts) else s_end
        year = ix.plan_year(at)
        if year is not None and ix._coming(year, at) and not _under_review(ix, at):
            found.append(Scope(at, at, end, end, year, quantified_only=True))
        covered_until = s_end
    return found


def _under_review(ix: GoalScopes, pos: int) -> bool:
    """The heading above pos names a review or a year past (一、2030年工作回顾 ⏎ 我们…，全年完成…): its 全年 is that
    year's, its figures results."""
    heading = heading_above(ix.norm, pos)
    if ix.lex.derived(review_words).search(heading):
        return True
    return any(not ix._coming(int(y), pos) for y in YEAR_NAMED.findall(heading))


def _whole_year_part(lex: Lexicon) -> re.Pattern:
    targets = lex.section("targets")
    return re.compile(
        targets["whole_year_part_pattern"].replace("{goal_verbs}", alternation(targets["goal_verbs"]))
    )
