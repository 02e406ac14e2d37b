"""What a 新旧对照表 shows of a RevisionDiff, whatever it is written as (HTML, Word).

One row per outer unit in new-document order (removed units where they stood): an article's row holds
the whole article - lead-in, points, closing paragraphs, in document order - so its points are not rows
of their own. Rows are grouped under the top containers (chapters, actions) for a table of contents,
and runs of rows whose text did not change are folded in the changes-only view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from revisions.model import NodeChange, RevisionDiff

# What XML 1.0 cannot hold (C0 controls but tab and line ends, lone surrogates, U+FFFE/FFFF): both
# reports are XML underneath (XHTML-safe HTML, Word's document.xml), and one such character spoils a file.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CONTAINER_KINDS = frozenset(
    {"notice", "title", "preamble", "chapter", "section", "action", "attachment", "signature"}
)
SECTION_KINDS = frozenset({"chapter", "action"})  # rows that open a section of the table of contents
CHANGED = frozenset({"modified", "added", "removed", "moved"})
# what to call a unit without a number
KIND_NAMES = {
    "notice": "通知",
    "title": "标题",
    "preamble": "题注",
    "attachment": "附件",
    "signature": "落款",
    "paragraph": "段落",
}


@dataclass
class Row:
    change: NodeChange
    anchor: str  # the row's id in the HTML: u-<new node id>, or o-<old node id> for a removed unit

    @property
    def heading(self) -> bool:
        return self.change.kind in CONTAINER_KINDS

    @property
    def changed(self) -> bool:
        """Shown in the changes-only view: its text changed, it was added, removed or moved, or split."""
        return self.change.change in CHANGED or bool(self.change.carried)

    @property
    def label(self) -> str:
        change = self.change
        return change.new_label or change.old_label or KIND_NAMES.get(change.kind, change.kind)

    @property
    def numbered(self) -> bool:
        return bool(self.change.new_label or self.change.old_label)

    @property
    def title(self) -> str:
        """The row as a reader names it: 第二章 款项支付规定, 第十条, （三）."""
        change = self.change
        heading = change.new_heading or change.old_heading or ""
        if self.heading and heading:
            return (
                f"{self.label} {heading}".strip()
                if self.label and not heading.startswith(self.label)
                else heading
            )
        return self.label or change.kind


@dataclass
class Fold:
    """A run of rows whose text did not change (unchanged, or only renumbered)."""

    rows: list[Row]

    @property
    def units(self) -> list[Row]:
        return [r for r in self.rows if not r.heading]

    @property
    def renumbered(self) -> int:
        return sum(r.change.renumbered for r in self.units)

    @property
    def span(self) -> str:
        units = [r for r in self.units if r.numbered] or self.units or self.rows
        first, last = units[0].label, units[-1].label
        return first if len(units) == 1 or first == last else f"{first}至{last}"


@dataclass
class Section:
    head: Row | None  # the chapter or action row; None for what comes before the first one
    items: list[Row | Fold] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)  # every row of the section, in order

    @property
    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for row in self.rows:
            if not row.heading and row.change.change in CHANGED:
                found[row.change.change] = found.get(row.change.change, 0) + 1
        return found

    @property
    def changed_rows(self) -> list[Row]:
        return [r for r in self.rows if r.changed and not r.heading]

    @property
    def unchanged(self) -> bool:
        """Nothing in the section changed, its heading included."""
        return (self.head is None or not self.head.changed) and not any(r.changed for r in self.rows)


def anchor(change: NodeChange) -> str:
    return f"u-{change.new_node_id}" if change.new_node_id else f"o-{change.old_node_id}"


def display_rows(diff: RevisionDiff) -> list[Row]:
    """The rows of the table: every unit not nested in another content unit, in report order."""
    return [Row(change, anchor(change)) for change in diff.node_changes if not change.inner]


def sections(rows: list[Row], fold: bool = True) -> list[Section]:
    """Rows grouped under their chapter or action; unchanged runs folded when ``fold``."""
    found: list[Section] = [Section(head=None)]
    top = min_section_depth(rows)
    for row in rows:
        if row.change.kind in SECTION_KINDS and row.change.depth == top:
            found.append(Section(head=row))
            continue
        found[-1].rows.append(row)
    for section in found:
        run: list[Row] = []
        for row in section.rows:
            if fold and not row.changed:  # unchanged sub-headings (第一节) fold with their articles
                run.append(row)
                continue
            if run:
                section.items.append(Fold(run))
                run = []
            section.items.append(row)
        if run:
            section.items.append(Fold(run))
    return [s for s in found if s.head is not None or s.rows]


def min_section_depth(rows: list[Row]) -> int:
    depths = [r.change.depth for r in rows if r.change.kind in SECTION_KINDS]
    return min(depths) if depths else 0


def unit_anchor(rows: list[Row], node_id: str | None, side: str) -> str | None:
    """The anchor of the row that shows a unit (its own row, or the row of the article it is a point of)."""
    if not node_id:
        return None
    ids = {(r.change.new_node_id if side == "new" else r.change.old_node_id): r.anchor for r in rows}
    parts = node_id.split("__")
    while parts:
        found = ids.get("__".join(parts))
        if found:
            return found
        parts.pop()
    return None


def content_counts(diff: RevisionDiff) -> dict[str, int]:
    """Change kind -> number of content rows (articles, measures, items; not points, not the notice)."""
    counts = dict.fromkeys(("modified", "moved", "renumbered", "added", "removed", "unchanged"), 0)
    for change in diff.node_changes:
        if not change.inner and change.kind not in CONTAINER_KINDS:
            counts[change.change] += 1
    return counts
