"""The units of a document that a revision is aligned by, and the text each is compared by.

A *unit* is a node a reader cites by its number - chapter, section, article, point, action,
measure, item, subitem, decimal section - plus the title, preamble, notice, attachment and
signature, and any top-level node outside them.

Units are of two sorts:

- a **container** (chapter, section, action, and the title/notice/preamble/attachment/signature
  around the text) is compared by its *own* text: its heading line and lead paragraphs, without
  the units inside it. A new chapter around old articles changes no article.
- a **content unit** (article, point, measure, item ...) is compared *whole*: its lead-in, its
  points and items, its closing paragraphs, in document order. An article whose point changed is
  a modified article.

A unit nested in a content unit (a point in an article, an item in a measure) is *inner*: it is
aligned only inside its paired parent; every other unit is *outer* and aligned across the document.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from parsers.model import Document, Node
from revisions.textdiff import ngrams, normalise

UNIT_KINDS = frozenset(
    {
        "notice",
        "title",
        "preamble",
        "chapter",
        "section",
        "article",
        "point",
        "action",
        "measure",
        "item",
        "subitem",
        "outline",
        "attachment",
        "signature",
    }
)
CONTAINER_KINDS = frozenset(
    {"notice", "title", "preamble", "chapter", "section", "action", "attachment", "signature"}
)
# units that carry the policy's content: what the report counts (not the notice, title or signature)
CONTENT_KINDS = frozenset({"article", "point", "measure", "item", "subitem", "outline"})


@dataclass
class Unit:
    node: Node
    kind: str
    index: int  # position among the document's units (document order)
    parent: int | None  # index of the nearest enclosing unit
    depth: int
    text: str  # what is compared and shown, as written: own text of a container, whole text otherwise
    own_text: str  # the node text without the units nested in it
    key: str  # normalised text, the unit's own label set aside
    heading_key: str
    inner: bool  # nested in a content unit: aligned inside its paired parent only
    children: list[int] = field(default_factory=list)
    _grams: frozenset[str] | None = None

    @property
    def grams(self) -> frozenset[str]:
        """Character bigrams of the key, made on first use: most units pair on identical text and never need them."""
        if self._grams is None:
            self._grams = frozenset(ngrams(self.key))
        return self._grams

    @property
    def label(self) -> str | None:
        return self.node.label

    @property
    def ordinal(self) -> int | None:
        return self.node.ordinal

    @property
    def is_content(self) -> bool:
        return self.kind in CONTENT_KINDS


def _own_text(node: Node, nested: list[Node]) -> str:
    """The node's text with the spans of the given nested nodes cut out."""
    pieces, cursor = [], node.char_start
    for inner in sorted(nested, key=lambda n: n.char_start):
        if inner.char_start > cursor:
            pieces.append(node.text[cursor - node.char_start : inner.char_start - node.char_start])
        cursor = max(cursor, inner.char_end)
    if cursor < node.char_end:
        pieces.append(node.text[cursor - node.char_start :])
    return "".join(pieces).strip()


def strip_label(text: str, label: str | None) -> str:
    """``text`` without the label it starts with (the label as stored may differ in width or spacing)."""
    stripped = text.lstrip()
    if label and stripped.startswith(label):
        return stripped[len(label) :]
    if label and normalise(stripped[: len(label) + 2]).startswith(normalise(label)):
        target, consumed = normalise(label), 0
        while consumed < len(stripped) and len(normalise(stripped[:consumed])) < len(target):
            consumed += 1
        return stripped[consumed:]
    return stripped


def collect_units(doc: Document) -> list[Unit]:
    """The document's units in document order, each with its text, parent and children."""
    found: list[tuple[Node, int | None, int]] = []  # node, parent unit index, depth
    nested: dict[int, list[Node]] = defaultdict(list)  # unit index -> units directly inside it

    def walk(nodes: list[Node], parent: int | None, depth: int, top: bool) -> None:
        for node in nodes:
            if node.kind in UNIT_KINDS or top:
                index = len(found)
                found.append((node, parent, depth))
                if parent is not None:
                    nested[parent].append(node)
                walk(node.children, index, depth + 1, False)
            else:
                walk(node.children, parent, depth, False)

    walk(doc.nodes, None, 0, True)
    units: list[Unit] = []
    for index, (node, parent, depth) in enumerate(found):
        own = _own_text(node, nested[index])
        content = node.kind in CONTENT_KINDS
        text = node.text.strip() if content else own
        inner = parent is not None and units[parent].is_content
        units.append(
            Unit(
                node=node,
                kind=node.kind,
                index=index,
                parent=parent,
                depth=depth,
                text=text,
                own_text=own,
                key=normalise(strip_label(text, node.label)),
                heading_key=normalise(strip_label(node.heading, node.label)) if node.heading else "",
                inner=inner,
            )
        )
        if parent is not None:
            units[parent].children.append(index)
    return units
