"""Decimal outlines: ``1`` / ``1.1`` / ``1.1.1`` headings, as 应急预案 and many 实施方案 number their parts.

A decimal heading is a number of one to five parts at the start of a line (``1.2.3``, full-width dots
``１．２``, spaces left by PDF extraction ``1. 2``), then an optional ``、`` or ``.`` and the heading. It
becomes a node of kind ``outline``: ``label`` as written, ``ordinal`` its last number (``1.10`` is the
tenth section of 1, after ``1.9``), nested by depth, so ``1.2.3`` is ``outline_1__outline_2__outline_3``.

False headings are kept out by the number's neighbours: a unit or a digit after it (``1.5亿元``, ``2.3倍``,
``1.2.3.4.5.6``), a first part of more than two digits (``2024.1.1``), a table-of-contents line (dot
leaders and a page number: ``3.2应急报告……9``). A single number (``1``, ``1.``, ``1、``, ``1 总则``) is a
top-level decimal section only in a document that has decimal headings, and only when the next decimal
heading is one of its own sections (``1 总则`` before ``1.1 编制目的``; ``1.`` before ``2.1`` is an item),
or, written with a space, when it follows the last top-level section (``3 附则`` after ``2.5``), or, written
without one, right after a subsection with no section of its own under it (``2.组织机构`` after ``1.4``; round 27).
After a contents page of decimal sections, a lone ``1 总则`` where the excerpt stops is the body's first section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.structure.lines import line_memo

_DIGIT = "0-9０-９"
_DOT = r"\s*[.．]\s*"
# What makes a number a quantity, not a heading: 1.5亿元, 2.3倍, 3个月, 2.5万条, 12.31日前, 10、20万元. Only
# words that cannot open a heading: 1.2人员职责, 1.3分级分类, 1.4日常管理 and 2.1项目管理 are headings.
_QUANTITY_RE = re.compile(
    r"\s*(?:[亿万元%％‰倍吨米亩岁余多－—~～/／:：,，.．\-]|个(?!人)|千[米克瓦]|公[里顷斤]|平方|立方|小时|分钟"
    r"|[年月]以|[年月日号][前起止底内]|人次|以[上下内]|左右|至|到"
    r"|(?<=[0-9０-９])月)"  # 8月海漂垃圾…的通报: a month right after the number, never a heading's label
)
MULTI_RE = re.compile(rf"([{_DIGIT}]{{1,2}}(?:{_DOT}[{_DIGIT}]{{1,3}}){{1,4}})(?![{_DIGIT}])[.．、]?")
SINGLE_RE = re.compile(
    rf"([{_DIGIT}]{{1,2}})(?:\s*[.．、](?![{_DIGIT}])|(?![{_DIGIT}])(?=\s)|(?![{_DIGIT}])(?=[\u4e00-\u9fff]))"
)
_AFTER_RE = re.compile(r"\s*([^\s])")
# dot leaders (or a wide gap) and a page number; or long leaders alone, the number gone to a column of its own
# (PDF extraction of a contents page: 1.4工作原则…………… / … / 3 3 5)
_TOC_ENTRY_RE = re.compile(r"(?:[.．…·。\-－_]{3,}|…{2,}|\s{4,})\s*[0-9０-９]{1,4}\s*$|(?:[.．…·]{6,})\s*$")
_TOC_LAST_CHARS = frozenset("0123456789０１２３４５６７８９.．…·")
TOC_TAIL_CHARS = 40  # a leader and a page number end the line: looking further costs, never helps
_DOT_SPLIT_RE = re.compile(r"\s*\.\s*")
_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass(frozen=True)
class DecimalLabel:
    label: str  # as written, with a trailing 、 or . (``1.2.3``, ``1、``)
    numbers: tuple[int, ...]  # (1, 2, 3)
    end: int  # where the heading text starts in the content
    spaced: bool  # a single number written with a space after it (``3 附则``)

    @property
    def depth(self) -> int:
        return len(self.numbers)


@line_memo
def is_toc_entry(content: str) -> bool:
    """A table-of-contents line: dot leaders (or a wide gap) and a page number at its end, or long leaders."""
    tail = content[-TOC_TAIL_CHARS:]  # the tail only: linear
    last = tail.rstrip()[-1:]  # (every entry ends with a page number or a leader, spaces aside)
    return bool(last) and last in _TOC_LAST_CHARS and _TOC_ENTRY_RE.search(tail) is not None


@line_memo
def decimal_label(content: str) -> DecimalLabel | None:
    """The decimal label that starts ``content`` (stripped), when the rest reads like a heading."""
    if not content or content[0] not in "0123456789０１２３４５６７８９":
        return None
    m = MULTI_RE.match(content)
    single = m is None
    if single:
        m = SINGLE_RE.match(content)
        if m is None:
            return None
    after = _AFTER_RE.match(content, m.end())
    if (
        after is None
        or after.group(1) in "0123456789０１２３４５６７８９"
        or _QUANTITY_RE.match(content, m.end())
    ):
        return None  # nothing after it, or a quantity: 1.5亿元, 3个月
    if is_toc_entry(content):
        return None
    numbers = tuple(int(p) for p in _DOT_SPLIT_RE.split(m.group(1).translate(_WIDTH).strip()))
    spaced = single and m.group(0)[-1:].isdigit() and content[m.end() : m.end() + 1].isspace()
    return DecimalLabel(m.group(0).strip(), numbers, m.end(), spaced)


class OutlinePlan:
    """Which decimal candidates of a document are headings (decided once over all its lines)."""

    def __init__(self, labels: list[DecimalLabel | None], listed: bool = False):
        """``listed``: a table of contents before the body lists decimal sections, so the body is an
        outline even when it holds one multi-part heading (an excerpt: 1 总则 / 1.1 编制目的 / prose)."""
        self.accepted: list[bool] = [False] * len(labels)
        multi = [k for k, lab in enumerate(labels) if lab is not None and lab.depth > 1]
        if len(multi) < (1 if listed or _under_its_section(labels, multi) else 2):
            if listed and not multi:
                self._first_section_only(labels)
            return  # no decimal outline: single numbers stay items (1.) or text (1 总则)
        # backwards: the first part of the next multi-part label, and the single numbers seen since it
        next_first: int | None = None
        singles_since: set[int] = set()
        for k in range(len(labels) - 1, -1, -1):
            lab = labels[k]
            if lab is None:
                continue
            if lab.depth > 1:
                self.accepted[k] = True
                next_first, singles_since = lab.numbers[0], set()
                continue
            n = lab.numbers[0]
            self.accepted[k] = next_first == n and n not in singles_since
            singles_since.add(n)
        # a single number written with a space that follows the last top-level section: 3 附则 after 2.5; or
        # written 2. / 2、 / 2组织… right after a subsection of the outline, with no section of its own under it
        # (the next label opens a later section, or the excerpt ends): 1.4适用范围 / 2.组织机构和职责 / 3.1
        top = 0
        present = [k for k, lab in enumerate(labels) if lab is not None]
        for j, k in enumerate(present):
            lab = labels[k]
            if lab is None:
                continue
            if not self.accepted[k] and lab.depth == 1 and lab.numbers[0] == top + 1:
                later = labels[present[j + 1]] if j + 1 < len(present) else None
                before = labels[present[j - 1]] if j > 0 else None
                self.accepted[k] = lab.spaced or (
                    before is not None
                    and before.depth > 1
                    and self.accepted[present[j - 1]]
                    and (later is None or later.numbers[0] > lab.numbers[0])
                )
            if self.accepted[k]:
                top = lab.numbers[0]

    def _first_section_only(self, labels: list[DecimalLabel | None]) -> None:
        """A contents page lists the sections and the excerpt stops inside the first (1 总则 / prose, cut):
        that 1 is the body's first section, unless a 1 comes again (a list of items 1. 2. …)."""
        present = [k for k, lab in enumerate(labels) if lab is not None]
        ones = [k for k, lab in enumerate(labels) if lab is not None and lab.numbers == (1,)]
        if present and ones == present[:1]:
            self.accepted[present[0]] = True


def _under_its_section(labels: list[DecimalLabel | None], multi: list[int]) -> bool:
    """One multi-part heading right under the top-level section it belongs to (1 总则 / 1.1 编制目的 / prose,
    where an excerpt stops): an outline of one section, as a reader counts it."""
    if len(multi) != 1 or multi[0] == 0:
        return False
    first = labels[multi[0]]
    before = next((lab for lab in reversed(labels[: multi[0]]) if lab is not None), None)
    return (
        first is not None
        and before is not None
        and before.depth == 1
        and first.numbers[:1] == before.numbers
        and first.numbers[1] == 1
    )
