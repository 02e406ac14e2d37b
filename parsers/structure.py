"""text -> hierarchy of nodes with character offsets.  (CONTRACT STUB: the structure helper replaces the body.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.model import Node


@dataclass
class Structure:
    nodes: list[Node]  # top-level nodes, each with its children
    title: str | None = None
    status: str | None = None  # 征求意见稿 …
    notice_span: tuple[int, int] | None = None  # where the consultation notice is, if any
    extra: dict = field(default_factory=dict)

    def iter_nodes(self):
        stack = list(reversed(self.nodes))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))


def parse_structure(text: str) -> Structure:
    return Structure(
        nodes=[
            Node(
                node_id="body__clause_1",
                parent_id=None,
                kind="clause",
                text=text,
                char_start=0,
                char_end=len(text),
                seq=0,
            )
        ]
    )
