"""Where a row sits in its document: the enclosing provision and the path of labels from the top.

Every money, ratio and target row, every value change and every node carries these columns, so
no analyst needs a recursive join over ``nodes`` to say which measure or article a number is in.

The **provision** of a node is

1. the article it is in, if it is in one (第X条: regulations cite the article; the points
   （一） and items 1. inside it are parts of that citation, not provisions of their own);
2. else its nearest measure （一）, item 1. or decimal outline section (1.2.3);
3. else, outside any of these, its nearest numbered part (一、, 第X章, 第X节, 附件);
4. else the top-level part it sits in (notice, title, preamble, signature), which has no label.

So ``provision_id`` is never null for a row of a parsed document, and ``provision_kind`` says
which rule applied. Points and subitems （1） ① are not provisions: they enumerate the cases of
the provision's lead-in (对下列企业给予奖励：（1）…（2）…), which gives them their meaning; a
reader cites them as a part of it (第十条第（二）项). They appear in ``path``.

``path`` joins the labels of the numbered nodes from the top down to the deepest numbered node
that holds the row (``第二章 › 第十条 › （二）``); ``provision_path`` stops at the provision
(``一、 › （三）``). Labels are as written; sort by ``provision_seq`` (document order) or
``provision_ordinal`` (the label's number), never by the label text (（十一） sorts before （二）).
"""

from __future__ import annotations

from typing import NamedTuple

from parsers.model import Document, Node

PATH_SEPARATOR = " › "
PROVISION_KINDS = frozenset({"measure", "item", "outline", "article"})
ENUMERATION_KINDS = frozenset({"point", "subitem"})  # in paths, never provisions


class Provision(NamedTuple):
    """The enclosing provision of a node, and the label paths: the columns, in table order.

    Fact tables carry all of them; value_changes carries each twice (old_…, new_…); nodes
    carry provision_id and path.
    """

    provision_id: str
    provision_kind: str
    provision_label: str | None
    provision_heading: str | None
    provision_ordinal: int | None
    provision_seq: int
    provision_path: str | None
    path: str | None

    def columns(self, prefix: str = "") -> dict[str, object]:
        return {prefix + name: value for name, value in zip(PROVISION_COLUMNS, self, strict=True)}


PROVISION_COLUMNS: tuple[str, ...] = Provision._fields
EMPTY_COLUMNS: dict[str, None] = dict.fromkeys(PROVISION_COLUMNS)
_Owner = tuple[Node, "str | None"]  # a node that can own a row, and its path


def provisions(doc: Document) -> dict[str, Provision]:
    """node_id -> its Provision, for every node of ``doc``, in one walk of the tree.

    Path strings are built once per numbered node and Provision objects once per distinct
    (provision, path); an unnumbered child that is no provision (a clause, a paragraph) shares
    its parent's, so the thousands of clauses of a long document cost one dict entry each.
    """
    found: dict[str, Provision] = {}
    made: dict[tuple[str, str | None], Provision] = {}
    # (node, its parent's path, the (node, path) that rules 1-2, 3 and 4 picked above it)
    stack: list[tuple[Node, str | None, _Owner | None, _Owner | None, _Owner | None]] = [
        (node, None, None, None, None) for node in reversed(doc.nodes)
    ]
    while stack:
        node, path, provision, numbered, top = stack.pop()
        if node.label:
            path = f"{path}{PATH_SEPARATOR}{node.label}" if path else node.label
            if node.kind not in ENUMERATION_KINDS:
                numbered = (node, path)
        if node.kind in PROVISION_KINDS and (provision is None or provision[0].kind != "article"):
            provision = (node, path)
        if top is None:
            top = (node, path)
        owner, owner_path = provision or numbered or top
        entry = made.get((owner.node_id, path))
        if entry is None:
            entry = made[(owner.node_id, path)] = Provision(
                provision_id=owner.node_id,
                provision_kind=owner.kind,
                provision_label=owner.label,
                provision_heading=owner.heading,
                provision_ordinal=owner.ordinal,
                provision_seq=owner.seq,
                provision_path=owner_path,
                path=path,
            )
        found[node.node_id] = entry
        pending = [node.children]
        while pending:  # unnumbered descendants that are no provision share this entry
            for child in pending.pop():
                if child.label or child.kind in PROVISION_KINDS:
                    stack.append((child, path, provision, numbered, top))
                else:
                    found[child.node_id] = entry
                    if child.children:
                        pending.append(child.children)
    return found
