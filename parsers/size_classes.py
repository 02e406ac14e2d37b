"""A size class of counted things, not an amount of one: roles.py and amounts.py ask.

三个1500亿元产业, 20个300亿元集群, 1个6000亿元级…, 1500亿元产业有望达5个, 其中过4000亿元1个、过2500亿元3个: the amount
says which things a count counts, as 8亿元以上项目 does, so it is a threshold with kind min (round 16's convention for
size classes) though no bound word is written. The words are in [roles] of parsers/data/lexicon.toml
(size_class_count_pattern, size_class_heads with attributive_heads, size_class_count_after_pattern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from parsers.bounds import SPACES
from parsers.patterns import alternation, last_match

if TYPE_CHECKING:
    from parsers.bounds import Found
    from parsers.context import TextIndex
    from parsers.lexicon import Lexicon

_COUNT_REACH = 8  # characters before an amount where its count (两个, 30个) is looked for


@dataclass(frozen=True)
class _SizeClassWords:
    count_before: re.Pattern  # 两个 / 30个 right before the amount (searched at the end of a window)
    head_after: re.Pattern  # 级 / 产业 / 集群 … right after the amount
    count_after: re.Pattern  # 1个 right after a bound amount, then a boundary
    among: re.Pattern  # 有7个区… / 其中5个园区… before a bound amount ending its part
    count_ahead: re.Pattern  # 10条… before a bound amount (a few words between: 旅游总收入)
    noun_after: re.Pattern  # …特色农业全产业链 / 级…产业集群 / 的市 after it
    counted_after: re.Pattern  # 的产业5个 after it
    next_class: re.Pattern  # 、8家… after it: the next size class of a list


def _build(lex: Lexicon) -> _SizeClassWords:
    roles = lex.section("roles")
    heads = sorted(set(roles["attributive_heads"] + roles["size_class_heads"]), key=len, reverse=True)
    return _SizeClassWords(
        count_before=re.compile(roles["size_class_count_pattern"]),
        head_after=re.compile(f"[ \\t\\u3000]*(?:级|{alternation(heads)})"),
        count_after=re.compile(roles["size_class_count_after_pattern"]),
        among=re.compile(roles["size_class_among_pattern"]),
        count_ahead=re.compile(roles["size_class_count_before_pattern"]),
        noun_after=re.compile(roles["size_class_noun_after_pattern"]),
        counted_after=re.compile(roles["size_class_counted_after_pattern"]),
        next_class=re.compile(roles["size_class_next_item_pattern"]),
    )


def size_class(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """Whether the money candidate ``f`` names a size class of the things a count counts."""
    w = lex.derived(_build)
    norm = ix.norm
    if f.kind == "min" and f.start < f.core_start and w.count_after.match(norm, f.end):
        return True  # 其中过4000亿元1个、…: a bound amount, then how many things are in its class
    if f.kind != "exact" or f.start != f.core_start or f.end != f.core_end:
        return False
    return counted_amount(lex, ix, f.start, f.end)


def counted_amount(lex: Lexicon, ix: TextIndex, start: int, end: int) -> bool:
    """Whether the unbounded amount norm[start:end] names the size class of the things a count counts (三个1500亿元产业,
    千亿元园区、…分别达到3个、…): size_class's test, which the goal reader asks too (a class, no goal's level)."""
    w = lex.derived(_build)
    norm = ix.norm
    if not w.head_after.match(norm, end):
        return False
    part_start, part_end = ix.part(start)
    if w.count_before.search(norm, max(part_start, start - _COUNT_REACH), start):
        return True  # 三个1500亿元产业, 1个6000亿元级
    last = last_match(lex.target_quantity, norm, end, part_end)
    # 1500亿元产业有望达5个: the part ends by counting the things of that size
    return (
        last is not None and "元" not in (last.group("u") or "元") and not norm[last.end() : part_end].strip()
    )


def counted_reaching(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """有7个区GDP超过250亿元, 其中5个园区工业总产值规模超过八百亿元: a count said to be among things, then the measure of
    each with a bound amount that ends its part: which of the counted things reach the size, a threshold (a total of
    several, 9个项目总投资逾40亿元, has no 有 or 其中 before its count)."""
    if f.kind != "min" or f.start == f.core_start:
        return False  # (a bound word written before the amount: 超过, 突破, 逾)
    part_start, part_end = ix.part(f.start)
    if ix.norm[f.end : part_end].strip(SPACES):
        return False
    return lex.derived(_build).among.search(ix.norm, part_start, f.start) is not None


def counted_class(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """培育6条超30亿元畜牧业全产业链, 建设2个文旅总收入超五百亿元的县, 超60亿元的产业5个: a bound amount between a count
    and the noun it sizes, or before 的, the noun and its count: which things the count counts (a threshold)."""
    if f.kind != "min" or (f.start == f.core_start and f.after_kind is None):
        return False  # (a bound written: 超, 突破, 以上)
    w = lex.derived(_build)
    norm = ix.norm
    part_start, part_end = ix.part(f.start)
    if w.counted_after.match(norm, f.end, part_end):
        return True
    return w.count_ahead.search(norm, part_start, f.start) is not None and w.noun_after.match(
        norm, f.end, part_end
    )


def listed_class(lex: Lexicon, ix: TextIndex, f: Found) -> bool:
    """培育3家年销售收入超过50亿元、8家超过20亿元的龙头企业 / 建成5个年产值超三百亿元、2个超千亿元特色园区: a bound amount
    after a count and before the next count of a list of size classes is the first class, a threshold like the last one
    (counted_class); roles.py asks it before the goal test, which reads the first item as the plan's level."""
    if f.kind != "min" or (f.start == f.core_start and f.after_kind is None):
        return False  # (a bound written: 超, 突破, 以上)
    w = lex.derived(_build)
    part_start, part_end = ix.part(f.start)
    if not w.next_class.match(ix.norm, f.end, part_end):
        return False
    return w.count_ahead.search(ix.norm, part_start, f.start) is not None
