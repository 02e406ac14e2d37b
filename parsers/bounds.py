"""Bounds as a composition: what the words around a number say about the value it bounds.

A bound is not a word but a small phrase read from the words' classes in the lexicon
([bounds] in parsers/data/lexicon.toml):

    [limit] [copula] [hedge…] [negation [hedge…]] comparator [copula]  (noun phrase)  NUMBER  [mark] [after-word]
    最高      为       原则上     不得                 低于                 项目总投资的     30%     （含）   以上

* ``BoundReader.qualify`` walks back from the number over chain words (longest word first) and
  reads them forward: the comparator nearest the number decides, flipped by a negation right
  before it (不得低于 -> min, 原则上不高于 -> max, 未达到 -> max; 达到 alone sets no bound); without
  a bounding comparator the nearest limit decides (最高为 -> max, 上限 -> max, 至少 -> min). Grant
  words may stand between the chain and the number (每年最高补助100万元): the kind holds, the
  surface starts at the number.
* When nothing bounds the number directly, a comparator or limit earlier in the same comma part
  reaches it across a noun phrase (不超过项目总投资的30%, 额度不能超过每月1000元): a phrase without
  numbers, clause words (按, 部分, 给予 …) or enumeration marks, ending in 的 or made of period
  words (每月), or, for a ratio, a short bare noun phrase (不低于销售收入3%).
* A comparator right after a step mark (每超1亿元, 每超过500万元) names the step a payout is counted in:
  no bound, exact. A reach verb (达到5亿元) sets no bound either, but is remembered (``reached``): in an
  eligibility condition the value is the least that qualifies (amounts.py makes it min), and the plain
  amounts listed after it (首次达到5亿元、10亿元) share that reading.
* An after-word (以上, 以下, 以内 … also split by spaces: 以 上) with an optional inclusion mark
  ((含), (不含)) decides over the words before: 达到100亿元以上 is min.

parsers/bound_lists.py reads bounds across amounts: ``merge_ranges`` joins a lower bound and an upper bound written one after the other into one range
(1亿元（含）以上、5亿元（不含）以下; 1000万元及以上至5000万元; 一万元以上不足三万元). Bounds written
in the wrong order (50万元以上20万元以下) are a drafting slip: the range is still the span between
the two numbers, so low and high are put in order (low <= high always). ``Enumerations.spread``
hands a bound before the first amount of an enumeration to the amounts after it that have none
(分别给予最高300万元、100万元: both max).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from parsers.lexicon import Lexicon
from parsers.numbers import CN_SCALE_CHARS
from parsers.patterns import alternation

SPACES = " \t\u3000\u00a0"
_FLIP = {"above": "below", "below": "above", "reach": "below"}
_KIND_OF_DIRECTION = {"above": "min", "below": "max"}
_CHAIN_LIMIT = 8  # words in one chain; a longer run of chain words is not one bound
# Inside a noun phrase a bound crosses, these say another amount or list is there.
_COPULA_FIRST = re.compile("(?:为|是|可达)")
_NOUN_THEN_COPULA = re.compile("[\u4e00-\u9fff]{0,4}?(?:为|是)")
_SENTENCE_ENDS = ("。", "；", ";", "！", "？", "\n")
_MAX_PHRASE_REMARKS = 16  # characters of bracketed remarks a phrase may hold beyond its reach
_NOT_IN_PHRASE = frozenset("0123456789%、" + CN_SCALE_CHARS)
_NOT_IN_OF_PHRASE = _NOT_IN_PHRASE - {
    "、"
}  # …的 phrase: nouns listed in it (设备、软件等投资额的) are one noun
REMARK_END = re.compile(r"[（()）]")  # the first bracket after an opening one: its close, or a nested opening
MAX_REMARK_GAP = (
    160  # … when what stands between two amounts is a bracketed remark (2亿元（交通运输、…、卫生）、1亿元)
)
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def _build_granted_base(lex: Lexicon) -> re.Pattern:
    # a grant word, then the base a rate is granted on (给予实缴注册资本), or 按照 the base, then the grant word
    grants = alternation(lex.section("bounds")["bridges"])
    base = "[\u4e00-\u9fff]{1,12}"
    return re.compile(f"(?:可)?(?:(?:{grants}){base}|(?:按照|按){base}?(?:{grants}))")


def _granted_base(lex: Lexicon) -> re.Pattern:
    return lex.derived(_build_granted_base)


@dataclass(frozen=True)
class Qualified:
    start: int  # surface start, with the bound words before the number
    end: int  # surface end, with the after-word
    kind: str  # exact | max | min
    qualifier: str | None  # the bound words as written, without hedges and noun phrases
    before_kind: str | None
    after_kind: str | None
    reached: bool = False  # 达到5亿元: set by a reach verb, no bound of its own (see BoundReader.reached)


@dataclass
class Found:
    """A candidate number with its bound: a money amount or a ratio, before role and context."""

    start: int  # surface
    end: int
    core_start: int  # the number itself, without qualifiers
    core_end: int
    low: float | None
    high: float | None
    kind: str
    qualifier: str | None
    form: str = "money"  # money, or a RatioForm
    after_kind: str | None = None
    before_kind: str | None = None
    reached: bool = False  # 达到5亿元 (a condition makes it the least that qualifies: amounts.py)


def bounds_of(value: float, kind: str) -> tuple[float | None, float | None]:
    """(low, high) of one number under a kind: max has only a high, min only a low."""
    if kind == "max":
        return None, value
    if kind == "min":
        return value, None
    return value, value


def found_under(q: Qualified, core_start: int, core_end: int, value: float, kind: str | None = None) -> Found:
    """A money candidate whose number (``core_start``..``core_end``) reads ``value`` under its qualification ``q``:
    the surface and bounds from ``q`` (or from ``kind`` where the caller knows better, as 四百六十多亿元's min)."""
    kind = kind or q.kind
    low, high = bounds_of(value, kind)
    return Found(
        q.start, q.end, core_start, core_end, low, high, kind, q.qualifier,
        after_kind=q.after_kind, before_kind=q.before_kind, reached=q.reached,
    )  # fmt: skip


def finite(*values: float | None) -> bool:
    """Every value is a finite number or None (a 301-digit numeral times 亿 is not an amount)."""
    return all(v is None or math.isfinite(v) for v in values)


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    word: str
    cls: str  # negation | hedge | copula | bridge | comparator | limit
    value: str | None


class BoundReader:
    """Reads the bound of every number of one text (its normalized form, see context.TextIndex)."""

    def __init__(self, norm: str, lex: Lexicon, part_of: Callable[[int], tuple[int, int]]):
        self.norm = norm
        self.lex = lex
        self.words = lex.bounds
        self.part_of = part_of
        # a noun phrase a bound crosses ends in 的, in a period word (每月), or for a ratio in any Han character
        self._phrase_last = lex.bounds.phrase_last
        self._period_end = lex.bounds.period_end

    # -- the chain of words right before a number ----------------------------------------------
    def _chain_before(self, pos: int) -> list[_Word]:
        norm, words = self.norm, self.words
        chain: list[_Word] = []
        while len(chain) < _CHAIN_LIMIT:
            q = pos
            while q > 0 and norm[q - 1] in SPACES:
                q -= 1
            if q == 0 or norm[q - 1] not in words.last_chars:
                break
            m = words.token_before.search(norm, max(0, q - words.longest_word), q)
            if m is None:
                break
            word = m.group(0)
            blocked = words.blocked_after.get(word)
            if (
                blocked
                and m.start() > 0
                and norm[m.start() - 1] in blocked
                and not self._limit_ends(m.start())
            ):
                break  # 通过, 经过, 高达: a verb, not a comparator (最高达 is a limit and its copula)
            cls, value = words.classes[word]
            chain.append(_Word(m.start(), m.end(), word, cls, value))
            pos = m.start()
        chain.reverse()
        return chain

    def _limit_ends(self, pos: int) -> bool:
        """A limit word ends at ``pos`` (最高 before 达: the cap's copula, not 高达 'as much as')."""
        m = self.words.token_before.search(self.norm, max(0, pos - self.words.longest_word), pos)
        return m is not None and self.words.classes[m.group(0)][0] == "limit"

    @staticmethod
    def _read(chain: list[_Word]) -> tuple[str | None, int | None, set[int]]:
        """(kind, index of the deciding word, indexes of the kind-bearing words) of a chain."""
        bearing: set[int] = set()
        kind = decisive = None
        for i, w in enumerate(chain):
            if w.cls == "limit":
                bearing.add(i)
            elif w.cls == "comparator":
                j = i - 1
                while j >= 0 and chain[j].cls == "hedge":
                    j -= 1
                negated = j >= 0 and chain[j].cls == "negation"
                if w.value == "reach" and not negated:
                    continue  # 达到100亿元: a verb that sets, not a bound
                bearing.add(i)
                if negated:
                    bearing.add(j)
        for i in sorted(bearing, reverse=True):
            w = chain[i]
            if w.cls == "limit":
                kind, decisive = w.value, i
                break
            if w.cls == "comparator":
                j = i - 1
                while j >= 0 and chain[j].cls == "hedge":
                    j -= 1
                direction = w.value
                if j >= 0 and chain[j].cls == "negation":
                    direction = _FLIP[direction]
                kind, decisive = _KIND_OF_DIRECTION[direction], i
                break
        return kind, decisive, bearing

    def _before(self, start: int, is_ratio: bool) -> tuple[int, str | None, str | None, str | None]:
        """(surface start, kind, qualifier, deciding word) from the words before the number at ``start``."""
        bracketed = self._bracketed_limit(start)
        if bracketed is not None:
            return start, self.words.classes[bracketed][1], bracketed, bracketed
        chain = self._chain_before(start)
        if chain and (
            (is_ratio and chain[-1].word in self.words.money_only)  # 近三成: about, no bound
            or chain[-1].word in self.words.needs_copula  # 准入限额1.5倍: a noun, not a cap
        ):
            chain = []
        kind, decisive, bearing = self._read(chain) if chain else (None, None, set())
        if kind is not None and self._step(chain[min(bearing)]):
            return start, None, None, None  # 每超1亿元: the step a payout is counted in, exact
        if kind is None:
            across = self._across_phrase(start, is_ratio)
            return across if across[1] is not None else self._named_amount(start, across)
        bridges = [i for i, w in enumerate(chain) if w.cls == "bridge"]
        last_bridge = bridges[-1] if bridges else -1
        if decisive is not None and decisive < last_bridge:
            # 每年最高补助100万元: the bound holds across the grant word, which stays out of the surface
            words = "".join(chain[i].word for i in sorted(bearing) if i < last_bridge)
            return start, kind, words, chain[decisive].word
        first = min(i for i in bearing if i > last_bridge)
        words = "".join(w.word for w in chain[first:] if w.cls != "hedge")
        return chain[first].start, kind, words, chain[decisive].word if decisive is not None else None

    def _named_amount(self, start: int, none: tuple) -> tuple[int, str | None, str | None, str | None]:
        """单个企业最高补助金额可达500万元, 最高奖补额度为：区级5万元: a limit over a grant named as an amount bounds the
        number after the copula; the surface keeps the number only (the limit stands apart from it)."""
        pattern = self.words.named_amount
        if pattern is None:
            return none
        # the label after a colon stands in a part of its own: the window is the sentence's, not the part's
        lo = max(0, start - self.words.phrase_reach)
        lo = max(lo, *(self.norm.rfind(mark, lo, start) + 1 for mark in _SENTENCE_ENDS))
        m = pattern.search(self.norm, lo, start)
        if m is None:
            return none
        limit = m.group("limit")
        return start, self.words.classes[limit][1], limit, limit

    def _bracketed_limit(self, start: int) -> str | None:
        """额度上限（30万元）: a noun limit right before a bracket that opens with the number bounds it."""
        norm, words = self.norm, self.words
        if start < 2 or norm[start - 1] not in "（(":
            return None
        m = words.token_before.search(norm, max(0, start - 1 - words.longest_word), start - 1)
        return m.group(0) if m is not None and m.group(0) in words.noun_limits else None

    def _step(self, word: _Word) -> bool:
        """每超1亿元, 每超过500万元: a comparator right after a step mark names a step, not a bound."""
        q = word.start
        while q > 0 and self.norm[q - 1] in SPACES:
            q -= 1
        return q > 0 and self.norm[q - 1] in self.words.step_marks

    def reached(self, start: int) -> bool:
        """达到5亿元, 满100万元: a reach verb (no negation) right before the number; it sets the value, and in
        an eligibility condition the value is the least that qualifies."""
        chain = self._chain_before(start)
        for i in range(len(chain) - 1, -1, -1):
            w = chain[i]
            if w.cls in ("limit", "negation") or (w.cls == "comparator" and w.value != "reach"):
                return False
            if w.cls == "comparator":
                j = i - 1
                while j >= 0 and chain[j].cls == "hedge":
                    j -= 1
                return not (j >= 0 and chain[j].cls == "negation") and not self._step(w)
        return False

    # -- a bound across a noun phrase -------------------------------------------------------------
    def _across_phrase(self, start: int, is_ratio: bool) -> tuple[int, str | None, str | None, str | None]:
        norm, words = self.norm, self.words
        none = (start, None, None, None)
        q = start
        while q > 0 and norm[q - 1] in SPACES:
            q -= 1
        if q == 0 or not (
            norm[q - 1] in self._phrase_last or (is_ratio and "\u4e00" <= norm[q - 1] <= "\u9fff")
        ):
            return none
        part_start = self.part_of(start)[0]
        # a bracketed remark inside the phrase (利率（LPR）的) does not count toward the reach
        lo = max(part_start, start - words.phrase_reach - _MAX_PHRASE_REMARKS)
        found = list(words.phrase_word.finditer(norm, lo, start))
        last = None
        while found:
            last = found.pop()
            phrase = norm[last.end() : start]
            if len(BRACKETED.sub("", phrase)) > words.phrase_reach:
                return none
            cls, value = words.classes[last.group(0)]
            capped = "部分" in phrase and cls == "comparator"
            if capped:
                chain = [*self._chain_before(last.start())]
                capped = bool(chain) and chain[-1].cls == "negation"
            if is_ratio and cls == "limit" and _granted_base(self.lex).fullmatch(phrase.strip(SPACES)):
                break  # 最高给予注册资本3%, 最高按照国拨经费给予1:1: the cap of the rate granted on a base
            if not self._noun_phrase(BRACKETED.sub("", phrase), is_ratio, capped):
                return none  # a bracketed remark (额度上限（30万元）之和的) is no part of the phrase's words
            if cls == "comparator" and phrase.strip(SPACES).removesuffix("的") in words.noun_after:
                last = None  # 超出额0.5%, 超过部分的10%: the excess amount, a noun
                continue
            if cls != "limit" or self._limit_reaches(last.group(0), phrase):
                break
            # 按最低工资标准的90%, 最低生活保障标准为…: 最低 names a noun, it bounds nothing; a comparator before
            # the noun still may (低于招标项目最高限价百分之八十五, 不低于当地最低工资80%)
            last = None
        if last is None:
            return none
        chain = [*self._chain_before(last.start())]
        chain.append(_Word(last.start(), last.end(), last.group(0), cls, value))
        kind, decisive, bearing = self._read(chain)
        if kind is None:
            return none
        first = min(bearing)
        words_ = "".join(w.word for w in chain[first:] if w.cls != "hedge")
        return chain[first].start, kind, words_, chain[decisive].word if decisive is not None else None

    def _limit_reaches(self, limit: str, phrase: str) -> bool:
        """A limit crosses a phrase that opens with a copula (最高为…每户), is made of period words (最高每户), or,
        for a noun limit, has a copula after a short noun (费用限额标准为职工参保人员每人每天)."""
        phrase = phrase.strip(SPACES)
        if self.lex.period.fullmatch(phrase):
            return True
        opening = _NOUN_THEN_COPULA if limit in self.words.noun_limits else _COPULA_FIRST
        return opening.match(phrase) is not None

    def _noun_phrase(self, phrase: str, is_ratio: bool, capped: bool = False) -> bool:
        """``capped``: the bound is a negated comparator (不超过), whose phrase may name a part of a base (不超过增量
        部分的1%: at most 1% of the increase); a plain 超过 before 部分 names the excess, no bound of the rate."""
        phrase = phrase.strip(SPACES)
        # nouns listed in a …的 phrase or before a share (不超过设备、软件等投资额20%) are one noun
        banned = _NOT_IN_OF_PHRASE if phrase.endswith("的") or is_ratio else _NOT_IN_PHRASE
        if not phrase or any(ch in banned for ch in phrase):
            return False
        checked = phrase.removesuffix("部分的") if capped else phrase
        if self.words.phrase_stops.search(checked) or self.words.phrase_time_end.search(phrase):
            return False
        if phrase.endswith("的"):
            return True  # 不超过项目总投资的30%
        if self._period_end.search(phrase):
            return True  # 不能超过每月1000元, 限额标准为职工参保人员每人每天120元
        return is_ratio and len(phrase) <= 12 and "的" not in phrase  # 不低于销售收入3%

    def _object_follows(self, end: int) -> bool:
        """A noun right after the quantity (百项前沿技术), not a boundary, 的 or a space."""
        norm = self.norm
        return (
            end < len(norm)
            and "\u4e00" <= norm[end] <= "\u9fff"
            and norm[end] != "的"
            and not norm.startswith(self.words.verb_object_not, end)
        )

    def _changed(self, start: int) -> tuple[str, str] | None:
        """最高补贴额由1000元提高到1500元: the limit before 由/从 bounds the old value and the new one; the surface
        keeps the number only (the limit stands apart from it). (kind, limit word) or None."""
        words = self.words
        if words.change_old is None or words.change_new is None:
            return None
        part_start = self.part_of(start)[0]
        lo = max(part_start, start - words.phrase_reach - 24)
        for pattern in (words.change_old, words.change_new, words.change_direct, words.change_from_limit):
            if pattern is None:
                continue
            m = None
            for m in pattern.finditer(self.norm, lo, start):  # noqa: B007
                pass
            if m is not None:
                limit = m.group("limit")
                return self.words.classes[limit][1], limit
        return None

    # -- the whole bound ---------------------------------------------------------------------------
    def qualify(self, start: int, end: int, is_ratio: bool = False) -> Qualified:
        """The bound of the number spanning [start, end): its surface, kind and qualifier words."""
        q_start, before_kind, before_words, decisive = self._before(start, is_ratio)
        q_end, after_kind, after_word = end, None, None
        after = self.words.after_match.match(self.norm, end)
        remark = False
        if not after and end < len(self.norm) and self.norm[end] in "（(":
            # 5000万元（居民服务、修理和其他服务业）及以上: the after-word stands behind a bracketed remark; the
            # bound still holds, the surface keeps the number only (the remark is no qualifier)
            close = REMARK_END.search(self.norm, end + 1, min(len(self.norm), end + MAX_REMARK_GAP))
            if close is not None and close.group(0) in "）)":
                after = self.words.after_match.match(self.norm, close.end())
                remark = after is not None
        if decisive in self.words.verb_with_object and not after and self._object_follows(end):
            # 突破百项前沿关键核心技术: a verb with its object (make breakthroughs in 100 technologies)
            q_start, before_kind, before_words = start, None, None
        if after:
            after_word = re.sub(f"[{SPACES}]", "", after.group("q"))
            after_kind = self.words.after[after_word]
            q_end = end if remark else after.end("q")
        if before_kind is None and not after:
            changed = self._changed(start)
            if changed is not None:
                before_kind, before_words = changed
        kind = after_kind if after_kind in ("min", "max") else (before_kind or "exact")
        qualifier = (before_words or "") + (after_word or "")
        reached = kind == "exact" and before_kind is None and self.reached(start)
        return Qualified(q_start, q_end, kind, qualifier or None, before_kind, after_kind, reached)


# ---------------------------------------------------------------------------- ranges and enumerations
