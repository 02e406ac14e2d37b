"""Goal lists whose year and goal-ness come from a heading above them, not from their own lines.

A report's digest lists a coming year's goals as bare metric lines under a numbered heading that names the year
but not 目标 (三、2026年经济社会发展总体要求和政策取向 ⏎ 经济增长4.5%-5% ⏎ 城镇新增就业1200万人以上 …): no line has
a year, an opener or a goal verb of its own. The heading is their scope. The year is coming when it is not
before the text's date (or, in an undated text, before any year named above the heading); a heading of a review
(2025年工作回顾, 完成情况) or of a statistics bulletin lists results, not goals (lexicon [targets]
dated_heading_*). A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex).

The same reading of scope gives a bare year that opens its part with no verb of planning (产业链方面，2026年，…突破…)
the goal-ness of the same year where it already opened a goal statement above it: the text's goal year, repeated.
The reach of the lines under a heading naming goals (到2025年发展目标) is here too; the lines themselves (the items
of a line, where a list of metric lines ends) are read by parsers.goal_list_lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.carried_stops import heads_results
from parsers.clause_tense import Tense, clause_tense
from parsers.goal_list_lines import SENTENCE_MARK, YEAR_HEADING, metric_lines
from parsers.goal_periods import period_end_year
from parsers.goal_topics import reprinted_year, topic_year
from parsers.lexicon import Lexicon, with_list_dash
from parsers.list_markers import BULLET_GLYPHS
from parsers.patterns import YEAR_NAMED

_NO_SENTENCE = r"[^\n，,；;。！？!?：:]"
# a line a label may open, with a year near its start
# (a bullet may stand for the label: ◆ 2030年成效盘点)
_LABELLED_LINE = re.compile(
    rf"\n[ \t\u3000]*[第一二三四五六七八九十（(\d{re.escape(BULLET_GLYPHS)}][^\n年]{{0,28}}年"
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_TITLE_CHARS = 200  # the text's head: its first line is where a bulletin names itself
_PERIOD_END_OPENERS = (
    "力争",
    "争取",
    "确保",
    "力爭",
    "爭取",
    "確保",
)  # a goal verb right before a period's end
# the end of a line that may name goals (目标, 指标): one literal first, so the scan skips ahead fast
_GOALS_LINE_END = re.compile(r"标[ \t\u3000：:]*\n")


@dataclass(frozen=True)
class _HeadingWords:
    heading: re.Pattern  # a labelled line naming a year, no sentence mark: groups year
    label: re.Pattern  # a section label at a line's start
    review: re.Pattern
    bulletin: re.Pattern
    min_lines: int
    line_chars: int
    goals_line: re.Pattern  # a line naming goals with no year of its own (主要预期目标)
    whole_year: re.Pattern  # 全年 beside a yearless opener (力争全年完成…)
    several_years: re.Pattern  # a title naming a plan of several years (2026—2028年, “十五五”, 三年, 规划)


def _build(lex: Lexicon) -> _HeadingWords:
    t = lex.section("targets")
    label = t["section_label_pattern"]
    heading = re.compile(
        rf"(?m)^(?:{label})?[ \t\u3000]*{_NO_SENTENCE}{{0,12}}?(?<!\d)(?P<year>(?:19|20)\d{{2}})\s*年"
        rf"(?![底末内初]|\s*\d){_NO_SENTENCE}*[：:]?[ \t\u3000]*$"
    )
    return _HeadingWords(
        heading,
        re.compile(label),
        re.compile(t["dated_heading_review_pattern"]),
        re.compile(t["dated_heading_bulletin_pattern"]),
        int(t["dated_heading_min_lines"]),
        int(t["heading_line_chars"]),
        re.compile(
            rf"(?:{label})?[ \t\u3000]*(?![\u4e00-\u9fff]{{0,10}}?(?:{t['goals_met_pattern']}))"
            rf"[\u4e00-\u9fff]{{0,10}}(?:目标|指标)[ \t\u3000：:]*"
        ),
        re.compile(t["whole_year_pattern"]),
        re.compile(t["several_years_title_pattern"]),
    )


def _deadline_lead(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["deadline_year_lead_pattern"])


def _build_repeated(lex: Lexicon) -> re.Pattern:
    return re.compile(with_list_dash(lex.section("targets")["repeated_goal_year_pattern"]))


class GoalHeadings:
    """Scopes opened by a dated heading over bare metric lines (mixed into TextIndex through GoalScopes)."""

    norm: str
    lex: Lexicon
    current_year: int | None
    reports_past: Callable[..., bool]
    paragraph: Callable[[int], tuple[int, int]]
    sentence: Callable[[int], tuple[int, int]]
    sentence_mark: re.Pattern
    _heading_line_chars: int
    _statement_start: Callable[[re.Match], int]

    def dated_heading_lists(self) -> list[tuple[int, int, int, int]]:
        """(heading start, heading end, end of its list, year) of every dated heading over a list of metric lines."""
        w = self.lex.derived(_build)
        norm = self.norm
        found: list[tuple[int, int, int, int]] = []
        bulletin = None
        for m in self._heading_lines(w):
            line = m.group(0)
            year = int(m.group("year"))
            if len(line.strip(" \t\u3000")) > w.line_chars or self._reviewed(line, year, w):
                continue
            if not self._coming(year, m.start()):
                continue
            if bulletin is None:
                title = norm[:_TITLE_CHARS].strip(" \t\u3000\n").split("\n", 1)[0]
                bulletin = w.bulletin.search(title) is not None
            if bulletin:
                break  # a statistics bulletin's headings list results
            reach = self._metric_lines(m.end(), w)
            if reach is not None:
                found.append((m.start(), m.end(), reach, year))
        if not bulletin:
            found.extend(self._chained_heading_lists(w, found))
        return found

    def _chained_heading_lists(
        self, w: _HeadingWords, found: list[tuple[int, int, int, int]]
    ) -> list[tuple[int, int, int, int]]:
        """A line naming goals with no year (主要预期目标) right under a short line naming a coming year (2026年工作安排,
        labelled or not): the heading chain gives the list under it its year (heading start, end, reach, year)."""
        norm, chained = self.norm, []
        for m in _GOALS_LINE_END.finditer(norm):
            if m.start() == 0 or norm[m.start() - 1] not in "目指":
                continue
            line_start = norm.rfind("\n", 0, m.start()) + 1
            line = norm[line_start : m.end() - 1].strip(" \t\u3000")
            if not w.goals_line.fullmatch(line) or line_start < 2:
                continue
            above_start = norm.rfind("\n", 0, line_start - 1) + 1
            above = norm[above_start : line_start - 1].strip(" \t\u3000")
            year = YEAR_NAMED.search(above)
            if (
                year is None
                or len(above) > w.line_chars
                or SENTENCE_MARK.search(above)
                or self._reviewed(above, int(year.group(1)), w)
                or any(start <= line_start < reach for start, _, reach, _ in found)
            ):
                continue
            if not self._coming(int(year.group(1)), above_start):
                continue
            reach = self._metric_lines(m.end() - 1, w)
            if reach is not None:
                chained.append((above_start, m.end() - 1, reach, int(year.group(1))))
        return chained

    def whole_year(self, opener: re.Match, scopes: list) -> int | None:
        """The year of 全年 (the whole year) beside a yearless opener (力争全年完成…, 全年确保…): the text's year, as
        今年's: its date's, or else the one year its goal statements before the opener name. None otherwise."""
        w = self.lex.derived(_build)
        near = self.norm[max(0, opener.start() - 2) : opener.end() + 2]
        if not w.whole_year.search(near):
            return None
        if self.current_year is not None:
            # a dated review (2025年预算执行情况的报告, dated 2026): its 全年 is the year reviewed, not the date's
            return None if w.review.search(self._head(w.line_chars)) else self.current_year
        named = {s.year for s in scopes if s.start < opener.start() and s.year is not None}
        return named.pop() if len(named) == 1 else None

    def _head(self, chars: int) -> str:
        """The text's first line (its title), as far as a title may run."""
        return self.norm.lstrip().split("\n", 1)[0][: 3 * chars]

    def _period_year(self, m: re.Match, period: str) -> int | None:
        """到“十四五”末: the period's last year (2025). A bare “十四五”期末 only in that period's own plan, whose head names
        the period before it: elsewhere it dates a result (“十一五”末，全市生产总值完成…)."""
        end = period_end_year(period, self.lex)
        if self.norm.startswith(("到", "至"), m.start()) or self.norm.endswith(
            _PERIOD_END_OPENERS, 0, m.start()
        ):
            return end  # 到“十四五”末, 力争“十四五”末: a goal's time, not a result's
        return end if period_end_year(self.norm[: min(m.start(), _TITLE_CHARS)], self.lex) == end else None

    _reviews: list[tuple[int, int]] | None = None

    def in_review_list(self, pos: int) -> bool:
        """pos lies in the metric lines under a dated review heading (一、2025年工作回顾 ⏎ 国内生产总值增长5% …): a result."""
        reviews = self._reviews
        if reviews is None:
            w = self.lex.derived(_build)
            reviews = self._reviews = []
            for m in self._heading_lines(w):
                line = m.group(0)
                if len(line.strip(" \t\u3000")) <= w.line_chars and self._reviewed(
                    line, int(m.group("year")), w
                ):
                    reach = self._metric_lines(m.end(), w, results=True)
                    if reach is not None:
                        reviews.append((m.end(), reach))
        return any(start <= pos < end for start, end in reviews)

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

    def _year_of(self, m: re.Match) -> int | None:
        if m.re is self.lex.year:
            year = next(g for g in m.groups() if g)
            return int(year) if year.isdigit() else self._period_year(m, year)
        if m.re is self.lex.planned_goal_year:
            return int(m.group("year"))
        base = self.relative_base(m.start())
        if base is None:
            return None
        shifts = self.lex.section("targets")["relative_lead_years"]  # 今年 the date's year, 明年 the next
        return base + int(shifts.get(m.group(0).removesuffix("的"), 0))

    def relative_base(self, pos: int) -> int | None:
        """The year 今年 at pos names: the text's date's (or the earlier year a reprinted report's title names), or in
        an undated text the topic year its headings, its paragraph's topic sentence or its title set
        (parsers.goal_topics); None when neither is known."""
        w = self.lex.derived(_build)
        if self.current_year is not None:
            if self._reprinted is None:  # read off the title once per text, not at every 今年
                self._reprinted = reprinted_year(self._head(w.line_chars), self.current_year, w.review) or 0
            return self._reprinted or self.current_year
        return topic_year(self.norm, pos, w.line_chars, self.sentence_mark, w.review, said=True)

    _reprinted: int | None = None  # the year a reprinted report's title names, 0 for none; None: not read yet

    def plan_year(self, pos: int) -> int | None:
        """The year a goal with no year of its own at pos aims at (…，力争新增企业30家): the topic year its headings or
        title set (2027年工作计划, dated in 2026 or undated), else its date's unless its title names a review or a plan
        of several years (2025年工作总结, “十五五”规划, 2026—2028年行动方案: the date's year is none of their goals' years);
        None when its sentence reports (今年以来，全县力争…: this year so far)."""
        if self.reports_past(pos):
            return None
        w = self.lex.derived(_build)
        topic = topic_year(self.norm, pos, w.line_chars, self.sentence_mark, w.review, said=True)
        if topic is not None or self.current_year is None:
            return topic
        title = self._head(w.line_chars)
        return None if w.review.search(title) or w.several_years.search(title) else self.current_year

    def _heading_reach(self, heading_end: int, limit: int) -> int:
        """Where the lines under a goal heading end: before the first paragraph that is no short line (a sentence
        with its punctuation, or a long one), or at the next year phrase."""
        norm, reach, pos = self.norm, heading_end, heading_end + 1
        longest = self._heading_line_chars
        while pos < min(limit, len(norm)):
            line_end = self.paragraph(pos)[1]
            line = norm[pos:line_end].strip(" \t\u3000")
            if len(line) > longest or self.sentence_mark.search(line) or line_end > limit:
                break
            reach, pos = line_end, line_end + 1
        return reach

    def repeated_year_pattern(self) -> re.Pattern:
        return self.lex.derived(_build_repeated)

    _headings: list[re.Match] | None = None

    def _heading_lines(self, w: _HeadingWords) -> list[re.Match]:
        """The heading pattern tried only at a line a label may open with a year near its start (a scan of the
        whole text would try it at every character; one scan from the line breaks is cheap), found once."""
        if self._headings is None:
            norm, heading = self.norm, w.heading
            starts = [m.start() + 1 for m in _LABELLED_LINE.finditer(norm)]
            # the text's first line too, when it holds a year's digits (a heading's year stands on its own line): a
            # first line of blanked page furniture, many spaces and no year, would cost the pattern time quadratic
            # in its length
            first_line_end = norm.find("\n")
            if _YEAR_DIGITS.search(norm, 0, first_line_end if first_line_end >= 0 else len(norm)):
                starts.insert(0, 0)
            found = (heading.match(norm, pos) for pos in starts)
            self._headings = [m for m in found if m is not None and self._heading_form(m, w)]
        return self._headings

    def _heading_form(self, m: re.Match, w: _HeadingWords) -> bool:
        """A labelled line, or an unlabelled one that holds no number but its year (2024年主要目标): a heading names
        a year and a topic, never a value (2024年地区生产总值增长5% is a goal line of its own, not a heading). The text's
        first line is its title, not a section of it (2027年经济工作总体要求 ⏎ 地区生产总值增长6%)."""
        if w.label.match(m.group(0)):
            return True
        if not self.norm[: m.start()].strip(" \t\u3000\f\n"):
            return False
        return (
            YEAR_HEADING.fullmatch(m.group(0).strip(" \t\u3000\f：:").lstrip(BULLET_GLYPHS + " \t\u3000"))
            is not None
        )

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
                    before = para_start - 1
                    while before > 0 and self.norm[before - 1] in " \t\u3000\n":
                        before -= 1
                    previous_para = self.paragraph(before)[0] if before > 0 else para_start
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

    def _before_text_date(self, m: re.Match) -> bool:
        year = int(next(g for g in m.groups() if g))
        return self.current_year is not None and year < self.current_year

    def _plans_reached(self, m: re.Match) -> bool:
        """The part of a year a change reaches (…将由…提高到2025年的45%) plans by its clause's tense: the text's date,
        or a plan cue anywhere in the part, since the cue stands before the year here (parsers.clause_tense)."""
        start, end = self.part(m.start())
        year = int(next(g for g in m.groups() if g))
        return clause_tense(self.norm, start, end, year, self.current_year, self.lex) is Tense.PLAN

    def under_goals_line(self, line_start: int) -> bool:
        """The line above the one at line_start names goals with no year of its own (阶段目标：, 主要目标)."""
        above_end = line_start - 1
        while above_end > 0 and self.norm[above_end - 1] in " \t\u3000\n":
            above_end -= 1
        above = self.norm[self.norm.rfind("\n", 0, above_end) + 1 : above_end].strip(" \t\u3000")
        return bool(above) and self.lex.derived(_build).goals_line.fullmatch(above) is not None

    def _reviewed(self, line: str, year: int, w: _HeadingWords) -> bool:
        """A heading line of ``year`` names a review (2030年工作回顾, ● 2030年成效盘点) or a part of the year already run
        (2030年上半年经济运行情况: parsers.carried_stops.heads_results), unless the year comes after the text's date:
        2032年要取得的成就 in a text of 2031 names what the plan aims at."""
        return heads_results(line, self.lex) and (self.current_year is None or year <= self.current_year)

    def _coming(self, year: int, pos: int) -> bool:
        """Whether a year named at pos is still to come: by the text's date, else when no year named before pos is
        later (a text reviewing 2030 names 2029 as past), a deadline's year aside (到2045年，基本实现… ⏎ 2031年主要
        工作任务: a goal's far year says nothing of which years have passed)."""
        if self.current_year is not None:
            return year >= self.current_year
        named = [
            int(y.group(1)) for y in YEAR_NAMED.finditer(self.norm, 0, pos) if not self._deadline(y.start())
        ]
        return all(year >= y for y in named)

    def _deadline(self, at: int) -> bool:
        """The year at `at` is a goal's deadline (到2045年): led by 到/至, in a sentence that reports nothing done
        (到2033年底，全县已累计建成…: a status, the year past)."""
        if self.lex.derived(_deadline_lead).search(self.norm, max(0, at - 4), at) is None:
            return False
        return self.lex.past_marker.search(self.norm, *self.sentence(at)) is None

    def _metric_lines(self, heading_end: int, w: _HeadingWords, results: bool = False) -> int | None:
        """Where the list of short metric lines under a heading ending at heading_end ends (parsers.goal_list_lines)."""
        return metric_lines(self.norm, heading_end, w.label, w.line_chars, w.min_lines, results)
