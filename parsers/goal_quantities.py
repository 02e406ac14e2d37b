"""The quantities of a goal part: which numbers with a unit count as a goal's value, and how they read.

``GoalQuantities`` finds the quantities of a part (not a trap, not a name in quotation marks, not an amount that
says which things count, no 一 that is an article), splits an enumeration into its goals, and tells an amount that
says whom a grant is for. How each quantity reads (unit, scale, value, a range's lower bound) is its mixin
parsers.goal_values.GoalValues; the bound a list or a limit adverb on the goal's verb lends a bare quantity is
parsers.goal_bounds.GoalBounds. parsers/targets.py reads goal statements on top of it.
"""

from __future__ import annotations

import re

from parsers.bounds import SPACES as _SPACES
from parsers.candidates import number_value
from parsers.clause_tense import hedge_cues
from parsers.context import TextIndex
from parsers.doubling import join_doublings, word_multiples
from parsers.goal_attributes import counted_by_modifier, item_of_measures
from parsers.goal_bounds import GoalBounds
from parsers.goal_people import counts_people_before
from parsers.goal_quotes import quotes_a_goal
from parsers.goal_values import LEADING_SCALES, GoalValues
from parsers.goal_words import goal_words
from parsers.goal_year_measures import year_measures
from parsers.match_starts import finditer, spans
from parsers.patterns import alternation, before_spaces
from parsers.percent_words import PercentWord
from parsers.placeholders import blank_numeral

_GRANTEE_CHARS = 6  # 的 and the noun after it at a part's end (…的企业, …的新型研发机构)
_PARALLEL_LEAD = 2  # 全面建成A、全面建成B: parallel clauses open with at least this many characters alike


def _doubling(lex) -> re.Pattern:
    return re.compile(alternation(lex.section("targets")["doubling_words"]))


def _multiple_words(lex) -> tuple[str, ...]:
    return tuple(lex.section("targets")["word_multiples"])


def _multiple_of_base(lex) -> re.Pattern:
    return re.compile(lex.section("targets")["multiple_of_base_pattern"])


def _applied_standard(lex) -> tuple[re.Pattern, re.Pattern]:
    t = lex.section("targets")
    return re.compile(t["applied_standard_lead_pattern"]), re.compile(t["applied_standard_tail_pattern"])


def _listed_sizes(lex) -> re.Pattern:
    """、/或者/和 and more sizes up to the 的 of the modifier they all stand in (…超过800万人次或者…超过30亿元的): the
    lexicon's listed_sizes_pattern, its {joiners} goal_joiners with listed_size_joiners."""
    t = lex.section("targets")
    joiners = alternation([*t["goal_joiners"], *t["listed_size_joiners"]])
    return re.compile(t["listed_sizes_pattern"].replace("{joiners}", joiners))


class GoalQuantities(GoalValues, GoalBounds):
    def __init__(self, index: TextIndex):
        self.ix = index
        self.lex = index.lex
        self.norm = index.norm
        w = self._w = goal_words(self.lex)
        ratios = self.lex.section("ratios")
        self.slash_marks = frozenset(ratios["slash_marks"])
        self.slash_limit = int(ratios["slash_max_denominator"])
        self.goal_verb_any = w.goal_verb_any
        self.bare_attributive = w.bare_attributive
        self._quantity_cache: dict[tuple[int, int], list[re.Match]] = {}
        self._unit_scales = {}  # GoalValues.unit_scale's answers, by match
        self._list_ends: dict[tuple[int, int], re.Match | None] = {}  # GoalBounds.trailing_bound's walks
        self._first_quantities: dict[int, re.Match | None] = {}  # GoalBounds.verb_bound's, by part
        self._joins = w.joins
        self._join_before = re.compile(f"(?:{w.joins.pattern})\\Z")
        self._percent = ratios["percent_signs"][0]
        self._multiple = ratios["multiple_word"]
        self._hundred = frozenset(ratios["hundredths_denominators"])  # 百分之: a share in %
        self._hundredths = ratios["fraction_infix"]
        self._per_mille = dict(ratios["per_mille_denominators"])  # 千分之: a share in ‰

    def join_doublings(self, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """研发投入翻一番，达到3亿元: a doubling part and the part stating the figure reached are one goal
        (parsers.doubling)."""
        if parts and not self._names_a_multiple(min(s for s, _ in parts), max(e for _, e in parts)):
            # no doubling word in the parts: parsers.doubling splits and joins only at one of its matches, each a
            # word of [targets] word_multiples with no more than a look-ahead after it, so the parts come back as
            # they are (found with str.find, where the pattern would be run three times over every part)
            return list(parts)
        return join_doublings(self.lex, self.norm, parts, self.figures)

    def _names_a_multiple(self, start: int, end: int) -> bool:
        """A word of [targets] word_multiples (翻一番, 倍增 …) stands whole inside norm[start:end]."""
        return any(self.norm.find(word, start, end) >= 0 for word in self.lex.derived(_multiple_words))

    def _doubled(self, m: re.Match) -> bool:
        """The number is the 一倍 of a doubling word (增加一倍): no value of its own."""
        doubling = self.lex.derived(_doubling)
        return any(
            d.start() <= m.start() and m.end() <= d.end()
            for d in doubling.finditer(self.norm, max(0, m.start() - 4), m.end() + 2)
        )

    def multiple_of_base(self, m: re.Match) -> bool:
        """是2020年的3倍, 相当于上年的两倍: a multiple of a base named before it in its part compares, no goal's value."""
        if self.unit_scale(m)[0] != self._multiple:
            return False
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        lead = self.lex.derived(_multiple_of_base)
        return lead.search(self.norm, self.ix.part(m.start())[0], number_start) is not None

    def applied_standard(self, m: re.Match) -> bool:
        """按照每户不少于20平方米的标准: the figure of a standard to apply, in its part, no goal's value."""
        lead, tail = self.lex.derived(_applied_standard)
        part_start, part_end = self.ix.part(m.start())
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        return (
            lead.search(self.norm, part_start, number_start) is not None
            and tail.match(self.norm, m.end(), part_end) is not None
        )

    def _in_trap(self, start: int, end: int) -> bool:
        # by trap_skipping: the engine skips to the trap words' first characters (speed27)
        window = spans(self.lex.trap, self.lex.trap_skipping, self.norm, max(0, start - 8), end + 8)
        return any(s < end and start < e for s, e in window)

    # -- parts -----------------------------------------------------------------------------------

    def quantities(self, start: int, end: int) -> list[re.Match]:
        key = (start, end)
        if key not in self._quantity_cache:
            self._quantity_cache[key] = self._find_quantities(start, end)
        return self._quantity_cache[key]

    def _find_quantities(self, start: int, end: int) -> list[re.Match]:
        # 比基年翻一番: a doubling word is the quantity of a part with no other, 2 倍, unless a figure reached stands
        # beside it (parsers.doubling); 受教育年限达到11.8年: a figure in years after a metric naming a length in
        # years (parsers.goal_year_measures)
        return (
            self.figures(start, end)
            or [
                m
                for m in word_multiples(self.lex, self.norm, start, end, self.figures)
                if not self._quoted(m, start, end)
            ]
            or [m for m in year_measures(self.lex, self.norm, start, end) if self.value(m) is not None]
        )

    def figures(self, start: int, end: int) -> list[re.Match]:
        """The numbers of norm[start:end] that are a goal's quantities (no doubling word, no length in years)."""
        # 新增就业○○万人: a numeral left blank is no figure (parsers.placeholders)
        found: list = [
            m
            for m in finditer(self.lex.target_quantity, self.norm, start, end)
            if not (m.group("n") and blank_numeral(self.lex, m.group("n")))
        ]
        if self.norm.find(self._hundredths, start, end) >= 0:
            # 增长百分之九: a share written in words is a goal's quantity in % like 9%
            # 控制在千分之四点五以内: thousandths are a goal's quantity in ‰ like 4.5‰
            words = []
            for m in finditer(self.lex.per_fraction, self.norm, start, end):
                den = m.group("den")
                if m.group("n2") or m.group("k"):
                    continue
                if den in self._hundred or den in self._per_mille:
                    words.append(
                        PercentWord(m, self._percent if den in self._hundred else self._per_mille[den])
                    )
                elif (share := self._share(den, m.group("n"))) is not None:
                    words.append(PercentWord(m, self._percent, share))  # 占比达到三分之一: 33.3%
            found = sorted(found + words, key=lambda m: m.start())
        return [
            m
            for m in found
            if not self._in_trap(m.start(), m.end())
            and self.value(m) is not None
            and not self._qualifies_noun(m)
            and not self._quoted(m, start, end)
            and not self._doubled(m)
            and (m.group("bare") is None or self._reached(m, start))
            and not self._article(m)
        ]

    def _article(self, m: re.Match) -> bool:
        """形成一套…体系, 建成一个…中心: 一 and a measure word before a noun is its article, not a count of one (the goal
        is stated without a number); 一万家, 十一个 and a bounded 一 (至少一个, 一个以上) count."""
        if m.group("n") not in self._w.article_numerals or m.group("s") or m.group("n1"):
            return False
        if self.unit_scale(m)[0] not in self._w.count_units:
            return False
        q = self.ix.qualify(m.start("n"), m.end())
        return (
            q.qualifier is None
            and self._w.verb_bound.search(self.norm, max(0, m.start() - 14), m.start()) is None
        )

    def _share(self, den: str, num: str) -> float | None:
        """三分之一, 四分之三: a proper fraction of a denominator up to the slash limit, as a share of one (None
        otherwise: 百分之/千分之 are read as % and ‰; 十二分之十三 is no share)."""
        d, n = number_value(den), number_value(num)
        if d is None or n is None or d != int(d) or n != int(n) or not 0 < n < d <= self.slash_limit:
            return None
        return n / d

    def _reached(self, m: re.Match, start: int) -> bool:
        """A number with no unit (缩小到1.9以内) is a goal's value only right after a verb of reaching or a bound
        (年接待人次大于等于300万, 不低于300万), or right after the people it counts (城镇新增就业70万)."""
        number_start = before_spaces(self.norm, start, m.start("n1") if m.group("n1") else m.start("n"))
        window = (self.norm, max(start, number_start - 6), number_start)
        return (
            self._w.goal_verb_tail.search(*window) is not None
            or self._w.bound_tail.search(*window) is not None
            or counts_people_before(self.lex, *window)  # 城镇新增就业70万 (parsers.goal_people)
        )

    def _quoted(self, m: re.Match, start: int, end: int) -> bool:
        """初步建成“三种类型”冠军产业: a numeral inside quotation marks is part of a name, not a quantity."""
        # the quotation may hold a list the goal is split at (形成“1个3000亿元、3个1000亿元”产业雁阵): look over the part
        norm = self.norm
        opening = norm.rfind("“", start, m.start())
        if opening < 0:
            part_start = self.ix.part(m.start())[0]
            opening = norm.rfind("“", part_start, start) if part_start < start else -1
        if (
            opening < 0
            or norm.find("”", opening, m.start()) >= 0
            or quotes_a_goal(norm, opening, self.ix.lex)
        ):
            return False
        closing = norm.find("”", m.end(), max(end, self.ix.part(m.end())[1]))
        if closing < 0:
            return False
        # 定格“6%左右”: a figure quoted alone (its hedge aside) is the figure, no name
        tail = norm[m.end() : closing].strip()
        alone = not norm[opening + 1 : m.start()].strip() and (not tail or tail in hedge_cues(self.ix.lex))
        return not alone

    def _qualifies_noun(self, m: re.Match) -> bool:
        """产值过1000亿元的企业实现“破零”, 超500亿元的5个: an amount that says which things count is their threshold,
        not the goal's value (money only: 培育100家以上的专精特新企业 counts its noun); so is one that names a class of
        things (千亿元级产业集群)."""
        if "元" not in self.unit_scale(m)[0]:
            return False
        number_start = m.start("n1") if m.group("n1") else m.start("n")
        q = self.ix.qualify(number_start, m.end())
        after = q.end
        # 千亿元级产业集群: the amount names a class of things (达到千亿元级 is a level reached)
        names_class = self._w.amount_class_after.match(self.norm, m.end()) is not None
        if names_class and not self._w.amount_class_reach_before.search(
            self.norm, max(0, m.start() - 4), m.start()
        ):
            return True
        if self.lex.attributive_tail.match(self.norm, after) is not None:
            return True
        if (
            q.kind in ("min", "max")
            and self._w.bounded_modifier.match(self.norm, after) is not None
            and not item_of_measures(
                self.norm, self.ix.part(m.start())[0], m, self.lex.target_quantity.finditer
            )
        ):
            return True  # 超8亿元的县全覆盖: a bounded amount before 的 and a noun says which things, not how much
        if q.kind in ("min", "max"):
            # 年产值10亿元以上制造业企业100家, 营业收入超百亿元企业10家: a bounded amount, a noun it qualifies, then the
            # count of the goal
            head = self.bare_attributive.match(self.norm, after)
            if head is not None:
                counted = self.lex.target_quantity.match(self.norm, head.end())
                if counted is not None and "元" not in self.unit_scale(counted)[0]:
                    return True
        # 年营业收入超1000亿元的2个: the amount says which things the count after it counts; so does a bound amount the
        # count follows at once (其中过5000亿元1个)
        if q.kind in ("min", "max") and self._count_at(after):
            return True
        return self.ix.counted_after(after) or self.ix.coordinated_modifier(after)

    def _count_at(self, pos: int) -> bool:
        """A count of things (1个, 3家) right at pos."""
        counted = self.lex.target_quantity.match(self.norm, pos)
        return counted is not None and self.unit_scale(counted)[0] in self._w.count_units

    def batch_attribute(self, start: int, m: re.Match) -> bool:
        """A quantity inside the 的-modifier of a noun counted as 一批 (一批…超1亿元的村), or a bare scale word sizing
        the noun after it there (一批百亩示范田、千亩攻关田: fields of a hundred mu, a class of things, no quantity)."""
        part_start, part_end = self.ix.part(m.start())
        before = self.norm[min(start, part_start) : m.start()]  # 一批A、千亩B: A's 一批 counts B
        batch = max((before.rfind(w) for w in self.lex.section("targets")["batch_count_words"]), default=-1)
        if batch < 0 or "的" in before[batch:]:
            return False
        sizes_noun = (
            m.group("n") in LEADING_SCALES and "\u4e00" <= self.norm[m.end() : m.end() + 1] <= "\u9fff"
        )
        # 一批产值超过10亿元椰子加工龙头企业: the amount sizes the noun after it, which 一批 counts
        sized = "元" in self.unit_scale(m)[0] and self._w.sized_noun.match(self.norm, m.end()) is not None
        # 多个年客运量超过800万人次或者年营业收入超过30亿元的公司: the modifier's 的 after a list of sizes
        listed = self.lex.derived(_listed_sizes).match(self.norm, m.end(), part_end) is not None
        return self.norm.startswith("的", m.end()) or sizes_noun or sized or listed

    def condition_of_grant(self, start: int, end: int) -> bool:
        """…至2026年底不超过500万元的，给予20万元奖励: a part ending in 的 before a grant in its sentence is the grant's
        condition, whatever figure it holds."""
        return self.norm[start:end].rstrip(_SPACES).endswith("的") and self.grant_condition(start, end)

    def grant_condition(self, start: int, end: int) -> bool:
        """The part names whom a grant later in its sentence is for (…完成申报的企业，给予一次性奖励): it ends in a noun
        its 的-modifier qualifies, and a grant cue follows in the sentence."""
        text = self.norm[start:end].rstrip(_SPACES)
        if "的" not in text[-_GRANTEE_CHARS:]:
            return False
        return self.lex.ratio_subsidy_cue.search(self.norm, end, self.ix.full_sentence(start)[1]) is not None

    def modifier_amount(self, goal_start: int, m: re.Match) -> bool:
        """An amount inside the 的-modifier of things a goal counts (引进4家年纳税超2000万元的总部: 4家 is the goal, the
        amount says which offices count; parsers.goal_attributes)."""
        return counted_by_modifier(
            self.norm,
            goal_start,
            self.ix.part(m.start())[1],
            m,
            self.quantities,
            lambda q: "元" in self.unit_scale(q)[0],
            lambda q: self.unit_scale(q)[0] in self._w.count_units,
            lambda a, b: list(finditer(self.lex.target_quantity, self.norm, a, b)),
        )

    # -- one part --------------------------------------------------------------------------------

    def _split_enumeration(self, start: int, end: int) -> list[tuple[int, int]]:
        """建设160个省重点实验室、30个省技术创新中心 -> two goals; 选拔40名科技副总、科技特派员… stays one."""
        pieces, s = [], start
        for m in self._joins.finditer(self.norm, start, end):
            if _open_bracket(self.norm, s, m.start()):
                continue  # 超200亿元的县（市、区）达50个: a join inside brackets lists what the noun covers
            pieces.append((s, m.start()))
            s = m.end()
        pieces.append((s, end))
        if len(pieces) == 1:
            return pieces
        if self._parallel(pieces):
            return pieces  # 全面建成A、全面建成B: each clause is a goal of its own
        # one pass: a piece joins the goal before it unless both hold a quantity
        out = [pieces[0]]
        counted = bool(self.quantities(*pieces[0]))
        for s, e in pieces[1:]:
            # 5个A、B的营业收入过500亿元的园区: an amount of a modifier is no goal of its own to split at
            has = any(not self.modifier_amount(start, q) for q in self.quantities(s, e))
            if counted and has:
                out.append((s, e))
            else:
                out[-1] = (out[-1][0], e)
                counted = counted or has
        return out

    def _parallel(self, pieces: list[tuple[int, int]]) -> bool:
        """全面建成A、全面建成B、全面建成C: clauses joined by 、 that open with the same words and hold a goal verb each,
        no quantity among them."""
        norm = self.norm
        lead = norm[pieces[0][0] : pieces[0][0] + _PARALLEL_LEAD]
        return (
            len(lead) == _PARALLEL_LEAD
            and all(norm.startswith(lead, s) and self.goal_verb_any.search(norm, s, e) for s, e in pieces)
            and not any(self.quantities(s, e) for s, e in pieces)
        )


def _open_bracket(norm: str, start: int, pos: int) -> bool:
    """A bracket opened in norm[start:pos] is still open at pos (县（市、区: the 、 lists inside it)."""
    depth = 0
    for ch in norm[start:pos]:
        if ch in "（(":
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
    return depth > 0
