"""The diff of two Documents: aligned node pairs, value changes and a summary.

A ``RevisionDiff`` is what ``revisions.compare.compare`` returns and what
``outputs/diff_report.py`` serialises as OUT/diffs/<old>__<new>.json; the rows of
the ``changes`` and ``value_changes`` tables are projections of it
(``outputs/diff_rows.py``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_NAME = "zhengce.RevisionDiff"
SCHEMA_VERSION = "1.0.0"

# the first that applies, in this order, names a pair
ChangeKind = Literal["added", "removed", "modified", "moved", "renumbered", "unchanged"]
CHANGE_ORDER: tuple[str, ...] = ("added", "removed", "modified", "moved", "renumbered", "unchanged")

OpTag = Literal["equal", "delete", "insert", "replace"]
ValueField = Literal["money", "ratio", "target"]
ValueChangeKind = Literal["changed", "added", "removed"]
VALUE_CHANGE_ORDER: tuple[str, ...] = ("changed", "added", "removed")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextOp(_Model):
    """One step of the text diff of a pair, in the texts as written (not normalised).

    ``equal`` segments may still differ in character width (（一） vs (一)); ``replace``
    is shown as a deletion followed by an insertion.
    """

    op: OpTag
    old: str = ""
    new: str = ""


class NodeChange(_Model):
    """One aligned unit (action, measure, article …): a pair, or one side alone."""

    change: ChangeKind
    moved: bool = False  # under another parent now, or out of order relative to its neighbours
    renumbered: bool = False  # the label's number changed
    kind: str  # node kind; of the new node when paired
    old_node_id: str | None = None
    new_node_id: str | None = None
    old_label: str | None = None
    new_label: str | None = None
    old_heading: str | None = None
    new_heading: str | None = None
    # the unit's own text: its node text without the text of nested units (a measure's items are rows of their own)
    old_text: str | None = None
    new_text: str | None = None
    old_parent_label: str | None = None  # e.g. the action a measure sits in: 一、
    new_parent_label: str | None = None
    similarity: float | None = None  # 0..1 over normalised text; None for added/removed
    depth: int = 0  # nesting among units, for indentation in the report
    ops: list[TextOp] = Field(default_factory=list)  # only for modified pairs
    note: str | None = None  # split / merge hints


class ValueChange(_Model):
    """A changed, added or removed amount, ratio or target between the two documents."""

    field: ValueField
    change: ValueChangeKind
    role: str | None = None
    old_node_id: str | None = None  # the clause the mention hangs on
    new_node_id: str | None = None
    old_unit_label: str | None = None  # the measure/article it sits in, for people: （三）, 第十条
    new_unit_label: str | None = None
    old_surface: str | None = None
    new_surface: str | None = None
    old_low: float | None = None
    old_high: float | None = None
    old_value: float | None = None
    new_low: float | None = None
    new_high: float | None = None
    new_value: float | None = None
    unit: str | None = None  # targets: 个, 亿元, % …
    metric: str | None = None  # targets
    recipient: str | None = None
    instrument: str | None = None


class DiffSummary(_Model):
    nodes: dict[str, int] = Field(
        default_factory=dict
    )  # change kind -> count (every kind present, 0 if none)
    moved: int = 0
    renumbered: int = 0
    values: dict[str, int] = Field(default_factory=dict)  # changed/added/removed -> count


class RevisionDiff(_Model):
    schema_name: Literal["zhengce.RevisionDiff"] = SCHEMA_NAME
    version: str = SCHEMA_VERSION
    old_doc_id: str
    new_doc_id: str
    old_title: str | None = None
    new_title: str | None = None
    old_status: str | None = None
    new_status: str | None = None
    old_published: datetime | None = None
    new_published: datetime | None = None
    old_source: str | None = None
    new_source: str | None = None
    series: str | None = None
    # rows in new-document order; removed units sit where they were in the old document
    node_changes: list[NodeChange] = Field(default_factory=list)
    value_changes: list[ValueChange] = Field(default_factory=list)
    summary: DiffSummary = Field(default_factory=DiffSummary)
