"""到20XX年 goals: one row per metric of a goal statement, quantified or not.

A goal statement opens at a year phrase (到2027年, 到2025年底, 2030年前, 至2027年; see
[targets] in parsers/data/lexicon.toml) that stands at a sentence or comma-part start or after
力争/目标, and runs to the end of its paragraph or the next year phrase; 力争 alone opens a goal
sentence without a year. The sentence holding the year phrase is split into goal parts at commas
and semicolons (and at 、 between two quantities: 建设160个省重点实验室、30个省技术创新中心);
every part is a row. A part with a number and a unit is quantified (value, unit, kind); one without
(培育一批…新品种) or whose number is only the scope of a qualitative goal (4个国家物流枢纽…显著提升)
gets value None. Later sentences of the same paragraph give a row only for a part whose number
follows a goal verb (达到, 超过 …) or that opens with 力争.

value: the number in its unit with 万/亿 multiplied out for counts (2.7万件 -> 27000 件); money
keeps its scale in the unit (100亿元 -> 100 亿元, value_yuan 1e10); % stays a percentage
(15.4 %, value_fraction 0.154). metric: for a count, the noun after the classifier (30个省级以上工业互联网平台
-> 省级以上工业互联网平台, cut at a predicate word found among jieba tokens); otherwise the words
before the goal verb (花卉产业产值达到… -> 花卉产业产值).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.amounts import number_value
from parsers.context import ClauseLocator, Scope, TextIndex
from parsers.lexicon import alternation
from parsers.model import Node, Target

_SPACES = " \t\u3000"


@dataclass
class _Goal:
    start: int
    end: int
    year: int | None
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    metric: str | None = None
    value_yuan: float | None = None
    value_fraction: float | None = None


class _GoalReader:
    def __init__(self, index: TextIndex):
        self.ix = index
        self.lex = index.lex
        self.norm = index.norm
        t = self.lex.section("targets")
        self.count_units = set(t["count_units"])
        self.metric_stops = set(t["metric_stop_tokens"])
        self.strip_prefix = re.compile(f"^(?:{alternation(t['metric_strip_prefixes'] + t['goal_verbs'])})+")
        self.goal_verb_tail = re.compile(
            f"(?:{alternation(t['goal_openers'])})?(?:{alternation(t['goal_verbs'] + self.lex.section('qualifiers')['exact_verbs'])})$"
        )
        self.opener = re.compile(f"(?:{alternation(t['goal_openers'])})")  # used with .match(text, pos)
        self.percent_signs = set(self.lex.section("ratios")["percent_signs"])
        self.subsidy_cue = self.lex.ratio_subsidy_cue
        self._quantity_cache: dict[tuple[int, int], list[re.Match]] = {}

    def _in_trap(self, start: int, end: int) -> bool:
        trap = self.lex.trap
        return any(
            m.start() < end and start < m.end() for m in trap.finditer(self.norm, max(0, start - 8), end + 8)
        )

    # -- parts -----------------------------------------------------------------------------------
    def goal_parts(self, scope: Scope) -> list[tuple[int, int, bool]]:
        """(start, end, in_first_sentence) of the parts of a goal statement, year phrase removed."""
        out = []
        for start, end in self.ix.parts_between(scope.body_start, scope.end):
            while start < end and self.norm[start] in _SPACES:
                start += 1
            while end > start and self.norm[end - 1] in _SPACES:
                end -= 1
            if start >= end:
                continue
            for s, e in self._split_enumeration(start, end):
                out.append((s, e, s < scope.first_sentence_end))
        return out

    def _split_enumeration(self, start: int, end: int) -> list[tuple[int, int]]:
        """建设160个省重点实验室、30个省技术创新中心 -> two goals; 选拔40名科技副总、科技特派员… stays one."""
        pieces, s = [], start
        for m in re.finditer("、", self.norm[start:end]):
            pieces.append((s, start + m.start()))
            s = start + m.end()
        pieces.append((s, end))
        if len(pieces) == 1:
            return pieces
        out = [pieces[0]]
        for s, e in pieces[1:]:
            prev_s, prev_e = out[-1]
            if self._quantities(prev_s, prev_e) and self._quantities(s, e):
                out.append((s, e))
            else:
                out[-1] = (prev_s, e)
        return out

    def _quantities(self, start: int, end: int) -> list[re.Match]:
        key = (start, end)
        if key not in self._quantity_cache:
            self._quantity_cache[key] = self._find_quantities(start, end)
        return self._quantity_cache[key]

    def _find_quantities(self, start: int, end: int) -> list[re.Match]:
        return [
            m
            for m in self.lex.target_quantity.finditer(self.norm, start, end)
            if not self._in_trap(m.start(), m.end()) and number_value(m.group("n")) is not None
        ]

    # -- one part --------------------------------------------------------------------------------
    def read(self, start: int, end: int, year: int | None, first_sentence: bool) -> _Goal | None:
        norm = self.norm
        if self.subsidy_cue.search(norm, start, end) or self.ix.reports_past(start):
            return None  # a measure (给予…补助) or a report of the past that happens to follow a goal
        quantities = self._quantities(start, end)
        chosen, by_verb = None, False
        for m in quantities:
            q = self.ix.qualify(m.start(), m.end())
            if self.goal_verb_tail.search(norm, max(start, q.start - 6), q.start):
                chosen, by_verb = m, True
        if chosen is None and quantities:
            qualitative = self.lex.qualitative.search(norm, start, end)
            if not qualitative:
                chosen = quantities[-1]
        if chosen is None:
            if not first_sentence:
                return None
            return _Goal(start, end, year, metric=self._as_written(self._strip(norm[start:end]), start, end))
        if not first_sentence and not by_verb and not self.opener.match(norm, start):
            return None
        return self._quantified(start, end, year, chosen)

    def _quantified(self, start: int, end: int, year: int | None, m: re.Match) -> _Goal:
        q = self.ix.qualify(m.start(), m.end())
        number = number_value(m.group("n")) or 0.0
        scale = m.group("s") or ""
        unit = m.group("u")
        goal = _Goal(start, end, year, kind=q.kind)
        if "元" in unit:
            goal.unit = scale + unit
            goal.value = number
            goal.value_yuan = round(number * self.lex.scales.get((scale + unit)[:-1], 1.0), 4)
        else:
            goal.value = number * {"万": 1e4, "亿": 1e8}.get(scale, 1.0)
            goal.unit = unit
            if unit in self.percent_signs or unit == "个百分点":
                goal.unit = "%" if unit in self.percent_signs else unit
                goal.value_fraction = round(number / 100, 10)
        if goal.value == int(goal.value):
            goal.value = float(int(goal.value))
        goal.metric = self._as_written(self._metric(start, end, q.start, q.end, unit), start, end)
        return goal

    def _as_written(self, metric: str | None, start: int, end: int) -> str | None:
        """The metric in the original characters (the rules read 萬 as 万; the table keeps 萬)."""
        if not metric:
            return None
        i = self.norm.find(metric, start, end)
        return self.ix.text[i : i + len(metric)] if i >= 0 else metric

    def _strip(self, phrase: str) -> str:
        return self.strip_prefix.sub("", phrase.strip(_SPACES)).strip(_SPACES)

    def _metric(self, start: int, end: int, q_start: int, q_end: int, unit: str) -> str | None:
        after = self.norm[q_end:end].strip(_SPACES)
        if unit in self.count_units and after:
            from parsers.segmenter import words

            kept = []
            for w in words(after):
                if w in self.metric_stops:
                    break
                kept.append(w)
            metric = "".join(kept).strip(_SPACES)
            if metric:
                return metric
        before = self.norm[start:q_start].strip(_SPACES)
        before = self.goal_verb_tail.sub("", before).strip(_SPACES)
        return self._strip(before) or None


def extract_targets(text: str, clauses: list[Node], index: TextIndex | None = None) -> list[Target]:
    """Every goal of the 到20XX年 statements of ``text`` (quantified or not), on the clause that holds it.

    ``index`` is the text's TextIndex when the caller already built it (it is shared with amounts).
    """
    ix = index or TextIndex(text)
    reader = _GoalReader(ix)
    locate = ClauseLocator(clauses)
    targets: list[Target] = []
    counters: dict[str, int] = {}
    for scope in ix.scopes():
        for start, end, first in reader.goal_parts(scope):
            goal = reader.read(start, end, scope.year, first)
            if goal is None:
                continue
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
