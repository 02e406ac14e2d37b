"""Cheap gates before a pattern that cannot match without them: an order's header needs 令 or 公告 in its line
(parsers.structure.orders.order_header), joint organs run together need the place opening the second in the
first (parsers.structure.organ_names._unglued). With the gate the answer is what the ungated code gives, on
lines drawn from the pieces those patterns read."""

import random
import re

from parsers.structure import orders
from parsers.structure.lines import Line
from parsers.structure.organ_names import _unglued
from parsers.structure.titles import rules, squeeze

_PIECES = [
    "甲",
    "乙省",
    "丙市",
    "人民政府",
    "办公厅",
    "令",
    "公告",
    "第",
    "3",
    "号",
    "2031年",
    "（",
    "）",
    "中共",
    "省委",
    "开发区",
    "区",
    "县",
    "局",
    "《办法》已经",
    "发布",
]


def _ungated_unglued(part: str) -> list[str]:
    issuer, place = rules().issuer_part, rules().place_name
    for cut in range(2, len(part) - 1):
        left, right = part[:cut], part[cut:]
        opening = place.match(right)
        if opening is not None and opening.group(0) in left and issuer.match(left) and issuer.match(right):
            return [left, right]
    return [part]


def _ungated_order_header(head: list[Line]) -> tuple[str, str] | None:
    before: re.Match[str] | None = None
    previous = ""
    for line in head:
        key = squeeze(line.content)
        if not key or line.is_furniture:
            continue
        if key in orders._ORDER_KINDS and rules().issuer_part.match(previous):
            key = previous + key
        previous = key
        if before is not None and orders._ORDER_NUMBER_RE.match(key):
            return before.group(0) + key, before.group("organ")
        yearly = orders._YEARLY_ORDER_RE.match(key) or orders._ORDER_LINE_RE.match(key)
        if yearly is not None:
            return yearly.group(0), yearly.group("organ")
        before = orders._ORDER_NAME_RE.match(key)
    return None


def _text(rng: random.Random, most: int) -> str:
    return "".join(rng.choice(_PIECES) for _ in range(rng.randint(1, most)))


def test_unglued_as_without_the_gate():
    rng = random.Random(25)
    parts = ["中共甲省委甲省人民政府", "甲省人民政府办公厅", "甲市人民政府甲市开发区管委会"]
    parts += [_text(rng, 8) for _ in range(4000)]
    assert sum(len(_unglued(p)) == 2 for p in parts) > 1  # the drawn parts hold joint organs too
    for part in parts:
        assert _unglued(part) == _ungated_unglued(part), part


def test_order_header_as_without_the_gate():
    rng = random.Random(10)
    heads = [["甲市人民政府令", "第5号"], ["甲省人民政府", "公告", "第3号"], ["乙省公告2031年第3号"]]
    lines = [
        "甲市人民政府令",
        "乙省公告",
        "第3号",
        "（第12号）",
        "甲市人民政府令第5号",
        "甲市人民政府",
        "公告",
    ]
    heads += [
        [rng.choice([_text(rng, 4), rng.choice(lines)]) for _ in range(rng.randint(1, 4))]
        for _ in range(4000)
    ]
    found = 0
    for texts in heads:
        head = [Line(start=0, end=len(t), content_start=0, content=t) for t in texts]
        expected = _ungated_order_header(head)
        found += expected is not None
        assert orders.order_header(head) == expected, texts
    assert found > 100
