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
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from parsers.bound_phrases import SPACES, ChainWord, PhraseBounds
from parsers.lexicon import Lexicon

_FLIP = {"above": "below", "below": "above", "reach": "below"}
_KIND_OF_DIRECTION = {"above": "min", "below": "max"}
_CHAIN_LIMIT = 8  # words in one chain; a longer run of chain words is not one bound
# compiled once: re.sub with an f-string looked the pattern up in re's cache at every bound read
_SPACE_CHAR = re.compile(f"[{SPACES}]")
# Inside a noun phrase a bound crosses, these say another amount or list is there.
REMARK_END = re.compile(r"[（()）]")  # the first bracket after an opening one: its close, or a nested opening
MAX_REMARK_GAP = (
    160  # … when what stands between two amounts is a bracketed remark (2亿元（交通运输、…、卫生）、1亿元)
)


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


class BoundReader(PhraseBounds):
    """Reads the bound of every number of one text (its normalized form, see context.TextIndex)."""

    def __init__(self, norm: str, lex: Lexicon, part_of: Callable[[int], tuple[int, int]]):
        self.norm = norm
        self.lex = lex
        self.words = lex.bounds
        self.part_of = part_of
        # a noun phrase a bound crosses ends in 的, in a period word (每月), or for a ratio in any Han character
        self._phrase_last = lex.bounds.phrase_last
        self._period_end = lex.bounds.period_end
        # pure in (norm, position): the money, ratio and goal readers ask again for the same numbers (26% of the
        # bounds, 58% of the chains repeat), so each is read once; a chain is a tuple, a Qualified is frozen
        self._chains: dict[int, tuple[ChainWord, ...]] = {}
        self._qualified: dict[tuple[int, int, bool], Qualified] = {}

    # -- the chain of words right before a number ----------------------------------------------
    def _chain_before(self, pos: int) -> tuple[ChainWord, ...]:
        found = self._chains.get(pos)
        if found is None:
            found = self._chains[pos] = self._read_chain(pos)
        return found

    def _read_chain(self, pos: int) -> tuple[ChainWord, ...]:
        norm, words = self.norm, self.words
        chain: list[ChainWord] = []
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
            chain.append(ChainWord(m.start(), m.end(), word, cls, value))
            pos = m.start()
        chain.reverse()
        return tuple(chain)

    def _limit_ends(self, pos: int) -> bool:
        """A limit word ends at ``pos`` (最高 before 达: the cap's copula, not 高达 'as much as')."""
        m = self.words.token_before.search(self.norm, max(0, pos - self.words.longest_word), pos)
        return m is not None and self.words.classes[m.group(0)][0] == "limit"

    @staticmethod
    def _read(chain: Sequence[ChainWord]) -> tuple[str | None, int | None, set[int]]:
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
        if chain and chain[-1].word in self.words.needs_copula:  # 准入限额1.5倍: a noun, not a cap
            chain = ()
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

    def _bracketed_limit(self, start: int) -> str | None:
        """额度上限（30万元）: a noun limit right before a bracket that opens with the number bounds it."""
        norm, words = self.norm, self.words
        if start < 2 or norm[start - 1] not in "（(":
            return None
        m = words.token_before.search(norm, max(0, start - 1 - words.longest_word), start - 1)
        return m.group(0) if m is not None and m.group(0) in words.noun_limits else None

    def _step(self, word: ChainWord) -> bool:
        """每超1亿元, 每超过500万元: a comparator right after a step mark names a step, not a bound."""
        q = word.start
        while q > 0 and self.norm[q - 1] in SPACES:
            q -= 1
        return q > 0 and self.norm[q - 1] in self.words.step_marks

    def _benchmark_figure(self, q_start: int, start: int, end: int, decisive: str | None) -> bool:
        """低于第三产业7.6%的增速, 高於全國5.5%的平均水平, 超过年初预定增14%的目标: a comparator, the name of what is
        compared with, then its figure and 的 with a rate or level (lexicon [bounds.adjacency] benchmark_after_pattern)."""
        words = self.words
        if (
            decisive is None
            or words.classes.get(decisive, ("",))[0] != "comparator"
            or words.benchmark_after is None
        ):
            return False
        at = self.norm.rfind(decisive, q_start, start)
        named = self.norm[at + len(decisive) : start] if at >= 0 else ""
        return (
            any("\u4e00" <= ch <= "\u9fff" for ch in named)
            and words.benchmark_after.match(self.norm, end) is not None
        )

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

    # -- the whole bound ---------------------------------------------------------------------------
    def qualify(self, start: int, end: int, is_ratio: bool = False) -> Qualified:
        """The bound of the number spanning [start, end): its surface, kind and qualifier words."""
        key = (start, end, is_ratio)
        found = self._qualified.get(key)
        if found is None:
            found = self._qualified[key] = self._qualify(start, end, is_ratio)
        return found

    def _qualify(self, start: int, end: int, is_ratio: bool) -> Qualified:
        q_start, before_kind, before_words, decisive = self._before(start, is_ratio)
        q_end, after_kind, after_word = end, None, None
        after = self.words.after_match.match(self.norm, end)
        remark = False
        if not after and end < len(self.norm) and self.norm[end] in "/／":
            # 12元/千克以内: the bound word stands after the unit the amount is per; the surface keeps both
            after = self.words.per_unit_after.match(self.norm, end)
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
        if before_kind is not None and not after and self._benchmark_figure(q_start, start, end, decisive):
            # 高于全国5%的GDP增速: the figure is the benchmark's own, which the comparison names; no bound of it
            q_start, before_kind, before_words = start, None, None
        share = None if after or not is_ratio else self.words.share_after_match.match(self.norm, end)
        if share:  # 四分之一强: a little more than a quarter
            after_word, q_end = share.group("q"), share.end()
            after_kind = self.words.share_after[after_word]
        if after:
            after_word = _SPACE_CHAR.sub("", after.group("q"))
            after_kind = self.words.after[after_word]
            q_end = end if remark else after.end("q")
        if before_kind is None and not after and not share:
            changed = self._changed(start)
            if changed is not None:
                before_kind, before_words = changed
        kind = after_kind if after_kind in ("min", "max") else (before_kind or "exact")
        qualifier = (before_words or "") + (after_word or "")
        reached = kind == "exact" and before_kind is None and self.reached(start)
        return Qualified(q_start, q_end, kind, qualifier or None, before_kind, after_kind, reached)


# ---------------------------------------------------------------------------- ranges and enumerations
