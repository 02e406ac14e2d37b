"""How far a goal statement reaches past its own paragraph: the one reading of a goal list's scope.

A year's goals rarely end with the paragraph that names the year. A plan or its news goes on listing them:

- under a numbered heading that names goals ((二)发展目标。到2025年，…。 ⏎ 产业能级更高。…): the heading's section;
- after a lead that ends its paragraph with a colon (到2030年，全区将实现以下变化： ⏎ 一、… ⏎ - ⏎ 人均收入增长6%。):
  the lines of its list, labelled, bulleted or short, and the goal paragraphs among them;
- in paragraphs that each open with a short headline (到2030年，…大幅提升。 ⏎ 创新能力明显增强。…比重达到3%。 ⏎
  品牌影响持续扩大。…): the run of such paragraphs.

Each reach ends at a heading or headline that opens what is not goals (主要任务, 保障措施, a review: lexicon [targets]
goal_scope_end_pattern), at a headline that opens with a task verb (加强组织领导。), at a paragraph of another form,
and at the next year phrase of another year. A paragraph there gives goals only with a goal verb (as in a later
paragraph of any goal statement); a paragraph that opens with a dated lead of its own (2030年…将呈现以下变化：) gives
its list the lead's year. A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from parsers.carried_stops import heads_results
from parsers.goal_leads import goal_lead_lines, goal_lines, undated_goal_leads
from parsers.goal_paragraph_run import FIELD_LINE, goal_paragraph_run, level_of
from parsers.goal_stage_leads import stage_goal_leads
from parsers.goal_topics import heading_year
from parsers.lexicon import Lexicon
from parsers.list_markers import BULLET_START as _BULLET_START
from parsers.list_markers import LONE_BULLET as _LONE_MARK
from parsers.list_markers import has_figure, line_view
from parsers.patterns import LINE_SPACES, YEAR_NAMED

_LEAD_COLON = ("：", ":")
_OPEN_END = ("；", ";")  # a paragraph's end that leaves its sentence open
_LINE_END_COLON = re.compile(rf"[：:][{LINE_SPACES}]*(?:\n|\Z)")
_LOOK_BACK = 12  # paragraphs searched above a lead for the label of the unit it stands in


@dataclass(frozen=True)
class _ReachWords:
    goal_heading: re.Pattern  # a numbered heading naming its section's goals
    goal_heading_line: re.Pattern  # such a heading alone on its line
    goal_heading_opening: re.Pattern  # such a heading at a line's start
    label: re.Pattern  # a section label at a paragraph's start, by level
    ends_goals: re.Pattern  # a heading or headline of what is not goals
    headline: re.Pattern  # a paragraph's short first sentence (its connective aside)
    comma_headline: re.Pattern  # a paragraph's short first part a comma ends (创新能力大幅提升，…)
    dash_headline: re.Pattern  # a paragraph's short title a dash sets off (“三个提升”——…)
    dated_lead: re.Pattern  # a paragraph that a coming year opens and a colon ends, naming what follows
    task_headline: re.Pattern  # the end of a headline naming a work item (…提升工程)


def _build(lex: Lexicon) -> _ReachWords:
    t = lex.section("targets")
    chars = int(t["headline_chars"])
    return _ReachWords(
        re.compile(t["goal_section_heading_pattern"]),
        re.compile(rf"^(?:{t['goal_section_heading_pattern']})[{LINE_SPACES}]*$", re.M),
        re.compile(rf"^(?:{t['goal_section_heading_pattern']})", re.M),
        re.compile(t["section_label_pattern"]),
        re.compile(t["goal_scope_end_pattern"]),
        re.compile(
            rf"[{LINE_SPACES}]*(?:{t['headline_connective_pattern']})?(?P<head>[^\d，,；;。！？!?：:\n]{{2,{chars}}})。"
            rf"(?=[{LINE_SPACES}]*[^\s])"
        ),
        re.compile(rf"[{LINE_SPACES}]*(?P<head>[^\d，,；;。！？!?：:\n]{{4,{chars}}})[，,]"),
        re.compile(
            rf"[{LINE_SPACES}]*(?P<head>[^\d，,；;。！？!?：:\n—－-]{{2,{chars}}})(?:——|—|－－)(?=\S)"
        ),
        re.compile(t["dated_goal_lead_pattern"], re.M),  # matched at a line start
        re.compile(t["headline_task_pattern"]),
    )


def _continuation(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["goal_continuation_pattern"])


def section_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern]:
    """(a numbered heading naming its section's goals, a section label) from the lexicon, compiled once per lexicon."""
    w = lex.derived(_build)
    return w.goal_heading, w.label


def _heading_lines(w: _ReachWords, norm: str) -> Iterator[re.Match]:
    """Every numbered heading naming goals alone on its line (二、发展目标), and every one a stop or colon ends at the
    start of a paragraph that goes on ((二)发展目标。力争…), in text order; the match ends with the heading.

    Both patterns open at a line start and hold 目标 before any line break, so they are tried only at the lines that
    name goals (``goal_lines``, one fast scan): a scan of the whole text tries a line-start pattern at every position."""
    found = []
    for line_start in goal_lines(norm):
        m = w.goal_heading_line.match(norm, line_start)
        if m is None:
            m = w.goal_heading_opening.match(norm, line_start)
            if m is None or not m.group(0).rstrip(LINE_SPACES).endswith(("。", "：", ":")):
                continue
        found.append(m)
    return iter(found)


class GoalReach:
    """The reach of goal statements past their paragraph (mixed into TextIndex through GoalScopes)."""

    norm: str
    lex: Lexicon
    sentence_mark: re.Pattern
    _heading_line_chars: int
    paragraph: Callable[[int], tuple[int, int]]
    _opens_task: Callable[[int], bool]
    _coming: Callable[[int, int], bool]
    current_year: int | None
    relative_base: Callable[[int], int | None]  # the year 今年 names at a position (parsers.goal_headings)
    _past_markers: Callable[[int, int], Iterator[re.Match]]
    _carried_reach: Callable[[int, int], int]  # where a plan year stops carrying (parsers.goal_reports)
    _year_of: Callable[[re.Match], int | None]

    def _goal_section_reach(self, para_start: int, year_start: int, para_end: int, limit: int) -> int:
        """Where the goal section of a year ends, when a numbered heading naming goals opens the year's paragraph
        ((二)发展目标。到2025年，…) or stands alone on the line before it (二、主要目标⏎到2025年，…): before the next
        label of the same or a higher level, a line that is no sentence, or the next year phrase. Otherwise the
        year's paragraph end."""
        norm = self.norm
        heading_at = section_patterns(self.lex)[0]
        heading = heading_at.match(norm, para_start, year_start)
        if heading is None or heading.end() != year_start:
            before = para_start - 1
            if before <= 0 or norm[para_start:year_start].strip(LINE_SPACES):
                return para_end
            line_start, line_end = self.paragraph(before - 1)
            heading = heading_at.fullmatch(norm, line_start, line_end)
            if heading is None:
                return para_end
        return self._section_end(level_of(heading), para_end, limit)

    def _section_end(self, level: int, para_end: int, limit: int) -> int:
        """Where a section whose heading of ``level`` ends at para_end ends (see _goal_section_reach)."""
        norm, label = self.norm, section_patterns(self.lex)[1]
        reach, pos = para_end, para_end + 1
        while pos < min(limit, len(norm)):
            line_end = self.paragraph(pos)[1]
            opened = label.match(norm, pos, line_end)
            if (opened is not None and level_of(opened) <= level) or line_end > limit:
                break
            line = norm[pos:line_end].strip(LINE_SPACES)
            if line and not self.sentence_mark.search(line) and not FIELD_LINE.fullmatch(line):
                break  # a line that is no sentence (a table's cell, its caption, a sub-heading) ends the section
            reach, pos = line_end, line_end + 1
        return reach

    def next_other_years(self, years: list[re.Match], opens: list[int]) -> list[int]:
        """For each statement, where the first statement after it opens whose year is another (the text's end:
        none), found in one pass from the end."""
        found = [self._year_of(m) for m in years]
        out = [len(self.norm)] * len(years)
        for k in range(len(years) - 2, -1, -1):
            out[k] = opens[k + 1] if found[k + 1] != found[k] else out[k + 1]
        return out

    def carried_reach(self, para_start: int, para_end: int, limit: int) -> int:
        """Where the goals of a year statement whose paragraph is [para_start, para_end) end, carried past it: over
        the lines of the list a colon at its end leads to, or over the paragraphs after it that each open with a
        headline; para_end when neither follows. ``limit``: the next year phrase of another year."""
        w = self.lex.derived(_build)
        norm = self.norm
        listed = norm[para_start:para_end].rstrip(LINE_SPACES).endswith(_LEAD_COLON)
        # a list inside a numbered unit ends with the unit: at a label of its level or a higher one; a year inside a
        # numbered unit that names no goals ((二)基本原则。到2026年，…) carries to no headline paragraph after it
        # (a unit whose heading names goals, 二、发展目标, carries its year over its own paragraphs)
        enclosing, goals_unit = self._enclosing_unit(para_start)
        if enclosing is not None and not listed and not goals_unit:
            return para_end
        opened = listed or goals_unit  # labelled lines below the unit's level are items of its list
        # news whose parts each stand under a short line of their own (经济发展 实现新跨越 ⏎ 到2030年，…。 ⏎ 生态建设
        # 实现新跨越 ⏎ …覆盖率达到50%。): the year's part stands under one, so do the parts after it
        # (only prose stands under them: a page of short lines, a poster's figures, is no such news)
        subheaded = (
            not listed
            and self._prose(norm[para_start:para_end])
            and self._sub_heading(above := self._line_above(para_start))
            and not w.ends_goals.search(above)
        )
        reach, pos, after_mark, after_sub = para_end, para_end + 1, False, False
        while pos < min(limit, len(norm)):
            line_end = self.paragraph(pos)[1]
            if line_end > limit:
                break
            line = norm[pos:line_end].strip(LINE_SPACES)
            if not line:
                pos = line_end + 1
                continue
            if w.ends_goals.search(line[: self._heading_line_chars]):
                break  # 二、主要任务, 加强组织保障。…: the goals end
            labelled = w.label.match(norm, pos, line_end)
            if labelled is not None and (
                not opened or (enclosing is not None and level_of(labelled) <= enclosing)
            ):
                break  # (五)加强…。: the next unit of the text's own outline, no headline of a goal
            head = w.headline.match(norm, pos, line_end) if labelled is None else None
            if head is None and labelled is None:
                # a first part a comma ends is a headline when it says how far a thing has come (产业能级大幅提升，):
                # a degree word in it; 会议指出，, 此外，…: no headline
                head = w.comma_headline.match(norm, pos, line_end)
                if head is not None and not self.lex.qualitative.search(head.group("head")):
                    head = None
                # a short title a dash sets off (“两个倍增”——研发投入翻一番，…): the headline of a goal paragraph
                head = head or w.dash_headline.match(norm, pos, line_end)
            if head is not None and not self._task_headline(head, w):
                pass  # 创新能力明显增强。…, 创新能力大幅提升，…: a paragraph of a goal, its headline first
            elif _BULLET_START.match(line):
                pass  # ——产业规模进一步壮大。…: a bulleted paragraph, an item of the year's list
            elif (
                subheaded
                and not after_sub
                and labelled is None
                and self._sub_heading(line)
                and not self.lex.derived(_continuation).match(
                    line
                )  # 重点包括三个方面: goes on (continued_reach)
            ):
                after_sub = True  # the next part's sub-heading
                reach, pos = line_end, line_end + 1
                continue
            elif subheaded and after_sub and self._prose(line):
                pass  # the paragraph under it
            elif labelled is not None and goals_unit:
                pass  # (一)经济实力显著增强。…: a labelled item under a unit that names goals (一、发展目标)
            elif not listed:
                break
            elif not self._list_line(line, pos, after_mark):
                break  # a paragraph of another form (news prose after the list) ends it
            after_mark, after_sub = _LONE_MARK.fullmatch(line) is not None, False
            reach, pos = line_end, line_end + 1
        return reach

    def continued_reach(self, para_end: int, limit: int) -> int:
        """Where a year's goals end when the paragraph after its own continues them (到2027年，…新格局。 ⏎ 其中包括，
        培育…产业3个；…: lexicon [targets] goal_continuation_pattern; or its own ends in ；): over that paragraph, when it holds a figure, and
        the run of goal paragraphs after it (parsers.goal_paragraph_run); para_end when none follows."""
        norm, pos = self.norm, para_end + 1
        while pos < len(norm) and not norm[pos : self.paragraph(pos)[1]].strip(LINE_SPACES):
            pos = self.paragraph(pos)[1] + 1  # blank lines between the paragraphs
        if pos >= min(limit, len(norm)):
            return para_end
        view = line_view(norm, pos, self.paragraph(pos)[1])
        # a paragraph that ends in ；has not ended its sentence: the next one goes on with its list
        open_end = norm[:para_end].rstrip(LINE_SPACES).endswith(_OPEN_END)
        # …以下三大目标： announces the goals after it: its own count may be in words, the figures follow
        announces = view.body.rstrip(LINE_SPACES).endswith(_LEAD_COLON)
        if not (open_end or self.lex.derived(_continuation).match(norm, view.body_start)) or not (
            has_figure(view.body) or announces
        ):
            return para_end
        reach = goal_paragraph_run(self, view.end)
        return reach if reach <= limit else para_end

    def _line_above(self, para_start: int) -> str:
        """The nearest line above para_start that is not blank ('' at the text's start)."""
        pos = para_start - 1
        while pos > 0:
            start, end = self.paragraph(pos - 1)
            line = self.norm[start:end].strip(LINE_SPACES)
            if line:
                return line
            pos = start - 1
        return ""

    def _prose(self, line: str) -> bool:
        """A paragraph of sentences: longer than a heading line, with a sentence mark."""
        line = line.strip(LINE_SPACES)
        return len(line) > self._heading_line_chars and self.sentence_mark.search(line) is not None

    def _sub_heading(self, line: str) -> bool:
        """A short line with no sentence mark, label or number (生态建设 实现新跨越): a sub-heading of a news text
        (a short line with a number, 投资完成1万亿元, is a figure of a poster)."""
        return (
            1 < len(line) <= self._heading_line_chars
            and not has_figure(line)
            and not self.sentence_mark.search(line)
            and section_patterns(self.lex)[1].match(line) is None
            and not _BULLET_START.match(line)
        )

    def _task_headline(self, head: re.Match, w: _ReachWords) -> bool:
        """A headline that opens with a task verb (加强组织领导。) or names a work item (园区提升工程。)."""
        return self._opens_task(head.start("head")) or w.task_headline.search(head.group("head")) is not None

    def _enclosing_unit(self, para_start: int) -> tuple[int | None, bool]:
        """The level of the nearest labelled paragraph at or above para_start (None: none within a few paragraphs),
        and whether its heading names goals (二、发展目标)."""
        label, goals, pos = section_patterns(self.lex)[1], section_patterns(self.lex)[0], para_start
        for _ in range(_LOOK_BACK):
            found = label.match(self.norm, pos)
            if found is not None:
                heading = goals.match(self.norm, pos)
                return level_of(found), heading is not None and heading.end() >= self.paragraph(pos)[1]
            if pos <= 1:
                return None, False
            pos = self.paragraph(pos - 2)[0]
        return None, False

    def _list_line(self, line: str, pos: int, after_mark: bool) -> bool:
        """A line of a list: a lone bullet, a line a list mark of any kind (parsers.list_markers) or a label opens,
        the item under a lone bullet, or a short line with no sentence mark (a sub-heading of the list)."""
        if after_mark or _LONE_MARK.fullmatch(line) or line_view(line, 0, len(line)).marker:
            return True
        if section_patterns(self.lex)[1].match(self.norm, pos):
            return True
        return len(line) <= self._heading_line_chars and not self.sentence_mark.search(line)

    def yearless_goal_units(self, taken: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
        """(heading start, heading end, reach, year) of every numbered heading alone on its line that names goals
        (一、行动目标) over a unit where no goal statement opens (its paragraphs name no year: 全市新增…企业100家…) — in
        a plan whose year the text named above it (2026年是…之年; 行动计划(2024—2026年)): the goals of the latest year
        named there, when that year is coming. ``taken``: the spans of the statements found already."""
        w = self.lex.derived(_build)
        norm, found = self.norm, []
        for m in _heading_lines(w, norm):
            line_start, heading_end = m.start(), m.end()
            if w.ends_goals.search(m.group(0)):
                continue
            named = [int(y) for y in YEAR_NAMED.findall(norm, 0, line_start)]
            # 2031年重点工作 ⏎ 一、主要目标: a heading right above that names a year dates the unit, whatever
            # later year a goal named before it (到2045年，…)
            above = heading_year(norm, line_start, self._heading_line_chars, self.sentence_mark)
            if above is not None and heads_results(above[1], self.lex):
                continue  # 2030年工作总结 ⏎ 一、主要目标：: the goals reviewed, no year's coming goals
            year = above[0] if above is not None else max(named, default=None)
            if year is None or not self._coming(year, line_start):
                continue
            own_end = self.paragraph(line_start)[1]
            # （二）发展目标。力争通过三年努力，…: the heading opens its paragraph; that paragraph names no year
            if heading_end < own_end and (
                YEAR_NAMED.search(norm, heading_end, own_end) or not has_figure(norm[heading_end:own_end])
            ):
                continue
            reach = self._section_end(level_of(m), own_end, len(norm))
            if reach > heading_end and not any(
                line_start <= s < reach or s <= line_start < e for s, e in taken
            ):
                found.append((line_start, heading_end, reach, year))
        return found

    def dated_goal_leads(self) -> list[tuple[int, int, int, int]]:
        """(lead start, lead end, reach, year) of every paragraph that a coming year opens and a colon ends, naming
        what follows (2030年全区在…等方面将实现以下变化：), over a list its reach covers."""
        w = self.lex.derived(_build)
        norm, found = self.norm, []
        # tried only at the start of a line a colon ends (found by one fast scan for the colon)
        starts = (self.paragraph(c.start())[0] for c in _LINE_END_COLON.finditer(norm))
        for m in (w.dated_lead.match(norm, pos) for pos in starts):
            if m is None:
                continue
            year = int(m.group("year"))
            if w.ends_goals.search(m.group(0)) or not self._coming(year, m.start()):
                continue
            line_end = self.paragraph(m.start())[1]
            reach = self.carried_reach(m.start(), line_end, len(self.norm))
            if reach > line_end:
                found.append((m.start(), line_end, reach, year))
        # a line naming a year's goals, with or without a colon (2026年主要预期目标：, 到2028年，主要目标是：)
        starts = {lead[0] for lead in found}
        lines = goal_lines(norm)
        found += [
            lead
            for lead in goal_lead_lines(self, lines)
            + undated_goal_leads(self, lines)
            + stage_goal_leads(self)
            if lead[0] not in starts
        ]
        return sorted(found)
