"""text -> hierarchy of nodes with exact character offsets.

The grammar is line based. Every line is a paragraph; a *numbered* line starts with
a marker, recognised only at the start of the line (after optional whitespace,
U+3000 included). ``MARKER_STYLES`` is the grammar: one regular expression per
marker style, with the node kind it makes and its rank in the GB/T 9704 order
(``第X章`` > ``第X节`` > ``第X条`` > ``一、`` > ``（一）`` > ``1.`` > ``（1）`` > ``①``).
A stack nests each numbered line under the nearest open node of a higher rank, so
numbering that runs on across parts, restarts in each part, skips or repeats
all parse the same way. Context changes a kind, not a rank: inside an article
``（一）`` and ``一、`` are points.

Before the body come the consultation notice (关于征求…意见的通知 … 联系人/邮箱)
and the title; after it a signature (落款: issuing body lines and a date line)
and attachments (附件…). Lines that carry no word character at the very end of
the text (``|``, ``: |`` left by a page scraper) become a trailing paragraph.

Coverage is the invariant everything else serves: every character of the input
belongs to exactly one leaf, and the leaves are always clauses. A clause is one
sentence: it ends after 。；！？ (or ; ! ?), the closing quotes and brackets that
follow, and the whitespace after them; a line's end always ends a clause, and the
newline and blank lines after a paragraph belong to its last clause. Parents span
their children exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from parsers.gcpause import collector_paused
from parsers.model import Node, walk
from parsers.status import split_status
from parsers.structure.emitter import Emitter
from parsers.structure.layout import build_boxes
from parsers.structure.lines import split_lines

__all__ = ["Structure", "parse_structure", "split_status"]


@dataclass
class Structure:
    nodes: list[Node]  # top-level nodes, each with its children
    title: str | None = None  # normalised: status words and their brackets dropped
    status: str | None = None  # 征求意见稿 …
    notice_span: tuple[int, int] | None = None  # where the consultation notice is, if any
    extra: dict = field(default_factory=dict)
    title_span: tuple[int, int] | None = None  # the title node's span, if any

    def iter_nodes(self) -> Iterator[Node]:
        return walk(self.nodes)

    def leaves(self) -> list[Node]:
        return [n for n in self.iter_nodes() if not n.children]


def parse_structure(text: str) -> Structure:
    """The hierarchy of ``text``: notice, title, preamble, numbered parts, signature, attachments."""
    with collector_paused():  # tens of thousands of acyclic objects: collection passes only cost time
        lines = split_lines(text)
        top = build_boxes(text, lines)
        nodes = Emitter(text).boxes(top, None)
    structure = Structure(nodes=nodes)
    for node in nodes:
        if node.kind == "notice":
            structure.notice_span = (node.char_start, node.char_end)
        elif node.kind == "title":
            structure.title_span = (node.char_start, node.char_end)
            structure.title, structure.status = split_status(node.text.strip())
    return structure
