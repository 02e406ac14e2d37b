"""到20XX年 goals: one row per metric of a goal statement, quantified or not.

A goal statement opens at a year phrase (到2027年, 到2025年底, 2030年前, 至2027年; see
[targets] in parsers/data/lexicon.toml) that stands at a sentence or comma-part start or after
力争/目标, and runs to the end of its paragraph or the next year phrase; 力争 alone opens a goal
sentence without a year, whose values are goals (money and ratio role target) but give no row
here: a row of this table is a goal with its year (DESIGN: one row per metric of a 到20XX年 goal).
The sentence holding the year phrase is split into goal parts at commas and semicolons, at 、 and 和 between two quantities (建设160个省重点实验室、30个省技术创新中心;
建设50所…学校和150个骨干专业), and a bracketed quantity is a goal of its own (新产品50项（其中首台套
产品不少于3项）: 50 项 and 3 项); every part is a row, once. A part with a number and a unit is quantified (value, unit, kind); one without
(培育一批…新品种) or whose number is only the scope of a qualitative goal (4个国家物流枢纽…显著提升)
gets value None. Later sentences of the same paragraph give a row only for a part whose number
follows a goal verb (达到, 超过 …) or that opens with 力争.

value: the number in its unit with 万/亿 multiplied out for counts (2.7万件 -> 27000 件); money
keeps its scale in the unit (100亿元 -> 100 亿元, value_yuan 1e10); % stays a percentage
(15.4 %, value_fraction 0.154). A range (2-3个, 15至20家) has low and high in the same unit,
kind range and value None (so do value_yuan and value_fraction); low and high are None otherwise. A number too large to be finite is no quantity (value None). metric: for a count, the noun after the classifier (30个省级以上工业互联网平台
-> 省级以上工业互联网平台, cut at a predicate word found among jieba tokens); otherwise the words
before the goal verb (花卉产业产值达到… -> 花卉产业产值).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.bounds import SPACES as _SPACES
from parsers.bounds import finite
from parsers.candidates import number_value
from parsers.context import ClauseLocator, Scope, TextIndex
from parsers.lexicon import alternation
from parsers.model import Node, Target


@dataclass
class _Goal:
    start: int
    end: int
    year: int | None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: str | None = None
    metric: str | None = None
    value_yuan: float | None = None
    value_fraction: float | None = None


@dataclass(frozen=True)
class _GoalWords:
    """The [targets] words compiled once per lexicon."""

    count_units: frozenset[str]
    metric_stops: frozenset[str]
    strip_prefix: re.Pattern
    goal_verb_tail: re.Pattern
    opener: re.Pattern  # used with .match(text, pos)
    joins: re.Pattern
    percent_signs: frozenset[str]
    tenths_word: str
    frame: re.Pattern  # 以…为牵引 / 围绕… at a part start: a frame, no goal
    goal_verb_any: re.Pattern
    bare_attributive: (
        re.Pattern
    )  # 10亿元以上制造业企业100家: a noun ending in a head, then what the goal counts
    object_tail: re.Pattern  # 的…现代产业体系 at the end of a part: the head of a goal's object
    object_lead: re.Pattern  # 构建 / 加快 / 形成 at a part start: a part with its own verb
    verb_bound: re.Pattern  # 至少创建 before a number: a limit adverb on the goal's verb
    unread_number: re.Pattern  # 2万亿台阶: a scaled number with no unit read
    yuan_scales: frozenset[str]  # 11万元: a goal's amount in this scale is counted in 元
    aside: re.Pattern  # 据介绍 / 该计划由… / 这将… at a part start: an aside of a report, no goal


_BRACKETS = re.compile(r"[（(]([^（()）]*)[）)]")
_CLOSING_MARKS = frozenset("”’」』》〉）)】〕")
_OPENING_MARKS = frozenset("“‘「『《〈（(【〔")
_COMPILED: dict[int, _GoalWords] = {}
_MAX_SHARED = 12  # how many listed quantities back a shared bound is looked for (90家、…和870家)


def _goal_words(lex) -> _GoalWords:
    words = _COMPILED.get(id(lex))
    if words is None:
        t = lex.section("targets")
        verbs = t["goal_verbs"] + lex.section("qualifiers")["exact_verbs"]
        words = _COMPILED[id(lex)] = _GoalWords(
            count_units=frozenset(t["count_units"]),
            metric_stops=frozenset(t["metric_stop_tokens"]),
            # leading goal verbs, also joined (引进和培育高层次人才 -> 高层次人才)
            strip_prefix=re.compile(
                f"^(?:(?:{alternation(t['metric_strip_prefixes'] + t['goal_verbs'])})(?:和|与|及|、)?)+"
            ),
            goal_verb_tail=re.compile(f"(?:{alternation(t['goal_openers'])})?(?:{alternation(verbs)})\\Z"),
            opener=re.compile(f"(?:{alternation(t['goal_openers'])})"),
            joins=re.compile(alternation(t["goal_joiners"])),
            percent_signs=frozenset(lex.section("ratios")["percent_signs"]),
            tenths_word=lex.section("ratios")["tenths_word"],
            frame=re.compile(t["frame_pattern"]),
            goal_verb_any=re.compile(alternation(t["goal_verbs"])),
            bare_attributive=re.compile(
                f"[\u4e00-\u9fff]{{0,8}}?(?:{alternation(lex.section('roles')['attributive_heads'])})[ \t\u3000]*"
            ),
            object_lead=re.compile(
                f"[ \t\u3000]*(?:{alternation(t['object_verbs'] + t['task_openers'] + t['goal_verbs'])})"
            ),
            object_tail=re.compile(f"的[^的]{{0,16}}(?:{alternation(t['object_heads'])})[ \t\u3000]*\\Z"),
            verb_bound=re.compile(t["verb_bound_pattern"]),
            # …with no unit after it: 3亿元以上制造业企业 is an amount read (a threshold), not an unread number
            aside=re.compile(t["aside_pattern"]),
            yuan_scales=frozenset(t["yuan_multiplied_scales"]),
            unread_number=re.compile(
                f"{t['unread_number_pattern']}(?![ \t\u3000]*(?:元|{alternation(t['count_units'])}))"
            ),
        )
    return words


class _GoalReader:
    def __init__(self, index: TextIndex):
        self.ix = index
        self.lex = index.lex
        self.norm = index.norm
        w = self._w = _goal_words(self.lex)
        self.count_units = w.count_units
        self.metric_stops = w.metric_stops
        self.strip_prefix = w.strip_prefix
        self.goal_verb_tail = w.goal_verb_tail
        self.opener = w.opener
        self.percent_signs = w.percent_signs
        self.tenths_word = w.tenths_word
        ratios = self.lex.section("ratios")
        self.slash_marks = frozenset(ratios["slash_marks"])
        self.slash_limit = int(ratios["slash_max_denominator"])
        self.frame = w.frame
        self.goal_verb_any = w.goal_verb_any
        self.bare_attributive = w.bare_attributive
        self.object_tail = w.object_tail
        self.object_lead = w.object_lead
        self.subsidy_cue = self.lex.ratio_subsidy_cue
        self._quantity_cache: dict[tuple[int, int], list[re.Match]] = {}
        self._joins = w.joins
        self._join_before = re.compile(f"(?:{w.joins.pattern})\\Z")
        self._brackets = _BRACKETS

    def _in_trap(self, start: int, end: int) -> bool:
        trap = self.lex.trap
        return any(
            m.start() < end and start < m.end() for m in trap.finditer(self.norm, max(0, start - 8), end + 8)
        )

    # -- parts -----------------------------------------------------------------------------------
    def goal_parts(self, scope: Scope) -> list[tuple[int, int, bool, tuple[int, int] | None]]:
        """(start, end, in_first_sentence, bracket to leave out) of the parts of a goal statement."""
        out = []
        for start, end in self._join_objects(self.ix.parts_between(scope.body_start, scope.end)):
            # a closing mark at the start of a part ends the sentence before it (…平台。”全市达到5个),
            # an opening mark at its end opens the next: neither belongs to this goal
            while start < end and (self.norm[start] in _SPACES or self.norm[start] in _CLOSING_MARKS):
                start += 1
            while end > start and (self.norm[end - 1] in _SPACES or self.norm[end - 1] in _OPENING_MARKS):
                end -= 1
            closer = self.lex.goal_closer.search(self.norm, start, end)
            if closer is not None and closer.end() >= end:
                end = (
                    closer.start()
                )  # 锚定2030年…超过1.4亿千瓦的目标: the goal's name is no part of its metric
            if start >= end:
                continue
            for s, e in self._split_enumeration(start, end):
                # a task sentence after the year's own (加强…建设，统筹…) needs a goal verb, like a later paragraph
                first = s < scope.first_sentence_end and not self.ix.task_sentence(s, scope)
                for piece_start, piece_end, skip in self._split_brackets(s, e):
                    out.append((piece_start, piece_end, first, skip))
        return out

    def _join_objects(self, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """基本建成A化、B化，C、D协同发展的现代产业体系: a part with no goal verb ending in 的…体系 continues the object
        of the part before it, which opens with a goal verb and names no head of its own."""
        out: list[tuple[int, int]] = []
        norm = self.norm
        for start, end in parts:
            if (
                out
                and self.object_tail.search(norm, start, end)
                and not self.goal_verb_any.search(norm, start, end)
                and not self.object_lead.match(norm, start)
            ):
                p_start, p_end = out[-1]
                lead = p_start
                while lead < p_end and norm[lead] in _SPACES:
                    lead += 1
                opens = self.goal_verb_any.search(norm, lead, min(p_end, lead + 4)) is not None
                listed = "、" in norm[p_start:p_end] and "的" not in norm[p_start:p_end]
                if opens and listed and norm[p_end] in "，," and not self._quantities(p_start, end):
                    out[-1] = (p_start, end)
                    continue
            out.append((start, end))
        return out

    def _split_enumeration(self, start: int, end: int) -> list[tuple[int, int]]:
        """建设160个省重点实验室、30个省技术创新中心 -> two goals; 选拔40名科技副总、科技特派员… stays one."""
        pieces, s = [], start
        for m in self._joins.finditer(self.norm, start, end):
            pieces.append((s, m.start()))
            s = m.end()
        pieces.append((s, end))
        if len(pieces) == 1:
            return pieces
        # one pass: a piece joins the goal before it unless both hold a quantity
        out = [pieces[0]]
        counted = bool(self._quantities(*pieces[0]))
        for s, e in pieces[1:]:
            has = bool(self._quantities(s, e))
            if counted and has:
                out.append((s, e))
            else:
                out[-1] = (out[-1][0], e)
                counted = counted or has
        return out

    def _split_brackets(self, start: int, end: int) -> list[tuple[int, int, tuple[int, int] | None]]:
        """新产品50项（其中首台套产品不少于3项）: the bracket is a goal of its own, left out of the outer one."""
        for m in self._brackets.finditer(self.norm, start, end):
            inner = (m.start(1), m.end(1))
            if inner[0] == start or not self._quantities(*inner) or not self._quantities(start, m.start()):
                continue
            rest = self.norm[m.end() : end].strip(_SPACES)
            outer = (start, m.start(), None) if not rest else (start, end, (m.start(), m.end()))
            return [outer, (inner[0], inner[1], None)]
        return [(start, end, None)]

    def _quantities(self, start: int, end: int) -> list[re.Match]:
        key = (start, end)
        if key not in self._quantity_cache:
            self._quantity_cache[key] = self._find_quantities(start, end)
        return self._quantity_cache[key]

    def _find_quantities(self, start: int, end: int) -> list[re.Match]:
        return [
            m
            for m in self.lex.target_quantity.finditer(self.norm, start, end)
            if not self._in_trap(m.start(), m.end())
            and self._value(m) is not None
            and not self._qualifies_noun(m)
            and not self._quoted(m, start, end)
        ]

    def _quoted(self, m: re.Match, start: int, end: int) -> bool:
        """初步建成“三种类型”冠军产业: a numeral inside quotation marks is part of a name, not a quantity."""
        opening = self.norm.rfind("“", start, m.start())
        if opening < 0 or self.norm.find("”", opening, m.start()) >= 0:
            return False
        return self.norm.find("”", m.end(), end) >= 0

    def _qualifies_noun(self, m: re.Match) -> bool:
        """产值过1000亿元的企业实现“破零”, 超500亿元的5个: an amount that says which things count is their threshold,
        not the goal's value (money only: 培育100家以上的专精特新企业 counts its noun)."""
        if "元" not in self._unit_scale(m)[0]:
            return False
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        after = self.ix.qualify(number_start, m.end()).end
        if self.lex.attributive_tail.match(self.norm, after) is not None:
            return True
        q = self.ix.qualify(number_start, m.end())
        if q.after_kind is not None:
            # 年产值10亿元以上制造业企业100家: a bounded amount, a noun it qualifies, then the count of the goal
            head = self.bare_attributive.match(self.norm, after)
            if head is not None:
                counted = self.lex.target_quantity.match(self.norm, head.end())
                if counted is not None and "元" not in self._unit_scale(counted)[0]:
                    return True
        # 年营业收入超1000亿元的2个: the amount says which things the count after it counts
        return self.ix.counted_after(after) or self.ix.coordinated_modifier(after)

    def _unit_scale(self, m: re.Match) -> tuple[str, str, float | None]:
        """(unit, scale, number) of a quantity: an implied unit (五千亿规模) is 元, and a Chinese numeral of money
        that ends in its scale (五千亿) gives the scale back to the unit, as 5000亿元 has it."""
        unit = m.group("u") or ("" if m.group("people") is not None else "元")
        scale = m.group("s") or ""
        raw = m.group("n")
        number = number_value(raw)
        if number is not None and "元" in unit and not scale and not raw.isascii():
            for tail, factor in (("亿", 1e8), ("万", 1e4)):
                if raw.endswith(tail) and len(raw) > 1:
                    number, scale = number / factor, tail
                    break
        return unit, scale, number

    def _slash_share(self, m: re.Match) -> float | None:
        """1/3 as a goal's quantity: the share it is (0.333…); None for no slash fraction or an improper one
        (2024/12, 24/7, 3/2), as parsers/ratios.py reads them."""
        unit = m.group("u") or ""
        if not unit or unit[0] not in self.slash_marks:
            return None
        n = m.start("n")
        if (
            m.group("s")
            or m.group("n1")
            or (n > 0 and (self.norm[n - 1].isdigit() or self.norm[n - 1] in "./"))
        ):
            return None
        num, den = number_value(m.group("n")), int(unit[1:].strip(_SPACES))
        if num is None or num != int(num) or not 0 < num < den <= self.slash_limit:
            return None
        return num / den

    def _value(self, m: re.Match) -> float | None:
        """The quantity's number with 万/亿 multiplied out for counts; None when it is not finite."""
        unit, scale, number = self._unit_scale(m)
        if number is None:
            return None
        if unit[:1] in self.slash_marks:
            share = self._slash_share(m)
            return None if share is None else share * 100
        money = "元" in unit
        if money and scale and (unit != "元" or scale in self._w.yuan_scales):
            number *= {"万": 1e4, "亿": 1e8}[scale]  # 2.9万亿元 -> 29000 亿元: the unit keeps its own scale
            scale = ""
        value = number if money else number * {"万": 1e4, "亿": 1e8}.get(scale, 1.0)
        yuan = number * self.lex.scales.get((scale + unit)[:-1], 1.0) if money else value
        return value if finite(value, yuan) else None

    # -- one part --------------------------------------------------------------------------------
    def read(
        self,
        start: int,
        end: int,
        year: int | None,
        first_sentence: bool,
        skip: tuple[int, int] | None = None,
        since: int | None = None,
    ) -> _Goal | None:
        norm = self.norm
        if self.subsidy_cue.search(norm, start, end) or self.ix.reports_past(start, since):
            return None  # a measure (给予…补助) or a report of the past that happens to follow a goal
        if self.lex.budget_cue.search(norm, start, end):
            return None  # 市财政每年安排专项资金2亿元: the budget that serves the goals
        quantities = self._quantities(start, end)
        if skip is not None:  # a bracketed goal of its own (其中…不少于3项)
            quantities = [m for m in quantities if not skip[0] <= m.start() < skip[1]]
        chosen, by_verb, bounded = None, False, None
        for m in quantities:
            number_start = m.start("n1") if m.group("n1") else m.start("n")
            q = self.ix.qualify(number_start, m.end())
            # a goal verb right before the number or its bound (达1000亿元, 规模超过500亿元)
            if self.goal_verb_tail.search(norm, max(start, number_start - 6), number_start):
                chosen, by_verb = m, True
            elif q.kind in ("min", "max"):
                bounded = m  # 不少于10项, 5家以上: a bound of its own also makes a goal
        if chosen is None and quantities:
            qualitative = self.lex.qualitative.search(norm, start, end)
            if not qualitative:
                chosen, by_verb = (bounded, True) if bounded is not None else (quantities[-1], False)
        if chosen is None and self.lex.colon_ratio.search(norm, start, end):
            return None  # 比例调整为23:53:24, 之比达到2.3:1: a proportion, read as a ratio, is no goal without a number
        if chosen is None:
            metric = self._strip(norm[start:end])
            if self._frame(start, end):
                return None  # 以…为牵引, 围绕…等环节: the frame of the goals, not one of them
            if self._w.aside.match(norm, self._lead(start, end)):
                return None  # 据介绍, 该计划由…制定, 这将有效缓解…: an aside of the report, no goal
            if self._w.unread_number.search(norm, start, end):
                return None  # 达到2万亿台阶: a number, only not one with a unit the rules read
            if not first_sentence or not metric:
                return None  # a part that is only an opener (…，力争 before the next year) names no goal
            return _Goal(start, end, year, metric=self._as_written(metric, start, end))
        if not first_sentence and not by_verb and not self.opener.match(norm, start):
            return None
        return self._quantified(start, skip[0] if skip else end, end, year, chosen)

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
        q = self.ix.qualify(number_start, m.end())
        unit, scale, number = self._unit_scale(m)
        number = number or 0.0
        value = self._value(m) or 0.0
        kind = q.kind
        if kind == "exact" and q.qualifier is None:
            kind = self._verb_bound(start, q.start) or kind
        if kind == "exact" and q.qualifier is None and q.start == start:
            kind = self._shared_bound(start) or kind
        goal = _Goal(start, end, year, kind=kind)
        if "元" in unit:
            if scale and (unit != "元" or scale in self._w.yuan_scales):  # 2.9万亿元 -> 亿元, 11万元 -> 元
                number, scale = number * {"万": 1e4, "亿": 1e8}[scale], ""
            goal.unit = scale + unit
            goal.value_yuan = round(number * self.lex.scales.get((scale + unit)[:-1], 1.0), 4)
        else:
            # a count's unit as written (公里/萬平方公里, 歲); money keeps the unit the table counts in (亿元)
            goal.unit = self.ix.written(m.start("u"), m.end("u")) if unit and m.group("u") else unit or None
            share = self._slash_share(m)
            if share is not None:  # 1/3: a share, in percent like 33.3%
                goal.unit, goal.value_fraction = "%", round(share, 10)
            elif unit == self.tenths_word:
                goal.value_fraction = round(number / 10, 10)  # 超7成: 7 成, 0.7
            elif unit in self.percent_signs or unit == "个百分点":
                goal.unit = "%" if unit in self.percent_signs else unit
                goal.value_fraction = round(number / 100, 10)
        goal.value = float(int(value)) if value == int(value) else value
        first = self._first_bound(m, value)
        if first is not None:  # 2-3个, 15至20家: a range has no single value
            goal.kind, goal.low, goal.high = "range", first, goal.value
            goal.value = goal.value_yuan = goal.value_fraction = None
        goal.metric = self._as_written(self._metric(start, metric_end, q.start, q.end, unit), start, end)
        return goal

    def _shared_bound(self, start: int, depth: int = 0) -> str | None:
        """分别超过90家和870家: a part that is only the next quantity of a list (joined by 和/、) shares the bound
        written before the list's first quantity; None when there is none."""
        norm = self.norm
        i = start
        while i > 0 and norm[i - 1] in _SPACES:
            i -= 1
        join = self._join_before.search(norm, max(0, i - 4), i) if depth < _MAX_SHARED else None
        if join is None:
            return None
        window = max(self.ix.part(join.start())[0], join.start() - 24)
        previous = list(self.lex.target_quantity.finditer(norm, window, join.start()))
        if not previous or norm[previous[-1].end() : join.start()].strip(_SPACES):
            return None  # the join must follow a quantity right away (…90家和870家)
        m = previous[-1]
        q = self.ix.qualify(m.start("n1") if m.group("n1") else m.start("n"), m.end())
        if q.before_kind in ("min", "max") and q.after_kind is None:
            return q.before_kind
        if q.kind == "exact" and q.qualifier is None:
            return self._shared_bound(q.start, depth + 1)
        return None

    def _verb_bound(self, start: int, number_start: int) -> str | None:
        """全区至少创建2个A、5个B、5个C: a limit adverb on the goal's verb bounds the verb's first quantity and each
        later quantity of the list the verb takes (joined by 、/和, no verb of its own between); None when there is none."""
        norm = self.norm
        part_start = self.ix.part(start)[0]
        m = self._w.verb_bound.search(norm, max(part_start, number_start - 8), number_start)
        if (
            m is None
            and number_start == start
            and self._join_before.search(norm, max(part_start, start - 4), start)
        ):
            first = self.lex.target_quantity.search(norm, part_start, start)
            if first is not None and not self.goal_verb_any.search(norm, first.end(), start):
                n = first.start("n1") if first.group("n1") else first.start("n")
                m = self._w.verb_bound.search(norm, max(part_start, n - 8), n)
        if m is None:
            return None
        return "min" if m.group("min") else "max"

    def _first_bound(self, m: re.Match, value: float) -> float | None:
        """The lower bound of a range quantity (2-3个), in the unit of its upper bound; None for no range."""
        if not m.group("n1"):
            return None
        first = number_value(m.group("n1"))
        if first is None:
            return None
        scale = m.group("s1") or m.group("s") or ""
        if "元" not in self._unit_scale(m)[0]:
            first *= {"万": 1e4, "亿": 1e8}.get(scale, 1.0)
        first = float(int(first)) if first == int(first) else first
        return first if first < value else None

    def _as_written(self, metric: str | None, start: int, end: int) -> str | None:
        """The metric in the original characters (the rules read 萬 as 万; the table keeps 萬)."""
        if not metric:
            return None
        i = self.norm.find(metric, start, end)
        return self.ix.written(i, i + len(metric)) if i >= 0 else metric

    def _strip(self, phrase: str) -> str:
        return self.strip_prefix.sub("", phrase.strip(_SPACES)).strip(_SPACES)

    def _metric(self, start: int, end: int, q_start: int, q_end: int, unit: str) -> str | None:
        after = self.norm[q_end:end].strip(_SPACES)
        if (unit in self.count_units or not unit) and after:
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
        before = self.goal_verb_tail.sub("", before).strip(_SPACES).removesuffix("的")
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
    seen: set[tuple[int, int]] = set()
    for scope in ix.scopes():
        if scope.year is None:
            continue  # 力争金融业增加值超450亿元 with no year in view: a goal, but no row of a 到20XX年 goal
        parts = [
            (s, e, first, skip if skip is not None and s <= skip[0] < e else None)
            for start, end, first, skip in reader.goal_parts(scope)
            for s, e in locate.split(start, end)
        ]
        for start, end, first, skip in parts:
            goal = reader.read(start, end, scope.year, first, skip, since=scope.start)
            if goal is None or (goal.start, goal.end) in seen:
                continue
            seen.add((goal.start, goal.end))
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
