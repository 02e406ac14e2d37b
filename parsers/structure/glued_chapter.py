"""A regulation's first chapter glued to the end of the line before it (round 25).

Copies of regulations that lost their line breaks run the first chapter heading on from whatever stood over it:
the date of the order (``…二○○二年十二月十九日郑州市…办法第一章总则第一条为…``), the note of adoption
(``…常务委员会第三十二次会议批准)第一章总则``), the title and its status (``…条例(修订草案征求意见稿)第一章总则
第一条…``). The line opens with no heading, so the chapter and its first article are lost to the body.

The line is cut where the chapter begins, and again where its first article begins, once the title has been
read: the lines the title readers see stay as the page gives them. Only the first chapter with a heading of its
own and the first article right after it (or opening the next line) is taken: a reference in a sentence
(依照本条例第一章的规定, 第一章第一条规定的) has no heading between the two or no article after it, and a
line that already carries other chapters or articles before it (a snippet stitched from pieces of the text) is
no head line over the text.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES
from parsers.structure.lines import Line

# 第一章 + its heading (a few characters, no sentence punctuation, no other label) + the first article or the end
_FIRST_CHAPTER_RE = re.compile(
    rf"第\s*[一1]\s*章[{LINE_SPACES}]*(?P<heading>[^\s。，；：、,;:（）()《》“”第]{{1,12}}(?:[{LINE_SPACES}]+[^\s。，；：、,;:（）()《》“”第]{{1,6}})*)"
    rf"[{LINE_SPACES}]*(?P<article>第\s*[一1]\s*条|$)"
)
_FIRST_ARTICLE_RE = re.compile(r"第\s*[一1]\s*条")
_OPENING_FIRST_CHAPTER_RE = re.compile(r"第\s*[一1]\s*章")
# a cross-reference: the chapter is named in a sentence, not opened
_CITED_BEFORE = frozenset("本依照按据见在和及与、至")
_HEADING_LABEL = r"第\s*[一二三四五六七八九十百零〇\d]{1,5}\s*[章节条编篇]"
_OPENING_HEADING_RE = re.compile(_HEADING_LABEL)
_HEADING_LABEL_RE = re.compile(_HEADING_LABEL)


def _first_chapter(content: str, next_line: str | None) -> tuple[int, int | None] | None:
    """(where the glued first chapter begins, where its first article begins or None) in ``content``."""
    if "章" not in content:
        return None
    for m in _FIRST_CHAPTER_RE.finditer(content, 1):
        if content[m.start() - 1] in _CITED_BEFORE:
            continue
        if _HEADING_LABEL_RE.search(content, 0, m.start()):
            return None  # chapters or articles before it: a stitched snippet, not a head line over the text
        if m.group("article"):
            return m.start(), m.start("article")
        if next_line is not None and _FIRST_ARTICLE_RE.match(next_line):
            return m.start(), None
    return None


def _cut(line: Line, at: int) -> tuple[Line, Line]:
    first = Line(line.start, line.content_start + at, line.content_start, line.content[:at].rstrip())
    second = Line(line.content_start + at, line.end, line.content_start + at, line.content[at:])
    return first, second


def opens_first_chapter(line: Line) -> bool:
    """The line is the first chapter's own heading: a glued one before it is a page's summary of the text."""
    return _OPENING_FIRST_CHAPTER_RE.match(line.content) is not None


def split_glued_chapter(line: Line, next_line: Line | None, text: str) -> list[Line] | None:
    """The pieces of a line (not a heading itself) that runs the first chapter on, or None.

    Only a line whose content stands in the text as it is (no wrapped lines joined into it) is cut, so the
    pieces' offsets hold."""
    content = line.content
    if (
        "章" not in content
        or _OPENING_HEADING_RE.match(content)
        or text[line.content_start : line.content_start + len(content)] != content
    ):
        return None
    found = _first_chapter(content, next_line.content if next_line is not None else None)
    if found is None:
        return None
    chapter_at, article_at = found
    head, rest = _cut(line, chapter_at)
    if article_at is None:
        return [head, rest]
    chapter, article = _cut(rest, article_at - chapter_at)
    return [head, chapter, article]
