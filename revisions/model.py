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
SCHEMA_VERSION = "2.0.0"

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


class CarriedText(_Model):
    """Text of an old unit found in a new unit that is not its partner: a split or a merge."""

    old_node_id: str
    new_node_id: str
    old_label: str | None = None
    new_label: str | None = None
    share: float  # the part of the old unit's text found in the new unit, 0..1


class NodeChange(_Model):
    """One aligned unit (action, measure, article …): a pair, or one side alone.

    A content unit (article, measure, point …) is compared whole: ``old_text``/``new_text`` hold its
    lead-in, points and closing paragraphs in document order, and ``ops`` diff them. A container
    (chapter, section, action) is compared by its own heading and lead text. Units nested in a content
    unit (``inner``: the points of an article) have rows of their own, aligned inside their parent.
    """

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
    # a content unit's whole text (lead-in, points, paragraphs); a container's own heading and lead text
    old_text: str | None = None
    new_text: str | None = None
    old_parent_label: str | None = None  # e.g. the action a measure sits in: 一、
    new_parent_label: str | None = None
    old_parent_id: str | None = None  # node id of the enclosing unit
    new_parent_id: str | None = None
    inner: bool = False  # nested in a content unit (a point of an article): shown inside its parent's row
    similarity: float | None = None  # 0..1 over normalised text; None for added/removed
    depth: int = 0  # nesting among units, for indentation in the report
    ops: list[TextOp] = Field(
        default_factory=list
    )  # modified pairs only: the diff of the texts, labels set aside
    carried: list[CarriedText] = Field(default_factory=list)  # splits and merges this unit takes part in
    note: str | None = None  # the splits and merges in words: 拆分自原第八条, 并入现第四十一条


class ValueChange(_Model):
    """A changed, added or removed amount, ratio or target between the two documents."""

    field: ValueField
    change: ValueChangeKind
    role: str | None = None
    old_node_id: str | None = None  # the clause the mention hangs on
    new_node_id: str | None = None
    old_unit_label: str | None = None  # the measure/article it sits in, for people: （三）, 第十条
    new_unit_label: str | None = None
    old_unit_id: str | None = None  # node id of that unit (the report links to its row)
    new_unit_id: str | None = None
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
    person: str | None = (
        None  # whom a fine or grant is for, from the clause: 单位, 个人, 直接负责的主管人员 …
    )


class DiffSummary(_Model):
    # change kind -> count of content units (articles, measures, items; every kind present, 0 if none):
    # the notice, title, chapters and page furniture are not counted
    nodes: dict[str, int] = Field(default_factory=dict)
    inner: dict[str, int] = Field(default_factory=dict)  # the same for units inside them (points of articles)
    moved: int = 0
    renumbered: int = 0
    values: dict[str, int] = Field(default_factory=dict)  # changed/added/removed -> count
    split: int = 0  # new units made partly of another old unit's text
    merged: int = 0  # old units whose text went partly into another new unit


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
    old_version: str | None = None  # 稿次 as the document says it: 征求意见稿, or its latest 修订/修正 line
    new_version: str | None = None
    old_source: str | None = None
    new_source: str | None = None
    series: str | None = None
    # rows in new-document order; removed units sit where they were in the old document
    node_changes: list[NodeChange] = Field(default_factory=list)
    value_changes: list[ValueChange] = Field(default_factory=list)
    summary: DiffSummary = Field(default_factory=DiffSummary)
