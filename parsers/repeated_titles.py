"""A page's headline repeated inside its body: a scrape's page header, no part of the text.

A news page stored from the web may repeat its title between the paragraphs of its body (the page header of each
screen it was cut from):

    甲省果业发展大会召开,2031年目标有哪些?
    …今年甲省果业的总体目标是:…。
    甲省果业发展大会召开,2031年目标有哪些?
      重点包括三个方面:
      一是,…40万亩,…;
      二是,…;
    甲省果业发展大会召开,2031年目标有哪些?
      三是,…

The copies inside the body break the paragraphs they stand between (the items of the year's goals) and name a
year of their own. parsers.context reads them as it reads page furniture: as spaces. Only a copy of the text's first
line, word for word, on a line of its own, that is no row of a table (a table repeats its header row over each
block, and its cells: 2024年底前); and a headline that states a goal with its figure (湖北:到2027年 …集群达到50个, then the same line again) or a
sentence said twice (a summary, then the body: it ends in 。) is still said.
"""

from __future__ import annotations

import re

from parsers.patterns import LINE_SPACES

_TITLE_CHARS = 60  # a page's title is one short line
_FIRST_LINE = re.compile(rf"[{LINE_SPACES}\n]*([^\n]+)")
_CELL_MARKS = ("|", "｜", "\t")  # a table's row, its cells set apart
_DATELESS_FIGURE = re.compile(r"\d(?![\d.]*\s*[年月日号])")  # 50个, 100亿元; not 2020年, 6月9日


def repeated_headlines(norm: str) -> list[tuple[int, int]]:
    """The spans of the lines after the first that repeat the text's first line, its headline (see the module)."""
    first = _FIRST_LINE.match(norm)
    if first is None:
        return []
    title = first.group(1).strip(LINE_SPACES)
    if (
        not title
        or len(title) > _TITLE_CHARS
        or title.endswith(("。", "；", ";"))
        or _DATELESS_FIGURE.search(title)
    ):
        return []
    if any(mark in title for mark in _CELL_MARKS):
        return []  # 主 要 指 标 | over each block of a table: the table's own header row
    # each copy found by a plain find, kept when nothing but spaces shares its line: a pattern built from the title
    # would be compiled afresh for every text
    spans: list[tuple[int, int]] = []
    at = norm.find(title, first.end())
    while at != -1:
        after = at + len(title)
        line_start = norm.rfind("\n", 0, at) + 1
        line_end = norm.find("\n", after)
        line_end = len(norm) if line_end == -1 else line_end
        if not norm[line_start:at].strip(LINE_SPACES) and not norm[after:line_end].strip(LINE_SPACES):
            spans.append((line_start, line_end))
        at = norm.find(title, after)
    return spans
