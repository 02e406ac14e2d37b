"""Ratio candidates: every written form of a proportion, as a fraction, with its bound.

Forms (``Ratio.form``): percent (20%, 百分之二十), fraction (五分之一, 1/3), points (5个百分点: a
change of percentage points, value 0.05), ratio (1:1), tenths (三成, 九折) and multiple (1.5倍).
"""

from __future__ import annotations

import re

from parsers.anchors import anchored
from parsers.bounds import Found, Qualified, bounds_of, finite
from parsers.candidates import Candidates, is_approximate, number_value
from parsers.doubling import ratio_doublings
from parsers.lexicon import ARABIC, SPACE, alternation
from parsers.named_ratios import named_ratio_figures
from parsers.patterns import LINE_SPACES
from parsers.quantity_patterns import ratio_terms

_POINTS_WORDS: dict[int, tuple[frozenset[str], frozenset[str], re.Pattern]] = {}


def _points_words(lex) -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """Minus signs, gap comparators and the points-list pattern, compiled once per lexicon."""
    words = _POINTS_WORDS.get(id(lex))
    if words is None:
        cfg = lex.section("ratios")
        joined = re.compile(
            f"(?<![\\d.])(?P<n>{ARABIC})(?:{SPACE}(?P<ge>个))?{SPACE}(?:{alternation(cfg['points_list_joiners'])})[\\s\u3000]*\\Z"
        )  # 0.5和 / 31.1个和 / 31.1 个和 (PDF spaces) / 31.1个、⏎ (a hard wrap) right before the next number of a points list
        words = _POINTS_WORDS[id(lex)] = (
            frozenset(cfg["minus_signs"]),
            frozenset(cfg["points_gap_comparators"]),
            joined,
        )
    return words


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _slash_dates(lex) -> tuple[re.Pattern, re.Pattern]:
    """The words around a slash that make it a month and day (lexicon [ratios] slash_date_*_pattern)."""
    cfg = lex.section("ratios")
    return re.compile(cfg["slash_date_after_pattern"]), re.compile(cfg["slash_date_before_pattern"])


class RatioCandidates:
    def __init__(self, candidates: Candidates):
        self.c = candidates
        self.ix = candidates.ix
        self.lex = candidates.lex
        self.norm = candidates.norm
        self.cfg = self.lex.section("ratios")
        self.found: list[Found] = []
        self._covered: bytearray | None = None  # characters of numbers already taken by a form
        self._minus_signs, self._gap_words, self._points_joined = _points_words(self.lex)

    def _add(
        self,
        start: int,
        end: int,
        value: float | None,
        form: str,
        low=None,
        raw: str = "",
        more: bool = False,
    ) -> None:
        if is_approximate(raw):
            return  # 百分之二三十: no single value
        if (
            value is None
            or not finite(value, low)
            or self.c.in_trap(start, end)
            or self.c.ordinal_before(start)
        ):
            return
        if self._covered is None:
            self._covered = bytearray(len(self.norm))
        if any(self._covered[start:end]):
            return
        self._covered[start:end] = b"\x01" * (end - start)
        q = self.ix.qualify(start, end, is_ratio=True)
        if form == "points" and self._gap(q, start):
            q = Qualified(start, q.end, "exact", None, None, None)  # 高于全国0.2个百分点: 0.2 points more
        if low is not None and low <= value:
            self.found.append(
                Found(
                    start if not q.before_kind else q.start,
                    q.end,
                    start,
                    end,
                    low,
                    value,
                    "range",
                    q.qualifier,
                    form,
                )
            )
            return
        kind = "min" if more and q.kind == "exact" else q.kind  # 提高20%多: more than 20%
        lo, hi = bounds_of(value, kind)
        self.found.append(
            Found(
                q.start, q.end, start, end, lo, hi, kind, q.qualifier, form,
                after_kind=q.after_kind, before_kind=q.before_kind, reached=q.reached,
            )
        )  # fmt: skip

    def all(self) -> list[Found]:
        for read in (
            self._percent,
            self._per_fraction,
            self._points,
            self._slash,
            self._colon,
            self._tenths,
            self._discount,
            self._multiple,
            self._doubling,
        ):
            read()
        for start, end, value, form in named_ratio_figures(self.lex, self.norm):
            self._add(
                start, end, value, form
            )  # 收入倍差缩小到1.7以内: after every form with a sign of its own
        return self.c.finish(self.found)

    # -- the forms ------------------------------------------------------------------------------
    def _percent(self) -> None:
        norm = self.norm
        per_mille = {sign: float(d) for sign, d in self.cfg["per_mille_signs"].items()}
        more_marks = tuple(self.lex.section("money", "more_marks"))
        for m in anchored(self.lex.percent, self.c.anchors["percent"], norm, back=40):
            divisor = per_mille.get(norm[m.end() - 1], 100.0)  # 0.5‰: a fraction of a thousand
            form = "percent" if divisor == 100.0 else "fraction"
            value = number_value(m.group("n"))
            start = m.start()
            sign = 1.0
            before = norm[start - 1] if start else ""
            if before == "负" or (
                before and before in "-－" and (start < 2 or not norm[start - 2].isdigit())
            ):
                sign, start = -1.0, start - 1
            low = None
            if m.group("n1"):
                low = number_value(m.group("n1"))
                low = None if low is None else low / divisor
                if low is None or value is None or low > value / divisor:
                    start, low = m.start("n"), None
            end = m.end()
            # 较去年提高20%多。: a mark of more right after the sign, ending its phrase (not 20%多数, 5%多个)
            more = low is None and norm.startswith(more_marks, end) and not _han(norm[end + 1 : end + 2])
            end += more
            self._add(start, end, None if value is None else sign * value / divisor, form, low, more=more)

    def _per_fraction(self) -> None:
        for m in anchored(self.lex.per_fraction, self.c.anchors["per_fraction"], self.norm, back=40):
            den, num = number_value(m.group("den")), number_value(m.group("n"))
            if not den or num is None:
                continue
            if m.group("k"):
                num *= 1000
            form = "percent" if den == 100 else "fraction"
            second = number_value(m.group("n2")) if m.group("n2") else None
            if second is not None and num < second:  # 百分之十至三十: one range
                self._add(m.start(), m.end(), second / den, form, low=num / den, raw=m.group("n2"))
                continue
            end = m.end("k") if m.group("k") else m.end("n")
            self._add(m.start(), end, num / den, form, raw=m.group("n"))

    def _points(self) -> None:
        anchor = self.c.anchors["percentage_points"]
        for m in anchored(self.lex.percentage_points, anchor, self.norm, back=40):
            num = number_value(m.group("n"))
            if num is not None and m.group("k"):
                num *= 1000
            sign = self._minus(m.start("n"))
            first = number_value(m.group("n1")) if m.group("n1") else None
            start = m.start()
            if first is not None and self._minus(m.start()) < 0:
                first, start = -first, start - 1  # -0.1至0个百分点
            if num is not None and sign < 0 and first is None:
                num = -num
            if first is None or num is None or first > num:  # 1～3个百分点: a range of points
                first, start = None, m.start("n") - (1 if sign < 0 else 0)
            low = None if first is None else first / 100
            self._listed_points(start)
            more = low is None and m.group("more") is not None  # 10多个百分点: more than 20 points
            self._add(
                start,
                m.end(),
                None if num is None else num / 100,
                "points",
                low=low,
                raw=m.group("n"),
                more=more,
            )

    def _gap(self, q: Qualified, start: int) -> bool:
        """增速高于全国0.2个百分点: a bare comparator, a noun phrase, then points is the size of a difference."""
        if q.after_kind is not None or q.before_kind is None or q.qualifier not in self._gap_words:
            return False
        return len(self.norm[q.start : start].strip(LINE_SPACES)) > len(q.qualifier)

    def _minus(self, pos: int) -> float:
        """-1.0 when a minus sign stands right before pos and no digit before it (a dash after a digit is a range)."""
        if pos < 1 or self.norm[pos - 1] not in self._minus_signs:
            return 1.0
        return -1.0 if pos < 2 or not self.norm[pos - 2].isdigit() else 1.0

    def _listed_points(self, start: int) -> None:
        """分别下降0.5和0.7个百分点: the bare numbers listed before a points value are points values too."""
        norm = self.norm
        while True:
            joined = self._points_joined.search(norm, max(0, start - 24), start)
            if joined is None:
                return
            n_start = joined.start("n")
            sign = self._minus(n_start)
            value = number_value(joined.group("n"))
            if value is None:
                return
            n_start -= 1 if sign < 0 else 0
            self._add(
                n_start,
                joined.end("ge") if joined.group("ge") else joined.end("n"),
                sign * value / 100,
                "points",
            )
            start = n_start

    def _slash(self) -> None:
        """1/3, 2/3: a proper fraction of small numbers (not 2024/12/26, not 24/7)."""
        limit = int(self.cfg["slash_max_denominator"])
        date_after, date_before = self.lex.derived(_slash_dates)
        for m in anchored(self.lex.slash_fraction, self.c.anchors["slash"], self.norm, back=8):
            num, den = int(m.group("n")), int(m.group("den"))
            if date_after.match(self.norm, m.end()) or date_before.search(
                self.norm, max(0, m.start() - 8), m.start()
            ):
                continue  # 2024 02/20 08:42:14: a dateline's month and day
            if 0 < num < den <= limit:
                self._add(m.start(), m.end(), num / den, "fraction")

    def _colon(self) -> None:
        for m in anchored(self.lex.colon_ratio, self.c.anchors["colon_ratio"], self.norm, back=40):
            if self._clock(m) or self._chained(m):
                continue
            a, b, _, _ = ratio_terms(m)
            if b and not (m.group("word") and _two_years(a, b)):
                self._add(m.start(), m.end(), a / b, "ratio")

    def _tenths(self) -> None:
        norm, followers = self.norm, tuple(self.cfg["tenths_followers"])
        leads = tuple(self.cfg["tenths_more_leads"])
        for m in anchored(self.lex.tenths, self.c.anchors["tenths"], norm, back=40):
            led = norm[max(0, m.start() - 2) : m.start()].endswith(leads)  # 超7成乡镇: 超 makes it a share
            if not led and not norm[m.end() : m.end() + 2].startswith(followers) and m.end() < len(norm):
                continue
            num = 0.5 if m.group("n") == "半" else number_value(m.group("n"))
            if num is None:
                continue
            self._add(m.start(), m.end(), (num + (0.5 if m.group("half") else 0)) / 10, "tenths")

    def _discount(self) -> None:
        norm = self.norm
        for m in anchored(self.lex.discount, self.c.anchors["discount"], norm, back=40):
            if norm[m.end() : m.end() + 1] in self.cfg["discount_trap_followers"] and m.end() < len(norm):
                continue
            raw = m.group("n")
            if raw in ("对", "對"):
                if m.start() == 0 or norm[m.start() - 1] != "打":
                    continue
                num = 5.0
            else:
                num = 5.0 if raw == "半" else number_value(raw)
            if num is None or num == 10:
                continue  # 十折 is no discount at all
            self._add(m.start(), m.end(), num / 10 if num < 10 else num / 100, "tenths")

    def _multiple(self) -> None:
        norm = self.norm
        more_marks = tuple(self.lex.section("money", "more_marks"))
        for m in anchored(self.lex.multiple, self.c.anchors["multiple"], norm, back=40):
            if norm[m.end() : m.end() + 1] in self.cfg["multiple_trap_followers"]:
                continue
            value, low = number_value(m.group("n")), None
            if m.group("n1"):
                low = number_value(m.group("n1"))
            if low is None or value is None or low >= value:  # 2020年至3倍 is no range: only the multiple
                # 30多倍, 增加了6倍多。: a mark of more inside the figure, or right after it ending its phrase
                # (as 20%多; not 3倍多数)
                end = m.end()
                after = norm.startswith(more_marks, end) and not _han(norm[end + 1 : end + 2])
                self._add(
                    m.start("n"), end + after, value, "multiple", more=after or m.group("more") is not None
                )
                continue
            self._add(m.start(), m.end(), value, "multiple", low=low)

    def _doubling(self) -> None:
        """翻一番 (2), 翻两番 (4), 倍增: a multiple in words; after the written multiples, so that 增加一倍 stays
        1 倍 as written."""
        for start, end, value in ratio_doublings(self.lex, self.norm):
            self._add(start, end, value, "multiple")

    def _chained(self, m: re.Match) -> bool:
        """三次产业结构为6.3:37.3:56.4: three or more terms are a structure, not one ratio (a:b is no value of it)."""
        colons = self.cfg["ratio_colons"]
        after = self.norm[m.end() : m.end() + 5].lstrip(LINE_SPACES)
        if after[:1] in colons and after[1:].lstrip(LINE_SPACES)[:1].isdigit():
            return True
        before = self.norm[max(0, m.start() - 5) : m.start()].rstrip(LINE_SPACES)
        return before[-1:] in colons and before[:-1].rstrip(LINE_SPACES)[-1:].isdigit()

    def _clock(self, m: re.Match) -> bool:
        """17:00, 9:30 and (星期四)17:00点前 are times, not ratios; 1:10的比例 is a ratio."""
        if m.group("word"):
            return False  # 4比1 is never a clock time
        a, b = m.group("a"), m.group("b")
        after = self.norm[m.end() : m.end() + 4].lstrip(LINE_SPACES)
        if after.startswith(tuple(self.cfg["ratio_followers"])):
            return False
        if len(b) == 2 and "." not in a + b and int(a) <= 24 and int(b) <= 59:
            return True
        if after[:1] and after[:1] in self.cfg["clock_followers"]:
            return True
        before = self.norm[max(0, m.start() - 1) : m.start()]
        return bool(before) and before in self.cfg["clock_preceders"]


def _two_years(a: float, b: float) -> bool:
    """2023比2022 (no 年): two years compared, not a proportion."""
    return all(x.is_integer() and 1900 <= x <= 2100 for x in (a, b))
