"""The steps of `zhengce history` as plain functions: parse every version, compare each with the one
before it, follow every unit and value across the series, write it all in one commit.

Nothing here imports Prefect; the watch flow calls ``series_history`` for the series it touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.steps import FileError, parse_file
from outputs.dataset import CommitResult, commit
from outputs.diff_report import ReportPaths, write_diff_report
from outputs.history_report import HistoryPaths, write_history_report
from outputs.json_export import write_document_json
from parsers.model import Document
from revisions.compare import compare
from revisions.history import SeriesHistory, build_history
from revisions.model import RevisionDiff
from revisions.versions import version_date


@dataclass(frozen=True)
class HistoryResult:
    docs: list[Document]
    diffs: list[RevisionDiff]
    history: SeriesHistory
    reports: list[ReportPaths]
    paths: HistoryPaths
    commit: CommitResult


def order_versions(docs: list[Document], by_date: bool) -> list[Document]:
    """The versions oldest first: as given, or by the date each document says (undated ones last, in order)."""
    if not by_date:
        return list(docs)
    dated = [(version_date(doc), position, doc) for position, doc in enumerate(docs)]
    return [doc for _, _, doc in sorted(dated, key=lambda d: (d[0] is None, d[0] or 0, d[1]))]


def series_history(docs: list[Document], series: str | None = None) -> SeriesHistory:
    return build_history(docs, series)


def history_files(
    paths: list[str | Path], out: str | Path, series: str | None = None, by_date: bool = False
) -> HistoryResult | list[FileError]:
    """Parse ``paths`` (versions of one policy), or the errors of those that could not be parsed."""
    parsed = [parse_file(path) for path in paths]
    errors = [p for p in parsed if isinstance(p, FileError)]
    if errors:
        return errors
    docs = order_versions([p for p in parsed if isinstance(p, Document)], by_date)
    diffs = [compare(old, new) for old, new in zip(docs, docs[1:], strict=False)]
    history = series_history(docs, series)
    for diff in diffs:
        diff.series = history.series
    for doc in docs:
        write_document_json(out, doc)
    reports = [
        write_diff_report(out, diff, old, new) for diff, old, new in zip(diffs, docs, docs[1:], strict=False)
    ]
    paths_written = write_history_report(out, history)
    overrides = {doc.doc_id: history.series for doc in docs}
    result = commit(out, documents=docs, diffs=diffs, series=overrides, histories=[history])
    return HistoryResult(docs, diffs, history, reports, paths_written, result)
