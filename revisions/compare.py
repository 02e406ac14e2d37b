"""Two Documents in, a RevisionDiff out. Pure: no I/O, no Prefect."""

from __future__ import annotations

from parsers.gcpause import collector_paused
from parsers.model import Document
from revisions.align import Alignment, align, renumbered, report_order
from revisions.carried import pair_ops
from revisions.model import (
    CHANGE_ORDER,
    VALUE_CHANGE_ORDER,
    CarriedText,
    DiffSummary,
    NodeChange,
    RevisionDiff,
    ValueChange,
)
from revisions.series import series_key
from revisions.textdiff import ops_similarity
from revisions.units import CONTENT_KINDS, Unit
from revisions.values import compare_values
from revisions.versions import version_label


def _parent(units: list[Unit], unit: Unit) -> Unit | None:
    return units[unit.parent] if unit.parent is not None else None


def _name(unit: Unit) -> str:
    return unit.label or unit.kind


def _carried(
    al: Alignment, old_index: int | None, new_index: int | None
) -> tuple[list[CarriedText], str | None]:
    """The splits and merges a row takes part in, as data and in words."""
    found, words = [], []
    for item in al.carried:
        if item.old != old_index and item.new != new_index:
            continue
        old, new = al.old[item.old], al.new[item.new]
        found.append(
            CarriedText(
                old_node_id=old.node.node_id,
                new_node_id=new.node.node_id,
                old_label=old.label,
                new_label=new.label,
                share=item.share,
            )
        )
        if item.new == new_index:  # this row's new unit received text of another old unit
            words.append(f"拆分自原{_name(old)}" if old_index is None else f"含原{_name(old)}部分内容")
        else:  # this row's old unit gave text to another new unit
            words.append(f"并入现{_name(new)}" if new_index is None else f"部分内容移至现{_name(new)}")
    return found, "；".join(dict.fromkeys(words)) or None


def _node_change(al: Alignment, old_index: int | None, new_index: int | None) -> NodeChange:
    old = al.old[old_index] if old_index is not None else None
    new = al.new[new_index] if new_index is not None else None
    either = new or old
    assert either is not None
    change = NodeChange(change="unchanged", kind=either.kind, depth=either.depth, inner=either.inner)
    for side, unit, units in (("old", old, al.old), ("new", new, al.new)):
        if unit is None:
            continue
        parent = _parent(units, unit)
        setattr(change, f"{side}_node_id", unit.node.node_id)
        setattr(change, f"{side}_label", unit.label)
        setattr(change, f"{side}_heading", unit.node.heading)
        setattr(change, f"{side}_text", unit.text)
        setattr(change, f"{side}_parent_label", parent.label if parent else None)
        setattr(change, f"{side}_parent_id", parent.node.node_id if parent else None)
    change.carried, change.note = _carried(al, old_index, new_index)
    if old is None:
        change.change = "added"
        return change
    if new is None:
        change.change = "removed"
        return change
    assert old_index is not None and new_index is not None
    change.moved = new_index in al.moved
    change.renumbered = renumbered(old, new)
    change.similarity = 1.0
    if old.key != new.key:
        change.change = "modified"
        change.ops = pair_ops(al, old_index, new_index)
        change.similarity = round(ops_similarity(change.ops), 4)
    elif change.moved:
        change.change = "moved"
    elif change.renumbered:
        change.change = "renumbered"
    return change


def summarise(node_changes: list[NodeChange], value_changes: list[ValueChange]) -> DiffSummary:
    """Counts of content units only (articles, measures, items; their points apart), never the notice,
    title, chapters or page furniture."""
    nodes = dict.fromkeys(CHANGE_ORDER, 0)
    inner = dict.fromkeys(CHANGE_ORDER, 0)
    content = [c for c in node_changes if c.kind in CONTENT_KINDS]
    for change in content:
        (inner if change.inner else nodes)[change.change] += 1
    values = dict.fromkeys(VALUE_CHANGE_ORDER, 0)
    for value in value_changes:
        values[value.change] += 1
    split = {c.new_node_id for change in content for c in change.carried}
    merged = {c.old_node_id for change in content for c in change.carried}
    return DiffSummary(
        nodes=nodes,
        inner=inner,
        moved=sum(c.moved for c in content if not c.inner),
        renumbered=sum(c.renumbered for c in content if not c.inner),
        values=values,
        split=len(split),
        merged=len(merged),
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
        old_version=version_label(old),
        new_version=version_label(new),
        old_source=old.source.path,
        new_source=new.source.path,
        series=series_key(new.title, new.issuer) if new.title else None,
        node_changes=node_changes,
        value_changes=value_changes,
        summary=summarise(node_changes, value_changes),
    )
