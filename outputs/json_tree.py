"""The tree form of a Document that OUT/json/<doc_id>.json holds (format 2), and the Document back from it.

Split out of outputs/json_export.py, which keeps the files (their bytes, names, atomic writes and
reading): this module is only the format, what a file writes and what a reader derives, so the
schema (outputs/json_schema.py) and the writer read one description of it.

Format 2 (``"version": "2.1.0"``, schemas/document.schema.json; a 2.0.0 file, written before the node kind
``displaced`` existed, is read as it is) keeps the document's ``text``
once; everything else points into it:

- a node holds ``id`` (its own component of the node id: ``node_id`` = the parent's node id +
  ``__`` + ``id``; left out when it is ``<kind>_<n>`` for the n-th child of its kind), ``kind``
  (left out when ``id`` starts with it), ``char_start``/``char_end`` (left out where the tree
  implies them: a node starts where its previous sibling ends, or its parent starts; the last child
  ends where its parent ends), its ``label``, ``ordinal`` and other fields when they are not null,
  ``heading_span`` (offsets of its heading in the text; ``heading`` as a string only when it is not
  a piece of the text, as for a chapter heading written with spaces) and ``children`` when it has
  any. Its text is ``text[char_start:char_end]``, its ``parent_id`` the node it sits in, its ``seq``
  its place in document order (depth first), so none of these is written; each is written only in
  the unexpected case that it is not so.
- a money, ratio or target mention holds every field but ``surface``, which is
  ``text[char_start:char_end]``, and but ``node_id`` when it is the clause the mention starts in;
  its ``mention_id``/``target_id`` is given relative to ``node_id``.
- no indentation and no spaces after separators.

That keeps a file under three times the size of its source text (format 1, where every node
repeated its children's text, indented, ran to twenty-five times). ``document_from_tree``
rebuilds the full ``Document``; outputs.json_export.read_document_json reads format 1 files
(``"version": "1.0.0"``, schemas/document-1.0.0.schema.json) as they are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import MISSING, Field, fields
from datetime import datetime
from functools import cache
from operator import attrgetter
from typing import Any, get_args, get_type_hints

from parsers.model import SCHEMA_VERSION, Document, Money, Node, Ratio, Target, document_adapter

# Node fields the tree form derives instead of writing (see the module docstring)
DERIVED_NODE_FIELDS = ("node_id", "parent_id", "text", "seq", "children", "heading")
MENTION_TABLES = ("money", "ratios", "targets")
MENTION_MODELS = {"money": Money, "ratios": Ratio, "targets": Target}
MENTION_ID_FIELDS = {"money": "mention_id", "ratios": "mention_id", "targets": "target_id"}
_PLACED_NODE_FIELDS = ("kind", "char_start", "char_end")


@cache
def model_fields(model: type) -> tuple[tuple[Field, Any], ...]:
    """The fields of a data model class in order, each with its annotation resolved."""
    hints = get_type_hints(model)
    return tuple((field, hints[field.name]) for field in fields(model))


def omitted_when_empty(model: type, leave_out: tuple[str, ...] = ()) -> dict[str, object]:
    """Fields a file leaves out when they hold this value: their default, or null when they may be null.

    A reader puts the value back before validating (``restore_omitted``).
    """
    omitted: dict[str, object] = {}
    for field, annotation in model_fields(model):
        if field.name in leave_out:
            continue
        if field.default is not MISSING:
            omitted[field.name] = field.default
        elif field.default_factory is MISSING and _nullable(annotation):
            omitted[field.name] = None
    return omitted


def _nullable(annotation) -> bool:
    return annotation is None or type(None) in get_args(annotation)


def restore_omitted(values: dict, omitted: dict[str, object]) -> dict:
    for name, value in omitted.items():
        values.setdefault(name, value)
    return values


_NODE_OMITTED = omitted_when_empty(Node, DERIVED_NODE_FIELDS + _PLACED_NODE_FIELDS)
_NODE_OMITTED_ITEMS = tuple(_NODE_OMITTED.items())
_MENTION_OMITTED = {
    table: omitted_when_empty(model, ("surface", MENTION_ID_FIELDS[table], "node_id"))
    for table, model in MENTION_MODELS.items()
}

# ---------------------------------------------------------------- Document -> tree


def _relative_id(full: str, owner: str | None) -> str | None:
    """The part of ``full`` after ``owner + '__'``; None when ``full`` does not extend ``owner``."""
    prefix = "" if owner is None else f"{owner}__"
    if full.startswith(prefix) and len(full) > len(prefix):
        return full[len(prefix) :]
    return None


def _nodes_tree(
    nodes: list[Node],
    parent_id: str | None,
    start: int,
    end: int,
    text: str,
    seq: list[int],
    leaves: list,
) -> list:
    """The tree form of sibling nodes. ``start`` and ``end`` are where the first begins and the last
    ends if the tree covers the text (its parent's span), ``seq`` the place in document order the next
    node should have: what they imply (and each node's kind count among its siblings implies) is not
    written. Leaves are collected in ``leaves`` as (start, end, node_id)."""
    last = len(nodes) - 1
    prefix = "" if parent_id is None else f"{parent_id}__"
    cut = len(prefix)
    omitted_fields = _NODE_OMITTED_ITEMS
    kinds: dict[str, int] = {}
    out = []
    for position, node in enumerate(nodes):
        node_id, kind = node.node_id, node.kind
        n = kinds[kind] = kinds.get(kind, 0) + 1
        if node_id.startswith(prefix) and len(node_id) > cut:
            component = node_id[cut:]
            if component == f"{kind}_{n}":
                tree: dict = {"kind": kind}
            elif component.split("_", 1)[0] == kind:
                tree = {"id": component}
            else:
                tree = {"id": component, "kind": kind}
        else:
            tree = {"node_id": node_id, "kind": kind}
        node_start, node_end = node.char_start, node.char_end
        if node_start != start:
            tree["char_start"] = node_start
        if position != last or node_end != end:
            tree["char_end"] = node_end
        for name, omitted in omitted_fields:
            value = getattr(node, name)
            if value is not omitted and (type(value) is not type(omitted) or value != omitted):
                tree[name] = value
        heading = node.heading
        if heading is not None:
            at = text.find(heading, node_start, node_end)
            if at >= 0:
                tree["heading_span"] = [at, at + len(heading)]
            else:
                tree["heading"] = heading
        if node.parent_id != parent_id:
            tree["parent_id"] = node.parent_id
        if node.seq != seq[0]:
            tree["seq"] = node.seq
        seq[0] += 1
        node_text = node.text
        # (compared in place: a slice would copy every level's text once more)
        if (
            not (node_end - node_start == len(node_text) and text.startswith(node_text, node_start))
            and node_text != text[node_start:node_end]
        ):
            tree["text"] = node_text
        children = node.children
        if children:
            tree["children"] = _nodes_tree(children, node_id, node_start, node_end, text, seq, leaves)
        else:
            leaves.append((node_start, node_end, node_id))
        out.append(tree)
        start = node_end
    return out


class _Leaves:
    """Which leaf node a character offset falls in (the leaves cover the text in order)."""

    def __init__(self, leaves: list[tuple[int, int, str]]):
        self.starts = [start for start, _, _ in leaves]
        self.leaves = leaves

    def at(self, offset: int) -> str | None:
        i = bisect_right(self.starts, offset) - 1
        if i >= 0:
            start, end, node_id = self.leaves[i]
            if start <= offset < end:
                return node_id
        return None


def plain_values(obj, leave_out: tuple[str, ...] = ()) -> dict:
    """A data model object's fields as JSON values (nested objects as objects, times in ISO 8601)."""
    values = {}
    for field, _ in model_fields(type(obj)):
        if field.name not in leave_out:
            values[field.name] = _plain(getattr(obj, field.name))
    return values


def _plain(value):
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return plain_values(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


_PLAIN, _OMITTABLE, _SURFACE, _NODE_ID, _ID = range(5)  # how _mention_tree treats each field of a mention


@cache
def _mention_plan(table: str) -> tuple[Any, int, int, int, int, tuple[tuple[str, int, object], ...]]:
    """For a mention table: a getter of all the model's fields at once (one C call, not one attribute
    lookup per field), where the id, node_id, char_start and char_end are among them, and each field as
    (name, how it is written, the value that leaves it out)."""
    names = tuple(field.name for field, _ in model_fields(MENTION_MODELS[table]))
    id_field = MENTION_ID_FIELDS[table]
    omitted = _MENTION_OMITTED[table]
    treatments = {id_field: _ID, "surface": _SURFACE, "node_id": _NODE_ID}
    plan = tuple(
        (name, treatments.get(name, _OMITTABLE if name in omitted else _PLAIN), omitted.get(name))
        for name in names
    )
    where = names.index
    return attrgetter(*names), where(id_field), where("node_id"), where("char_start"), where("char_end"), plan


def _mention_tree(mention, table: str, text: str, leaves: _Leaves) -> dict:
    getter, id_at, node_at, start_at, end_at, plan = _mention_plan(table)
    values = getter(mention)
    mention_id, node_id, start = values[id_at], values[node_at], values[start_at]
    own = _relative_id(mention_id, node_id)
    out: dict = {"id": own} if own is not None else {"id": mention_id, MENTION_ID_FIELDS[table]: mention_id}
    for (name, treatment, omitted), value in zip(plan, values, strict=True):
        if treatment == _PLAIN:
            out[name] = value
        elif treatment == _OMITTABLE:
            if value is not omitted and (type(value) is not type(omitted) or value != omitted):
                out[name] = value
        elif treatment == _SURFACE:
            if value != text[start : values[end_at]]:
                out[name] = value
        elif treatment == _NODE_ID and value != leaves.at(start):
            out[name] = value
    return out


def document_tree(doc: Document) -> dict:
    """What OUT/json/<doc_id>.json holds for ``doc``, as plain JSON values (format 2)."""
    text = doc.text
    tree = plain_values(doc, ("nodes", *MENTION_TABLES))
    tree["version"] = SCHEMA_VERSION
    leaf_spans: list[tuple[int, int, str]] = []
    tree["nodes"] = _nodes_tree(doc.nodes, None, 0, len(text), text, [0], leaf_spans)
    leaves = _Leaves(sorted(leaf_spans))
    for table in MENTION_TABLES:
        tree[table] = [_mention_tree(m, table, text, leaves) for m in getattr(doc, table)]
    return tree


# ---------------------------------------------------------------- tree -> Document


def _nodes_values(
    trees: list[dict], parent_id: str | None, start: int, end: int, text: str, seq: list[int]
) -> list:
    kinds: dict[str, int] = {}
    out = []
    last = len(trees) - 1
    for position, tree in enumerate(trees):
        values = restore_omitted(dict(tree), _NODE_OMITTED)
        component = values.pop("id", None)
        kind = values.setdefault("kind", component.split("_", 1)[0] if component else None)
        n = kinds[kind] = kinds.get(kind, 0) + 1
        if "node_id" not in values:
            component = component or f"{kind}_{n}"
            values["node_id"] = component if parent_id is None else f"{parent_id}__{component}"
        values.setdefault("char_start", start)
        if position == last:
            values.setdefault("char_end", end)
        start = values["char_end"]
        values.setdefault("parent_id", parent_id)
        values.setdefault("text", text[values["char_start"] : start])
        values.setdefault("seq", seq[0])
        seq[0] += 1
        span = values.pop("heading_span", None)
        if span is not None:
            values["heading"] = text[span[0] : span[1]]
        values["children"] = _nodes_values(
            values.get("children", []), values["node_id"], values["char_start"], start, text, seq
        )
        out.append(values)
    return out


def _mention_values(tree: dict, table: str, text: str, leaves: _Leaves) -> dict:
    values = restore_omitted(dict(tree), _MENTION_OMITTED[table])
    id_field = MENTION_ID_FIELDS[table]
    own = values.pop("id")
    if "node_id" not in values:
        values["node_id"] = leaves.at(values["char_start"])
    values.setdefault(id_field, f"{values['node_id']}__{own}")
    values.setdefault("surface", text[values["char_start"] : values["char_end"]])
    return values


def _leaf_spans(nodes: list[dict]):
    for node in nodes:
        if node["children"]:
            yield from _leaf_spans(node["children"])
        else:
            yield node["char_start"], node["char_end"], node["node_id"]


def document_from_tree(tree: dict) -> Document:
    """The full Document from its format-2 tree (the inverse of ``document_tree``)."""
    values = dict(tree)
    text = values["text"]
    nodes = values["nodes"] = _nodes_values(values.get("nodes", []), None, 0, len(text), text, [0])
    leaves = _Leaves(sorted(_leaf_spans(nodes)))
    for table in MENTION_TABLES:
        values[table] = [_mention_values(m, table, text, leaves) for m in values.get(table, ())]
    values["version"] = SCHEMA_VERSION
    return document_adapter().validate_python(values)
