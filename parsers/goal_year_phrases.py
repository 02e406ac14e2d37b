"""Which year phrases open a goal statement: where a year phrase stands (at a part start, after 力争/目标, after a
list item's number or bullet, as a deadline inside its part), 今年 in a dated text, a year's plan (2026年，全市将…),
the text's goal year repeated bare, and a year inside its goal (收入2027年达到…) kept only as a goal's.

A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex): GoalScopes.scopes reads the phrases
found here and sets each one's reach.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import partial

from parsers.anchors import anchored, year_anchors
from parsers.clause_tense import Tense, clause_tense
from parsers.goal_bare_years import as_deadline_years
from parsers.goal_inner_deadlines import deadline_inside_part
from parsers.goal_topics import relative_matches, said_year
from parsers.lexicon import Lexicon, with_list_dash
from parsers.list_markers import BULLET_CHARS, DASHES, line_view
from parsers.patterns import (  # ASCII " excluded: it opens and closes alike
    LINE_BLANKS,
    LINE_SPACES,
    OPENING_QUOTES,
)

# every year phrase holds 年, but for a goals' topic year that news writes without it (对于2026发展目标)
# 2026学年 (a school year, 至2025-2026学年) as well
_YEAR_ANCHOR = re.compile(r"\d(?:\s*学?年|(?<=对于\d|关于\d)\d{3})")  # the look-behind only at a digit: fast
# a five-year period's end (到“十四五”末) or first year (“十三五”首年: lexicon period_first_year_words), or its plan
# naming the indicators it lists (十五五规划…指标，包括…: lexicon named_goal_year_patterns)
_PERIOD_ANCHOR = re.compile(
    r"五[”\"’]?(?:(?:规划)?(?:时期|期)?(?:末|的?(?:首年|开局之?年|第一年))|\s*规[划画])"
)
_YEAR_LOOKAHEAD = 64  # a staged goal's year looks ahead to the hedged far year (lexicon year_patterns)
_year_anchored = partial(anchored, back=8, forward=_YEAR_LOOKAHEAD, starts_only=True)  # parsers.anchors
BOUNDARY_CHARS = set("，,；;。！？!?\n：:、)）")
_BULLET_MARKS = BULLET_CHARS | frozenset(LINE_SPACES)  # a list item's bullet (and the spaces around it)
# a stage's year labelled by a dash before its figures (2036年——装机规模800万千瓦): a list of stages, as a plan writes it;
# the list dashes of parsers/data/list_marks.toml, but a lone hyphen (2030年-2035年 is a span, not a label)
_STAGE_LABEL = re.compile(
    rf"[{LINE_SPACES}]*(?:{'|'.join(re.escape(d) for d in DASHES if d != '-')})[{LINE_SPACES}]*(?=[^\d\s])"
)
_NUMBER_CHARS = 8  # how far back a list item's number (and its indentation) may stand before a year phrase


def _build_repeated(lex: Lexicon) -> re.Pattern:
    return re.compile(with_list_dash(lex.section("targets")["repeated_goal_year_pattern"]))


class GoalYearPhrases:
    """The year phrases that open goal statements (mixed into TextIndex through GoalScopes)."""

    norm: str
    lex: Lexicon
    current_year: int | None
    paragraph: Callable[[int], tuple[int, int]]
    part: Callable[[int], tuple[int, int]]
    reports_past: Callable[..., bool]
    status_before_goal: Callable[[int, int, int | None], bool]
    under_goals_line: Callable[[int], bool]
    relative_base: Callable[[int], int | None]
    year_clause_tense: Callable[[re.Match], Tense | None]
    _closed_year_reported: Callable[[re.Match], bool]
    _scope_opener: re.Pattern
    _year_of: Callable[[re.Match], int | None]
    _statement_start: Callable[[re.Match], int]
    _before_text_date: Callable[[re.Match], bool]

    def goal_year_phrases(self) -> tuple[list[re.Match], dict[int, int], re.Pattern]:
        """The year phrases that open goal statements, in text order; the bare years among them read as 到 reads
        (start -> the latest end of their statement, parsers.goal_bare_years); the pattern of the text's goal year
        repeated bare (whose matches read as a plan of that year)."""
        norm = self.norm
        anchors = year_anchors(_YEAR_ANCHOR, norm)
        if periods := list(_PERIOD_ANCHOR.finditer(norm)):
            anchors = sorted(anchors + periods, key=lambda a: a.start())
        years = [
            m
            for m in _year_anchored(self.lex.year, anchors, norm)
            if (self._opens_scope(m.start()) or any(m.group(g) for g in self.lex.named_goal_years))
            and self._year_of(m) is not None  # “十一五”末，… outside that period's plan dates a result
            and not self._closed_year_reported(m)
        ]
        # 今年…主要预期目标是：… in a text whose date is known: the goals of the year it was published (undated: of
        # the topic year its headings or title set, parsers.goal_topics)
        relative = [
            m
            for m in relative_matches(self.lex.relative_goal_year, norm)
            if self.relative_base(m.start())
            and not self._year_said_before(m.start(), years)
            and not self._headline_over_body(m)
        ]
        if relative:
            years = sorted(years + relative, key=lambda m: m.start())
        # 2026年，全市将…: a year's plan (where no other year phrase opens a statement at that year)
        # (only a year that opens its part is tried: most year anchors are dates inside a sentence)
        taken_starts = sorted(m.start() for m in years)
        at_part_start = [a for a in anchors if self._opens_scope(max(0, a.start() - 3))]
        planned = [
            m
            for m in _year_anchored(self.lex.planned_goal_year, at_part_start, norm)
            if not self._near(taken_starts, m.start())
        ]
        # …but not one whose clause reports (2026年，福建省GDP预计将突破…: an estimate; parsers.clause_tense)
        # (nor one before the text's date: 2031年是…之年，全市将… in a text of 2033 tells that year's plan, a copula's
        # clause that clause_tense leaves undecided)
        planned = [
            m
            for m in planned
            if self.year_clause_tense(m) is not Tense.REPORT and not self._before_text_date(m)
        ]
        if planned:
            years = sorted(years + planned, key=lambda m: m.start())
        # 产业链方面，2026年，…突破…: the text's goal year repeated bare (parsers.goal_headings)
        repeated_at = self.repeated_year_pattern()
        as_deadline: dict[int, int] = {}  # a bare year read as 到 reads -> its latest end
        candidates = list(anchored(repeated_at, at_part_start, norm, back=8, forward=8))
        if candidates:
            taken_starts = sorted(m.start() for m in years)
            free = [m for m in candidates if not self._near(taken_starts, m.start())]
            repeated = (
                self.repeated_goal_years(free, [(m.start(), self._year_of(m)) for m in years])
                if years
                else []
            )
            repeated = [m for m in repeated if self.year_clause_tense(m) is not Tense.REPORT]
            # 2026年，全市生产总值增长6%左右: a bare year whose clause plans, by the text's date or its words
            chosen = {m.start() for m in repeated}
            bare = [m for m in free if m.start() not in chosen and self.year_clause_tense(m) is Tense.PLAN]
            bare = self._next_stages(free, chosen, sorted(years + repeated + bare, key=lambda m: m.start()))
            as_deadline = as_deadline_years(self, repeated + bare, candidates)  # parsers.goal_bare_years
            years = sorted(years + repeated + bare, key=lambda m: m.start())
        years = self._goal_years_inside_parts(years)
        return years, as_deadline, repeated_at

    def _next_stages(self, free: list[re.Match], chosen: set[int], found: list[re.Match]) -> list[re.Match]:
        """The bare years among ``free`` read as goal years, ``found`` those read so far (in text order): theirs, and a
        bare year labelled by a dash whose clause neither plans nor reports by its words (undated: 2036年——装机规模800万
        千瓦，储能电站60座) when it is the next stage of a goal list: a later year than a goal year found before it in its own
        or the previous paragraph (发展目标：2031年——…；⏎2036年——…；2041年——…). A plan sets its stages so; a review names
        its years with the results (已, 同比: clause_tense reports), and a year earlier than the goal above it stays
        undecided. Only the labelled form: a bare year's clause after a goal (到2025年…。2026年，…增长5%) may be a
        review's, and its words alone decide it."""
        found = list(found)
        for m in free:
            if m.start() in chosen or any(f.start() == m.start() for f in found):
                continue
            year = int(m.group("year"))
            earlier = self._previous_paragraph_start(m.start())
            stage = any(earlier <= f.start() < m.start() and (self._year_of(f) or year) < year for f in found)
            labelled = _STAGE_LABEL.match(self.norm, m.end()) is not None
            if stage and labelled and self.year_clause_tense(m) is None:
                found.append(m)
                found.sort(key=lambda f: f.start())
        return [m for m in found if m in free and m.start() not in chosen]

    def _previous_paragraph_start(self, pos: int) -> int:
        """Where the paragraph before the one holding ``pos`` starts (its own start when it is the first)."""
        para_start = self.paragraph(pos)[0]
        before = para_start - 1
        while before > 0 and self.norm[before - 1] in LINE_BLANKS:
            before -= 1
        return self.paragraph(before)[0] if before > 0 else para_start

    def _headline_over_body(self, m: re.Match) -> bool:
        """The relative year ``m`` after its subject stands in the text's title line with a body below it (某市今年GDP
        预期增长6%左右 ⏎ …): a headline repeats what its body states; a text of one line (a sentence alone) is its own."""
        if not m.groupdict().get("after_subject"):
            return False
        norm = self.norm
        line_start, line_end = norm.rfind("\n", 0, m.start()) + 1, norm.find("\n", m.start())
        if line_end < 0 or norm[:line_start].strip():
            return False  # not the first line, or no line after it
        return bool(norm[line_end:].strip())

    def _opens_scope(self, pos: int) -> bool:
        """A year phrase opens a goal statement at a part start, after 力争/目标, or as a deadline inside its part."""
        i = pos
        while i > 0 and self.norm[i - 1] in LINE_SPACES:
            i -= 1
        j = i
        while j > 0 and self.norm[j - 1] in _BULLET_MARKS:
            j -= 1  # ——到2020年力争…: a list item's bullet at a line or sentence start stands where a boundary would
        if j < i and (j == 0 or self.norm[j - 1] in BOUNDARY_CHARS):
            return True
        if i == 0 or self.norm[i - 1] in BOUNDARY_CHARS or self.norm[i - 1] in "(（":
            return True
        if self.norm[i - 1] in OPENING_QUOTES:
            return True  # 甲网讯“到2031年，…。”日前，…印发《…方案》: a quotation opens a statement of its own
        if self._after_list_number(i):
            return True  # 1.到2027年，…, ①到2027年，…: a list item's number at its line's start
        return bool(self._scope_opener.search(self.norm, max(0, i - 8), i)) or deadline_inside_part(self, pos)

    def _after_list_number(self, i: int) -> bool:
        """norm[:i] ends with a list item's number standing at its line's start (1. ① 1．; a few characters back)."""
        line_start = self.norm.rfind("\n", max(0, i - _NUMBER_CHARS), i) + 1
        if line_start == 0 and i > _NUMBER_CHARS:
            return False
        view = line_view(self.norm, line_start, i)
        return view.numbered and view.body_start == i

    def _year_said_before(self, pos: int, years: list[re.Match]) -> bool:
        """In an undated text, 今年 at pos after a statement its paragraph's topic year opens (2031年是…之年。…今年的
        主要预期目标是：…): that statement holds it already (parsers.goal_topics.said_year)."""
        if self.current_year is None:
            said = said_year(self.norm, pos)  # once per 今年, not once per year before it
            para_start = self.paragraph(pos)[0]
            return any(para_start <= y.start() < pos and self._year_of(y) == said for y in years)
        return False

    def repeated_goal_years(
        self, candidates: list[re.Match], goal_years: list[tuple[int, int]]
    ) -> list[re.Match]:
        """The matches of repeated_goal_year_pattern among ``candidates`` whose year opened a goal statement before
        them (``goal_years``: (start, year) of the statements found so far), in a sentence that reports no past."""
        if not candidates or not goal_years:
            return []
        kept = []
        for m in candidates:
            year = int(m.group("year"))
            if any(start < m.start() and y == year for start, y in goal_years) and not self.reports_past(
                m.start()
            ):
                kept.append(m)
        return kept

    def repeated_year_pattern(self) -> re.Pattern:
        return self.lex.derived(_build_repeated)

    def _goal_years_inside_parts(self, years: list[re.Match]) -> list[re.Match]:
        """Keep a bare year before a verb of reaching (收入2027年达到…) only as a goal's year: not in a sentence that
        reports the past (五年来，…其中2023年突破3万亿元), and, when it opens its part (2030年达到…), only as the next
        stage of a goal list whose year stands in the same or the previous paragraph (2024年达到65%。 alone reports)."""
        kept: list[re.Match] = []
        for m in years:
            if m.re is self.lex.year and any(m.group(g) for g in self.lex.inner_goal_years):
                if self.reports_past(m.start()) and not self.status_before_goal(
                    m.start(), self._statement_start(m), self._year_of(m)
                ):
                    continue
                if any(m.group(g) for g in self.lex.reached_goal_years) and not self._plans_reached(m):
                    continue  # 由2015年的55%提高到2020年的61%: a change reported, unless its part plans it
                if self._statement_start(m) < m.start() and self._before_text_date(m):
                    continue  # 覆盖率到2024年达到40% in a text of 2025: a report of that year
                if self._statement_start(m) == m.start():
                    if self._before_text_date(m):
                        continue  # “十四五”期间，…2025年达到… in a text of 2026: a result
                    para_start = self.paragraph(m.start())[0]
                    previous_para = self._previous_paragraph_start(m.start())
                    # the next stage of the goals above is a later year (…2030年前翻一番。⏎…2025年达到…: a result)
                    stage = (
                        kept and kept[-1].start() >= previous_para and not self._earlier_stage(m, kept[-1])
                    )
                    if not stage and not self.under_goals_line(para_start):
                        continue
            kept.append(m)
        return kept

    def _earlier_stage(self, m: re.Match, before: re.Match) -> bool:
        """m names a year earlier than the goal year before it: no next stage of its goals."""
        year, previous = self._year_of(m), self._year_of(before)
        return year is not None and previous is not None and year < previous

    def _plans_reached(self, m: re.Match) -> bool:
        """The part of a year a change reaches (…将由…提高到2025年的45%) plans by its clause's tense: the text's date,
        or a plan cue anywhere in the part, since the cue stands before the year here (parsers.clause_tense)."""
        start, end = self.part(m.start())
        year = int(next(g for g in m.groups() if g))
        return clause_tense(self.norm, start, end, year, self.current_year, self.lex) is Tense.PLAN

    @staticmethod
    def _near(starts: list[int], pos: int) -> bool:
        """A start within 4 characters of pos (the same year, found by another pattern)."""
        k = bisect_left(starts, pos - 4)
        return k < len(starts) and starts[k] <= pos + 4
