"""An amount that says which things a goal counts, no value of the goal (引进4家年纳税超2000万元的总部: the goal is 4家).

The amount stands in the 的-modifier of the counted noun, and the count stands either before the modifier (4家…的总部)
or after the noun (税收过8000万元的街道3个). A modifier may name a class of size (千万元级以上的楼宇) and may be
shared by the items of an enumeration (招引3户以上年纳税过5000万元、1户以上年纳税过2亿元的总部企业: the first amount ends
its item with the 、 and the 的 comes after the second). Used by parsers.goal_quantities (GoalQuantities.modifier_amount).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_MODIFIER_END = re.compile(r"级?(?:以上|以下)?的")  # an amount that ends a modifier of the noun after it
_NOUN_BEFORE_COUNT = 10  # the counted noun between a modifier's 的 and a count after it (的街道3个)
_NOUN = re.compile(r"[\u4e00-\u9fff“”\"]*")
_ENDS_ITEM = re.compile(r"(?:以上|左右)?、")  # a quantity that ends an item of an enumeration (产量50万吨、…)
_ITEM_CHARS = 24  # the next item of a shared modifier, to its own amount (、1户以上年纳税过2亿元的)


def counted_by_modifier(
    norm: str,
    goal_start: int,
    part_end: int,
    m: re.Match,
    quantities: Callable[[int, int], list[re.Match]],
    is_money: Callable[[re.Match], bool],
    is_count: Callable[[re.Match], bool],
    written: Callable[[int, int], list[re.Match]],
) -> bool:
    """Whether the money quantity ``m`` of the goal part starting at goal_start (ending at part_end) only says which
    things a count of the same part counts."""
    if not is_money(m):
        return False
    modifier = _MODIFIER_END.match(norm, m.end())
    if modifier is None:
        return _shared_modifier(norm, m, quantities(goal_start, m.start()), written, is_money, is_count)
    if any(
        q.end() <= m.start() and is_count(q) and not _ENDS_ITEM.match(norm, q.end())
        for q in quantities(goal_start, m.start())
    ):
        return True  # 引进4家…超2000万元的总部 (产量50万吨、产值80亿元以上的基地: a count that ends its item is a goal)
    noun_end = _NOUN.match(norm, modifier.end(), min(part_end, modifier.end() + _NOUN_BEFORE_COUNT)).end()
    after = [q for q in quantities(modifier.end(), part_end) if is_count(q)]
    return bool(after) and after[0].start() == noun_end  # 过8000万元的街道3个


def _shared_modifier(
    norm: str,
    m: re.Match,
    before: list[re.Match],
    written: Callable[[int, int], list[re.Match]],
    is_money: Callable[[re.Match], bool],
    is_count: Callable[[re.Match], bool],
) -> bool:
    """3户以上年纳税过5000万元、1户以上年纳税过2亿元的总部企业: an amount that ends an item before 、, when the next item
    counts and its amount ends the modifier the two share (``written``: every quantity as written, the next item's
    amount among them, though as a modifier's it is no value of a goal)."""
    if not norm.startswith("、", m.end()) or not any(is_count(q) for q in before):
        return False
    following = written(m.end() + 1, min(len(norm), m.end() + 1 + _ITEM_CHARS))
    return (
        len(following) >= 2
        and is_count(following[0])
        and is_money(following[1])
        and _MODIFIER_END.match(norm, following[1].end()) is not None
    )


def item_of_measures(
    norm: str, part_start: int, m: re.Match, written: Callable[[str, int, int], Iterator[re.Match]]
) -> bool:
    """建成产量100万吨、产值100亿元以上的基地: the amount ``m`` is the last of a list of quantities of the thing built (an
    earlier quantity of its part ends an item with 、, and that item has no 的-modifier of its own, as 超50亿元的县8个、
    has), each a value of the goal (``written``: the quantity pattern's finditer)."""
    return any(
        _ENDS_ITEM.match(norm, q.end()) is not None
        and "的" not in norm[max(part_start, norm.rfind("、", part_start, q.start()) + 1) : q.start()]
        for q in written(norm, part_start, m.start())
    )
