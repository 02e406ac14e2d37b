"""What one watch pass reports: the files it parsed, the ones it refused, and each diff's counts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from outputs.diff_report import diff_paths
from outputs.diff_rows import diff_rows

if TYPE_CHECKING:
    from flows.watch_steps import NewDraft


@dataclass
class DiffSummary:
    old_doc_id: str
    new_doc_id: str
    series: str
    new_path: str
    changes: dict[str, int]  # change type -> count of node pairs
    value_changes: list[dict]  # rows of the value_changes table
    json_path: str
    html_path: str

    def changes_text(self) -> str:
        """'modified 5, renumbered 5, added 1' (unchanged pairs left out)."""
        counts = [f"{kind} {n}" for kind, n in sorted(self.changes.items()) if kind != "unchanged" and n]
        return ", ".join(counts) or "no change"


@dataclass
class WatchReport:
    inbox: str
    out: str
    parsed: list[tuple[str, str, str]] = field(default_factory=list)  # (path, doc_id, series)
    failed: list[str] = field(default_factory=list)  # one line each
    diffs: list[DiffSummary] = field(default_factory=list)
    busy: bool = False  # another run held the lock

    @property
    def nothing_new(self) -> bool:
        return not self.busy and not self.parsed and not self.failed

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def summarize_diff(out: str | Path, diff, new: NewDraft) -> DiffSummary:
    """Counts per change type and the value-change rows of one diff, as the tables will hold them."""
    rows = diff_rows(diff)
    counts: dict[str, int] = {}
    for row in rows.get("changes", []):
        counts[row["change"]] = counts.get(row["change"], 0) + 1
    json_file, html_file = diff_paths(out, diff)
    return DiffSummary(
        old_doc_id=diff.old_doc_id,
        new_doc_id=diff.new_doc_id,
        series=new.series,
        new_path=new.file.path,
        changes=counts,
        value_changes=rows.get("value_changes", []),
        json_path=str(json_file),
        html_path=str(html_file),
    )
