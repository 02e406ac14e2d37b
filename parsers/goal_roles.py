"""Goal and report roles: whether a value is aimed at (target) or reported (other), shared by money and ratios.

``GoalRoles`` holds the tests about goal statements and reports that ``roles.Roles`` asks before any test of a
payout: a value a goal statement aims at (到2027年…达到300亿元), a value listed after the heading of a plan's goals
(主要预期目标是：…增长6%左右), a change by about so much (增长10%左右), a share of the things a plan reaches
(使95%以上的典型生态系统…); and the figures a report states (同比, 比上年, 截至…, a bare year opening a sentence, a list
of years). ``parsers.role_words`` compiles the patterns both classes read, once per lexicon.
"""

from __future__ import annotations

import re

from parsers.bounds import Found
from parsers.clause_tense import aims_in_words, reports_in_words
from parsers.context import TextIndex
from parsers.goal_clauses import planned_task_figure
from parsers.goal_spans import after_a_goal_part, span_ahead_figure
from parsers.goal_words import goal_words
from parsers.lexicon import Lexicon
from parsers.sentence_prefixes import SentencePrefixes

_FIRST_NUMBER = re.compile("[0-9][0-9.．]*")  # the digits of an amount's number, its point included
_OPENER_BEFORE = 3  # 力争 / 确保 with a space at most, right before an amount


class GoalRoles:
    """Goal and report tests over one text; ``roles.Roles`` sets the attributes they read."""

    ix: TextIndex
    lex: Lexicon
    norm: str
    ratio_starts: frozenset[int] | set[int]
    _tense_by_sentence: dict[tuple[int, int, str], bool]
    prefixes: SentencePrefixes
    level_tail: re.Pattern
    dated_report: re.Pattern
    aim_opener: re.Pattern
    goal_list: re.Pattern
    listed_base: re.Pattern
    year_list: re.Pattern
    approx_change: re.Pattern
    share_join: re.Pattern
    measure_any: re.Pattern
    quorum: re.Pattern
    measured_figure: re.Pattern
    measured_change: re.Pattern
    plan_period: re.Pattern
    measured_amount_digits: int
    level_change_after: re.Pattern
    past_multiple: re.Pattern

    def _yearly_change(self, f: Found, part: tuple[int, int]) -> bool:
        """每年提升2个百分点, 年均增长8%: a change verb after a per-year word, right before the share."""
        if self.lex.yearly_change.search(self.norm, max(part[0], f.start - 8), f.start) is None:
            return False
        if self._reported_result(f.start):
            return False  # 比上年增长6.2%，两年平均增长4.4%: a yearly change reported, not aimed at
        return not self.ix.hits(self.lex.ratio_subsidy_cue, self.ix.sentence(f.start)).any(*part)

    def _measured_ratio(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """年均增长8.7%, 下降17.4%, 覆盖率达到96.2%: a change, or a share brought to a level (lexicon level_before),
        measured to a tenth or finer, bare of any hedge (左右, 以上), right after its verb, in a sentence that grants
        nothing, sets no condition and names no intent: mostly a result reported, since plans more often give whole or
        half points (as an amount measured to four digits is: _measured_level). Plans give bare tenths too, so this is
        asked only after the goal statement tests (in_goal, _listed_goal …), a sentence that names the plan's period or
        the plan (规划期内, 三年后, 按照规划) keeps the figure a goal, and a level keeps it under any word of intent, a goal
        noun too (主要目标是：…提高到2.7%); a condition (增长11.3%的，…) is left to the threshold tests."""
        if f.kind != "exact" or f.start != f.core_start or f.end != f.core_end:
            return False
        if not self.measured_figure.match(self.norm, f.core_start, f.core_end):
            return False
        changed = self.measured_change.search(self.norm, max(part[0], f.start - 6), f.start) is not None
        if not changed and not self.lex.level_before.search(self.norm, max(part[0], f.start - 8), f.start):
            return False
        start, end = self.ix.full_sentence(f.start)
        if self._sentence_tense(start, end, "aim_verb" if changed else "aim"):
            return False  # …年均增长21.4%，到2031年底确保…翻一番: a verb of intent in the sentence, no report
        if self.plan_period.search(self.norm, start, f.start):
            return False  # 规划期内，…年均增长8.7%: the change the plan sets for its period, no report
        if self.ix.current_year is not None and (
            self.prefixes.last_year(start, end, f.start) is not None
            or self.prefixes.period_end(start, end, f.start) is not None
        ):
            return False  # a dated text and a dated figure: the dates decide (_reported_result)
        return not (
            self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(*sentence)
            or self.norm.startswith("的", f.end)
            or self._condition(f, sentence, *part)
        )

    def _share_of(self, f: Found, part_end: int) -> bool:
        """80%的县级环境监测站达到建设标准: a share of the things after it, not a property they must have; the
        bound is not written before the number and no other quantity of the part is what the goal counts."""
        if f.start < f.core_start or not self.norm.startswith("的", f.end):
            return False
        counted = self.lex.target_quantity.search(self.norm, f.end, part_end)
        # the share's own item only: the next share of a 、 list (…行列、60%左右的城市…) is another goal, not this one's
        # count (searched up to the first quantity only: linear in the part)
        return counted is None or self.norm.find("、", f.end, counted.start()) >= 0

    def in_goal(
        self, f: Found, sentence: tuple[int, int], part: tuple[int, int], share: bool = False
    ) -> bool:
        """A value a goal statement aims at (same test as targets.py: first sentence, or after a goal verb).
        ``share``: a ratio may also be the share of the things named after it (80%的县级监测站…)."""
        scope = self.ix.target_scope(f.start)
        if scope is None or f.start < scope.body_start or self.ix.reports_past(f.start, scope.start):
            return False
        part_start, part_end = part
        if self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(part_start, part_end):
            return False
        if self.ix.hits(self.lex.budget_cue, sentence).any(part_start, f.start):
            return False  # 到2025年，市财政每年安排专项资金2亿元: a budget that serves the goals, not one of them
        if scope.planned and planned_task_figure(self.ix, part_start, f.start):
            return False  # 今年全县将…，补贴比例为40%: a rule the plan states (as targets.py reads it)
        if scope.span_ahead and not (
            span_ahead_figure(self.ix, part_start, f.core_start, False)
            # (the statement's earlier parts are walked only for a figure its own words leave open: the same answer)
            or (
                after_a_goal_part(self.ix, scope.body_start, part_start)
                and span_ahead_figure(self.ix, part_start, f.core_start, True)
            )
        ):
            return False  # 未来五年，全市拟投资500亿元: no goal verb of its own, or a budget (as targets.py reads it)
        if goal_words(self.lex).projects_invested(self.norm, part_start):
            return (
                False  # 建设…等120个项目，总投资超900亿元: the size of the projects, as targets.py reads it
            )
        if self.ix.coordinated_modifier(f.end):
            return False  # 培育年产值超100亿元、具备…的龙头企业2家: the amount qualifies the firms counted
        level = self.level_tail.match(self.norm, f.end)
        if (
            not self.ix.followed_by_boundary(level.end() if level else f.end)
            and not (share and self._share_of(f, part_end))
            and not (share and self._joined_share(f))
        ):
            return False
        if f.start < scope.first_sentence_end and not self.ix.task_sentence(f.start, scope):
            return True
        if scope.bare_lines and (scope.heading or scope.section):
            return True  # a value on a line of a goal list under its lead or heading, as targets.py reads it
        if f.start < f.core_start and f.kind in ("min", "max"):
            # 力争…，营收超460亿元: a bound of its own makes a goal, as in targets.py, when nothing after it grants
            return not self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(part_start, sentence[1])
        return bool(
            self.lex.goal_verb.search(self.norm, max(part_start, f.core_start - 6), f.core_start)
            or self.lex.goal_opener.match(self.norm, part_start)
            # gdp力争800亿元: the opener right before the number, its subject before it
            or self.aim_before.search(self.norm, max(part_start, f.start - _OPENER_BEFORE), f.start)
        )

    def _measured_level(self, f: Found) -> bool:
        """达到382.74亿元, 实现营业收入31.86亿元, 达到8500亿元、增长1.5%: an amount of measure_amount_digits significant
        digits or more, or one told with its change over the year before (lexicon level_change_after_pattern), bare of
        any hedge, in a sentence with no word of intent (目标, 力争, 将 …): a level reached, not a yearless goal."""
        if f.kind != "exact" or f.start != f.core_start or f.end != f.core_end:
            return False
        number = _FIRST_NUMBER.search(self.norm, f.core_start, f.core_end)
        if number is None:
            return False
        digits = number.group().replace(".", "").replace("．", "").lstrip("0").rstrip("0")
        if len(digits) < self.measured_amount_digits and not self.level_change_after.match(self.norm, f.end):
            return False
        return not self._sentence_tense(*self.ix.full_sentence(f.start), "aim")

    def _aimed(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """实现…规模超2000亿元 at the end of its part, no grant word in the part or after it in the sentence."""
        if not self.aim_opener.match(self.norm, part[0]) or not self.ix.followed_by_boundary(f.end):
            return False
        if self._reported_result(f.start) or self._measured_level(f):
            return False  # 实现地区生产总值1710亿元，同比增长8.3%: what was achieved, not aimed at
        return not self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(part[0], sentence[1])

    def _share_of_things(self, f: Found, sentence: tuple[int, int], part: tuple[int, int]) -> bool:
        """90%以上(的)村庄…: an at-least share standing before the things it counts, with nothing measured before it
        in its part (占比5%以上的企业 is a property the firms must have) and no firm-like head after it."""
        norm = self.norm
        if f.kind != "min" or f.after_kind != "min" or self._reported_result(f.start):
            return False
        if self.ix.hits(self.lex.threshold_cue, sentence).any(part[0], f.start):
            return False
        if self.ix.hits(self.measure_any, sentence).any(part[0], f.start):
            return False  # 人数比例达30%以上的团队: a measure the team must have
        if self.ix.hits(self.quorum, sentence).any(*sentence):
            return False  # 经三分之一以上委员提议: a quorum
        if self.lex.attributive_tail.match(norm, f.end):
            return False
        after = f.end + (1 if norm.startswith("的", f.end) else 0)
        return after < len(norm) and "\u4e00" <= norm[after] <= "\u9fff" and norm[after] not in "的给予按"

    def _joined_share(self, f: Found) -> bool:
        """分别达到95%和85%左右: a share joined by 和/及 to the next share of the goal ends its item too."""
        joined = self.share_join.match(self.norm, f.end)
        return joined is not None and joined.end() in self.ratio_starts

    def _listed_goal(self, f: Found, part: tuple[int, int]) -> bool:
        """主要预期目标是：生产总值增长6%左右，…: a value listed after the heading of a plan's goals, in its sentence."""
        sentence = self.ix.full_sentence(f.start)
        if not self.ix.hits(self.goal_list, sentence).any(sentence[0], f.start) or self.ix.reports_past(
            f.start
        ):
            return False
        if self.listed_base.search(self.norm, max(part[0], f.start - 12), f.start):
            return False  # 由目前的四比一降至三点五比一: the base the change starts from
        return not self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(*part)

    def _reported_result(self, pos: int) -> bool:
        """A value at pos is a result, not a target: its sentence reports what was reached (reports_past: 已, 同比 …),
        or, outside any goal statement and with no verb of intent (力争, 将 …), it is dated before the text
        (2030年全县产值增长4%左右 in a text of 2031, “十六五”期间年均增长5% in a text of 2036) or, undated, holds a
        report cue and no word of intent at all (预计增长6%左右, 年均增长7%、位居全省第二: parsers.clause_tense) or sets
        its figure against a past time as a multiple of it (年均增长9%，是2015年的1.5倍: lexicon past_multiple_pattern).
        A year of the text's own or later is a forecast the plan states (2031年客运量预计提高3%左右 in a text of 2031)."""
        if self.ix.reports_past(pos):
            return True
        start, end = self.ix.full_sentence(pos)
        if self.ix.target_scope(pos) is not None or self._sentence_tense(start, end, "aim_verb"):
            return False
        before = self.prefixes
        if before.names_elapsed_period(start, end, pos):
            return True  # 2031年前三季度，…增长5.6%左右: a figure of a part of the year already run
        named = [
            y
            for y in (before.last_year(start, end, pos), before.period_end(start, end, pos))
            if y is not None
        ]
        last = max(named, default=None)
        if last is not None and self.ix.current_year is not None:
            # dated: the date decides, though the sentence may name the goal it met (…完成了规划确定的目标)
            return last < self.ix.current_year
        if self._sentence_tense(start, end, "aim"):
            return False
        # a report cue (预计, 位居 …), or the figure set against a past time as a multiple of it (是2015年的1.5倍)
        return self._sentence_tense(start, end, "report") or self._sentence_tense(start, end, "past_multiple")

    def _sentence_tense(self, start: int, end: int, word: str) -> bool:
        """Whether the sentence norm[start:end] holds a verb of intent (``word`` "aim_verb"), any word of intent
        ("aim"), a report cue ("report") or a multiple of a past time ("past_multiple": 是2015年的1.5倍): read once per
        sentence and word, since every value of the sentence asks (a sentence listing thousands of shares took minutes)."""
        key = (start, end, word)
        known = self._tense_by_sentence.get(key)
        if known is None:
            if word == "report":
                known = reports_in_words(self.norm, start, end, self.lex)
            elif word == "past_multiple":
                known = self.past_multiple.search(self.norm, start, end) is not None
            else:
                known = aims_in_words(self.norm, start, end, self.lex, verbs_only=word == "aim_verb")
            self._tense_by_sentence[key] = known
        return known

    def _years_reported(self, part: tuple[int, int]) -> bool:
        """2022年、2023年分别兑现奖补资金5515万元、4502万元: a part opening with a list of years reports them."""
        return self.year_list.match(self.norm, part[0]) is not None and self.ix.target_scope(part[0]) is None

    def _named_goal(self, f: Found, part: tuple[int, int]) -> bool:
        """实现2028年产值突破600亿元、税收突破50亿元等目标: the values a goal noun names after them in their part, or right
        after the value with no 的 (总产值超2000亿元目标)."""
        at = self.lex.goal_noun_after.match(self.norm, f.end)
        named = at or self.ix.hits(self.named_goal, part).any(f.end, part[1])
        if not named or self._reported_result(f.start):
            return False
        return not self.ix.hits(self.lex.ratio_subsidy_cue, self.ix.sentence(f.start)).any(*part)

    def _approximate_change(self, f: Found, part: tuple[int, int]) -> bool:
        """全社会研发经费投入增长10%左右, 物价涨幅3%左右: a change by about so much is projected, not reported; so is one
        by at least so much that ends its part (农民收入增长7%以上。)."""
        if f.after_kind not in ("exact", "min") or f.start != f.core_start or self._reported_result(f.start):
            return False
        if self.approx_change.search(self.norm, max(part[0], f.start - 8), f.start) is None:
            return False
        if f.after_kind == "exact":
            return True
        # 增长7%以上 at its part's end, nothing granted or conditioned in the sentence: a change planned at least
        sentence = self.ix.sentence(f.start)
        said = self.ix.full_sentence(f.start)[0]
        if any(
            self.norm.find(word, said, f.start) >= 0 for word in self.lex.section("roles")["estimate_words"]
        ):
            return False
        return (
            self.ix.followed_by_boundary(f.end)
            and not self.ix.hits(self.lex.ratio_subsidy_cue, sentence).any(*sentence)
            and not self.ix.hits(self.lex.threshold_cue, sentence).any(*sentence)
            and not self._condition(f, sentence, *part)
        )

    def _reported(self, sentence: tuple[int, int]) -> bool:
        """截至2024年末，…余额3.2万亿元，同比增长近10%: a sentence that reports a status, not a rule. Read once per
        sentence: a sentence may hold thousands of amounts (a list with 分别)."""
        memo = self.__dict__.setdefault("_reported_sentences", {})
        if sentence not in memo:
            memo[sentence] = self._reads_as_report(sentence)
        return memo[sentence]

    def _reads_as_report(self, sentence: tuple[int, int]) -> bool:
        if self.ix.reports_status(sentence[0]):
            return True
        # 2020年，我国…比重达到7.8%: a year that opens no goal dates a report
        start = self.ix.full_sentence(sentence[0])[0]
        return self.dated_report.match(self.norm, start) is not None and self.ix.target_scope(start) is None
