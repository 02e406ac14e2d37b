"""Goal statements found after the others: the year's key work, and a goal list whose year stands before its lead.

The year's key work (今年重点做好八项工作, 2026年重点工作：) holds the figures a work report sets in its tasks.

A work report, or its digest, sets the year's goals first, then its key work under a line naming it, and the tasks
there carry figures of their own (新增公交线路12条，污水处理率达到95%；…力争新增就业岗位2万个). Those figures, where a
goal verb, a bound or 力争 sets them, are goals of that year: the line's own year (2026年重点工作), the year 今年 names
there (the text's date, or an undated page's topic year: parsers.goal_topics), or, when the line names no year
(重点抓好十个方面工作), the topic year of an undated page only (a dated plan's 重点工作 may be a five-year plan's). The
line names doing the work (做好, 抓好), ends in a colon, or is a report's work-plan heading (三、2027年主要工作
安排) or a plan's title (某局2027年工作计划, 2027年工作要点). The section runs to the text's end, the next goal statement
of another year or a heading that names another year (一、2026年主要指标情况): a statement of its own year inside it
(（一）工作思路。2027年，全局将…) is one of its tasks. Only its quantified goals count (加快…建设 is a task, not a goal).

A goal list's lead with no year of its own (主要预期目标是：…) in a sentence whose earlier words name one coming year
(在2026年全市经济工作会议上，市长提出，主要预期目标是：A…，B…) leads that year's goals, to the sentence's end (only the
quantified ones, as a 今年 lead's). A lead alone in its sentence (实现以下目标：, 主要预期目标为：) after a sentence that a
coming year opens in its paragraph (2031年，在…中争先进位。实现以下目标：A…、B…。C…) leads that year's goals, to the
paragraph's end: its items may run past the lead's sentence. Last, the goals a plan's span sets by its length (通过3年攻坚，…: parsers.goal_spans).
Called by parsers.goal_scopes with the statements found before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from parsers import match_starts
from parsers.clause_tense import Tense, clause_tense
from parsers.goal_scope import Scope
from parsers.goal_spans import span_ahead_scopes, span_effort_scopes
from parsers.goal_topics import plan_heading
from parsers.list_markers import with_list_marker
from parsers.patterns import LINE_SPACES, YEAR_NAMED, alternation

if TYPE_CHECKING:
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon


_SENTENCE_MARK = re.compile("[，,。；;]")
NAMING_LEAD = re.compile(
    "[是为：:]"
)  # a lead that names what follows (目标是：, 目标为), not 目标， in passing
# 2031年，… opening a sentence
_TOPIC_YEAR = re.compile(rf"[{LINE_SPACES}]*((?:19|20)\d{{2}})\s*年[{LINE_SPACES}]*[，,]")
_TIMED = re.compile(r"[\d年]")  # a number or a time word (今年, 全年) before the lead
_LEAD_WORDS = 20  # the words of a sentence that is a goal list's lead alone (实现以下, 全县主要预期)


def _work_line(lex) -> re.Pattern:
    t = lex.section("targets")
    filled = t["year_work_line_pattern"].replace("{work_plan_nouns}", alternation(t["work_plan_nouns"]))
    return re.compile(with_list_marker(filled), re.M)


def late_scopes(ix: TextIndex, scopes: list[Scope]) -> list[Scope]:
    """The statements of the year's key work and of the leads whose year stands before them (see above), where no
    statement of ``scopes`` stands."""
    taken = [(s.start, s.end) for s in scopes]
    found = [
        Scope(start, body, reach, body, year, section=True, quantified_only=True)
        for start, body, reach, year in year_work_sections(ix, taken, [_sentence_year(s) for s in scopes])
    ]
    taken += [(s.start, s.end) for s in found]
    found += sentence_year_leads(ix, taken)
    found += span_effort_scopes(ix, taken + [(s.start, s.end) for s in found])  # 通过3年攻坚，…
    return found + span_ahead_scopes(ix, taken + [(s.start, s.end) for s in found])  # 未来五年，…: year null


def _sentence_year(scope: Scope) -> int | None:
    """The year of a statement that holds one sentence or paragraph (2031年，全局将…); None for one that runs over a
    section, a heading's lines or a list of its own (一、主要目标任务 ⏎ 1.…)."""
    own_lists = scope.section or scope.heading or scope.carried or scope.goals_unit or scope.bare_lines
    return None if own_lists else scope.year


def sentence_year_leads(ix: TextIndex, taken: list[tuple[int, int]]) -> list[Scope]:
    """在2026年…会议上，市长提出，主要预期目标是：…: the lead's statement, of the one coming year its sentence named
    before it (none when the sentence names several years, or a year that has passed)."""
    norm, found = ix.norm, []
    if not any(word in norm for word in ix.lex.section("targets")["goal_list_lead_words"]):
        return found  # no lead can open (substring tests, faster than the pattern's scan)
    for lead in match_starts.finditer(ix.lex.goal_list_lead, norm):  # where a lead can open
        start, end = ix.full_sentence(lead.start())
        if (
            any(s <= lead.start() < e for s, e in taken)
            or lead.end() >= end
            or not NAMING_LEAD.search(lead.group())
        ):
            continue  # …的目标，提出了…: a goal named in passing, no lead of a list
        named = list(YEAR_NAMED.finditer(norm, start, lead.start()))
        reach = end
        if not named and (topic := _topic_year_before(ix, start, lead.start(), lead.end())) is not None:
            named = [topic]  # 2031年，在…中前进1个位次。实现以下目标：…: the year its paragraph opens with
            reach = ix.paragraph(start)[1]  # (its items may run past the lead's sentence)
        years = {int(y.group(1)) for y in named}
        if len(years) != 1 or not ix._coming(year := years.pop(), lead.start()):
            continue
        if clause_tense(norm, named[-1].end(), lead.end(), year, ix.current_year, ix.lex) is Tense.REPORT:
            continue  # 2025年，…完成了年初确定的目标：…: the goals a review says were met
        found.append(Scope(lead.start(), lead.end(), reach, end, year, quantified_only=True))
        taken.append((lead.start(), reach))
    return found


def _topic_year_before(ix: TextIndex, start: int, lead_at: int, lead_end: int) -> re.Match | None:
    """The year that opens the sentence before a lead's own (2031年，全县…。实现以下目标：…), in the lead's paragraph,
    when the lead's sentence is the lead alone: no number and no time word before it (今年的主要目标是：… names its
    own year), and it names goals (lexicon lead_alone_goal_words)."""
    before = ix.norm[start:lead_at]
    if len(before) > _LEAD_WORDS or _TIMED.search(before):
        return None
    if not any(w in ix.norm[start:lead_end] for w in ix.lex.section("targets")["lead_alone_goal_words"]):
        return None  # 主要指标是：… after a year's sentence: a bulletin's results as well
    para_start = ix.paragraph(start)[0]
    if start <= para_start:
        return None
    prev_start = ix.full_sentence(start - 1)[0]
    if prev_start < para_start:
        return None
    return _TOPIC_YEAR.match(ix.norm, prev_start)


def _relative_words(lex: Lexicon) -> re.Pattern:
    """今年, 明年 …: the relative years a work line may name (lexicon relative_lead_years)."""
    return re.compile(alternation(lex.section("targets")["relative_lead_years"]))


def _line_matches(norm: str, pattern: re.Pattern) -> list[re.Match]:
    """The pattern tried at the start of each line that holds 重点 or 工作安排 only (a scan of every position costs
    more)."""
    found, seen = [], -1
    for word in plan_heading().finditer(norm):
        line_start = norm.rfind("\n", 0, word.start()) + 1
        if line_start != seen and (m := pattern.match(norm, line_start)) is not None:
            found.append(m)
        seen = line_start
    return found


_HEADING_CHARS = 30  # a line this short with no sentence mark is a heading


def _other_year_heading(norm: str, start: int, end: int, year: int) -> int:
    """Where a heading naming another year first stands in [start, end) (2028年工作安排 ⏎ 一、2027年主要指标情形: the
    figures under it are that year's), else ``end``: the year's work section stops there."""
    pos = start
    while pos < end:
        line_end = norm.find("\n", pos + 1)
        line_end = end if line_end < 0 or line_end > end else line_end
        line = norm[pos:line_end].strip()
        short = line and len(line) <= _HEADING_CHARS and not _SENTENCE_MARK.search(line)
        if short and {int(y) for y in YEAR_NAMED.findall(line)} - {year}:
            return pos
        pos = line_end
    return end


def year_work_sections(
    ix: TextIndex, taken: list[tuple[int, int]], sentence_years: list[int | None] | None = None
) -> list[tuple[int, int, int, int]]:
    """(line start, line end, reach, year) of every line naming the year's key work (see above) over text where no
    goal statement stands (``taken``: the statements' spans; the section stops at the first after it, but one of a
    sentence of its own year, ``sentence_years``: 2031年，全局将…, a task of the plan)."""
    sentence_years = sentence_years or [None] * len(taken)
    norm, lex, found = ix.norm, ix.lex, []
    if plan_heading().search(norm) is None:
        return found  # most texts: no line to try
    shifts = lex.section("targets")["relative_lead_years"]
    relative_words = lex.derived(_relative_words)
    for m in _line_matches(norm, lex.derived(_work_line)):
        # the words before 重点 may hold the relative year the pattern's optional group let pass (戊县今年重点工作任务)
        relative = m.group("relative") or next(iter(relative_words.findall(m.group(0))), None)
        if m.group("year"):
            year = int(m.group("year"))
        elif relative:
            base = ix.relative_base(m.start())
            year = None if base is None else base + int(shifts.get(relative, 0))
        else:
            year = ix.relative_base(m.start()) if ix.current_year is None else None
        if year is None or not ix._coming(year, m.start()):
            continue
        line_end = ix.paragraph(m.start())[1]
        after = [s for (s, _), y in zip(taken, sentence_years, strict=True) if s > line_end and y != year]
        reach = _other_year_heading(norm, line_end, min(after, default=len(norm)), year)
        if any(s <= m.start() < e for s, e in taken) or reach <= line_end:
            continue
        found.append((m.start(), line_end, reach, year))
    return found
