"""到20XX年 goals: one row per metric of a goal statement, quantified or not.

A goal statement opens at a year phrase (到2027年, 到2025年底, 2030年前, 至2027年; see
[targets] in parsers/data/lexicon.toml) that stands at a sentence or comma-part start or after
力争/目标, and runs to the end of its paragraph or the next year phrase; 力争 alone opens a goal
sentence without a year, whose values are goals (money and ratio role target) but give no row
here: a row of this table is a goal with its year (DESIGN: one row per metric of a 到20XX年 goal).
The sentence holding the year phrase is split into goal parts at commas and semicolons, at 、 and 和 between two quantities (建设160个省重点实验室、30个省技术创新中心;
建设50所…学校和150个骨干专业), and a bracketed quantity is a goal of its own (新产品50项（其中首台套
产品不少于3项）: 50 项 and 3 项); every part is a row, once. A part with a number and a unit is quantified (value, unit, kind); one without
(培育一批…新品种) or whose number is only the scope of a qualitative goal (2个市级开发区…明显改善)
gets value None. Later sentences of the same paragraph give a row only for a part whose number
follows a goal verb (达到, 超过 …) or that opens with 力争.

value: the number in its unit with 万/亿 multiplied out for counts (2.7万件 -> 27000 件); money
keeps its scale in the unit (100亿元 -> 100 亿元, value_yuan 1e10); % stays a percentage
(15.4 %, value_fraction 0.154; the unit: parsers.goal_units). A range (2-3个, 15至20家) has low and high in the same unit,
kind range and value None (so do value_yuan and value_fraction); low and high are None otherwise. A number too large to be finite is no quantity (value None). metric: for a count, the noun after the classifier (30个省级以上工业互联网平台
-> 省级以上工业互联网平台, cut at a predicate word found among jieba tokens); otherwise the words
before the goal verb (花卉产业产值达到… -> 花卉产业产值).
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.bounds import SPACES as _SPACES
from parsers.context import TextIndex
from parsers.glosses import glosses, without_glosses
from parsers.goal_change_levels import join_changes_and_levels
from parsers.goal_clauses import (
    in_closing_remark,
    no_goal_part,
    stated_goal_form,
    task_clause,
)
from parsers.goal_detected_scopes import detected_scopes
from parsers.goal_lists import carry_metrics, sums_up
from parsers.goal_metrics import GoalMetrics
from parsers.goal_own_years import date_by_own_years
from parsers.goal_parts import GoalParts
from parsers.goal_quantities import GoalQuantities
from parsers.goal_respective import pair_respective_metrics
from parsers.goal_scope import Goal as _Goal
from parsers.goal_spans import planned_row
from parsers.goal_stages import assign_stages, staged_years, year_list_tail
from parsers.goal_tables import table_goal, table_rows
from parsers.goal_units import GoalUnits
from parsers.list_markers import after_list_mark
from parsers.model import Node, Target
from parsers.patterns import YEAR_NAMED, before_spaces
from parsers.project_sizes import names_a_project
from parsers.quantity_patterns import ratio_terms
from parsers.spans import ClauseLocator

_VERB_REACH = (
    9  # how far before a number its verb of reach may begin (达到每万人口12件: a rate's head between)
)
_BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")


class _GoalReader(GoalMetrics, GoalQuantities, GoalParts, GoalUnits):
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
            return None  # a measure (给予…补助) or a report of the past that happens to follow a goal
        if (
            self.lex.budget_cue.search(norm, start, end) and not self._measured_only(start, end)
        ) or self._w.projects_invested(norm, self._lead(start, end)):
            return None  # 市财政每年安排专项资金2亿元, …项目，总投资超900亿元: a budget or a size, no goal
        if norm.startswith("其中", self._lead(start, end)) and self.lex.budget_cue.search(
            norm, self.ix.sentence(start)[0], start
        ):
            return None  # 从…资金中列支5000万元，其中2000万元作为…: a share of that budget, budget too
        if self._w.commentary.match(norm, self.ix.sentence(start)[0]):
            return None  # 上述目标的设定，综合考虑了…，体现了…: commentary on the goals, in every part of its sentence
        quantities = self.quantities(start, end)
        if in_closing_remark(norm, start, end, quantities):
            quantities = []  # 实现村村通客车（每日4班次）: the remark's figure explains a goal of no number
        if skip is not None:  # a bracketed goal of its own (其中…不少于3项)
            quantities = [m for m in quantities if not skip[0] <= m.start() < skip[1]]
        if quantities and all(self._w.own_tasks.match(norm, m.end()) for m in quantities):
            return None  # 今年着力抓好七项工作任务: a count of the text's own tasks, no goal of any kind
        # 从…四个维度实现突破: a count of aspects is the goal's scope, no quantity of it
        scoped = [m for m in quantities if self.lex.scope_noun.match(norm, m.end())]
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
        chosen, by_verb, bounded = None, False, None
        for m in quantities:
            number_start = m.start("n1") if m.group("n1") else m.start("n")
            q = self.ix.qualify(number_start, m.end())
            # a goal verb right before the number or its bound (达1000亿元, 规模超过500亿元; 达到 35 万 as PDF spaces it)
            verb_end = before_spaces(norm, start, number_start)
            if self.goal_verb_tail.search(norm, max(start, verb_end - _VERB_REACH), verb_end):
                chosen, by_verb = m, True
            elif q.kind in ("min", "max"):
                bounded = m  # 不少于10项, 5家以上: a bound of its own also makes a goal
        if chosen is None and quantities:
            # 2个…开发区营商环境明显改善: the number is the scope of a qualitative goal; a word of the metric's name
            # before the number (基本农田面积不少于2800万亩, 有效灌溉面积900万亩) is none
            candidate = bounded if bounded is not None else quantities[-1]
            if not self.lex.qualitative.search(norm, candidate.start(), end):
                chosen, by_verb = candidate, bounded is not None
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
            if self._w.unread_number.search(norm, start, end):
                return None  # 达到2万亿台阶: a number, only not one with a unit the rules read
            if scoped and not self._w.goal_verb_any.search(norm, start, end):
                return None  # 要抓好八个方面的工作: a count of aspects with no goal verb is a task, no goal
            if task_clause(self.ix, start, since) or no_goal_part(self.ix, start, end, since):
                return None  # …达到90%。推进…，强化…。: measures; 奋力谱写…, 近日, …达到，: a slogan, a time word, a cut
            if not first_sentence or len(metric) < 2:
                # a part that is only an opener (…，力争 before the next year) names no goal, nor does one character
                # a garbled copy cut off (广西、云南两。▍…)
                return None
            return _Goal(start, end, year, metric=self._as_written(metric, start, end))
        if not first_sentence and not by_verb and not self._opener_led(start, end):
            return None
        return self._quantified(start, skip[0] if skip else end, end, year, chosen)

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


def extract_targets(text: str, clauses: list[Node], index: TextIndex | None = None) -> list[Target]:
    """Every goal of the 到20XX年 statements of ``text`` (quantified or not), on the clause that holds it.

    ``index`` is the text's TextIndex when the caller already built it (it is shared with amounts).
    A text with pinyin glosses inside its words (預(yù)期目標(biāo)) is read without them (parsers.glosses).
    """
    found = glosses(text, index)
    if found is not None:
        free = without_glosses(clauses, index, found)
        return [free.restore(t, text) for t in _extract_targets(free.text, free.clauses, free.index)]
    return _extract_targets(text, clauses, index)


def _extract_targets(text: str, clauses: list[Node], index: TextIndex | None = None) -> list[Target]:
    ix = index or TextIndex(text)
    # 力争金融业增加值超450亿元 with no year in view: a goal, but no row of a 到20XX年 goal
    scopes = [scope for scope in ix.scopes() if scope.year is not None or scope.span_ahead]
    # a goal statement the rules do not open, as the learned detector reads it (a plan_tail's sentences stay its)
    scopes += detected_scopes(
        ix, [replace(s, end=s.first_sentence_end) if s.plan_tail else s for s in scopes]
    )
    rows, tables = table_rows(ix.norm, ix.lex, ix.current_year, ix._coming)
    if not scopes and not rows:
        return []  # most texts: no goal reader and no clause lookup to build
    reader = _GoalReader(ix)
    locate = ClauseLocator(clauses)
    goals: list[_Goal] = []
    seen: set[tuple[int, int]] = set()
    for scope in scopes:
        parts = [  # a part opening an item's line starts after its mark: （二）高技能人才… names 高技能人才…
            (after_list_mark(ix.norm, s, e), e, first, skip if skip and s <= skip[0] < e else None)
            for start, end, first, skip in reader.goal_parts(scope)
            for s, e in locate.split(start, end)
            if not any(t_start <= s < t_end for t_start, t_end in tables)  # a goal table's rows: read below
        ]
        years = staged_years(ix.norm, scope.start, scope.end, ix.lex)
        staged: list[_Goal] = []
        for start, end, first, skip in parts:
            if years and year_list_tail(ix.norm, start, end, ix.lex):
                continue  # 到2025年和2030年: the list's later years are the statement's, no goal
            goal = reader.read(
                start,
                end,
                scope.year,
                first,
                skip,
                since=scope.start,
                goals_unit=scope.goals_unit,
                section=scope.section,
            )
            if (
                goal is None
                or (goal.start, goal.end) in seen
                or sums_up(ix.norm, ix.part(goal.start)[0], ix.lex)
            ):
                continue  # 多地将…目标定在6%左右: a summary of several places (parsers.goal_lists)
            if scope.planned and not planned_row(ix, scope, goal.start, goal.end):
                continue  # 今年全县将…，补贴比例为40%: a rule the plan states; 未来五年，…将投入5亿元: a budget
            if (
                scope.quantified_only
                or (scope.carried and start >= scope.first_sentence_end)
                or (scope.quantified_after is not None and start >= scope.quantified_after)
            ) and (
                goal.value is None and goal.low is None and not stated_goal_form(ix, goal.start, goal.end)
            ):
                # 今年…，确保主要指标争先进位; a paragraph a year's goals are carried to (产业能级高。…综合实力领先):
                # no goal row without its number (…与经济增长同步 is one: a form only goals take)
                continue
            seen.add((goal.start, goal.end))
            staged.append(goal)
        if years:  # 到2025年和2030年，…分别达到25%和30%: each value its own year
            assign_stages(staged, years, ix.norm, ix.lex.respective, reader.goal_verb_any)
        # 到2030年，…规模2028年达3.4万亿元: that figure's year is 2028
        date_by_own_years(staged, ix.norm, ix.lex)
        goals += staged
    pair_respective_metrics(goals, ix.norm, ix.lex, reader.goal_verb_any)  # A、B分别达到5%、6%: A 5%, B 6%
    carry_metrics(goals, ix.norm, ix.lex)  # 其中，甲市GDP目标为7%，乙市为6%: 乙市's metric named by 甲市's
    goals = join_changes_and_levels(
        goals, ix.norm, ix.lex
    )  # …再增加约3岁，达到79岁: the level names the metric
    goals += [goal for row in rows if (goal := table_goal(ix, row, _GoalReader)) is not None]
    targets: list[Target] = []
    counters: dict[str, int] = {}
    for goal in goals:
        node = locate.find(goal.start)
        if node is None:
            continue
        counters[node.node_id] = counters.get(node.node_id, 0) + 1
        targets.append(
            Target(
                target_id=f"{node.node_id}__target_{counters[node.node_id]}",
                node_id=node.node_id,
                year=goal.year,
                metric=goal.metric,
                value=goal.value,
                low=goal.low,
                high=goal.high,
                unit=goal.unit,
                kind=goal.kind,
                surface=text[goal.start : goal.end],
                char_start=goal.start,
                char_end=goal.end,
                value_yuan=goal.value_yuan,
                value_fraction=goal.value_fraction,
            )
        )
    return targets
