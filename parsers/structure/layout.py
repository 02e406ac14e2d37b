"""Paragraphs -> boxes: notice, title, preamble, numbered parts nested by rank, signatures, attachments.

Ranks follow GB/T 9704 (``MarkerStyle.rank``); a decimal outline takes its rank from where the document
puts it: a tree of ``1``/``1.1`` sections opened under a node of rank r gets rank r + ½, so it nests
under that node and over everything of a larger rank (``（一）``, ``1.``, ``（1）``), and a marker of rank
r or less closes it. Inside the tree, sections nest by depth. Furniture lines go where they stand:
into the box of the line before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from parsers.numbers import parse_ordinal
from parsers.structure.call_parts import call_parts_span
from parsers.structure.covering_parts import covering_parts_span
from parsers.structure.displaced import displaced_tails
from parsers.structure.lines import Line
from parsers.structure.markers import (
    ATTACHMENT_RE,
    DATE_LINE_RE,
    SIGNATURE_LINE_RE,
    SIGNATURE_MAX_BODY_LINES,
    SIGNATURE_MAX_LINE_CHARS,
    MarkerStyle,
    heading_after,
    match_marker,
)
from parsers.structure.notice_block import Front, read_front
from parsers.structure.outline import DecimalLabel, OutlinePlan, decimal_label
from parsers.structure.placer import Placer
from parsers.structure.quoted import quoted_lines
from parsers.structure.signatures import BARE_DATE_RE
from parsers.structure.toc import lists_decimal_sections, table_of_contents


@dataclass(slots=True)
class Box:
    kind: str
    rank: float
    head: Line | None = None  # the numbered line (its clauses are the box's first children)
    label: str | None = None
    ordinal: int | None = None
    heading: str | None = None
    items: list[Line | Box] = field(default_factory=list)  # unnumbered lines and child boxes, in order
    depth: int = 0  # of a decimal outline section: 1 for 1, 2 for 1.1

    @property
    def n_lines(self) -> int:
        return sum(1 for item in self.items if isinstance(item, Line) and not item.is_furniture)


ITEM_RANK = 6  # 1. and below: a decimal outline opened after them closes them first
_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def ordinal_of(number: str) -> int | None:
    """The integer of a label's number (十二 -> 12, 1 2 -> 12); labels repeat, so each is read once."""
    return parse_ordinal(_SPACES_RE.sub("", number))


def numbered_box(style: MarkerStyle, m: re.Match[str], line: Line, in_article: bool) -> Box:
    kind = style.kind_in_article if (in_article and style.kind_in_article) else style.kind
    label = m.group(0).strip()
    rest = line.content[m.end() - line.content_start :]
    return Box(
        kind=kind,
        rank=style.rank,
        head=line,
        label=label,
        ordinal=ordinal_of(m.group(1)),
        heading=heading_after(rest, kind),
    )


def outline_box(label: DecimalLabel, line: Line) -> Box:
    return Box(
        kind="outline",
        rank=0.5,  # set when placed (place_outline)
        head=line,
        label=label.label,
        ordinal=label.numbers[-1],
        heading=heading_after(line.content[label.end :], "outline"),
        depth=label.depth,
    )


def place_outline(box: Box, stack: list[Box]) -> None:
    """Pop ``stack`` to where a decimal section of ``box.depth`` belongs and give it its rank."""
    while stack:
        last = stack[-1]
        if last.kind == "outline":
            if last.depth < box.depth:
                break
        elif not (
            any(b.kind == "outline" for b in stack) or last.rank >= ITEM_RANK or last.kind == "signature"
        ):
            break  # the node the outline tree hangs under
        stack.pop()
    if stack and stack[-1].kind == "outline":
        box.rank = stack[-1].rank
    else:
        box.rank = (stack[-1].rank if stack else 0) + 0.5


BROKEN_DATE_LAST_LINES = 2  # a broken date closes a signature at the text's end (a line of debris may follow)


def signature_starts(lines: list[Line], body_from: int, text: str) -> dict[int, int]:
    """{first line of a signature: its date line} for 落款 blocks: short body lines then a date line."""
    starts: dict[int, int] = {}
    seen_body = False
    for i in range(body_from, len(lines)):
        content = lines[i].content
        # (both patterns end with 日: most lines are passed over without trying them; a date that lost its 年月日,
        # 2023915日, 2018年5月30, 202256, closes the text's last lines only)
        if not (
            content.endswith("日")
            and (DATE_LINE_RE.fullmatch(content) or SIGNATURE_LINE_RE.fullmatch(content))
            or i >= len(lines) - BROKEN_DATE_LAST_LINES
            and BARE_DATE_RE.match(content)
        ):
            seen_body = True
            continue
        if not seen_body:
            continue
        first = i
        while (
            first - 1 > body_from
            and i - (first - 1) <= SIGNATURE_MAX_BODY_LINES
            and (prev := lines[first - 1].content)
            and len(prev) <= SIGNATURE_MAX_LINE_CHARS
            and not re.search(r"[。；！？：:，,;]", prev)
            and not match_marker(lines[first - 1], text)
            and not ATTACHMENT_RE.match(prev)
            and (first - 1) not in starts
        ):
            first -= 1
        starts[first] = i
    return starts


class _PartsOverArticles:
    """一、 parts over 第X条 articles, when a document uses them so (一、总则 / 第一条 … / 二、评奖标准 / 第五条).

    By rank an article closes an open 一、; but when the first article of the text comes inside a 一、,
    that 一、 is a part above articles: it and the parts after it (the next number, not a point of an
    article) take ``PART_RANK``.
    """

    PART_RANK = 2.5  # under 第X节, over 第X条

    def __init__(self) -> None:
        self.seen_article = False
        self.active = False
        self.last_part = 0

    def see(self, box: Box, stack: list[Box]) -> None:
        if box.kind == "article":
            if not self.seen_article and stack and stack[-1].kind == "action" and stack[-1].rank > 3:
                part = stack[-1]
                part.rank, self.active, self.last_part = self.PART_RANK, True, part.ordinal or 0
            self.seen_article = True
        elif box.kind == "action" and self.active and box.ordinal == self.last_part + 1:
            box.rank, self.last_part = self.PART_RANK, box.ordinal
        elif (
            box.kind == "point"
            and self.active
            and (box.label or "").endswith("、")
            and box.ordinal == self.last_part + 1  # the next part, not a point of this article
        ):
            box.kind, box.rank, self.last_part = "action", self.PART_RANK, box.ordinal


_BODY_KINDS = frozenset(["chapter", "section", "article", "action", "outline"])


def _opens_enclosed_text(content: list[Line], i: int, label_end: int, top: list[Box], text: str) -> bool:
    """An enclosure label alone (附件1：) right over a 第X章 or 第X条 heading, before the body has any unit: the
    text a notice issues, enclosed without its title line. Its chapters and articles are the document's."""
    if content[i].content[label_end:].strip() or i + 1 >= len(content):
        return False
    marker = match_marker(content[i + 1], text)
    if marker is None or marker[0].kind not in ("chapter", "article"):
        return False
    return not any(box.kind in _BODY_KINDS for box in top)


def build_boxes(text: str, lines: list[Line]) -> tuple[list[Box], Front, list[Line]]:
    """The top-level boxes (notice, title, preamble, numbered parts, signatures, attachments), the front,
    and the paragraphs they hold (titles broken over lines joined)."""
    placer = Placer(lines)
    content = placer.content
    top: list[Box] = [Box("furniture", 0, items=[line]) for line in placer.leading]
    front = placer.join_titles(read_front(content, 0, text), text)
    content = placer.content
    pos = 0
    tails = displaced_tails(content)
    if tails and (front.notice is None or front.notice[1] > tails):
        # a title's or addressee's tail the print set above the page: a leaf of its own, the notice opens below
        for i in range(tails):
            displaced = Box("displaced", 0)
            placer.put(displaced.items, i)
            top.append(displaced)
        pos = tails
    if front.notice is not None and content:
        notice = placer.head_box(Box("notice", 0), pos)
        placer.put_range(notice.items, pos + 1, front.notice[1])
        top.append(notice)
        pos = front.notice[1]
    group = front.title_group
    if group is not None and group.first >= pos:
        if group.first > pos:  # a letterhead, a 文号 … before the title
            before = Box("paragraph", 0)
            placer.put_range(before.items, pos, group.first)
            top.append(before)
        title = Box("title", 0)
        placer.put_range(title.items, group.first, group.first + group.n_lines)
        top.append(title)
        pos = group.first + group.n_lines
    placer.split_glued_chapters(pos, text)
    content = placer.content

    # trailing lines without a word character (scraper debris) become a paragraph of their own
    tail = len(content)
    while tail > pos and content[tail - 1].is_junk:
        tail -= 1
    signatures = signature_starts(content, pos, text)
    toc_lines = table_of_contents(content, pos, tail, text)
    decimals = [
        None if i in toc_lines or i < pos else decimal_label(line.content) for i, line in enumerate(content)
    ]
    outlines = OutlinePlan(decimals, listed=lists_decimal_sections(content, toc_lines))
    quoted = quoted_lines(content, pos, tail, text)  # amended wording a decision quotes: no units of its own

    stack: list[Box] = []
    parts = _PartsOverArticles()
    preamble: Box | None = None
    signature_until = -1
    for i in range(pos, tail):
        line = content[i]
        if i <= signature_until:
            placer.put(stack[-1].items, i)
            continue
        if i in signatures:
            signature = Box("signature", 0)
            placer.put(signature.items, i)
            top.append(signature)
            stack = [signature]
            signature_until = signatures[i]
            continue
        attachment = ATTACHMENT_RE.match(line.content) if line.content.startswith("附") else None
        if attachment and _opens_enclosed_text(content, i, attachment.end(), top, text):
            label = Box("paragraph", 0)  # 附件1： / 第一章 总则: the issued text, its title lost, is the body
            placer.put(label.items, i)
            top.append(label)
            stack = []
            continue
        if attachment:
            number = attachment.group(1)
            heading = line.content[attachment.end() :].strip()
            listed = match_marker(Line(0, 0, 0, heading), heading) if heading else None
            if listed:  # 附件：1．申报材料清单 — the heading is the first listed title
                heading = heading[listed[1].end() :].strip()
            box = placer.head_box(
                Box(
                    "attachment",
                    0,
                    label=line.content[: attachment.end()].strip(),
                    ordinal=ordinal_of(number) if number else None,
                    heading=heading or None,
                ),
                i,
            )
            top.append(box)
            stack = [box]
            continue
        decimal = decimals[i] if outlines.accepted[i] and i not in quoted else None
        marker = None if i in toc_lines or i in quoted or decimal is not None else match_marker(line, text)
        if marker is None and decimal is None:
            # points are one paragraph each: an unnumbered line after them belongs to their article
            if any(b.kind == "article" for b in stack):
                while stack[-1].kind != "article":
                    stack.pop()
            if stack:
                placer.put(stack[-1].items, i)
            else:
                if preamble is None or top[-1] is not preamble:
                    # lines under no numbered part: the preamble, or, after another box of the top level
                    # (an attachment's label line), a paragraph of their own in their place: boxes keep text order
                    preamble = Box("preamble" if preamble is None else "paragraph", 0)
                    top.append(preamble)
                placer.put(preamble.items, i)
            continue
        if decimal is not None:
            box = placer.head_box(outline_box(decimal, line), i)
            place_outline(box, stack)
        else:
            style, m = marker
            in_article = any(b.kind == "article" for b in stack)
            box = placer.head_box(numbered_box(style, m, line, in_article), i)
            parts.see(box, stack)
            while stack and (stack[-1].rank >= box.rank or stack[-1].kind == "signature"):
                stack.pop()
        (stack[-1].items if stack else top).append(box)
        stack.append(box)
    if tail < len(content):
        junk = Box("paragraph", 0)
        placer.put_range(junk.items, tail, len(content))
        top.append(junk)
    return _fold_call_parts(top, text), front, content


def _fold_call_parts(top: list[Box], text: str) -> list[Box]:
    """A call's own parts (一、公示时间 / 二、意见反馈) and the sentences before them go into its notice
    (call_parts), as do a covering notice's own requirements when the document it hands over is not stored
    (covering_parts): into the notice box right before them, else into a notice box of their own."""

    def head(stop: int) -> list[str]:
        return [
            line.content
            for box in top[:stop]
            for line in ([box.head] if box.head else []) + box.items
            if isinstance(line, Line)
        ]

    kinds = [box.kind for box in top]
    span = call_parts_span(kinds, [box.heading for box in top], head, text) or covering_parts_span(
        kinds, head
    )
    if span is None:
        return top
    start, stop = span
    notice = top[start - 1] if start > 0 and top[start - 1].kind == "notice" else Box("notice", 0)
    for box in top[start:stop]:
        if box.kind in ("preamble", "paragraph", "furniture"):
            notice.items.extend(box.items)
        else:
            notice.items.append(box)
    if start > 0 and top[start - 1] is notice:
        return top[:start] + top[stop:]
    return top[:start] + [notice] + top[stop:]
