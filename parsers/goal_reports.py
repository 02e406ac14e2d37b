"""Which sentences of a text report the past or a status (目前…已…了, 截至2024年末…) rather than aim at a goal, and
whether the clause a year opens plans or reports (parsers.clause_tense), how far a plan's year carries.

A mixin of parsers.goal_scopes.GoalScopes (so of parsers.context.TextIndex): it reads the index's normalized text,
sentences, parts and caches.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from parsers.clause_tense import (
    Tense,
    aims_in_words,
    clause_tense,
    ends_a_carried_year,
    plan_framed,
    reports_in_words,
    writes_a_record,
)
from parsers.goal_features import heading_above
from parsers.goal_forecasts import forecast_before
from parsers.goal_headings import heading_words
from parsers.goal_intents import intent_before, task_before
from parsers.goal_periods import period_end_year
from parsers.goal_report_leads import report_led
from parsers.goal_told_results import told_result
from parsers.lexicon import Lexicon, alternation
from parsers.list_markers import BULLET_CHARS
from parsers.patterns import LINE_SPACES

# what may stand before a line's first word (spaces, a bullet)
_LINE_LEAD = LINE_SPACES + "".join(BULLET_CHARS)

_DIGIT = re.compile(r"\d")
_STATUS_YEAR = re.compile(r"(?:19|20)\d{2}")  # 截至2024年: the status's date


def _estimate_lead(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("tense")["estimate_lead_pattern"])


def _status_date(lex: Lexicon) -> re.Pattern:
    """至2031年底 (not 截至, not 到): the date of a status when its sentence counts a running total and aims at nothing
    (lexicon status_date_pattern, status_date_total_words)."""
    return re.compile(lex.section("targets")["status_date_pattern"])


def _counted_lead(lex: Lexicon) -> re.Pattern:
    """Words that count or estimate what follows (初步统计, 预计, 测算: [tense] counted_lead_words)."""
    return re.compile(alternation(lex.section("tense")["counted_lead_words"]))


def _baseline_lead(lex: Lexicon) -> re.Pattern:
    return re.compile(lex.section("targets")["baseline_lead_pattern"])


def _change_tail(lex: Lexicon) -> str:
    """同比增长6% after a comparison marker: a change by a share (lexicon comparison_list_tail, its verbs filled in)."""
    verbs = alternation(lex.section("roles")["yearly_change_verbs"])
    return lex.section("targets")["comparison_list_tail"].replace("{verbs}", verbs)


def _comparison_aim(lex: Lexicon) -> re.Pattern:
    """同比增长8%左右 right after a comparison marker: a change by about so much (the change tail, 分别 before its verb,
    then a plan's bound: lexicon comparison_aim_hedges)."""
    t = lex.section("targets")
    return re.compile(_aimed_change(lex) + f"[{LINE_SPACES}]*(?:{alternation(t['comparison_aim_hedges'])})")


def _aimed_change(lex: Lexicon) -> str:
    """同比分别增长18%和25%: the change tail, 分别 before its verb, a second metric's share after it (lexicon
    comparison_aim_tail, its verbs filled in)."""
    verbs = alternation(lex.section("roles")["yearly_change_verbs"])
    return lex.section("targets")["comparison_aim_tail"].replace("{verbs}", verbs)


def _bare_aimed_change(lex: Lexicon) -> re.Pattern:
    """力争…，同比分别增长18%和25%。: an aimed change with no bound, its part ending there."""
    return re.compile(_aimed_change(lex) + f"[{LINE_SPACES}]*(?=[，,；;。！？!?\\n]|\\Z)")


def _comparison_aim_lead(lex: Lexicon) -> re.Pattern:
    """要, 将, 计划 … before a comparison in its sentence: a plan verb that aims the change (lexicon
    comparison_aim_lead_pattern), as a goal opener does."""
    return re.compile(lex.section("targets")["comparison_aim_lead_pattern"])


def _named_goal_after(lex: Lexicon) -> re.Pattern:
    """…同比增长7%左右的目标: the bounded change named the goal right after it (lexicon
    comparison_named_goal_after_pattern)."""
    return re.compile(lex.section("targets")["comparison_named_goal_after_pattern"])


def _goal_met(lex: Lexicon) -> re.Pattern:
    """了, 已 before such a change in its sentence: a goal met, told (lexicon comparison_met_words)."""
    return re.compile(alternation(lex.section("targets")["comparison_met_words"]))


def _comparison_list_lead(lex: Lexicon) -> re.Pattern:
    """主要预期目标是：, 发展目标为 — the goals named as a list (lexicon comparison_list_lead_pattern)."""
    return re.compile(lex.section("targets")["comparison_list_lead_pattern"])


def _past_goal_year(lex: Lexicon) -> re.Pattern:
    """上年, 去年 before a goal list's name: the goals of a year gone (lexicon past_goal_year_words)."""
    return re.compile(alternation(lex.section("targets")["past_goal_year_words"]))


def _listed_comparison(lex: Lexicon) -> re.Pattern:
    """同比增长6% right after a comparison marker: a change by a share, hedged or not; or 同比持平, a level held
    (lexicon comparison_level_words)."""
    level = alternation(lex.section("targets")["comparison_level_words"])
    return re.compile(f"{_change_tail(lex)}|[{LINE_SPACES}]*(?:{level})")


def _spent_opener(lex: Lexicon) -> re.Pattern:
    """What after a goal opener leaves it opening nothing ahead (lexicon goal_opener_spent_after: 确保了, 力争上游)."""
    return re.compile(lex.section("targets")["goal_opener_spent_after"])


def _status_deadline(lex: Lexicon) -> re.Pattern:
    t = lex.section("targets")
    forms = (t["status_deadline_year_pattern"], t["status_deadline_period_pattern"])
    return re.compile("|".join(f.replace("(?P<year>", "(?:") for f in forms))


class GoalReports:
    """Reports of the past and of a status, sentence by sentence (mixed into TextIndex)."""

    norm: str
    lex: Lexicon
    _past: dict[int, bool]
    # sentence start -> its past markers and which of them report back (_sentence_marks)
    _past_marks: dict[int, tuple[list[int], list[bool]]]
    _status_opener: re.Pattern
    in_review_list: Callable[[int], bool]
    current_year: int | None
    under_goals_line: Callable[[int], bool]
    _coming: Callable[[int, int], bool]  # a year still to come (parsers.goal_headings)
    _year_of: Callable[[re.Match], int | None]
    _opens_task: Callable[[int], bool]  # a task verb opens the part at a position (parsers.goal_scopes)

    # -- the tense of a year's clause ------------------------------------------------------------
    def year_clause_tense(self, m: re.Match) -> Tense | None:
        """Plan or report for the clause a bare year opens (to its sentence's end), by parsers.clause_tense."""
        end = self.full_sentence(m.start())[1]
        if _DIGIT.search(self.norm, m.end(), end) is None:
            return None  # no figure: nothing a bare year's statement could give (its goals need a number)
        if forecast_before(self, m.start()):
            return Tense.REPORT  # 据预计，2031年…: what someone expects (parsers.goal_forecasts)
        year = int(m.group("year"))
        review = self.in_review_list(m.start())
        s_start = self.full_sentence(m.start())[0]
        framed = plan_framed(self.norm, s_start, m.start(), self.lex)  # 计划指出，2027年…
        # 甲地将建设…，2025年新增…: intent frames a year still to come, not last year's results after it
        framed = framed or (
            (intent_before(self, s_start, m.start()) or task_before(self, s_start, m.start()))
            and self._coming(year, m.start())
        )
        para_start = self.paragraph(m.start())[0]
        if not self.norm[para_start : m.start()].strip(_LINE_LEAD):
            framed = framed or self.under_goals_line(para_start)  # 二、主要目标 ⏎ ——2025年，…达到1000家。
        # 初步统计，2018年，…增长7%以上: what the words before the year count or estimate is a result; so is a hedged
        # change of a year before one the text named above it (某乡2036年工作计划 ⏎ 2035年，…增长12%以上: its review)
        counted = self.lex.derived(_counted_lead).search(self.norm, s_start, m.start()) is not None
        hedges_report = counted or not self._coming(year, m.start())
        return clause_tense(
            self.norm,
            m.end(),
            end,
            year,
            self.current_year,
            self.lex,
            in_review=review,
            framed=framed,
            hedges_report=hedges_report,
        )

    def _carried_reach(self, start: int, end: int) -> int:
        """Where a plan's year stops carrying over the sentences after its own (``start``, up to ``end``): before
        the first sentence the tense reader calls a report (现有, 目前, 已, 截至 …), that names a part of a year already
        run or opens with the year before (上年…: parsers.clause_tense.ends_a_carried_year)."""
        reach = start
        while reach < end:
            s_start, s_end = self.full_sentence(reach + 1)
            if ends_a_carried_year(self.norm, s_start, min(s_end, end), self.lex):
                break
            reach = min(s_end, end)
        return reach

    def _plan_sentences(self, start: int, end: int) -> int:
        """Where a bare plan year stops carrying over the sentences after its own (start, up to end): where a plan
        year does (goal_reports._carried_reach), or before a sentence that opens with a task verb (开展…行动，…)."""
        reach = self._carried_reach(start, end)
        pos = start
        while pos < reach:
            s_start, s_end = self.full_sentence(pos + 1)
            if self._opens_task(max(s_start, pos + 1)):
                return pos
            pos = min(s_end, reach)
        return reach

    def _under_goals_heading(self, pos: int) -> bool:
        """The heading above pos names goals (二、主要目标, （一）发展目标; not 目标完成情况): a plan's goals list, where
        至2027年底，…累计建成… sets the goal as 力争 would (review31 S12)."""
        heading = heading_above(self.norm, pos)
        return bool(heading) and self.lex.derived(heading_words).goals_line.fullmatch(heading) is not None

    def _closed_year_reported(self, m: re.Match) -> bool:
        """“十五五”以来，…到2035年底，…达到612亿元 in a text of 2036: a year before the text's date, in a sentence that
        reports (a past marker or a report cue anywhere in it) and aims at nothing, closes a plan and sets no goal.
        A year a forecast leads (预计到2020年末，…) sets none either (parsers.goal_forecasts)."""
        if forecast_before(self, m.start()):
            return True
        if self.lex.derived(_status_date).match(self.norm, m.start()):
            start, end = self.full_sentence(m.start())
            totals = self.lex.section("targets")["status_date_total_words"]
            counted = any(self.norm.find(word, m.end(), end) >= 0 for word in totals)
            if (
                counted
                and not aims_in_words(self.norm, start, end, self.lex)
                and not self._under_goals_heading(start)
            ):
                return True  # 至2031年底，该镇累计新增…: a running total as of that date, as 截至 tells it
        year = self._year_of(m)
        if report_led(self, m, year) or told_result(self, m, year):
            return True  # 近年来，…至2028年底，…达36万亩; undated 到2020年，…解决了… (goal_report_leads, goal_told_results)
        inner = (
            m.re is self.lex.year
            and any(m.group(g) for g in self.lex.inner_goal_years)
            and not m.group(0).startswith(("到", "至"))
            and not self.lex.derived(_estimate_lead).search(self.norm, max(0, m.start() - 4), m.start())
        )
        if year is None or (self.current_year is None and not inner):
            return False
        if self.current_year is not None and year >= self.current_year:
            return False
        start, end = self.full_sentence(m.start())
        if aims_in_words(self.norm, start, end, self.lex, verbs_only=True):
            return False
        return (
            self.reports_past(m.start())
            or reports_in_words(self.norm, start, end, self.lex)
            or self._review_span_before(start)
        )

    def _review_span_before(self, sentence_start: int) -> bool:
        """近年来，…。到2035年底，…达到98万亩 (a text of 2036): an earlier sentence of the paragraph opens a review of a
        span that runs to now, so the past year closes it ([targets] review_span_words)."""
        para_start = self.paragraph(sentence_start)[0]
        return any(
            self.norm.find(word, para_start, sentence_start) >= 0
            for word in self.lex.section("targets")["review_span_words"]
        )

    # -- reports, sentence by sentence ---------------------------------------------------------------

    def reports_past(self, pos: int, since: int | None = None) -> bool:
        """The sentence around pos tells what was achieved (目前…已…了), not what is aimed at.

        ``since``: where the goal statement holding pos opens; when it opens inside the sentence, only what
        follows it counts (目前已建成300座，到2025年将建成1000座: the report is before the year phrase)."""
        if self.in_review_list(pos):
            return True  # a line under a dated review heading (parsers.goal_headings)
        start, end = self.full_sentence(pos)
        if since is not None and start <= since <= pos:
            # a marker after the statement's start reports the part at pos when it stands before that part's end, or
            # in a later part with no figure of its own (…建成40座，提前完成了目标); a later part with its own figure
            # reports only itself (到2033年…建成40座，目前已建成26座: the goal stays). The sentence's markers are
            # found once: a search from each goal's statement would cost time quadratic in a long sentence's length
            marks = self._past_marks.get(start)
            if marks is None:
                marks = self._past_marks[start] = self._sentence_marks(start, end)
            starts, backward_from = marks
            i = bisect_left(starts, since)
            if i == len(starts):
                return False
            part_end = self.part(pos)[1]
            return starts[i] < part_end or backward_from[bisect_left(starts, part_end)]
        if start not in self._past:
            norm = self.norm
            self._past[start] = next(self._past_markers(start, end), None) is not None or (
                # 由2017年929家增长到3605家 reports, unless a goal year governs the sentence (到2025年，…由2020年的…增长到…)
                self.lex.past_change.search(norm, start, end) is not None
                and self.lex.year.search(norm, start, end) is None
            )
        return self._past[start]

    def _sentence_marks(self, start: int, end: int) -> tuple[list[int], list[bool]]:
        """The starts of the past markers of [start, end), and for each index whether that marker or a later one
        reports back on the figure before it: a comparison (…新开门店120家，同比增长9%) or one in a part with no digit
        (…，提前完成了目标); one entry past the end: False."""
        comparisons = self.lex.section("targets")["comparison_past_markers"]
        starts, figureless = [], []
        for m in self._past_markers(start, end):
            part_start, part_end = self.part(m.start())
            starts.append(m.start())
            figureless.append(
                m.group() in comparisons or _DIGIT.search(self.norm, part_start, part_end) is None
            )
        backward_from = [False] * (len(starts) + 1)
        for k in range(len(starts) - 1, -1, -1):
            backward_from[k] = figureless[k] or backward_from[k + 1]
        return starts, backward_from

    def compares_only(self, pos: int, since: int | None = None) -> bool:
        """The sentence around pos reports the past by nothing but a comparison with a past figure (同比增长15%):
        under a heading that names goals, the plan's own change, no report (lexicon comparison_past_markers)."""
        if self.in_review_list(pos):
            return False
        start, end = self.full_sentence(pos)
        if since is not None and start < since <= pos:
            start = since
        comparisons = self.lex.section("targets")["comparison_past_markers"]
        found = [m.group() for m in self._past_markers(start, end)]
        return bool(found) and all(f in comparisons for f in found)

    def _past_markers(self, start: int, end: int):
        """The past markers of [start, end), but one a goal opener governs in its part (力争“十四五”以来累计降低10%:
        the period of the goal, no report) and one that opens a change's baseline (由目前的…提高到…)."""
        baseline = self.lex.derived(_baseline_lead)
        deadline = self.lex.derived(_status_deadline)
        for m in self.lex.past_marker.finditer(self.norm, start, end):
            if deadline.match(self.norm, m.start()) and self._coming_deadline(m.start()):
                continue  # 截至2031年底，…将达到…: a deadline its sentence aims at, no status
            if self.lex.goal_opener.search(
                self.norm, max(self.part(m.start())[0], m.start() - 12), m.start()
            ):
                continue
            if baseline.search(self.norm, max(start, m.start() - 4), m.start()):
                continue  # 由目前的15.2%提高到…: the baseline of the goal's change, no report
            if self._aimed_comparison(m):
                continue  # 力争…，同比增长8%左右: the aimed change against the year before, no report
            if writes_a_record(self.norm, start, m, self.lex):
                continue  # 奋力书写…答卷: the record still to write, no review's record handed in
            yield m

    def _coming_deadline(self, pos: int) -> bool:
        """The time a status opener at pos names (截至2031年底, 截至“十五五”末) is after the text's date (an undated
        text: always; its sentence's intent decides, [targets] status_deadline_*_pattern)."""
        if self.current_year is None:
            return True
        named = re.search(r"(?:19|20)\d{2}", self.norm[pos : pos + 8])
        year = int(named.group()) if named else period_end_year(self.norm[pos : pos + 12], self.lex)
        return year is not None and year > self.current_year

    def _aimed_comparison(self, m: re.Match) -> bool:
        """A comparison marker (同比) right before a change by about so much, in a sentence a goal opener (力争) or a
        plan verb (要, 将: _comparison_aim_lead) leads before it, or a change with no bound ending its part after a
        goal opener: the change aimed at against the year before (_comparison_aim, _bare_aimed_change)."""
        if m.group() not in self.lex.section("targets")["comparison_past_markers"]:
            return False
        sentence_start = self.full_sentence(m.start())[0]
        if self.lex.derived(_listed_comparison).match(self.norm, m.end()) is not None:
            lead = self.lex.derived(_comparison_list_lead).search(self.norm, sentence_start, m.start())
            past = lead is not None and self.lex.derived(_past_goal_year).search(
                self.norm, sentence_start, lead.start()
            )
            if lead is not None and not past:
                return True  # …主要预期目标是：…，固定资产投资同比增长6%/同比持平: the named goals' change, hedged or not
        spent = self.lex.derived(_spent_opener)
        opener_leads = any(
            not spent.match(self.norm, opener.end())
            for opener in self.lex.goal_opener.finditer(self.norm, sentence_start, m.start())
        )
        aim = self.lex.derived(_comparison_aim).match(self.norm, m.end())
        if aim is None:
            # 力争…，同比分别增长18%和25%: a goal opener aims a change with no bound too
            return opener_leads and self.lex.derived(_bare_aimed_change).match(self.norm, m.end()) is not None
        if (
            self.lex.derived(_named_goal_after).match(self.norm, aim.end()) is not None
            and self.lex.derived(_goal_met).search(self.norm, sentence_start, m.start()) is None
        ):
            return True  # 今年…产值同比增长7%左右的目标: named the goal right after it
        if self.lex.goal_list_lead.search(self.norm, sentence_start, m.start()):
            return True  # …主要预期目标：地区生产总值同比增长6.5%左右: the named goals' change
        return (
            opener_leads
            or self.lex.derived(_comparison_aim_lead).search(self.norm, sentence_start, m.start()) is not None
        )

    def status_before_goal(self, pos: int, since: int, year: int | None) -> bool:
        """截至2024年，…规模约180亿元，力争到2025年突破500亿元: the sentence opens with a status as of a date (lexicon
        status_openers and a year) earlier than the goal's year, and reports nothing from the goal statement (``since``)
        on: the report is the status's, the later year's goal stays (五年来，…其中2023年突破… is no status opener)."""
        start = self.full_sentence(pos)[0]
        opener = self._status_opener.search(self.norm, start, since)
        if year is None or opener is None or self.norm[start : opener.start()].strip(LINE_SPACES):
            return False
        dated = _STATUS_YEAR.search(opener.group())  # the opener holds its year (lexicon status_opener)
        return dated is not None and int(dated.group()) < year and not self.reports_past(pos, since)

    def reports_status(self, pos: int) -> bool:
        """The sentence around pos reports a status as of a date (截至2024年末…), so its figures are no rules."""
        start, end = self.full_sentence(pos)
        key = -1 - start  # kept apart from reports_past in the same cache
        if key not in self._past:
            self._past[key] = self._status_opener.search(self.norm, start, end) is not None
        return self._past[key]
