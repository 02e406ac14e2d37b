"""A law encyclopedia's answer numbered ① that carries a document: the numeral's line is the document's heading.

Such a page asks a search topic in its headline (绿地条例) and answers with the texts it found, each under a circled
numeral: ``① 甲区滨河绿地的绿地管理办法`` right over ``第一章 总 则`` or ``第一条``. A ① line is otherwise a list's
smallest item and never a title; here it names a kind of document and the document's own first chapter or article
stands under it, so it is the heading (its numeral dropped by collection_marks).
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line

# a circled numeral at the line's start (the marker grammar's smallest item)
_CIRCLED_RE = re.compile(r"[\u2460-\u2473]\s*")
# the document's first chapter or article, or its 总则, on the next line that holds words
_FIRST_PART_RE = re.compile(r"\s*(?:第\s*[一1]\s*[章条]|总\s*则)")


def answer_heading(line: Line, text: str) -> bool:
    """``line`` is ``① X办法`` right over its document's first chapter or article."""
    # (titles asks this of every marked line it reads, and this reads titles' kinds: imported here, not at the top)
    from parsers.structure.titles import ends_with_doc_type

    m = _CIRCLED_RE.match(line.content)
    if m is None or not ends_with_doc_type(line.content[m.end() :]):
        return False
    return _FIRST_PART_RE.match(text, line.end) is not None
