"""Candidate numbers: numerals as matched, and the money amounts of a text with their bounds.

Candidates come from the lexicon's compiled patterns, scanned only around a cheap anchor
(元, ￥, 人民币 …: ``lexicon.anchored``); each is read with its bound (parsers/bounds.py). Ratio
candidates are in parsers/ratios.py; roles and context in parsers/roles.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from parsers.anchors import anchor_hits, anchored
from parsers.bare_money import bare_amounts
from parsers.bound_lists import Enumerations, capped_lists, drop_inclusion_echoes, merge_ranges
from parsers.bounds import Found, finite, found_under
from parsers.context import TextIndex
from parsers.floor_pairs import floor_pairs
from parsers.match_starts import spans
from parsers.numbers import parse_number
from parsers.patterns import RAW_LINE_SPACES, alternation
from parsers.placeholders import blank_numeral, masked_before
from parsers.unitless_bounds import unitless_bounds

_CN_FIX = str.maketrans({"點": "点", "兩": "两", "萬": "万", "億": "亿", "○": "〇"})


@lru_cache(maxsize=2048)
def number_value(raw: str) -> float | None:
    """The value of a numeral as matched (Arabic with separators, or Chinese); None when it is not
    one or not finite (a 310-digit run overflows to inf). Cached: the goal and amount readers ask it
    ~15 times a text, mostly of the same few numerals (10, 5, 100: 648 distinct in 14,405 calls)."""
    value: float | None = None
    if raw.isascii():
        try:
            value = float(raw.replace(",", "").replace(" ", "").replace("\t", ""))
        except ValueError:
            value = None
    if value is None:
        raw = re.sub(f"[{RAW_LINE_SPACES}]", "", raw).replace("，", ",").translate(_CN_FIX)
        try:
            value = float(parse_number(raw))
        except (ValueError, KeyError, OverflowError):
            return None
    return value if finite(value) else None


_APPROX_PAIR = re.compile(r"^([一二三四五六七八九])([一二三四五六七八九])([十百千万])([万亿])?$")
_APPROX_SOME = re.compile(r"^(?:[几数]([十百千])|十几)([万亿])?$")
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000, "万": 1e4, "亿": 1e8}


def approximate_bounds(raw: str) -> tuple[float, float] | None:
    """三五百 -> (300, 500), 几十万 -> (1e5, 1e6), 十几 -> (10, 20): the bounds of an approximate numeral."""
    raw = raw.translate(_CN_FIX)
    m = _APPROX_PAIR.match(raw)
    if m:
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        unit = _UNIT_VALUE[m.group(3)] * _UNIT_VALUE.get(m.group(4) or "", 1)
        return (low * unit, high * unit) if high == low + 1 or (low, high) == (3, 5) else None
    m = _APPROX_SOME.match(raw)
    if m:
        scale = _UNIT_VALUE.get(m.group(2) or "", 1)
        if m.group(1):
            unit = _UNIT_VALUE[m.group(1)]
            return unit * scale, unit * 10 * scale
        return 10 * scale, 20 * scale
    return None


def is_approximate(raw: str) -> bool:
    return approximate_bounds(raw) is not None


def _trailing_scale(raw: str) -> float:
    """万 or 亿 at the end of a Chinese numeral (两千万 -> 1e4): what a bare first bound borrows."""
    raw = raw.translate(_CN_FIX)
    if raw.endswith("亿"):
        return 1e8
    if raw.endswith("万"):
        return 1e4
    return 1.0


# an address or percent-encoded text (%E3%80…) is near one of these: the trap patterns are tried only around them
_ADDRESS_ANCHOR = re.compile(r"@|://|www\.|%[0-9A-Fa-f]{2}")


def _numeral_scale_words(lex) -> tuple[frozenset[str], tuple[str, ...], re.Pattern, re.Pattern]:
    """百亿元, 千亿元: the scales that hold their numeral, the words of a vague many before them, what after them names a
    class (千亿元级, or a list's last: 千亿元、20个百亿元级) and what names no amount (…台阶, …地区生产总值); built once
    per lexicon."""
    money = lex.section("money")
    scales = sorted(money["numeral_scales"], key=len, reverse=True)
    units = alternation(money["units"])
    next_in_list = f"(?:{money['numeral_scale_list_joint_pattern']}(?:{alternation(scales)})(?:{units}))"
    return (
        frozenset(scales),
        tuple(money["numeral_scale_not_after"]),
        re.compile(f"{next_in_list}*{money['numeral_scale_class_pattern']}"),
        re.compile(money["numeral_scale_no_amount_pattern"]),
    )


def _weak_money_nouns(lex) -> re.Pattern:
    """块 then a payment's noun (奖励600块现金, 80块通讯补助): money after digits, no count of things. Built once
    per lexicon: joined, escaped and looked up in re's cache for every text, it cost ~2% of the amounts."""
    money = lex.section("money")
    return re.compile(
        f"[\u4e00-\u9fff]{{0,{int(money['weak_unit_money_reach'])}}}?(?:"
        + "|".join(map(re.escape, money["weak_unit_money_nouns"] + lex.section("roles")["subsidy_cues"]))
        + ")"
    )


def _weak_count_nouns(lex) -> tuple[tuple[str, ...], int]:
    money = lex.section("money")
    return tuple(money["weak_unit_count_nouns"]), int(money["weak_unit_count_reach"])


class Candidates:
    """Finds the money and ratio candidates of one text; shared checks (traps, ordinals) live here."""

    def __init__(self, index: TextIndex):
        self.ix = index
        self.lex = index.lex
        self.norm = index.norm
        money = self.lex.section("money")
        self.weak_unit = money["weak_unit"]
        self.weak_followers = tuple(money["weak_unit_followers"])
        self.more_marks = tuple(money["more_marks"])
        (
            self.numeral_scales,
            self.numeral_scale_not_after,
            self.numeral_class,
            self.numeral_no_amount,
        ) = self.lex.derived(_numeral_scale_words)
        self.weak_money_nouns = self.lex.derived(_weak_money_nouns)
        self.unit_traps = tuple(money["unit_trap_followers"])
        self.joiners = tuple(self.lex.section("ranges")["dashes"])
        self.label_nouns = tuple(self.lex.section("ranges")["label_nouns"])
        self.anchors = anchor_hits(self.lex, self.norm)  # one scan for the anchors of every kind
        self.enumerations = Enumerations(
            self.norm, self.lex.bounds.period_end, self.lex.respective, self.lex.bounds.per_unit_suffix
        )
        # web and e-mail addresses (…%20…), percent-encoded text: matched only around an @, ://, www. or a %XX
        spans = sorted(
            (m.start(), m.end())
            for m in anchored(self.lex.trap_pattern, _ADDRESS_ANCHOR, self.norm, forward=400, back=64)
        )
        self._address_starts = [s for s, _ in spans]
        self._address_ends = [e for _, e in spans]
        # the longest address end up to each address start, so one bisect answers "does one overlap?"
        self._reach: list[int] = []
        for e in self._address_ends:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    # -- shared checks -------------------------------------------------------------------------
    def _counts_pieces(self, start: int) -> bool:
        """A noun counted in 块 (场地, 地块, 屏: [money] weak_unit_count_nouns) stands in the sentence shortly before the
        amount at ``start``: 块 counts those things there."""
        nouns, reach = self.lex.derived(_weak_count_nouns)
        s_start = self.ix.full_sentence(start)[0]
        window = self.norm[max(s_start, start - reach) : start]
        return any(noun in window for noun in nouns)

    def in_trap(self, start: int, end: int) -> bool:
        """The candidate overlaps a trap word (一次性, 三元薪酬, 8+N …) or an address."""
        i = bisect_right(self._address_starts, end - 1) - 1
        if i >= 0 and self._reach[i] > start:
            return True
        # by trap_skipping: the engine skips to the trap words' first characters (speed27)
        window = spans(self.lex.trap, self.lex.trap_skipping, self.norm, max(0, start - 8), end + 8)
        return any(s < end and start < e for s, e in window)

    def ordinal_before(self, pos: int) -> bool:
        return pos > 0 and self.norm[pos - 1] in "第"

    def finish(self, found: list[Found]) -> list[Found]:
        """In text order, bound pairs merged into ranges, enumerations sharing their first bound."""
        found.sort(key=lambda f: f.start)
        found = drop_inclusion_echoes(found, self.norm, self.lex.bounds.echo_open)
        merged = merge_ranges(
            found, self.norm, self.joiners, self.lex.bounds.inclusive_mark, self.lex.bounds.band_upper
        )
        listed = capped_lists(self.enumerations.spread(merged), self.norm, self.lex.bounds.list_head_cap)
        return floor_pairs(listed, self.norm, self.lex)  # 保120亿元争150亿元: the first a floor

    # -- money ---------------------------------------------------------------------------------
    def money(self) -> list[Found]:
        found: list[Found] = []
        norm = self.norm
        covered_until = -1  # anchored matches come in text order
        for m in anchored(self.lex.money, self.anchors["money"], norm):
            hit = self._money_hit(m)
            if hit is not None:
                found.append(hit)
                covered_until = max(covered_until, hit.end)
        starts = [f.start for f in found]
        ends = [f.end for f in found]
        for m in self.lex.money_prefixed.finditer(norm):
            value = number_value(m.group("n"))
            i = bisect_right(starts, m.start()) - 1
            if value is None or (i >= 0 and m.start() < ends[i]):
                continue
            found.append(found_under(self.ix.qualify(m.start(), m.end()), m.start(), m.end(), value))
        # 10万元、12万、15万元; 营业收入分为1000万以下、…: amounts whose 元 the words around them give
        found.sort(key=lambda f: f.start)
        found += bare_amounts(norm, self.lex, found, self.ix.qualify, self.in_trap)
        found.sort(key=lambda f: f.start)
        # 处2500以上5000元以下罚款: a bound without its unit beside an amount bounded the other way, one range
        found = unitless_bounds(found, norm, self.lex, number_value)
        return self.finish(found)

    def _bare_scale(self, m: re.Match) -> bool:
        """超亿元, 突破千万元, 亿元以上, 5000万元至亿元: a scale with no numeral is one of it only when a bound
        or a range says so."""
        if not m.group("s"):
            return False
        if masked_before(self.lex, self.norm, m.start()):
            return False  # 引资*亿元以上, 完成XX 亿元: a numeral masked, not one of the scale (parsers.placeholders)
        if m.group("n1"):
            return bool(m.group("s1") or m.group("u1"))  # 5000万元至亿元, not 3000至万元
        if self.lex.bounds.after_match.match(self.norm, m.end()):
            return True
        if (
            m.group("s") in self.numeral_scales
            and not self.norm.startswith(self.numeral_scale_not_after, max(0, m.start() - 1), m.start())
            and not self.numeral_no_amount.match(self.norm, m.end())
        ):
            return True  # 实现产值百亿元, 进入千亿元阵营: the scale holds its numeral
        if self.lex.bounds.about_before.search(self.norm, max(0, m.start() - 2), m.start()):
            return True  # 近千亿元: about a scale is one of it
        chain = self.lex.bounds.token_before.search(self.norm, max(0, m.start() - 8), m.start())
        return chain is not None and self.lex.bounds.classes[chain.group(0)][0] in ("comparator", "limit")

    def _money_hit(self, m: re.Match) -> Found | None:
        norm = self.norm
        n_raw = m.group("n")
        if not n_raw and not self._bare_scale(m):
            return None
        if n_raw and blank_numeral(self.lex, n_raw):
            return None  # ○○万元: a blank left in a form, not 0
        approx = approximate_bounds(n_raw) if n_raw else None
        value = None if approx else number_value(n_raw) if n_raw else 1.0
        if value is None and approx is None:
            return None
        is_chinese = not n_raw[:1].isdigit()
        unit = m.group("u")
        after = norm[m.end() : m.end() + 6]
        # 一块牌子, 3.2万块太阳能板: a noun right after 块 is what it counts; after digits only a noun (Han) does
        # (300块/年 is still a price), and no payment's noun (600块现金, 80块通讯补助)
        if (
            unit == self.weak_unit
            and not after.startswith(self.weak_followers)
            and m.end() < len(norm)
            and (
                is_chinese
                or ("\u4e00" <= after[:1] <= "\u9fff" and not self.weak_money_nouns.match(norm, m.end()))
            )
        ):
            return None
        if unit == self.weak_unit and self._counts_pieces(m.start()):
            return None  # 足球场地数量达到0.9块: pitches, no yuan
        if unit == self.weak_unit and is_chinese and value == 1 and not m.group("s") and not m.group("jiao"):
            # 一块 alone is one piece or "together" (一块商量); one yuan is 一元, 一块钱 or 一块二 (with its jiao)
            return None
        if (
            is_chinese
            and not m.group("s")
            and unit == "元"
            and not m.group("n1")
            and after.startswith(self.unit_traps)
        ):
            return None  # 三元薪酬结构
        # 数字五——42亿元: a label's ordinal before the dash, no range's first end; the amount is read alone
        labelled = bool(m.group("n1")) and norm.endswith(self.label_nouns, 0, m.start("n1"))
        if self.in_trap(m.start("n"), m.end("u")) or self.ordinal_before(
            m.start("n") if labelled else m.start()
        ):
            return None
        scale = self.lex.scales.get(m.group("s") or "", 1.0)
        if approx is not None:  # 几十万块, 三五百块: an approximate amount is a range
            q = self.ix.qualify(m.start("n"), m.end())
            start = m.start("cur") if m.group("cur") else m.start("n")
            return Found(
                start, q.end, start, m.end(), approx[0] * scale, approx[1] * scale, "range", q.qualifier
            )
        amount = value * scale
        if m.group("jiao"):
            amount += (number_value(m.group("jiao")) or 0) * 0.1
        if m.group("fen"):
            amount += (number_value(m.group("fen")) or 0) * 0.01
        if not finite(amount):
            return None  # 999…9亿元: no amount anyone writes
        core_start = m.start("cur") if m.group("cur") and not labelled else m.start("n")
        low_amount = None
        if m.group("n1") and not labelled:
            first = number_value(m.group("n1"))
            if first is not None:
                if m.group("s1") or m.group("u1"):
                    first *= self.lex.scales.get(m.group("s1") or "", 1.0)
                elif not n_raw or n_raw[0].isdigit():
                    first *= scale
                else:
                    first *= _trailing_scale(n_raw) if _trailing_scale(m.group("n1")) == 1.0 else 1.0
                if first <= amount:
                    low_amount = first
                    core_start = m.start("cur") if m.group("cur") else m.start("n1")
            if low_amount is None:
                core_start = m.start("n")
        q = self.ix.qualify(core_start, m.end())
        if low_amount is not None:
            return Found(
                core_start if not q.before_kind else q.start,
                q.end,
                core_start,
                m.end(),
                low_amount,
                round(amount, 6),
                "range",
                q.qualifier,
            )
        more = m.group("more") or m.group("more_scaled")
        # 块 then a mark of more (5块多, 20块多钱): more than it, as 4亿多元 is
        more = more or (unit == self.weak_unit and norm.startswith(self.more_marks, m.end()))
        kind = "min" if more and q.kind == "exact" else q.kind  # 四百六十多亿元, 4亿多元: more than it
        if kind == "exact" and not n_raw and self.numeral_class.match(norm, m.end()):
            kind = "min"  # 千亿元级, 进入百亿元集群行列: the least of a class
        return found_under(q, core_start, m.end(), round(amount, 6), kind)
