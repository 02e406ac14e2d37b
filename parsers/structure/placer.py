"""Paragraphs placed into boxes: each with the furniture lines that came after it in the text (layout's helper)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.structure.glued_chapter import opens_first_article, opens_first_chapter, split_glued_chapter
from parsers.structure.lines import Line
from parsers.structure.notice_block import Front
from parsers.structure.runon import split_run_on_items
from parsers.structure.titles import TitleGroup

if TYPE_CHECKING:
    from parsers.structure.layout import Box


class Placer:
    """Appends paragraphs to boxes, each followed by the furniture lines that came after it in the text."""

    def __init__(self, lines: list[Line]):
        self.content: list[Line] = []
        self.trailing: list[list[Line]] = []
        self.leading: list[Line] = []
        for line in lines:
            if line.is_furniture:
                (self.trailing[-1] if self.trailing else self.leading).append(line)
            else:
                self.content.append(line)
                self.trailing.append([])

    def join_titles(self, front: Front, text: str) -> Front:
        """One paragraph for each title the layout broke over lines (国务院办公厅关于推进 / 政务新媒体…的意见):
        its line breaks become soft, so the title is one clause, as in an unbroken copy."""
        groups = [g for g in (front.notice_head, front.title_group) if g is not None and g.count > 1]
        groups = [
            g for g in groups if not any(self.trailing[k] for k in range(g.first, g.first + g.count - 1))
        ]
        if not groups:
            return front
        shift_at: list[tuple[int, int]] = []  # (first old index after a joined group, lines removed so far)
        removed = 0
        for group in sorted(groups, key=lambda g: g.first):
            lines = self.content[group.first - removed : group.first - removed + group.count]
            joined = Line(
                lines[0].start,
                lines[-1].end,
                lines[0].content_start,
                "".join(line.content for line in lines),
                soft_breaks=tuple(
                    pos
                    for a, b in zip(lines, lines[1:], strict=False)
                    for pos in range(a.content_start + len(a.content), b.content_start)
                    if text[pos] == "\n"
                ),
            )
            at = group.first - removed
            self.content[at : at + group.count] = [joined]
            self.trailing[at : at + group.count] = [self.trailing[at + group.count - 1]]
            removed += group.count - 1
            shift_at.append((group.first + group.count, removed))

        def new(i: int) -> int:
            return i - next((r for first, r in reversed(shift_at) if i >= first), 0)

        def moved(g: TitleGroup | None) -> TitleGroup | None:
            if g is None:
                return None
            joined = g in groups
            return replace(g, first=new(g.first), count=1 if joined else g.count)

        notice = None if front.notice is None else (new(front.notice[0]), new(front.notice[1]))
        return replace(
            front, notice=notice, notice_head=moved(front.notice_head), title_group=moved(front.title_group)
        )

    def put(self, items: list, i: int) -> None:
        items.append(self.content[i])
        if trailing := self.trailing[i]:
            items.extend(trailing)

    def put_range(self, items: list, start: int, stop: int) -> None:
        for i in range(start, stop):
            self.put(items, i)

    def head_box(self, box: Box, i: int) -> Box:
        """A box whose first line is ``i``: the furniture after that line opens its items."""
        box.head = self.content[i]
        box.items.extend(self.trailing[i])
        return box

    def split_glued_chapters(self, start: int, text: str) -> None:
        """Lines from ``start`` (the body, under the title) that run a first chapter on from the line before it
        (a date, a note of adoption, a title) are cut before the chapter and its first article
        (``glued_chapter``); the furniture after such a line follows its last piece. When a first chapter opens
        a line of its own further down, the glued one is a summary of the text (a page's description) and stays."""
        if "章" not in text and "条" not in text:
            return
        own_first_chapter_below = own_first_article_below = False
        for i in range(len(self.content) - 1, start - 1, -1):
            if opens_first_chapter(self.content[i]):
                own_first_chapter_below = True
            own_first_article_below = own_first_article_below or opens_first_article(self.content[i])
            if own_first_chapter_below:
                continue
            following = self.content[i + 1] if i + 1 < len(self.content) else None
            pieces = split_glued_chapter(self.content[i], following, text, not own_first_article_below)
            if pieces is None:
                continue
            # the articles run on after the first one (a one-line copy: X办法,第一条,…第二条、…)
            pieces[-1:] = split_run_on_items(pieces[-1:], text)
            self.content[i : i + 1] = pieces
            self.trailing[i : i + 1] = [[] for _ in pieces[:-1]] + [self.trailing[i]]
