"""A count in words that restates the enumeration right before it: no quantity of the goal.

建成甲河谷、乙盆地、丙山南麓和丁湖沿岸四个特色果业带 names four belts and counts them: the count
(四个) says how many names the sentence has just given, it sets no number to reach, and the goal is one without a
number (the gold of such a sentence lists it so). Only a count written in words (一…十) of a count unit (个, 大, 项,
…: [targets] own_task_count_units) that equals the number of items the enumeration before it holds, joined by 、 and
a last 和/及/与 (two or more items, each a short name): 培育3个…, 新建40个…, counted without such a list, keep
their number.
"""

from __future__ import annotations

import re

_WORD_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ITEM = r"[\u4e00-\u9fff（）()]{1,12}?"
# A、B、C和D right before the count: items joined by 、, the last by 和/及/与 (or 、 alone)
_ENUMERATION = re.compile(rf"(?:{_ITEM}、)+{_ITEM}(?:和|及|与|以及|、){_ITEM}\Z|(?:{_ITEM}、)+{_ITEM}\Z")


def restates_enumeration(
    norm: str, part_start: int, m: re.Match, unit: str, item_units: frozenset[str]
) -> bool:
    """The quantity ``m`` (its number group ``n``, its unit ``unit``) is a count in words of the items an
    enumeration right before it in its part names (see the module)."""
    count = _WORD_COUNTS.get(m.group("n") or "")
    if count is None or unit not in item_units:
        return False
    before = norm[part_start : m.start()]
    enumeration = _ENUMERATION.search(before)
    if enumeration is None:
        return False
    items = re.split(r"、|和|及|与|以及", enumeration.group(0))
    return len([item for item in items if item]) == count
