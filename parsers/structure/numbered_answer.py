"""A law encyclopedia's answer numbered ① that carries a document: the numeral's line is the document's heading.

Such a page asks a search topic in its headline (绿地条例) and answers with the texts it found, each under a circled
numeral: ``① 甲区滨河绿地的绿地管理办法`` right over ``第一章 总 则`` or ``第一条``. A ① line is otherwise a list's
smallest item and never a title; here it names a kind of document and the document's own first chapter or article
stands under it, so it is the heading (its numeral dropped by collection_marks).
"""

from __future__ import annotations

import re

from parsers.structure.lines import Line


def answer_heading(line: Line, text: str, numeral: re.Match[str]) -> bool:
    """``line`` is ``① X办法`` (``numeral``: the marker grammar's circled numeral at its start) right over its
    document's first chapter or article."""
    # (markers asks this of every circled line it reads, and this reads titles' kinds and the marker grammar's first
    # part, which import markers: imported here, not at the top)
    from parsers.structure.markers import opens_first_part
    from parsers.structure.titles import ends_with_doc_type

    name = line.content[numeral.end() - line.content_start :].lstrip()
    return ends_with_doc_type(name) and opens_first_part(text, line.end)
