"""A line's last characters that the print set above the page's first line (issue 7, wrapped copies).

pdftotext puts the last line of a centred title (``知`` under ``…的通``, ``告``), or the last characters of an
addressee line cut at the margin (``位:`` of ``…直属各单``), above the first line of the page. Read in place,
that orphan was the notice's first clause and pushed the title line down into a paragraph, so the copy's
hierarchy read differently from the original's. It is a node of its own kind, ``displaced``: a leaf outside
every clause, like page furniture, its span where it stands (offsets stay lossless, spans contiguous); the
title line is the notice's head again. The title's text keeps its tail (``head_titles._with_orphan_tail``).

``completes`` says which line a tail ends: the structure asks it of the lines below, the wrapped-copy compare
(``scripts/wrapped_compare.py``) of the clauses after a displaced leaf, so both read the same join.
"""

from __future__ import annotations

import re

from parsers.structure.head_titles import ORPHAN_WINDOW
from parsers.structure.lines import Line
from parsers.structure.titles import (
    ADDRESSEE_RE,
    ends_with_doc_type,
    is_doc_number_line,
    open_quote,
    squeeze,
)

# a title's last line (one or two characters) or an addressee's last characters with its colon
_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,2}[:：]?")
_COLONS = (":", "：")


def completes(line: str, tail: str) -> bool:
    """``tail`` is the end ``line`` lost: with it a title ends with a kind of document (and did not before),
    or an addressee line gets the colon that closes it (and had none)."""
    line, tail = squeeze(line), squeeze(tail)
    if not line or not _TAIL_RE.fullmatch(tail):
        return False
    if ends_with_doc_type(line):  # a whole title lacks nothing
        return False
    if tail.endswith(_COLONS):
        # a 文号 over the addressee (a notice printed without its title line) is no addressee, though the
        # addressee pattern reads 甲政办规〔2031〕24号位： as one
        return (
            not line.endswith(_COLONS)
            and not is_doc_number_line(line)
            and ADDRESSEE_RE.match(line + tail) is not None
        )
    # a tail that names a kind of document itself (令, 函) is a one-character title as much as a cut one's end
    return not open_quote(line) and not ends_with_doc_type(tail) and ends_with_doc_type(line + tail)


def displaced_tails(content: list[Line]) -> int:
    """How many of the page's first lines are tails the print set above the lines they end: a title of the
    head below lacks the first (``…的通`` + ``知``), or an addressee line does (``…各单`` + ``位:``). A page
    that gives its title twice (a site's heading over the text's own) has it cut twice: the same tail again
    right under the first is the second one's. A short first line that ends no line below (a one-character
    title, a stray mark) stays where it is: 0."""
    if len(content) < 2:
        return 0
    tail = squeeze(content[0].content)
    if not _TAIL_RE.fullmatch(tail) or not _ends_a_line_below(content, tail):
        return 0
    n = 1
    while n < len(content) - 1 and squeeze(content[n].content) == tail:
        n += 1
    return n


def displaced_over(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a tail that ends a line of the head window below it (furniture and blank lines left out): a
    short line over a site's breadcrumb that chrome rules would take for the masthead's."""
    tail = squeeze(lines[i].content)
    below = [line for line in lines[i + 1 :] if not line.is_furniture and line.content.strip()]
    return bool(_TAIL_RE.fullmatch(tail)) and _ends_a_line_below([lines[i], *below], tail)


def _ends_a_line_below(content: list[Line], tail: str) -> bool:
    """A line of the head below (a title cut after ``…的通``, an addressee after ``…直属各单``) that ``tail`` ends.
    A browser's print gives the title whole in its header and cut in the body: any line of the window counts.
    (A title whose own tail stands under it was joined into one line before: ``Placer.join_titles``.)"""
    return any(completes(line.content, tail) for line in content[1 : 1 + ORPHAN_WINDOW])
