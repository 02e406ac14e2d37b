"""The reader of one goal part (parsers.targets): whether a part of a goal statement is a goal, and its row's value,
unit, kind and metric.

A part with a number and a unit is quantified (value, unit, kind); one without (培育一批…新品种) or whose number is
only the scope of a qualitative goal (2个市级开发区…明显改善) gets value None; a part that is a measure, a budget, a
report of the past, the frame or the lead of the goals is none. A proportion (车桩比小于2.5∶1) is a goal of its
first term. The mixins read the rest: quantities and bounds (parsers.goal_quantities), units (parsers.goal_units),
metrics (parsers.goal_metrics), the parts of a statement (parsers.goal_parts), the parts a sentence's terms, purpose
or commentary make no goals (parsers.goal_purposes).
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES as _SPACES
from parsers.context import TextIndex
from parsers.goal_class_figures import class_figure, top_rank
from parsers.goal_clauses import (
    in_closing_remark,
    no_goal_part,
    stated_goal_form,
    task_clause,
)
from parsers.goal_count_leads import count_led, counts_a_group
from parsers.goal_enumerated_counts import restates_enumeration
from parsers.goal_metrics import GoalMetrics
from parsers.goal_parts import GoalParts
from parsers.goal_purposes import GoalPurposes
from parsers.goal_quantities import GoalQuantities
from parsers.goal_scope import Goal as _Goal
from parsers.goal_span_frames import span_ahead_words
from parsers.goal_units import GoalUnits
from parsers.lexicon import Lexicon, alternation
from parsers.patterns import YEAR_NAMED, before_spaces
from parsers.placeholders import masked_figures
from parsers.project_sizes import names_a_project
from parsers.quantity_patterns import ratio_terms
from parsers.size_classes import counted_amount

_VERB_REACH = (
    9  # how far before a number its verb of reach may begin (达到每万人口12件: a rate's head between)
)
_BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")


def _place_head(lex: Lexicon) -> re.Pattern:
    """县 / 乡镇 … right after an amount, a few characters of name between ([roles] place_heads)."""
    return re.compile(f'[\u4e00-\u9fff“”"]{{0,5}}?(?:{alternation(lex.section("roles")["place_heads"])})')


class GoalReader(GoalMetrics, GoalQuantities, GoalPurposes, GoalParts, GoalUnits):
    verb_reach = _VERB_REACH

    def __init__(self, index: TextIndex):
        super().__init__(index)
        w = self._w
        self.count_units = w.count_units
        self.metric_stops = w.metric_stops
        self.strip_prefix = w.strip_prefix
        self.goal_verb_tail = w.goal_verb_tail
        self.opener = w.opener
        self.percent_signs = w.percent_signs
        self.tenths_word = w.tenths_word
        self.frame = w.frame
        self.object_tail = w.object_tail
        self.object_lead = w.object_lead
        self._change_from = tuple(self.lex.section("bounds")["change_from"])  # 由, 从: a change's first term
        self.subsidy_cue = self.lex.ratio_subsidy_cue
        self._brackets = _BRACKETS

    def _measured_only(self, start: int, end: int) -> bool:
        """Every quantity of the part is counted in a unit of things (装机总规模突破2.6亿千瓦): a size no budget has, so a
        budget word there (总规模) names none."""
        found = self.quantities(start, end)
        return bool(found) and all(self.unit_scale(m)[0] in self._w.count_units for m in found)

    def _bounded(self, start: int, end: int) -> bool:
        """A figure of the part with a bound of its own (较上年增长12%以上): in a goal section (the paragraphs a year's
        statement carries, a year's work section) a comparison with the past year that sets a floor is the plan's
        change, no report of one (a report states what the change was)."""
        return any(
            self.ix.qualify(m.start("n"), m.end()).kind in ("min", "max") for m in self.quantities(start, end)
        )

    def _other_year_before(self, start: int, year: int | None) -> bool:
        """A year other than the scope's between the part's paragraph start and the part (a lead 2030年，, an inline
        heading 一、2030年工作回顾。): the part reviews that year, so its bound is a report's, no plan's."""
        return any(int(y) != year for y in YEAR_NAMED.findall(self.norm, self.ix.paragraph(start)[0], start))

    def _restates_enumeration(self, start: int, m: re.Match) -> bool:
        part_start = max(start, self.ix.part(m.start())[0])
        unit = self.unit_scale(m)[0]
        return restates_enumeration(self.norm, part_start, m, unit, self._w)

    def _counted_amount(self, m: re.Match) -> bool:
        """An amount with no bound that names the size class of counted things (parsers.size_classes)."""
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        return (
            self.unit_scale(m)[0].endswith("元")
            and self.ix.qualify(number_start, m.end()).kind == "exact"
            and counted_amount(self.lex, self.ix, number_start, m.end())
        )

    def _places_sized(self, m: re.Match) -> bool:
        """A bound amount right before the places it sizes (超五十亿元镇(街道)数量: [roles] place_heads, as the money
        roles read it): which places count, no level."""
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        return (
            self.unit_scale(m)[0].endswith("元")
            and self.ix.qualify(number_start, m.end()).kind != "exact"
            and self.lex.derived(_place_head).match(self.norm, m.end()) is not None
        )

    def _own_task_count(self, m: re.Match) -> bool:
        """A count of the text's own tasks or goals (七项工作任务, 三个发展目标): 目标 right after a count of items; not
        after an amount or a measure (实现逾2万亿元发展目标, 200万亩目标: the goal's own figure, the goal named after it)."""
        return self._w.own_tasks.match(self.norm, m.end()) is not None and (
            self.unit_scale(m)[0] in self._w.own_task_count_units
        )

    def read(
        self,
        start: int,
        end: int,
        year: int | None,
        first_sentence: bool,
        skip: tuple[int, int] | None = None,
        since: int | None = None,
        goals_unit: bool = False,
        section: bool = False,
    ) -> _Goal | None:
        norm = self.norm
        if (
            self.subsidy_cue.search(norm, start, end)
            or self.condition_of_grant(start, end)
            or self.listed_condition(start)
            or self.purpose_led(start, since)
            or (
                self.ix.reports_past(start, since)
                and not (
                    (
                        goals_unit
                        or (
                            section and self._bounded(start, end) and not self._other_year_before(start, year)
                        )
                    )
                    and self.ix.compares_only(start, since)
                )
            )
        ):
            return None  # a measure (给予…补助), a condition to apply, or a report of the past that happens to follow a goal
        if (
            self.lex.budget_cue.search(norm, start, end) and not self._measured_only(start, end)
        ) or self._w.projects_invested(norm, self._lead(start, end)):
            return None  # 市财政每年安排专项资金2亿元, …项目，总投资超900亿元: a budget or a size, no goal
        if (
            norm.startswith("其中", self._lead(start, end))
            and self.lex.budget_cue.search(norm, self.ix.sentence(start)[0], start)
            and not self._measured_only(start, end)
        ):
            # 从…资金中列支5000万元，其中2000万元作为…: a share of that budget, budget too (not 公路网总规模达到30万公里，
            # 其中高速公路达到1.2万公里: a length is no share of a sum, whatever 规模 before it names)
            return None
        if self._w.commentary.match(norm, self.ix.sentence(start)[0]):
            return None  # 上述目标的设定，综合考虑了…，体现了…: commentary on the goals, in every part of its sentence
        lead = start
        while lead < end and norm[lead] in _SPACES:
            lead += 1
        if self._w.purpose_served.fullmatch(norm, lead, before_spaces(norm, lead, end)):
            return None  # …，为全市生产总值过万亿元提供更强支撑: the purpose the goals serve, a level in it no goal
        quantities = self.quantities(start, end)
        if in_closing_remark(norm, start, end, quantities):
            quantities = []  # 实现村村通客车（每日4班次）: the remark's figure explains a goal of no number
        if skip is not None:  # a bracketed goal of its own (其中…不少于3项)
            quantities = [m for m in quantities if not skip[0] <= m.start() < skip[1]]
        if quantities and all(self._own_task_count(m) for m in quantities):
            return None  # 今年着力抓好七项工作任务: a count of the text's own tasks, no goal of any kind
        if quantities and all(self.multiple_of_base(m) or self.applied_standard(m) for m in quantities):
            return None  # …，是2020年的3倍: a level set against its base; 按照…20平方米的标准: a standard to apply
        # 从…四个维度实现突破: a count of aspects is the goal's scope, no quantity of it
        scoped = [m for m in quantities if self.lex.scope_noun.match(norm, m.end())]
        # A、B、C和D四个产业带: a count in words of the names just given (parsers.goal_enumerated_counts)
        scoped += [m for m in quantities if self._restates_enumeration(start, m)]
        quantities = [m for m in quantities if m not in scoped]
        # 培育一批产值超1亿元的专业村: the count is 一批 (no number); the amount before 的 says which villages count
        quantities = [
            m for m in quantities if not self.batch_attribute(start, m) and not self.modifier_amount(start, m)
        ]
        # 推进丙乡30万吨饲料加工、…等项目: the figure names a project, the project is the goal (parsers.project_sizes)
        quantities = [
            m
            for m in quantities
            if not names_a_project(self.lex, norm, self.ix.part(m.start())[0], m, self.unit_scale(m)[0])
        ]
        # 超五十亿元镇(街道)数量明显增加: the bound amount says which places are counted; the count is the goal's
        quantities = [m for m in quantities if not self._places_sized(m)]
        if quantities and all(self._counted_amount(m) for m in quantities):
            return None  # 力争三百亿元园区、百亿元园区…分别达到2个、5个…: which parks the counts count, a size class
        masked = masked_figures(self.lex, norm, start, end)
        # 增长××%, 由55%提高到XX%: the goal's figure is masked in a template, no goal to check (parsers.placeholders)
        if masked and all(m.start() < masked[-1].start() for m in quantities):
            return None
        chosen, by_verb, bounded = None, False, None
        for m in quantities:
            number_start = m.start("n1") if m.group("n1") else m.start("n")
            # a goal verb right before the number or its bound (达1000亿元, 规模超过500亿元; 达到 35 万 as PDF spaces it)
            verb_end = before_spaces(norm, start, number_start)
            if self.goal_verb_tail.search(norm, max(start, verb_end - _VERB_REACH), verb_end):
                chosen, by_verb = m, True
            elif self.ix.qualify(number_start, m.end()).kind in ("min", "max"):  # (its bound read only here)
                bounded = m  # 不少于10项, 5家以上: a bound of its own also makes a goal
        if chosen is None and quantities:
            # 2个…开发区营商环境明显改善: the number is the scope of a qualitative goal; a word of the metric's name
            # before the number (基本农田面积不少于2800万亩, 有效灌溉面积900万亩) is none
            candidate = bounded if bounded is not None else quantities[-1]
            if bounded is None and self._counts_a_group(start, end, candidate):
                return None  # 主导产业为装备制造的县(市)12个，总产值达…: the group whose total is the goal
            if not self.lex.qualitative.search(norm, candidate.start(), end):
                chosen, by_verb = candidate, bounded is not None or self._count_led(start, candidate)
        proportion = self.lex.colon_ratio.search(norm, start, end) if chosen is None else None
        if proportion is not None and any(w in norm[start : proportion.start()] for w in self._change_from):
            # 由2020年的1.2:1提高到2.5:1: a change from one proportion to another aims at the last
            proportion = ([proportion, *self.lex.colon_ratio.finditer(norm, proportion.end(), end)])[-1]
        if proportion is not None:
            # 车桩比小于2.5∶1, 之比达到2.3:1以上: a proportion to one is a goal of its first term (no unit); 比例调整为
            # 23:53:24, a proportion of several terms, is no goal without a number
            return self._proportion(start, end, year, proportion, first_sentence)
        if chosen is None:
            metric = self._strip(norm[start:end])
            if self._frame(start, end):
                return None  # 以…为牵引, 围绕…等环节: the frame of the goals, not one of them
            if self.lex.derived(span_ahead_words).span.fullmatch(metric):
                return None  # 包括未来五年，A…、B…: a span ahead alone in its part says when, no goal
            if self._brackets.fullmatch(metric) or self.grant_condition(start, end):
                return None  # 到2025年（“十四五”末）: an aside of the year; 到2025年底前完成申报的企业，给予…: a grant's condition
            named = self.lex.goal_list_name.search(norm, start, end)
            if named is not None and (
                "如下" in named.group()
                or norm.startswith(("：", ":"), end)
                or named.group().rstrip()[-1] in "是为為"
            ):
                return None  # 实现以下目标：…, 近期目标是，…: the part names the goals that follow, it is none of them
            if norm.startswith(("：", ":"), end) and not norm[end + 1 : self.ix.paragraph(start)[1]].strip(
                _SPACES
            ):
                return None  # …主要体现在：⏎ at its paragraph's end: the lead of the list under it, no goal
            if named is not None and self._heading_line(start, end):
                return None  # 到2028年重点任务 as a line of its own: a heading, no goal
            lead = self._lead(start, end)
            if (
                self._w.task_part.match(norm, lead) or self.ix._opens_task(lead)
            ) and self._w.goal_statement_after.match(norm, end):
                return None  # 汽车产业要加快转型，力争…: the means of the goal that follows
            if self._w.measure_part.match(norm, lead):
                return None  # 支持有条件的县争创国家级试点: a measure of the plan, no outcome
            if self._w.aside.match(norm, lead):
                return None  # 据介绍, 该计划由…制定, 这将有效缓解…: an aside of the report, no goal
            # 打造成千亿级产业, 进入全国前3位, 30%的村庄基本实现…: round 28's figures (实现两万亿级 is one the rules read)
            figure = class_figure(self.lex, norm, start, end, self.ix.sentence(start)[0])
            if figure is None and self._w.unread_number.search(norm, start, end):
                return None  # 达到2万亿台阶: a number, only not one with a unit the rules read
            if scoped and not self._w.goal_verb_any.search(norm, start, end):
                return None  # 要抓好八个方面的工作: a count of aspects with no goal verb is a task, no goal
            if (
                task_clause(self.ix, start, since) and not stated_goal_form(self.ix, start, end)
            ) or no_goal_part(self.ix, start, end, since):
                return None  # …达到90%。推进…，强化…。: measures; 奋力谱写…, 近日, …达到，: a slogan, a time word, a cut
            if not first_sentence or len(metric) < 2:
                # a part that is only an opener (…，力争 before the next year) names no goal, nor does one character
                # a garbled copy cut off (广西、云南两。▍…)
                return None
            goal = _Goal(start, end, year, metric=self._as_written(metric, start, end))
            if figure is not None:
                figure.apply(goal)
            return goal
        if not first_sentence and not by_verb and not self._opener_led(start, end):
            return None
        goal = self._quantified(start, skip[0] if skip else end, end, year, chosen)
        if goal.kind == "exact" and top_rank(self.lex, norm, chosen):
            goal.kind = "max"  # 进入全国前30名: rank 30 or better
        return goal

    def _proportion(self, start: int, end: int, year: int | None, m: re.Match, first: bool) -> _Goal | None:
        """A goal whose value is a proportion (A:1 is A, 1比2 is 0.5, as its ratio): no unit, its bound read around it."""
        a, b, a_start, b_start = ratio_terms(m)  # 2.5:1, 三点五比一; 1比2 is 0.5 as its ratio
        if not b or self.lex.colon_ratio.match(self.norm, b_start):
            return None
        if not first and not self.goal_verb_tail.search(self.norm, max(start, m.start() - 8), m.start()):
            return None
        q = self.ix.qualify(a_start, m.end())
        goal = _Goal(start, end, year, value=a / b, kind=q.kind)
        goal.metric = self._as_written(self._metric(start, end, q.start, q.end, "%"), start, end)
        return goal

    def _heading_line(self, start: int, end: int) -> bool:
        """The part ends its line, and the line holds no comma or full stop: a heading."""
        para_start, para_end = self.ix.paragraph(start)
        if self.norm[end:para_end].strip(_SPACES):
            return False
        return self.ix.sentence_mark.search(self.norm, para_start, para_end) is None

    def _count_led(self, start: int, m: re.Match) -> bool:
        """新增高新技术企业80家: a count whose verb leads its comma part (parsers.goal_count_leads)."""
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        return count_led(
            self.ix, self.ix.part(start)[0], m, number_start, self.unit_scale(m)[0], self.count_units
        )

    def _counts_a_group(self, start: int, end: int, m: re.Match) -> bool:
        """…的县(市)12个，总产值达…: a count naming the group the next part totals (parsers.goal_count_leads)."""
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        if self._count_led(start, m):
            return False  # 培育…的企业50家，总产值…: a count made, a goal of its own
        return counts_a_group(self.ix, start, end, m, number_start, self.unit_scale(m)[0], self.count_units)

    def _lead(self, start: int, end: int) -> int:
        """Where a part's words begin (after spaces)."""
        while start < end and self.norm[start] in _SPACES:
            start += 1
        return start

    def _frame(self, start: int, end: int) -> bool:
        m = self.frame.match(self.norm, start, end)
        if m is None:
            return False
        if m.end() == end:
            return True  # 以X为牵引 is the whole part
        return not self.goal_verb_any.search(self.norm, m.end(), end)

    def _quantified(self, start: int, metric_end: int, end: int, year: int | None, m: re.Match) -> _Goal:
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        unit, scale, number = self.unit_scale(m)
        q = self.ix.qualify(number_start, m.end(), is_ratio=unit in ("%", "‰"))
        number = number or 0.0
        value = self.value(m) or 0.0
        more = m.group("more") or m.group("more_scaled")  # 四百六十多亿元, 1万余人: more than the number
        kind = "min" if more and q.kind == "exact" else q.kind
        if kind == "exact" and q.qualifier is None:
            kind = self.verb_bound(start, q.start) or self.trailing_bound(m) or kind
        if kind == "exact" and q.qualifier is None and q.start == start:
            kind = self.shared_bound(start) or kind
        goal = _Goal(start, end, year, kind=kind)
        self._set_unit(goal, start, number_start, m, unit, scale, number)
        goal.value = float(int(value)) if value == int(value) else value
        first = self.first_bound(m, value)
        if first is not None:  # 2-3个, 15至20家: a range has no single value
            goal.kind, goal.low, goal.high = "range", first, goal.value
            goal.value = goal.value_yuan = goal.value_fraction = None
        goal.metric = self._as_written(self._metric(start, metric_end, q.start, q.end, unit), start, end)
        return goal
