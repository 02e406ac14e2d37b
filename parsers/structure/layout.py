"""Lines -> boxes: notice, title, preamble, numbered parts nested by rank, signatures, attachments."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.numbers import parse_ordinal
from parsers.structure.lines import Line
from parsers.structure.markers import (
    ATTACHMENT_RE,
    DATE_LINE_RE,
    SIGNATURE_LINE_RE,
    SIGNATURE_MAX_BODY_LINES,
    SIGNATURE_MAX_LINE_CHARS,
    TOC_RE,
    MarkerStyle,
    heading_after,
    match_marker,
)
from parsers.structure.notice_block import find_notice_end
from parsers.structure.titles import title_lines


@dataclass(slots=True)
class Box:
    kind: str
    rank: int
    head: Line | None = None  # the numbered line (its clauses are the box's first children)
    label: str | None = None
    ordinal: int | None = None
    heading: str | None = None
    items: list[Line | Box] = field(default_factory=list)  # unnumbered lines and child boxes, in order

    @property
    def n_lines(self) -> int:
        return sum(1 for item in self.items if isinstance(item, Line))


def numbered_box(style: MarkerStyle, m: re.Match[str], line: Line, in_article: bool) -> Box:
    kind = style.kind_in_article if (in_article and style.kind_in_article) else style.kind
    label = m.group(0).strip()
    rest = line.content[m.end() - line.content_start :]
    return Box(
        kind=kind,
        rank=style.rank,
        head=line,
        label=label,
        ordinal=parse_ordinal(re.sub(r"\s+", "", m.group(1))),
        heading=heading_after(rest, kind),
    )


def signature_starts(lines: list[Line], body_from: int, text: str) -> dict[int, int]:
    """{first line of a signature: its date line} for 落款 blocks: short body lines then a date line."""
    starts: dict[int, int] = {}
    seen_body = False
    for i in range(body_from, len(lines)):
        content = lines[i].content
        if not (DATE_LINE_RE.fullmatch(content) or SIGNATURE_LINE_RE.fullmatch(content)):
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


def table_of_contents(lines: list[Line], start: int, stop: int, text: str) -> set[int]:
    """Lines of a 目录 block: from the 目录 line up to where its first entry's label comes again."""
    for i in range(start, min(stop, start + 10)):
        if TOC_RE.fullmatch(lines[i].content) and i + 1 < stop:
            first = match_marker(lines[i + 1], text)
            if first is None:
                return set()
            label = re.sub(r"\s+", "", first[1].group(0))
            for j in range(i + 2, stop):
                again = match_marker(lines[j], text)
                if again and re.sub(r"\s+", "", again[1].group(0)) == label:
                    return set(range(i, j))
            return set()
    return set()


def build_boxes(text: str, lines: list[Line]) -> list[Box]:
    """The top-level boxes: notice, title, preamble, numbered parts nested by rank, signatures, attachments."""
    top: list[Box] = []
    pos = 0
    if lines and lines[0].content:
        notice_end = find_notice_end(lines, text)
        if notice_end is not None:
            top.append(Box("notice", 0, head=lines[0], items=list(lines[1:notice_end])))
            pos = notice_end
    n_title = title_lines(lines, pos, text)
    if n_title:
        top.append(Box("title", 0, items=list(lines[pos : pos + n_title])))
        pos += n_title

    # trailing lines without a word character (scraper debris) become a paragraph of their own
    tail = len(lines)
    while tail > pos and lines[tail - 1].is_junk:
        tail -= 1
    signatures = signature_starts(lines, pos, text)
    toc_lines = table_of_contents(lines, pos, tail, text)

    stack: list[Box] = []
    preamble: Box | None = None
    signature_until = -1
    for i in range(pos, tail):
        line = lines[i]
        if i <= signature_until:
            stack[-1].items.append(line)
            continue
        if i in signatures:
            signature = Box("signature", 0, items=[line])
            top.append(signature)
            stack = [signature]
            signature_until = signatures[i]
            continue
        attachment = ATTACHMENT_RE.match(line.content) if line.content.startswith("附") else None
        if attachment:
            number = attachment.group(1)
            heading = line.content[attachment.end() :].strip()
            listed = match_marker(Line(0, 0, 0, heading), heading) if heading else None
            if listed:  # 附件：1．申报材料清单 — the heading is the first listed title
                heading = heading[listed[1].end() :].strip()
            box = Box(
                "attachment",
                0,
                head=line,
                label=line.content[: attachment.end()].strip(),
                ordinal=parse_ordinal(number) if number else None,
                heading=heading or None,
            )
            top.append(box)
            stack = [box]
            continue
        marker = None if i in toc_lines else match_marker(line, text)
        if marker is None:
            # points are one paragraph each: an unnumbered line after them belongs to their article
            if any(b.kind == "article" for b in stack):
                while stack[-1].kind != "article":
                    stack.pop()
            if stack:
                stack[-1].items.append(line)
            else:
                if preamble is None:
                    preamble = Box("preamble", 0)
                    top.append(preamble)
                preamble.items.append(line)
            continue
        style, m = marker
        in_article = any(b.kind == "article" for b in stack)
        box = numbered_box(style, m, line, in_article)
        while stack and (stack[-1].rank >= box.rank or stack[-1].kind == "signature"):
            stack.pop()
        (stack[-1].items if stack else top).append(box)
        stack.append(box)
    if tail < len(lines):
        top.append(Box("paragraph", 0, items=list(lines[tail:])))
    return top
