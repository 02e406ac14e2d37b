"""The year a goal statement names: a year phrase's (到2027年, 到“十四五”末), 今年's, 全年's or a yearless goal's (the
text's date or topic year), and whether a year is still to come.

A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex); the words are those of the dated
headings (parsers.goal_headings.heading_words: the review and plan titles, the line length of a heading).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

from parsers.clause_tense import aims_in_words, reports_in_words
from parsers.goal_headings import TITLE_CHARS, heading_words
from parsers.goal_periods import period_end_year
from parsers.goal_topics import reprinted_year, topic_year
from parsers.lexicon import Lexicon
from parsers.list_markers import BULLET_CHARS
from parsers.patterns import LINE_SPACES, YEAR_NAMED

_PERIOD_END_OPENERS = (
    "力争",
    "争取",
    "确保",
    "力爭",
    "爭取",
    "確保",
)  # a goal verb right before a period's end
# what a part opens after (a sentence's or a part's mark, a line's start) and what may stand between it and a period's
# end that opens the part (spaces, a list item's bullet, an opening quote)
_PART_OPENING = "，,；;。！？!?\n：:"
_PART_LEAD = LINE_SPACES + "".join(BULLET_CHARS) + "“‘「"


def _deadline_lead(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["deadline_year_lead_pattern"])


class GoalYearReading:
    """The year of a year phrase, 今年, 全年 or a yearless goal, and whether it is to come (mixed into TextIndex through
    GoalScopes)."""

    norm: str
    lex: Lexicon
    current_year: int | None
    reports_past: Callable[..., bool]
    sentence: Callable[[int], tuple[int, int]]
    sentence_mark: re.Pattern

    def whole_year(self, opener: re.Match, scopes: list) -> int | None:
        """The year of 全年 (the whole year) beside a yearless opener (力争全年完成…, 全年确保…): the text's year, as
        今年's: its date's, or else the one year its goal statements before the opener name. None otherwise."""
        w = self.lex.derived(heading_words)
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
        if m.group(0).endswith(tuple(self.lex.section("targets")["period_first_year_words"])):
            return end - 4  # “十四五”第一年的目标: the first year (2021), five years to a period
        if m.group(0).endswith(("规划", "规画")):
            # 十五五规划…设置18项指标，包括…: the indicators the plan sets for its period's end (lexicon
            # named_goal_year_patterns), unless the text is dated after that end (a review of the plan)
            return end if self.current_year is None or self.current_year <= end else None
        if self.norm.startswith(("到", "至"), m.start()) or self.norm.endswith(
            _PERIOD_END_OPENERS, 0, m.start()
        ):
            return end  # 到“十四五”末, 力争“十四五”末: a goal's time, not a result's
        if self.norm.startswith(_PERIOD_END_OPENERS, m.end()):
            return end  # 某集团“十五五”末力争…: a goal verb right after the period's end
        if period_end_year(self.norm[: min(m.start(), TITLE_CHARS)], self.lex) == end:
            return end
        return end if self._period_end_ahead(m.start(), m.end(), end) else None

    def _period_end_ahead(self, start: int, pos: int, end: int) -> bool:
        """Whether a bare period's end opening its part (“十五五”期末，…) outside that period's plan is still a goal's
        time: the text's date stands before the end (a text of 2027 naming 2030), or, in an undated text, the rest of
        its sentence aims and reports nothing (…末，全市…力争/将…; …达到65%以上: [tense] plan verbs, aim_hedge_words).
        A text dated at or after the end reviews the period (“十四五”末，全市生产总值完成… in a report of 2026); a period
        end inside its part is a base or a name (…，是“十四五”末的2倍; 截至“十四五”末的…)."""
        before = self.norm[:start].rstrip(_PART_LEAD)
        if (before and before[-1] not in _PART_OPENING) or self.norm.startswith("的", pos):
            return False
        if self.current_year is not None:
            return self.current_year < end
        # under a line naming goals (二、发展目标 ⏎ “十六五”末风电装机达到…): the goals of the period's end, as a bare
        # year opening its paragraph there is (parsers.goal_bare_years reads_as_deadline); round 36, targets52
        para_start = self.paragraph(start)[0]
        if not self.norm[para_start:start].strip(_PART_LEAD) and self.under_goals_line(para_start):
            return True
        stop = self.sentence(pos)[1]
        if reports_in_words(self.norm, pos, stop, self.lex):
            return False
        hedged = any(word in self.norm[pos:stop] for word in self.lex.section("tense")["aim_hedge_words"])
        return hedged or aims_in_words(self.norm, pos, stop, self.lex, verbs_only=True)

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
        w = self.lex.derived(heading_words)
        if self.current_year is not None:
            if self._reprinted is None:  # read off the title once per text, not at every 今年
                self._reprinted = reprinted_year(self._head(w.line_chars), self.current_year, w.review) or 0
            return self._reprinted or self.current_year
        return topic_year(
            self.norm, pos, w.line_chars, self.sentence_mark, w.review, said=True, text_wide=True
        )

    _reprinted: int | None = None  # the year a reprinted report's title names, 0 for none; None: not read yet

    def plan_year(self, pos: int) -> int | None:
        """The year a goal with no year of its own at pos aims at (…，力争新增企业30家): the topic year its headings or
        title set (2027年工作计划, dated in 2026 or undated), else its date's unless its title names a review or a plan
        of several years (2025年工作总结, “十五五”规划, 2026—2028年行动方案: the date's year is none of their goals' years);
        None when its sentence reports (今年以来，全县力争…: this year so far)."""
        if self.reports_past(pos):
            return None
        w = self.lex.derived(heading_words)
        topic = topic_year(self.norm, pos, w.line_chars, self.sentence_mark, w.review, said=True)
        if topic is not None or self.current_year is None:
            return topic
        title = self._head(w.line_chars)
        return None if w.review.search(title) or w.several_years.search(title) else self.current_year

    def _coming(self, year: int, pos: int) -> bool:
        """Whether a year named at pos is still to come: by the text's date, else when no year named before pos is
        later (a text reviewing 2030 names 2029 as past), a deadline's year aside (到2045年，基本实现… ⏎ 2031年主要
        工作任务: a goal's far year says nothing of which years have passed)."""
        if self.current_year is not None:
            return year >= self.current_year
        ends, latest = self._years_named()
        k = bisect_right(ends, pos)  # the years named wholly before pos
        return k == 0 or year >= latest[k - 1]

    # (ends, latest): the end of every year the text names that is no deadline, in text order, and the latest of them
    # up to each; found once for the text (each _coming scanned the text up to its position: quadratic in a long text)
    _named_years: tuple[list[int], list[int]] | None = None

    def _years_named(self) -> tuple[list[int], list[int]]:
        """The years named before a position are a prefix of these: YEAR_NAMED has no look-ahead and starts at no digit
        inside a number, so a scan of norm[:pos] finds exactly the whole text's matches that end by pos."""
        if self._named_years is None:
            ends: list[int] = []
            latest: list[int] = []
            for y in YEAR_NAMED.finditer(self.norm):
                if not self._deadline(y.start()):
                    ends.append(y.end())
                    latest.append(max(int(y.group(1)), latest[-1]) if latest else int(y.group(1)))
            self._named_years = (ends, latest)
        return self._named_years

    # sentence -> whether it reports something done; read once per sentence (a sentence naming thousands of
    # deadlines was scanned once for each: quadratic)
    _past_sentences: dict[tuple[int, int], bool] | None = None

    def _deadline_led(self, at: int) -> bool:
        """到/至 (not 截至) right before the year at `at` (lexicon [targets] deadline_year_lead_pattern)."""
        return self.lex.derived(_deadline_lead).search(self.norm, max(0, at - 4), at) is not None

    def _deadline(self, at: int) -> bool:
        """The year at `at` is a goal's deadline (到2045年): led by 到/至, in a sentence that reports nothing done
        (到2033年底，全县已累计建成…: a status, the year past)."""
        if not self._deadline_led(at):
            return False
        sentence = self.sentence(at)
        if self._past_sentences is None:
            self._past_sentences = {}
        if sentence not in self._past_sentences:
            self._past_sentences[sentence] = self.lex.past_marker.search(self.norm, *sentence) is not None
        return not self._past_sentences[sentence]

    def _before_text_date(self, m: re.Match) -> bool:
        named = next(g for g in m.groups() if g)
        year = int(named) if named.isdigit() else self._year_of(m)  # 某集团“十五五”末力争…: the period's end
        return self.current_year is not None and year is not None and year < self.current_year
