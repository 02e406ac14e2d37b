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
from typing import TYPE_CHECKING

from parsers.numbers import CN_LABEL_CHARS, parse_chinese
from parsers.patterns import alternation

if TYPE_CHECKING:
    from parsers.goal_words import GoalWords

_ITEM = r"[\u4e00-\u9fff（）()]{1,12}?"


def enumeration_pattern(last_joiners: list[str]) -> re.Pattern:
    """A、B、C和D right before the count: items joined by 、, the last by a joiner ([targets] enumeration_last_joiners)
    or by 、 alone."""
    last = alternation([*last_joiners, "、"])
    return re.compile(rf"(?:{_ITEM}、)+{_ITEM}(?:{last}){_ITEM}\Z|(?:{_ITEM}、)+{_ITEM}\Z")


def _count_in_words(text: str) -> int | None:
    """四 -> 4: a count written in one numeral character (the numbers module's, 两 too); None for digits."""
    if len(text) != 1 or text not in CN_LABEL_CHARS:
        return None
    return int(parse_chinese(text))


def restates_enumeration(norm: str, part_start: int, m: re.Match, unit: str, words: GoalWords) -> bool:
    """The quantity ``m`` (its number group ``n``, its unit ``unit``) is a count in words of the items an
    enumeration right before it in its part names (see the module)."""
    count = _count_in_words(m.group("n") or "")
    if count is None or unit not in words.own_task_count_units:
        return False
    enumeration = words.enumeration.search(norm[part_start : m.start()])
    if enumeration is None:
        return False
    return len([item for item in words.enumeration_joiner.split(enumeration.group(0)) if item]) == count
