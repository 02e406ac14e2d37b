"""The steps of `zhengce diff` as plain functions: parse both drafts, compare, write.

The CLI calls these directly; a Prefect flow can wrap the same functions as tasks.
Nothing here imports Prefect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.steps import FileError, parse_file
from outputs.dataset import CommitResult, commit
from outputs.diff_report import write_diff_report
from outputs.json_export import write_document_json
from parsers.model import Document
from revisions.compare import compare
from revisions.model import RevisionDiff


@dataclass(frozen=True)
class DiffResult:
    old: Document
    new: Document
    diff: RevisionDiff
    json_path: Path
    html_path: Path
    commit: CommitResult
    docx_path: Path | None = None


def parse_pair(old_path: str | Path, new_path: str | Path) -> tuple[Document, Document] | list[FileError]:
    """Both documents, or the errors of those that could not be parsed (nothing is written either way)."""
    parsed = [parse_file(old_path), parse_file(new_path)]
    errors = [p for p in parsed if isinstance(p, FileError)]
    if errors:
        return errors
    return parsed[0], parsed[1]  # type: ignore[return-value]


def compare_step(old: Document, new: Document, series: str | None = None) -> RevisionDiff:
    diff = compare(old, new)
    if series:  # the caller knows better than the titles which policy this is
        diff.series = series
    return diff


def write_diff_step(
    out: str | Path, old: Document, new: Document, diff: RevisionDiff, series: str | None = None
) -> DiffResult:
    """Each document's JSON and the diff's JSON, HTML and Word file, then one atomic commit of all tables
    (both documents' rows and the diff's changes/value_changes rows)."""
    for doc in (old, new):
        write_document_json(out, doc)
    paths = write_diff_report(out, diff, old, new)
    overrides = {old.doc_id: series, new.doc_id: series} if series else None
    result = commit(out, documents=[old, new], diffs=[diff], series=overrides)
    return DiffResult(old, new, diff, paths.json, paths.html, result, paths.docx)


def diff_files(
    old_path: str | Path, new_path: str | Path, out: str | Path, series: str | None = None
) -> DiffResult | list[FileError]:
    pair = parse_pair(old_path, new_path)
    if isinstance(pair, list):
        return pair
    old, new = pair
    return write_diff_step(out, old, new, compare_step(old, new, series), series)
