"""Boxes -> Nodes: ids, clauses, offsets."""

from __future__ import annotations

from collections.abc import Callable

from parsers.model import Node
from parsers.structure.layout import Box
from parsers.structure.lines import Line
from parsers.structure.markers import CLAUSE_END_RE


class Emitter:
    def __init__(self, text: str, restore: Callable[[str | None], str | None] = lambda value: value):
        self.text = text
        self.restore = restore  # labels and headings read from the folded copy, in the text's characters
        self.seq = 0
        self.components: dict[str | None, dict[str, int]] = {}

    def _node(
        self,
        *,
        component: str,
        parent_id: str | None,
        kind: str,
        start: int,
        end: int,
        seq: int,
        children: list[Node],
        label: str | None = None,
        ordinal: int | None = None,
        heading: str | None = None,
    ) -> Node:
        node_id = component if parent_id is None else f"{parent_id}__{component}"
        return Node(
            node_id=node_id,
            parent_id=parent_id,
            kind=kind,
            ordinal=ordinal,
            label=self.restore(label),
            heading=self.restore(heading),
            text=self.text[start:end],
            char_start=start,
            char_end=end,
            seq=seq,
            children=children,
        )

    def clauses(self, line: Line, parent_id: str, counter: list[int]) -> list[Node]:
        """The sentences of one paragraph, and the furniture lines a page break left inside it."""
        if line.is_furniture:
            return [self.furniture(line.start, line.end, parent_id)]
        if not line.furniture:
            return self._sentences(line.start, line.content_start, line.end, parent_id, counter)
        out: list[Node] = []
        start, search_from = line.start, line.content_start
        for f_start, f_end in line.furniture:
            out.extend(self._sentences(start, search_from, f_start, parent_id, counter))
            out.append(self.furniture(f_start, f_end, parent_id))
            start = search_from = f_end
        out.extend(self._sentences(start, search_from, line.end, parent_id, counter))
        return out

    def _sentences(
        self, start: int, search_from: int, end: int, parent_id: str, counter: list[int]
    ) -> list[Node]:
        """Clauses covering [start, end); the hot loop of the parser, so it builds the nodes inline."""
        if start >= end:
            return []  # between two furniture lines
        text = self.text
        # each clause ends after a sentence's end (only the last match may reach ``end``) or at ``end``
        ends = [m.end() for m in CLAUSE_END_RE.finditer(text, search_from, end)]
        if not ends or ends[-1] != end:
            ends.append(end)
        out = []
        n, seq = counter[0], self.seq
        a = start
        for b in ends:
            n += 1
            out.append(  # (ordinal, label and heading: None, their defaults)
                Node(
                    node_id=f"{parent_id}__clause_{n}",
                    parent_id=parent_id,
                    kind="clause",
                    text=text[a:b],
                    char_start=a,
                    char_end=b,
                    seq=seq,
                    children=[],
                )
            )
            seq += 1
            a = b
        counter[0], self.seq = n, seq
        return out

    def furniture(
        self,
        start: int,
        end: int,
        parent_id: str | None,
        component: str | None = None,
        kind: str = "furniture",
    ) -> Node:
        """A leaf for a furniture line (or a displaced tail, ``kind``): in the tree and the text, in no clause."""
        if component is None:
            seen = self.components.setdefault(parent_id, {})
            count = seen["furniture"] = seen.get("furniture", 0) + 1
            component = f"furniture_{count}"
        return self._node(
            component=component,
            parent_id=parent_id,
            kind=kind,
            start=start,
            end=end,
            seq=self._next(),
            children=[],
        )

    def _next(self) -> int:
        seq = self.seq
        self.seq += 1
        return seq

    def paragraph(self, line: Line, parent_id: str, n: int) -> Node:
        seq = self._next()
        node_id = f"{parent_id}__paragraph_{n}"
        if line.furniture:
            children = self.clauses(line, node_id, [0])
        else:
            children = self._sentences(line.start, line.content_start, line.end, node_id, [0])
        return self._node(
            component=f"paragraph_{n}",
            parent_id=parent_id,
            kind="paragraph",
            start=line.start,
            end=line.end,
            seq=seq,
            children=children,
        )

    def box(self, box: Box, parent_id: str | None, component: str) -> Node:
        seq = self._next()
        node_id = component if parent_id is None else f"{parent_id}__{component}"
        children: list[Node] = []
        clause_counter = [0]
        if box.head is not None:
            children.extend(self.clauses(box.head, node_id, clause_counter))
        direct = box.kind in ("title", "signature", "paragraph") or (
            box.kind == "preamble" and box.n_lines == 1
        )
        sub_boxes: list[Box] = []
        n_paragraphs = 0
        for item in box.items:
            if isinstance(item, Box):
                sub_boxes.append(item)
                continue
            if sub_boxes:  # keep document order: emit the boxes seen so far first
                children.extend(self.boxes(sub_boxes, node_id))
                sub_boxes = []
            if direct or item.is_furniture:
                if item.furniture or item.is_furniture:
                    children.extend(self.clauses(item, node_id, clause_counter))
                else:  # the common case, inline: one paragraph of sentences
                    children.extend(
                        self._sentences(item.start, item.content_start, item.end, node_id, clause_counter)
                    )
            else:
                n_paragraphs += 1
                children.append(self.paragraph(item, node_id, n_paragraphs))
        children.extend(self.boxes(sub_boxes, node_id))
        return self._node(
            component=component,
            parent_id=parent_id,
            kind=box.kind,
            start=children[0].char_start,
            end=children[-1].char_end,
            seq=seq,
            children=children,
            label=box.label,
            ordinal=box.ordinal,
            heading=box.heading,
        )

    def boxes(self, boxes: list[Box], parent_id: str | None) -> list[Node]:
        """Nodes for sibling boxes; a component repeated under one parent gets a suffix (measure_3_2).

        ``self.components[parent_id]`` counts, across calls, how often each base (``measure_3``) and
        each unnumbered kind was given under that parent, so the k-th ``measure_3`` is ``measure_3_k``
        in O(1) however often a number repeats. A base is ``kind_N`` and a repeat ``kind_N_k``: the
        two forms never collide.
        """
        seen = self.components.setdefault(parent_id, {})
        out = []
        for box in boxes:
            if box.kind in ("notice", "title", "preamble") and parent_id is None:
                base = box.kind
            elif box.ordinal is not None and box.kind not in ("attachment",):
                base = f"{box.kind}_{box.ordinal}"
            else:
                count = seen[box.kind] = seen.get(box.kind, 0) + 1
                base = f"{box.kind}_{count}"
            k = seen[base] = seen.get(base, 0) + 1
            component = base if k == 1 else f"{base}_{k}"
            if box.kind == "furniture":
                line = box.items[0]
                out.append(self.furniture(line.start, line.end, parent_id, component))
            elif box.kind == "displaced":  # its line, then the furniture the print put after it
                line, *after = box.items
                out.append(self.furniture(line.start, line.end, parent_id, component, kind="displaced"))
                out.extend(self.furniture(f.start, f.end, parent_id) for f in after)
            else:
                out.append(self.box(box, parent_id, component))
        return out
