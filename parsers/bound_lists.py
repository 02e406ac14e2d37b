"""Bounds across amounts: ranges written as two bounds, and the bound an enumeration shares.

``merge_ranges`` joins a lower bound and an upper bound written one after the other into one range
(1亿元（含）以上、5亿元（不含）以下; 1000万元及以上至5000万元; 一万元以上不足三万元); bounds written in the
wrong order (50万元以上20万元以下) still span the two numbers, put in order. ``drop_inclusion_echoes`` drops an
inclusion mark read as an amount of its own. ``Enumerations.spread`` hands a bound before the first amount of an
enumeration to the amounts after it that have none (分别给予最高300万元、100万元: both max); ``capped_lists`` the cap a
list's head states before its colon (补助最高限额为：甲类500万元，乙类200万元) to the plain amounts of the list. The bound
of one number is read by parsers/bounds.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from parsers.bound_phrases import BRACKETED
from parsers.bounds import MAX_REMARK_GAP, SPACES, Found, bounds_of
from parsers.patterns import FULL_STOPS, last_mark_before


def _ordered(low: float | None, high: float | None) -> tuple[float | None, float | None]:
    if low is not None and high is not None and low > high:
        return high, low
    return low, high


# Shares of one base written in two forms still make one range: 税款百分之五十以上五倍以下 is 0.5 to 5 times.
_SHARE_FORMS = frozenset({"percent", "fraction", "multiple", "tenths"})


def _same_scale(a: Found, b: Found) -> bool:
    return a.form == b.form or (a.form in _SHARE_FORMS and b.form in _SHARE_FORMS)


_RANGE_COMMAS = ("，", ",")  # between two after-words of one range (二千元以上，八千元以下)


def merge_ranges(
    found: list[Found],
    norm: str,
    joiners: tuple[str, ...],
    marks: re.Pattern | None = None,
    band_upper: re.Pattern | None = None,
) -> list[Found]:
    """A lower bound right before an upper bound is one range (1万元以上10万元以下, 1亿元（含）以上、5亿元
    （不含）以下, 一万元以上不足三万元, 百分之五十以上五倍以下); so is a lower bound joined by 至/到/— to a plain
    amount (1000万元及以上至5000万元, 80%（不含）至100%). ``found`` is in text order; ``joiners`` are the range
    dashes; ``marks`` the inclusion marks that may stand before a dash."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _same_scale(prev, f)
            and prev.kind in ("min", "exact")
            and prev.after_kind != "exact"
        ):
            between = norm[prev.end : f.start].strip(SPACES)
            if marks is not None and between:
                bare = marks.sub("", between).strip(SPACES)
                if (
                    bare != between
                    and prev.kind == "min"
                    and prev.qualifier
                    and bare.startswith(prev.qualifier)
                ):
                    # 300万元（含300万元）以上至600万元: the surface stops before the note, whose bound word stands
                    # after it; with the note gone, that word is the lower end's, not part of the gap
                    bare = bare.removeprefix(prev.qualifier).strip(SPACES)
                between = bare
            upper = f.high if f.kind == "max" else f.low if f.kind == "exact" else None
            if prev.kind == "min":
                joined = (
                    (f.kind == "max" and between in ("", "、", *joiners))
                    or (f.kind == "exact" and f.before_kind is None and between in joiners)
                    # 处二千元以上，八千元以下罚款: two after-words a comma parts, one range
                    or (between in _RANGE_COMMAS and prev.after_kind == "min" and f.after_kind == "max")
                    # 30亿元以上，不足40亿元的: a band of a condition across a comma (``band_upper`` before its end)
                    or (
                        between in _RANGE_COMMAS
                        and prev.after_kind == "min"
                        and f.kind == "max"
                        and band_upper is not None
                        and band_upper.match(norm, f.start) is not None
                        and norm[f.end : f.end + 4].lstrip(SPACES).startswith("的")
                        and upper is not None
                        and prev.low is not None
                        and prev.low < upper
                    )
                )
            else:  # 1.5倍至3倍以内: a plain number, a dash and a bounded or plain one
                joined = f.kind in ("max", "exact") and f.before_kind is None and between in joiners
            if joined and upper is not None:
                low, high = _ordered(prev.low, upper)
                if prev.kind == "exact" and low == high:
                    out.append(f)
                    continue
                out[-1] = Found(
                    prev.start,
                    f.end,
                    prev.core_start,
                    f.core_end,
                    low,
                    high,
                    "range",
                    f"{prev.qualifier or ''}{f.qualifier or ''}" or None,
                    prev.form,
                    after_kind=f.after_kind,
                )
                continue
        out.append(f)
    return out


def drop_inclusion_echoes(found: list[Found], norm: str, echo_open: re.Pattern) -> list[Found]:
    """500万元以下（含500万元）, 1%以下（含1%）: the bracket says the bound includes its number; the number
    inside is no mention of its own. ``found`` is in text order; ``echo_open`` matches （含 before a number."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and f.kind == "exact" and f.qualifier is None and f.low is not None:
            opening = echo_open.search(norm, max(prev.end, f.start - 8), f.start)
            close = f.end
            while close < len(norm) and norm[close] in SPACES:
                close += 1
            if (
                opening is not None
                and not norm[prev.end : opening.start()].strip(SPACES)
                and _echo_closes(norm, close)
                and f.low in (prev.low, prev.high)
            ):
                continue
        out.append(f)
    return out


_ECHO_REMARK_CHARS = 24  # a remark after the echoed number inside its bracket: （含2亿元，下同，或等值港元）
_ECHO_REMARK = re.compile(rf"[^（()）\d\n]{{0,{_ECHO_REMARK_CHARS}}}?[）)]")


def _echo_closes(norm: str, close: int) -> bool:
    """The bracket of an inclusion echo closes at ``close`` (past spaces), or after a remark of a few characters with
    no number that a comma or 、 sets off (（含2亿元，下同）, （含2亿元,下同,或等值港元）)."""
    if close >= len(norm):
        return False
    if norm[close] in "）)":
        return True
    if norm[close] not in "，,、；;":
        return False
    return _ECHO_REMARK.match(norm, close, close + _ECHO_REMARK_CHARS + 1) is not None


_ENUMERATION_MARKS = ("、", "和", "或", "及", "以及")
_MAX_LIST_GAP = 48  # characters between two members of one list (a bracketed remark included)
_RESPECTIVE_WINDOW = 16  # how far before a list's first amount its 分别 may stand
_PARALLEL = re.compile(r"[、，,]([\u4e00-\u9fff]{1,16})")
# ：区级5万元、市级8万元、省级12万元: amounts each after a short label, the labels listed after a colon
_LABELLED = re.compile(r"、[\u4e00-\u9fff]{1,6}")
# 按不超过A的2‰和B的3‰: a second base, joined by 和/及, named before the next share as the first was (…的)
_PARALLEL_BASE = re.compile(r"(?:和|及|以及|、)[\u4e00-\u9fff]{1,16}的")
_LABEL_BEFORE = re.compile(r"[：:、][\u4e00-\u9fff]{1,6}\Z")
# 最高3万元/人、1万元/户: a unit written after a slash belongs to the amount before it, not between two members
_SLASH_UNIT = re.compile(r"\A[/／][\u4e00-\u9fff]{1,2}")


class Enumerations:
    """分别给予最高300万元、100万元: the bound before the first amount governs the plain amounts listed after it.

    Listed means joined by 、/和/或/及, or, when the first amount is named per unit (每人每天120元),
    by a comma and a parallel noun phrase named the same way (…每人每天120元，居民参保人员每人每天60元).
    A bracketed amount between them (其中床位费不高于每人每天35元) keeps its own bound and does not break
    the list.
    """

    def __init__(
        self,
        norm: str,
        period_end: re.Pattern,
        respective: re.Pattern | None = None,
        per_unit: re.Pattern = _SLASH_UNIT,
    ):
        self.norm = norm
        self.period_end = period_end
        self.respective = respective
        self.per_unit = per_unit  # lexicon [bounds] per_unit_suffix_pattern: 180元/m²、260元/m² is one list

    def _per_unit(self, pos: int) -> bool:
        return self.period_end.search(self.norm, max(0, pos - 6), pos) is not None

    def _listed(self, prev: Found, f: Found) -> bool | None:
        """True: f continues the list of prev; None: f stands inside brackets between; False: no list."""
        gap = f.start - prev.end
        if gap > MAX_REMARK_GAP or (
            gap > _MAX_LIST_GAP and not self.norm[prev.end : f.start].lstrip(SPACES).startswith(("（", "("))
        ):
            return False
        between = self.norm[prev.end : f.start]
        if between.count("（") + between.count("(") > between.count("）") + between.count(")"):
            return None  # f is inside a bracket that opened after prev
        between = self.per_unit.sub("", BRACKETED.sub("", between).strip(SPACES), count=1).strip(SPACES)
        if between in _ENUMERATION_MARKS:
            return True
        if _LABELLED.fullmatch(between) and self._labelled(prev.core_start):
            return True
        if _PARALLEL_BASE.fullmatch(between) and self._of_base(prev):
            return True
        parallel = _PARALLEL.fullmatch(between)
        return bool(parallel and self._per_unit(prev.core_start) and self._per_unit(f.core_start))

    def _of_base(self, prev: Found) -> bool:
        """按不超过日均贷款余额的2‰: prev's bound reaches it across a base phrase ending in 的, so a share of a second
        base joined to it (…和日均贷款增量的3‰) is a member of its list and takes the same bound."""
        return prev.start < prev.core_start and self.norm[: prev.core_start].rstrip(SPACES).endswith("的")

    def _labelled(self, pos: int) -> bool:
        """The amount at ``pos`` stands after a label that follows a colon or 、 (：区级5万元、市级8万元): a list
        opened by a colon continues over its labels; whether it opened with one, the chain of pairs decides."""
        return _LABEL_BEFORE.search(self.norm, max(0, pos - 8), pos) is not None

    def _respective(self, first: Found) -> bool:
        """分别在2亿元、… : the list opens right after 分别 (a few words between at most)."""
        if self.respective is None:
            return False
        window = self.norm[max(0, first.start - _RESPECTIVE_WINDOW) : first.start]
        hit = None
        for hit in self.respective.finditer(window):  # noqa: B007
            pass
        return hit is not None and not any(ch in "，,；;。！？!?\n" for ch in window[hit.end() :])

    def _share_backwards(self, out: list[Found], plain: list[int], f: Found) -> None:
        """分别在2亿元、5000万元、2000万元及以上, 销售额达到300万元、600万元、2000万元以上: the last amount's after-bound is
        every listed amount's bound, in a list 分别 or a reach verb opens."""
        if not plain or f.after_kind not in ("min", "max") or f.before_kind is not None:
            return
        if not (self._respective(out[plain[0]]) or out[plain[0]].reached):
            return  # 分别在2亿元、…; 销售额达到300万元、600万元、2000万元以上 (a list a reach verb opens)
        for i in plain:
            g = out[i]
            low, high = bounds_of(g.low, f.after_kind)
            out[i] = replace(g, low=low, high=high, kind=f.after_kind, after_kind=f.after_kind)

    def spread(self, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        governing: Found | None = None
        reaching = (
            False  # the list opened with a reach verb (首次达到5亿元、10亿元): every plain member is reached
        )
        last: Found | None = None  # the last member of the current list
        plain: list[int] = []  # where in ``out`` the current list's unbounded amounts stand
        for f in found:
            listed = last is not None and last.form == f.form and self._listed(last, f)
            if listed is None:
                out.append(f)  # bracketed: its own bound, the list goes on after it
                continue
            if not listed:
                plain = []
            elif f.qualifier is not None:
                self._share_backwards(out, plain, f)
                plain = []
            if (
                listed
                and governing is not None
                and f.kind == "exact"
                and f.qualifier is None
                and f.low is not None
            ):
                low, high = bounds_of(f.low, governing.before_kind)
                f = replace(
                    f, low=low, high=high, kind=governing.before_kind, before_kind=governing.before_kind
                )
            elif not listed or f.qualifier is not None:
                # a new list, or a member with a bound of its own (最高300万元、不低于50万元): it governs what follows
                governing = f if f.before_kind in ("min", "max") and f.after_kind is None else None
            if not listed or f.qualifier is not None:
                reaching = f.reached
            elif reaching and f.kind == "exact" and f.qualifier is None:
                f = replace(f, reached=True)
            if f.kind == "exact" and f.qualifier is None and f.low is not None:
                plain.append(len(out))
            out.append(f)
            last = f
        return out


_SENTENCE_ENDS = FULL_STOPS
_ITEM_ENDS = "；;：:，,、"  # a line ending in one of these goes on with the list on the next line


class _LastBefore:
    """The last position of any of ``chars`` before a position, the positions asked in increasing order: each stretch
    of text is scanned once (a scan from every amount back to its sentence's start made a long list cost n²)."""

    def __init__(self, norm: str, chars: str) -> None:
        self.norm, self.chars = norm, chars
        self.scanned_to, self.last = 0, -1

    def before(self, pos: int) -> int:
        if pos < self.scanned_to:  # asked out of order: scan afresh
            return last_mark_before(self.norm, self.chars, pos)
        found = last_mark_before(self.norm, self.chars, pos, self.scanned_to)
        if found >= 0:
            self.last = found
        self.scanned_to = pos
        return self.last


def _list_start(norm: str, pos: int, sentence_ends: _LastBefore, line_breaks: _LastBefore) -> int:
    """Where the sentence or list holding ``pos`` starts: after the last full stop, or after the last line break
    whose line does not end in an item's end (a list one item a line, 如下：⏎甲类500万元；⏎乙类200万元。, is one)."""
    lo = sentence_ends.before(pos) + 1
    nl = line_breaks.before(pos)
    while nl >= lo:
        line_end = norm[lo:nl].rstrip(SPACES + "\n")
        if not line_end or line_end[-1] not in _ITEM_ENDS:
            return nl + 1
        nl = norm.rfind("\n", lo, nl)
    return lo


def _attributive(f: Found, norm: str) -> bool:
    """营业收入达到1亿元的企业, 5000万元以上的项目: an amount that describes who qualifies, not one paid."""
    return f.reached or norm[f.end : f.end + 4].lstrip(SPACES).startswith("的")


def capped_lists(found: list[Found], norm: str, head: re.Pattern | None) -> list[Found]:
    """补助最高限额为：国家5A级景区500万元，国家4A级景区200万元，…: a cap stated in the head of a list, before its
    colon, bounds every amount paid in the list that has no bound of its own (max), up to the list's end (the
    sentence's, or the last of its items one a line ending in ；). An amount that describes who qualifies
    (达到1亿元的企业, 5000万元以上的项目) is no amount paid and keeps its own reading. ``head`` matches the cap
    words right before the colon (lexicon ``list_head_cap_pattern``)."""
    if head is None or not found:
        return found
    out: list[Found] = []
    sentence_ends, line_breaks = _LastBefore(norm, _SENTENCE_ENDS), _LastBefore(norm, "\n")
    colons = _LastBefore(norm, "：:")
    for f in found:
        if (
            f.kind == "exact"
            and f.qualifier is None
            and f.low is not None
            and f.form == "money"
            and not _attributive(f, norm)
        ):
            lo = _list_start(norm, f.start, sentence_ends, line_breaks)
            colon = colons.before(f.start)
            if colon >= lo and head.search(norm, max(lo, colon - 40), colon + 1):
                low, high = bounds_of(f.low, "max")
                f = replace(f, low=low, high=high, kind="max", before_kind="max")
        out.append(f)
    return out
