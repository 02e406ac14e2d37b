"""Two Documents in, a RevisionDiff out. Pure: no I/O, no Prefect."""

from __future__ import annotations

from parsers.gcpause import collector_paused
from parsers.model import Document
from revisions.align import Alignment, Unit, align, renumbered, report_order
from revisions.model import (
    CHANGE_ORDER,
    VALUE_CHANGE_ORDER,
    DiffSummary,
    NodeChange,
    RevisionDiff,
    ValueChange,
)
from revisions.series import series_key
from revisions.textdiff import ops_similarity, text_ops
from revisions.values import compare_values


def _parent_label(units: list[Unit], unit: Unit) -> str | None:
    return units[unit.parent].label if unit.parent is not None else None


def _node_change(al: Alignment, old_index: int | None, new_index: int | None) -> NodeChange:
    old = al.old[old_index] if old_index is not None else None
    new = al.new[new_index] if new_index is not None else None
    change = NodeChange(
        change="unchanged",
        kind=(new or old).kind,  # type: ignore[union-attr]
        depth=(new or old).depth,  # type: ignore[union-attr]
    )
    if old is not None:
        change.old_node_id, change.old_label, change.old_heading = (
            old.node.node_id,
            old.label,
            old.node.heading,
        )
        change.old_text, change.old_parent_label = old.text, _parent_label(al.old, old)
        change.note = al.notes.get(("old", old.index))
    if new is not None:
        change.new_node_id, change.new_label, change.new_heading = (
            new.node.node_id,
            new.label,
            new.node.heading,
        )
        change.new_text, change.new_parent_label = new.text, _parent_label(al.new, new)
        change.note = al.notes.get(("new", new.index)) or change.note
    if old is None:
        change.change = "added"
        return change
    if new is None:
        change.change = "removed"
        return change
    change.moved = new.index in al.moved
    change.renumbered = renumbered(old, new)
    change.similarity = 1.0
    if old.key != new.key:
        change.change = "modified"
        change.ops = text_ops(old.text, new.text)
        change.similarity = round(ops_similarity(change.ops), 4)
    elif change.moved:
        change.change = "moved"
    elif change.renumbered:
        change.change = "renumbered"
    return change


def summarise(node_changes: list[NodeChange], value_changes: list[ValueChange]) -> DiffSummary:
    nodes = dict.fromkeys(CHANGE_ORDER, 0)
    for change in node_changes:
        nodes[change.change] += 1
    values = dict.fromkeys(VALUE_CHANGE_ORDER, 0)
    for value in value_changes:
        values[value.change] += 1
    return DiffSummary(
        nodes=nodes,
        moved=sum(c.moved for c in node_changes),
        renumbered=sum(c.renumbered for c in node_changes),
        values=values,
    )


def compare(old: Document, new: Document) -> RevisionDiff:
    """Align the units of two revisions of a policy and compare their texts and extracted values."""
    with collector_paused():
        return _compare(old, new)


def _compare(old: Document, new: Document) -> RevisionDiff:
    al = align(old, new)
    rows = report_order(al)
    node_changes = [_node_change(al, old_index, new_index) for old_index, new_index in rows]
    value_changes = compare_values(old, new, al, rows)
    return RevisionDiff(
        old_doc_id=old.doc_id,
        new_doc_id=new.doc_id,
        old_title=old.title,
        new_title=new.title,
        old_status=old.status,
        new_status=new.status,
        old_published=old.published,
        new_published=new.published,
        old_source=old.source.path,
        new_source=new.source.path,
        series=series_key(new.title, new.issuer) if new.title else None,
        node_changes=node_changes,
        value_changes=value_changes,
        summary=summarise(node_changes, value_changes),
    )
