"""The steps of `zhengce watch`: plain functions, no Prefect.

One pass over an inbox:

1. ``scan_inbox`` lists the drafts under the inbox (recursing) with the sha256 of their bytes;
   ``select_new`` drops those already seen (flows/inbox.py: the inbox and what it remembers).
2. ``parse_file`` parses one new file; a bad one becomes a ``FailedFile`` with a one-line reason.
3. ``plan_comparisons`` puts each new draft in its series (``series_key(title)`` or the
   ``--series`` override) and pairs it with the latest earlier draft of that series, earlier
   by the document's own date (Document.published, else its notice's), else the file's mtime.
   The earlier draft may come from an earlier run (read back from OUT/json/<doc_id>.json)
   or from this one.
4. ``write_results`` writes the JSON of the new documents and each diff's report, then every
   table in one atomic commit; ``record_seen`` updates the inbox state last.

``watch_pass`` runs them in order: with the plain functions in this process (`--once`), or
with the Prefect tasks of flows/watch.py that wrap them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from flows.diff_steps import compare_step
from flows.inbox import (
    InboxFile,
    InboxState,
    load_state,
    record_seen,
    scan_inbox,
    select_new,
    watch_lock,
)
from flows.steps import FileError, ingest_step, one_line, parse_step
from flows.watch_report import WatchReport, summarize_diff
from outputs.dataset import commit, existing_documents
from outputs.diff_report import write_diff_report
from outputs.history_report import write_history_report
from outputs.json_export import json_path, read_document_json, write_document_json
from parsers.dates import CHINA_TZ
from parsers.ingest import Ingested, IngestError
from parsers.model import Document
from revisions.history import SeriesHistory, build_history
from revisions.model import RevisionDiff
from revisions.series import series_key

# A draft whose date nobody knows sorts before every dated one: it was there first.
UNKNOWN_DATE = datetime.min.replace(tzinfo=UTC)


# ---------------------------------------------------------------- drafts already in OUT


@dataclass(frozen=True)
class KnownDraft:
    """A draft already in OUT, as much as the watch needs of it to order a series."""

    doc_id: str
    series: str
    date: datetime
    source: str | None = None


def known_drafts(out: str | Path, state: InboxState) -> list[KnownDraft]:
    """Documents already written to OUT, with the series and date the watch knows them by."""
    table = existing_documents(out).to_pylist()
    recorded = state.by_doc_id()
    drafts = []
    for row in table:
        entry = recorded.get(row["doc_id"])
        series = (entry.series if entry else None) or row.get("series") or ""
        if entry and entry.date:
            date = datetime.fromisoformat(entry.date)
        elif row.get("published") is not None:
            date = as_aware(row["published"])
        else:
            date = _mtime_of(row.get("source"))
        drafts.append(KnownDraft(doc_id=row["doc_id"], series=series, date=date, source=row.get("source")))
    return drafts


def known_sha256(out: str | Path) -> set[str]:
    return {sha for sha in existing_documents(out).column("sha256").to_pylist() if sha}


# ---------------------------------------------------------------- parsing


@dataclass(frozen=True)
class FailedFile:
    file: InboxFile
    reason: str  # one line: "PATH: reason"


def check_ingested(item: InboxFile, ingested: Ingested | FileError) -> Ingested | FailedFile | None:
    """The ingested file, a FailedFile, or None when the file changed since the scan.

    A file still being copied into the inbox has other bytes than those the scan hashed:
    it is left alone (and not recorded), so the next run sees its final bytes.
    """
    if isinstance(ingested, FileError):
        return FailedFile(item, ingested.line())
    if ingested.info.sha256 != item.sha256:
        return None
    return ingested


def parsed_outcome(
    item: InboxFile, ingested: Ingested, outcome: Document | BaseException
) -> Document | FailedFile:
    if isinstance(outcome, BaseException):  # a parser bug must not stop the rest of the inbox
        return FailedFile(item, f"{item.path}: {one_line(outcome)}")
    if outcome.source != ingested.info:  # a cached parse of the same bytes under another name
        outcome = replace(outcome, source=ingested.info)
    return outcome


def parse_file(item: InboxFile) -> Document | FailedFile | None:
    """Parse one inbox file with the parse steps; a refused file becomes a FailedFile."""
    try:
        ingested = ingest_step(item.path)
    except IngestError as error:
        return FailedFile(item, f"{item.path}: {error.reason}")
    except OSError as error:
        return FailedFile(item, f"{item.path}: {error.strerror or one_line(error)}")
    checked = check_ingested(item, ingested)
    if not isinstance(checked, Ingested):
        return checked
    try:
        outcome: Document | BaseException = parse_step(checked)
    except Exception as error:
        outcome = error
    return parsed_outcome(item, checked, outcome)


# ---------------------------------------------------------------- series and predecessors


def as_aware(value: datetime) -> datetime:
    """Naive dates in policy texts are Beijing time."""
    return value.replace(tzinfo=CHINA_TZ) if value.tzinfo is None else value


def _mtime_of(path: str | None) -> datetime:
    if not path:
        return UNKNOWN_DATE
    try:
        return datetime.fromtimestamp(Path(path).stat().st_mtime, tz=UTC)
    except OSError:
        return UNKNOWN_DATE


def draft_date(doc: Document, mtime: datetime) -> datetime:
    """The document's own date where it has one (published, else its notice's), else the file's time."""
    own = doc.published or (doc.notice.published if doc.notice else None)
    return as_aware(own) if own is not None else mtime


def series_of(doc: Document, override: str | None = None) -> str:
    if override:
        return override
    return series_key(doc.title, doc.issuer)


@dataclass(frozen=True)
class NewDraft:
    doc: Document
    file: InboxFile
    series: str
    date: datetime


@dataclass(frozen=True)
class Comparison:
    old_doc_id: str
    new: NewDraft


def place_drafts(parsed: Sequence[tuple[InboxFile, Document]], series: str | None = None) -> list[NewDraft]:
    """Each parsed draft with its series and date, oldest first (ties: path order)."""
    drafts = [
        NewDraft(doc=doc, file=item, series=series_of(doc, series), date=draft_date(doc, item.mtime))
        for item, doc in parsed
    ]
    return sorted(drafts, key=lambda d: (d.date, d.file.path))


def plan_comparisons(known: Sequence[KnownDraft], drafts: Sequence[NewDraft]) -> list[Comparison]:
    """Pair each new draft with the latest earlier draft of its series.

    Order is (date, when seen): on equal dates a draft already in OUT is the earlier one,
    and within this run the path breaks ties. A draft whose text is already in OUT (same
    doc_id from other bytes) is not compared again, and no draft is compared with itself.
    """
    known_ids = {k.doc_id for k in known}
    # (date, seen rank, path, doc_id, series)
    timeline = [(k.date, 0, "", k.doc_id, k.series) for k in known]
    timeline += [(d.date, 1, d.file.path, d.doc.doc_id, d.series) for d in drafts]
    comparisons = []
    for draft in drafts:
        if draft.doc.doc_id in known_ids or not draft.series:
            continue
        me = (draft.date, 1, draft.file.path)
        earlier = [
            entry
            for entry in timeline
            if entry[4] == draft.series and entry[3] != draft.doc.doc_id and entry[:3] < me
        ]
        if earlier:
            comparisons.append(Comparison(old_doc_id=max(earlier)[3], new=draft))
    return comparisons


def load_document(out: str | Path, doc_id: str) -> Document:
    """An earlier draft, read back from OUT/json/<doc_id>.json."""
    return read_document_json(json_path(out, doc_id))


# ---------------------------------------------------------------- writing


def series_histories(
    out: str | Path,
    known: Sequence[KnownDraft],
    drafts: Sequence[NewDraft],
    diffs: Sequence[tuple[RevisionDiff, Document, Document]],
    load: Callable[[str, str], Document],
) -> list[SeriesHistory]:
    """The history of every series a diff of this pass belongs to, over all its drafts, oldest first.
    A draft whose JSON cannot be read back is left out of its series' history."""
    in_run = {d.doc.doc_id: d for d in drafts}
    touched = {in_run[new.doc_id].series for _, _, new in diffs if new.doc_id in in_run}
    histories = []
    for name in sorted(touched):
        members = {k.doc_id: k.date for k in known if k.series == name}
        members.update({d.doc.doc_id: d.date for d in drafts if d.series == name})
        docs = []
        for doc_id, _ in sorted(members.items(), key=lambda item: (as_aware(item[1]), item[0])):
            try:
                docs.append(in_run[doc_id].doc if doc_id in in_run else load(str(out), doc_id))
            except (OSError, ValueError):
                continue
        if len(docs) >= 2:
            histories.append(build_history(docs, name))
    return histories


def write_results(
    out: str | Path,
    docs: Sequence[Document],
    diffs: Sequence[tuple[RevisionDiff, Document, Document]],
    series: str | None = None,
    histories: Sequence[SeriesHistory] = (),
):
    """JSON of each document and each diff's report first, then all tables in one atomic commit.

    ``diffs`` holds (diff, old_doc, new_doc); ``histories`` the series histories to replace. A run
    killed before the commit leaves files the tables do not list yet; the next run rewrites them
    identically.
    """
    for doc in docs:
        write_document_json(out, doc)
    for diff, old_doc, new_doc in diffs:
        write_diff_report(out, diff, old_doc, new_doc)
    for history in histories:
        write_history_report(out, history)
    overrides = {doc.doc_id: series for doc in docs} if series else None
    return commit(
        out,
        documents=docs,
        diffs=[diff for diff, _, _ in diffs],
        series=overrides,
        diff_documents=[old_doc for _, old_doc, _ in diffs],
        histories=histories,
    )


# ---------------------------------------------------------------- one pass, in this process


def new_files(inbox: str, out: str, state: InboxState) -> list[InboxFile]:
    """Files in the inbox that were never seen before."""
    return select_new(scan_inbox(inbox, skip=out), state, known_sha256(out))


@dataclass(frozen=True)
class PassSteps:
    """The steps one pass calls. In this process they are the plain functions above; the
    Prefect flow passes its tasks (flows/watch.py), so both run the same code path."""

    load_state: Callable[[str], InboxState] = load_state
    scan: Callable[[str, str, InboxState], list[InboxFile]] = new_files
    parse: Callable[[InboxFile], Document | FailedFile | None] = parse_file
    known: Callable[[str, InboxState], list[KnownDraft]] = known_drafts
    load: Callable[[str, str], Document] = load_document
    compare: Callable[[Document, Document, str | None], RevisionDiff] = compare_step
    write: Callable[..., object] = write_results
    record: Callable[..., None] = record_seen


def watch_pass(
    inbox: str | Path,
    out: str | Path,
    series: str | None = None,
    steps: PassSteps | None = None,
    on_error: Callable[[str], None] | None = None,
) -> WatchReport:
    """One pass over the inbox: parse what is new, diff each draft with its predecessor, write it all at once.

    Runs under the OUT lock; when another pass holds it, returns a report with ``busy`` set.
    ``on_error`` gets each one-line error as it happens.
    """
    steps = steps or PassSteps()
    inbox, out = str(inbox), str(out)
    report = WatchReport(inbox=inbox, out=out)
    Path(out).mkdir(parents=True, exist_ok=True)

    def fail(line: str) -> None:
        report.failed.append(line)
        if on_error:
            on_error(line)

    with watch_lock(out) as acquired:
        if not acquired:
            report.busy = True
            return report
        state = steps.load_state(out)
        files = steps.scan(inbox, out, state)
        if not files:
            return report
        parsed: list[tuple[InboxFile, Document]] = []
        failures: list[FailedFile] = []
        for item in files:
            outcome = steps.parse(item)
            if outcome is None:  # changed since the scan: the next pass takes its final bytes
                continue
            if isinstance(outcome, FailedFile):
                failures.append(outcome)
                fail(outcome.reason)
            else:
                parsed.append((item, outcome))
        drafts = place_drafts(parsed, series)
        known = steps.known(out, state)
        comparisons = plan_comparisons(known, drafts)
        in_run = {d.doc.doc_id: d.doc for d in drafts}
        diffs: list[tuple[RevisionDiff, Document, Document]] = []
        for comparison in comparisons:
            new = comparison.new
            old_doc = in_run.get(comparison.old_doc_id)
            if old_doc is None:
                try:
                    old_doc = steps.load(out, comparison.old_doc_id)
                except (OSError, ValueError) as error:  # its JSON is gone or unreadable: no diff
                    fail(
                        f"{new.file.path}: earlier draft {comparison.old_doc_id} unreadable ({one_line(error)})"
                    )
                    continue
            diffs.append((steps.compare(old_doc, new.doc, new.series), old_doc, new.doc))
        if drafts:
            histories = series_histories(out, known, drafts, diffs, steps.load) if diffs else []
            steps.write(out, [d.doc for d in drafts], diffs, series, histories)
        steps.record(out, state, drafts, failures)
    new_by_id = {c.new.doc.doc_id: c.new for c in comparisons}
    report.parsed = [(d.file.path, d.doc.doc_id, d.series) for d in drafts]
    report.diffs = [summarize_diff(out, diff, new_by_id[new.doc_id]) for diff, _, new in diffs]
    return report
