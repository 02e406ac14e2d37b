"""Goal statements of a text: where a year phrase (or 力争) opens one, how far it reaches, and what reports the past.

A mixin of parsers.context.TextIndex (it reads the index's normalized text, breaks and caches): a year phrase
(到2027年, 力争2025年, 2026年…主要预期目标是：, 收入2027年达到…) opens a ``Scope`` that runs to the end of its
paragraph, the next year phrase or the next point of a list; a 力争 sentence with no year opens one without a year.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from parsers.carried_stops import stopped
from parsers.goal_bare_years import body_start_of, deadline_scope, reads_as_deadline
from parsers.goal_following_paragraphs import following_goal_paragraphs
from parsers.goal_headings import GoalHeadings
from parsers.goal_lead_scopes import with_goal_leads
from parsers.goal_list_items import item_run
from parsers.goal_lists import with_breakdown
from parsers.goal_quotes import quoted_end
from parsers.goal_reach import GoalReach, level_of, section_patterns
from parsers.goal_reports import GoalReports
from parsers.goal_scope import Scope, interrupted
from parsers.goal_tasks import GoalTasks
from parsers.goal_topics import STATED_GOAL
from parsers.goal_work import NAMING_LEAD, late_scopes
from parsers.goal_year_phrases import GoalYearPhrases
from parsers.goal_year_reading import GoalYearReading
from parsers.goal_yearless import yearless_scopes
from parsers.goal_years_after import set_year_scopes, years_after_scopes
from parsers.lexicon import Lexicon
from parsers.patterns import LINE_SPACES


class GoalScopes(GoalYearPhrases, GoalHeadings, GoalYearReading, GoalReach, GoalReports, GoalTasks):
    """The goal statements of a TextIndex (mixed into it: it needs norm, lex, part, paragraph, full_sentence and
    the caches TextIndex.__init__ sets)."""

    norm: str
    lex: Lexicon
    current_year: int | None  # the year of the text's date, for 今年 (None: 今年 opens no goal statement)
    _scopes: list[Scope] | None
    _scope_starts: list[int]
    _past: dict[int, bool]
    _past_marks: dict[int, tuple[list[int], list[bool]]]  # sentence start -> its past markers
    _points: list[tuple[int, int]] | None  # spans of the points of a list (一是 …), found once
    _joined: dict[int, bool]

    # -- goal statements -----------------------------------------------------------------------
    def scopes(self) -> list[Scope]:
        if self._scopes is not None:
            return self._scopes
        scopes: list[Scope] = []
        norm = self.norm
        years, as_deadline, repeated_at = self.goal_year_phrases()
        heading = self.lex.inline_heading
        opens = [self._statement_start(m) for m in years]
        other_year = self.next_other_years(years, opens)
        for k, m in enumerate(years):
            para_start, para_end = self.paragraph(m.start())
            next_year = opens[k + 1] if k + 1 < len(years) else len(norm)
            bare = m.start() in as_deadline  # 主要目标 ⏎ 2018年，…: as 到2018年
            if bare:
                next_year = other_year[k] = min(next_year, other_year[k], as_deadline[m.start()])
            end = quoted_end(norm, m.start(), min(para_end, next_year))  # 提出“到2022年，…”等目标
            # 。2025年全县预计…: a sentence of another year ends the statement (its own year phrase, if it opens a
            # goal, is next_year already)
            report = self.lex.year_report_sentence.search(norm, m.end(), end)
            if report is not None:
                end = report.start()
            # a numbered heading inside the line is a paragraph break the text lost (a page stored as one line)
            cut = heading.search(norm, m.end(), end)
            if cut is not None:
                end = cut.start() + 1
            if self._point(para_start, m.start()) is not None:
                # 一是到2025年，…。二是建成…: the next point is not under this point's year
                end = self._point(m.end(), end) or end
            if (m.re is self.lex.planned_goal_year or m.re is repeated_at) and not bare:
                # its own sentence, quantified goals only (as a 今年…将…，力争… sentence's)
                s_end, year = min(end, self.full_sentence(m.start())[1]), int(m.group("year"))
                will = m.re is self.lex.planned_goal_year  # 2026年，全县将…: a plan of will
                # 甘肃省2025年力争…。全省接待游客达到5亿人次，…: a plan's year reaches over the later sentences of its
                # paragraph, whose parts are goals with a goal verb (as a 到2025年 statement's)
                # (up to the first sentence that reports: 全县现有家庭农场1200家 is a status, no goal)
                # a bare year's plan (2015年，全市…达4.5%。…专利授权数达350件以上) reaches there too, up to a sentence of tasks
                reach = self._carried_reach(s_end, end) if will else self._plan_sentences(s_end, end)
                if reach == end == para_end:  # ●…，2027年… ⏎ ●…: its list
                    reach = item_run(self, para_start, para_end, other_year[k], year)
                later = not will and reach > s_end and reach <= para_end
                scopes.append(
                    Scope(
                        m.start(),
                        m.end(),
                        reach,
                        s_end,
                        year,
                        quantified_only=True,
                        planned=will,
                        plan_tail=later,
                    )
                )
                continue
            relative = m.re is not self.lex.year and not bare
            year = int(m.group("year")) if bare else self._year_of(m)
            start = opens[k]
            inner = not relative and not bare and any(m.group(g) for g in self.lex.inner_goal_years)
            body_start = start if inner else body_start_of(self, m, bare)  # 收入2027年达到…: the part
            if relative and m.re is self.lex.relative_goal_year and m.group("heading"):
                # 一、今年…主要预期目标 ⏎ 1.…增长5.5%。 ⏎ 牵头单位：…: the year governs the heading's section
                labelled = section_patterns(self.lex)[1].match(norm, para_start, m.start())
                reach = self._section_end(level_of(labelled), para_end, next_year) if labelled else para_end
                if reach > para_end:
                    scopes.append(Scope(start, para_end, reach, para_end, year, section=True))
                continue
            lead = None
            if relative or (not bare and any(m.group(g) for g in self.lex.named_goal_years)):
                # 吉林省2026年…主要预期目标是：…: the goals begin after the words that name them
                # 今年…增长6%左右的发展目标: goals named the year's before the words that name them (no lead of a list
                # after them), and before a 力争 later in the sentence (今年…目标任务31.2万亩，…要力争…)
                named = relative and self.lex.relative_goal_closed.match(norm, m.start()) is not None
                lead = None if named else self.lex.goal_list_lead.search(norm, m.end(), end)
                if (
                    lead is not None
                    and lead.start() >= self.full_sentence(m.start())[1]
                    and not NAMING_LEAD.search(lead.group())
                ):
                    # 2031年…目标为80亿元。各区具体任务目标，由…下达: in a later sentence only a lead that names what
                    # follows (目标是：, as after 2031年是…之年。) leads the year's list; 目标， there is a goal in passing
                    lead = None
                body_start = lead.end() if lead is not None else body_start
                if relative and lead is None:
                    # 今年该区将…，力争全年签约8个…: the goals begin at the opener; what precedes it says how
                    # (only its quantified goals count, as a yearless 力争's: 确保主要指标争先进位 is none)
                    opener = self.lex.goal_opener.search(norm, m.end(), end)
                    if (
                        opener is not None
                        and not named
                        and not STATED_GOAL.match(norm, m.end(), opener.start())
                    ):
                        body_start = (
                            opener.start()
                        )  # 今年要实现…X、Y，确保…: goals stated before the opener count
                    s_end = min(end, self.full_sentence(m.start())[1])
                    will = opener is None  # 今年全县将…: no 力争 after it
                    scopes.append(
                        Scope(start, body_start, s_end, s_end, year, quantified_only=True, planned=will)
                    )
                    continue
            sentence_end = min(end, self.full_sentence(m.start())[1])
            if (
                self.lex.dated_deadline.search(m.group(0))
                and not m.group(0).startswith(("到", "至"))
                and not reads_as_deadline(self, m)  # 方案要求，2025年年底前，…: as 到2025年年底前
            ):
                scope = deadline_scope(self, m, end, year)
                if scope is not None:  # None: 2031年底前，重点企业可免缴…, a permission
                    scopes.append(scope)
                continue
            if end == para_end and self.lex.goal_heading.fullmatch(norm, m.end(), para_end):
                # a heading 到2025年发展目标 over its goals, one a line: the year governs the lines under it
                reach = self._heading_reach(para_end, next_year)
                if reach > para_end:
                    scopes.append(Scope(start, para_end, reach, reach, year, heading=True))
                    continue
            own_part_end = self.part(m.end())[1]
            if norm[m.end() : own_part_end].strip(LINE_SPACES):
                closer = self.lex.goal_closer.search(norm, m.end(), min(own_part_end + 1, end))
                if closer is not None:
                    # 提出到2026年…的目标，聚力…: the goal named as a noun closes the statement in its own part
                    scopes.append(Scope(start, body_start, closer.end(), closer.end(), year))
                    continue
            if self._run_together(para_start, para_end):
                # paragraphs run together (a page stored as one line): the year governs its own sentence;
                # later sentences, up to the next heading, give goals only with a goal verb
                scopes.append(Scope(start, body_start, end, sentence_end, year))
                continue
            # the year governs every sentence after it in its paragraph (and, below, the paragraphs it carries to)
            reach = end
            section = False
            if reach == end == para_end:
                # (二)发展目标。到2025年，…。⏎产业能级更高。…: the year governs its goal section
                reach = self._goal_section_reach(para_start, m.start(), para_end, next_year)
                section = reach > para_end
            carried, continued, items = False, -1, -1
            if reach == end == para_end:
                # 到2025年，…主要体现在：⏎产业能级高。…比重达到40%, 到2023年末，…。⏎——产业规模进一步壮大。…达1000亿元…:
                # the year carries to its list, its bulleted or its headline paragraphs
                # (up to a year phrase of another year: one of the same year inside only interrupts it)
                reach = self.carried_reach(para_start, para_end, other_year[k])
                if reach == para_end and year is not None:  # 1.…到2027年… ⏎ 2.…
                    reach = items = item_run(self, para_start, para_end, other_year[k], year)
                    if reach == para_end and self._coming(year, para_end):
                        reach = continued = self.continued_reach(para_end, other_year[k])  # 其中包括，…6个；…
                    # 到2035年，…达到800亿元。 ⏎ 全市培育…50家，…: plain goal paragraphs after it
                    if reach == para_end:
                        reach = following_goal_paragraphs(self, m, year, para_end, other_year[k])
                section = carried = reach > para_end
            listed = section and norm[para_start:para_end].rstrip(LINE_SPACES).endswith(("：", ":"))
            listed = listed or (carried and reach in (continued, items))
            # …主要预期目标是：…增长6%左右，…。全市将激活…，放宽…: the list ends with its lead's sentence; what follows
            # says how the goals are reached (a planned figure there still counts: 新开工项目300个)
            after = self.full_sentence(lead.start())[1] if lead is not None else None
            scopes.append(
                Scope(
                    start,
                    body_start,
                    reach,
                    end,
                    year,
                    section=section,
                    bare_lines=listed,
                    carried=carried,
                    quantified_after=after,
                )
            )
        for start, body_start, reach, year in self.dated_heading_lists():
            if not any(start <= s.start < reach or s.start <= start < s.end for s in scopes):
                scopes.append(Scope(start, body_start, reach, reach, year, heading=True, bare_lines=True))
        scopes = with_goal_leads(scopes, self.dated_goal_leads())  # 2026年主要预期目标：, 主要目标是：
        for start, body_start, reach, year in self.yearless_goal_units([(s.start, s.end) for s in scopes]):
            scopes.append(
                Scope(start, body_start, reach, body_start, year, section=True, carried=True, goals_unit=True)
            )  # 一、行动目标 ⏎ …100家
        # …目标定在6%左右。其中，甲市为7%以上，…: the breakdown sentence is the statement's (parsers.goal_lists)
        scopes += late_scopes(
            self, scopes
        )  # the year's key work, a lead whose year stands before it (goal_work)
        scopes = interrupted(sorted((with_breakdown(self, s) for s in scopes), key=lambda s: s.start))
        scopes = stopped(
            self, scopes
        )  # no year carried past a sentence that is no goal (parsers.carried_stops)
        # 年均增长7%以上，2027年…达到…: a clause's goals before its year (parsers.goal_years_after)
        scopes = sorted(scopes + years_after_scopes(self, scopes), key=lambda s: s.start)
        # “…增长7%以上…”…已定下的2031年…主要预期目标: goals named a year's after them (parsers.goal_years_after)
        scopes = sorted(scopes + set_year_scopes(self, scopes), key=lambda s: s.start)
        added = yearless_scopes(self, scopes)  # 力争 … without a year phrase (parsers.goal_yearless)
        scopes = sorted(scopes + added, key=lambda s: s.start)
        self._scopes = scopes
        self._scope_starts = [s.start for s in scopes]
        return scopes

    def _statement_start(self, m: re.Match) -> int:
        """Where the goal statement of a year phrase opens: at the year, or at the start of its part when the year
        stands inside its goal (主营业务收入2027年达到2400亿元: the subject before the year is the goal's)."""
        if m.re is not self.lex.year or not any(m.group(g) for g in self.lex.inner_goal_years):
            return m.start()  # 到2027年，…: the goals follow the year
        start = self.part(m.start())[0]
        while start < m.start() and self.norm[start] in LINE_SPACES:
            start += 1
        return start

    def _point(self, start: int, end: int) -> int | None:
        """Where the first point of a list (一是, 二是 …) in [start, end) begins: at a paragraph start or after a full
        stop or semicolon (spaces aside); None when there is none. The points of the text are found once (a scan from
        each year phrase's paragraph start would cost time quadratic in a long paragraph's length)."""
        points = self._points
        if points is None:
            norm, after = self.norm, self._item_after
            points = self._points = []
            for m in self.lex.item_opener.finditer(norm):
                i = m.start()
                while i > 0 and norm[i - 1] in LINE_SPACES:
                    i -= 1
                if i == 0 or norm[i - 1] in after:
                    points.append((m.start(), m.end()))
        i = bisect_left(points, (start, -1))
        return points[i][0] if i < len(points) and points[i][1] <= end else None

    def _run_together(self, para_start: int, para_end: int) -> bool:
        """The paragraph holds a numbered heading after a full stop: several paragraphs whose breaks were lost."""
        found = self._joined.get(para_start)
        if found is None:
            found = self._joined[para_start] = (
                self.lex.inline_heading.search(self.norm, para_start, para_end) is not None
            )
        return found

    @staticmethod
    def scope_at(pos: int, scopes: list[Scope], starts: list[int] | None = None) -> Scope | None:
        i = bisect_right(starts if starts is not None else [s.start for s in scopes], pos) - 1
        if i >= 0 and scopes[i].start <= pos < scopes[i].end:
            return scopes[i]
        return None

    def target_scope(self, pos: int) -> Scope | None:
        scopes = self.scopes()
        i = bisect_right(self._scope_starts, pos) - 1
        if i >= 0 and scopes[i].start <= pos < scopes[i].end:
            return scopes[i]
        return None
