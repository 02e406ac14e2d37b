"""The `watch-inbox` Prefect flow: the steps of flows/watch_steps.py as tasks, plus artifacts.

Parsing and comparing cache on content: a file's parse (flows/tasks.py) is keyed by the
sha256 of its bytes and a fingerprint of the parsers, a comparison by the two doc_ids
(derived from the texts), the series and a fingerprint of the parsers and revisions/, so a
run that crashed after parsing does not parse again. Steps that touch the disk retry twice.
A run that parsed or refused a file publishes a markdown summary of the run, one markdown
artifact per diff and a table of the value changes; a run with nothing new publishes nothing.

The flow runs ``watch_steps.watch_pass`` with these tasks as its steps, so `--once` in
process and the served flow share one code path. `zhengce watch INBOX --out OUT --every 10m`
serves it on a schedule (flows/cmd_watch.py); `--once --prefect` runs it once.

Import flows.settings and call ``configure()`` before importing this module.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE

import revisions
from flows import watch_steps as steps
from flows.diff_steps import compare_step
from flows.steps import one_line
from flows.tasks import ingest_task, parse_task, parser_fingerprint
from flows.watch_logging import fold_unraisable_stop_signals
from flows.watch_report import DiffSummary, WatchReport
from parsers.ingest import Ingested
from parsers.model import Document
from revisions.model import RevisionDiff

FLOW_NAME = "watch-inbox"
IO_RETRIES = {"retries": 2, "retry_delay_seconds": 1}
# Cached results (pickled diffs) go to PREFECT_HOME/storage, the default result storage.
CACHED = {"persist_result": True}


def compare_cache_key(context: Any, parameters: dict[str, Any]) -> str:
    old: Document = parameters["old"]
    new: Document = parameters["new"]
    series = parameters.get("series") or ""
    label = hashlib.sha256(series.encode()).hexdigest()[:8]
    return f"zhengce-compare-{old.doc_id}-{new.doc_id}-{label}-{revisions_fingerprint()}"


@cache
def revisions_fingerprint() -> str:
    """Hash of the parsers' fingerprint and every source and rule file of revisions/: a changed
    comparer never serves a stale cached diff."""
    root = Path(revisions.__file__).resolve().parent
    digest = hashlib.sha256(parser_fingerprint().encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@task(name="scan-inbox", cache_policy=NO_CACHE, **IO_RETRIES)
def scan_task(inbox: str, out: str, state: steps.InboxState) -> list[steps.InboxFile]:
    return steps.new_files(inbox, out, state)


@task(name="load-inbox-state", cache_policy=NO_CACHE, **IO_RETRIES)
def load_state_task(out: str) -> steps.InboxState:
    return steps.load_state(out)


@task(name="known-drafts", cache_policy=NO_CACHE, **IO_RETRIES)
def known_drafts_task(out: str, state: steps.InboxState) -> list[steps.KnownDraft]:
    return steps.known_drafts(out, state)


@task(name="load-predecessor", cache_policy=NO_CACHE, **IO_RETRIES)
def load_document_task(out: str, doc_id: str) -> Document:
    return steps.load_document(out, doc_id)


@task(name="compare-drafts", cache_key_fn=compare_cache_key, **CACHED)
def compare_task(old: Document, new: Document, series: str | None = None) -> RevisionDiff:
    return compare_step(old, new, series)


@task(name="write-datasets", cache_policy=NO_CACHE, **IO_RETRIES)
def write_task(
    out: str,
    docs: list[Document],
    diffs: list[tuple[RevisionDiff, Document, Document]],
    series: str | None = None,
    histories: list | None = None,
) -> None:
    # idempotent: rows are replaced by content-derived ids (histories by series)
    steps.write_results(out, docs, diffs, series, histories or [])


@task(name="record-seen", cache_policy=NO_CACHE, **IO_RETRIES)
def record_task(
    out: str,
    state: steps.InboxState,
    drafts: list[steps.NewDraft],
    failures: list[steps.FailedFile],
) -> None:
    steps.record_seen(out, state, drafts, failures)


@task(name="publish-artifacts", cache_policy=NO_CACHE)
def publish_task(report: WatchReport) -> None:
    create_markdown_artifact(
        key="watch-inbox-run",
        markdown=run_markdown(report),
        description=f"watch of {report.inbox}",
    )
    for summary in report.diffs:
        create_markdown_artifact(
            key=f"diff-{summary.old_doc_id}-{summary.new_doc_id}",
            markdown=diff_markdown(summary),
            description=f"{summary.series}: {summary.old_doc_id} -> {summary.new_doc_id}",
        )
    if report.diffs:
        create_table_artifact(
            key="value-changes",
            table=value_change_table(report.diffs),
            description="amounts, ratios and targets that changed between drafts",
        )


def parse_inbox_file(item: steps.InboxFile) -> Document | steps.FailedFile | None:
    """The parse flow's tasks: ingest (retried on I/O errors), then parse (cached on the content hash)."""
    ingested = ingest_task(item.path, return_state=True).result(raise_on_failure=False)
    if isinstance(ingested, BaseException):
        return steps.FailedFile(item, f"{item.path}: {one_line(ingested)}")
    checked = steps.check_ingested(item, ingested)
    if not isinstance(checked, Ingested):
        return checked
    outcome = parse_task(checked, return_state=True).result(raise_on_failure=False)
    return steps.parsed_outcome(item, checked, outcome)


TASK_STEPS = steps.PassSteps(
    load_state=load_state_task,
    scan=scan_task,
    parse=parse_inbox_file,
    known=known_drafts_task,
    load=load_document_task,
    compare=compare_task,
    write=write_task,
    record=record_task,
)


@flow(name=FLOW_NAME)
def watch_flow(inbox: str, out: str, series: str | None = None) -> WatchReport:
    """Parse the new drafts in `inbox`, diff each with the latest earlier draft of its series, write to `out`."""
    fold_unraisable_stop_signals()  # a stop landing in a callback of this run's process: one line, no traceback
    logger = get_run_logger()
    report = steps.watch_pass(inbox, out, series, steps=TASK_STEPS, on_error=logger.warning)
    if report.busy:
        logger.info("another watch run is writing %s; this run leaves the inbox to it", out)
        return report
    for path, doc_id, draft_series in report.parsed:
        logger.info("parsed %s -> %s (series %s)", path, doc_id, draft_series or "-")
    for diff in report.diffs:
        logger.info(
            "compared %s -> %s: %s; %d value change(s)",
            diff.old_doc_id,
            diff.new_doc_id,
            diff.changes_text(),
            len(diff.value_changes),
        )
    if report.nothing_new:
        # Nothing written, nothing to publish: the run's only trace is its own state.
        logger.info("nothing new in %s", inbox)
        return report
    publish_task(report)
    return report


# ---------------------------------------------------------------- what the artifacts say


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def run_markdown(report: WatchReport) -> str:
    lines = [f"# Inbox `{report.inbox}`", ""]
    lines += [f"Parsed {len(report.parsed)} new draft(s) into `{report.out}`.", ""]
    if report.parsed:
        lines += ["| file | doc_id | series |", "|---|---|---|"]
        lines += [f"| {_cell(p)} | `{d}` | {_cell(s)} |" for p, d, s in report.parsed]
        lines.append("")
    if report.diffs:
        lines += ["| older draft | newer draft | changes | value changes |", "|---|---|---|---|"]
        for d in report.diffs:
            lines.append(
                f"| `{d.old_doc_id}` | `{d.new_doc_id}` | {d.changes_text()} | {len(d.value_changes)} |"
            )
        lines.append("")
    if report.failed:
        lines += ["Failed:", ""] + [f"- {_cell(reason)}" for reason in report.failed]
    return "\n".join(lines)


def diff_markdown(summary: DiffSummary) -> str:
    lines = [
        f"# {summary.series or 'draft'}: `{summary.old_doc_id}` → `{summary.new_doc_id}`",
        "",
        f"New draft: `{summary.new_path}`. Report: `{summary.html_path}` (JSON: `{summary.json_path}`).",
        "",
        "| change | nodes |",
        "|---|---|",
    ]
    lines += [f"| {kind} | {count} |" for kind, count in sorted(summary.changes.items())]
    lines.append("")
    if summary.value_changes:
        lines += ["| field | role | change | old | new |", "|---|---|---|---|---|"]
        for row in summary.value_changes:
            lines.append(
                f"| {row.get('field')} | {_cell(row.get('role'))} | {row.get('change')} "
                f"| {_cell(row.get('old_surface'))} | {_cell(row.get('new_surface'))} |"
            )
    else:
        lines.append("No amount, ratio or target changed.")
    return "\n".join(lines)


VALUE_COLUMNS = ("field", "change", "role", "old_surface", "new_surface", "old_node_id", "new_node_id")


def value_change_table(diffs: list[DiffSummary]) -> list[dict[str, Any]]:
    return [
        {"old_doc_id": d.old_doc_id, "new_doc_id": d.new_doc_id, **{c: row.get(c) for c in VALUE_COLUMNS}}
        for d in diffs
        for row in d.value_changes
    ]
