"""The parse flow: ingest, parse and write a batch of drafts through Prefect.

Files are taken in chunks (``chunk_size`` documents): each chunk's ingest and parse
tasks fan out on a thread pool, then a stage task writes the chunk as a staged segment
(outputs/staging.py), so memory stays flat over a large batch; one commit task publishes
every segment atomically at the end. A file with the same text as an earlier one is
written once and listed in the result's ``duplicates``. A bad file does not fail the flow: it is listed
in the result's ``errors`` and in the run's markdown artifact, and the good files are
still written. The flow run ends Completed even with bad files (the run did what it
could; the errors are data); the CLI turns a non-empty ``errors`` into exit code 1.

Import flows.settings and call ``configure()`` before importing this module.
"""

from __future__ import annotations

import dataclasses
from itertools import islice
from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.task_runners import ThreadPoolTaskRunner

from flows.batch_result import SUMMARIES_KEPT, Tally
from flows.steps import CHUNK_FILES, BatchResult, DocumentSummary, FileError, collect_path_names, one_line
from flows.tasks import commit_task, ingest_task, parse_task, stage_task
from outputs.dataset import open_batch
from parsers.model import Document

MAX_WORKERS = 4
ARTIFACT_ROWS = SUMMARIES_KEPT  # a huge batch's artifact stays readable (its result keeps no more)


def _chunks(items: list, size: int):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _amounts_table(documents: list[DocumentSummary]) -> list[dict]:
    return [
        {
            "file": Path(d.path).name,
            "doc_id": d.doc_id,
            "title": d.title or "",
            "money": d.money,
            "ratios": d.ratios,
            "targets": d.targets,
            "amounts": d.amounts,
        }
        for d in documents[:ARTIFACT_ROWS]
    ]


def _summary_markdown(result: BatchResult) -> str:
    totals = result.totals
    lines = [
        "# zhengce parse",
        "",
        f"- output: `{result.out}`",
        f"- files: {result.files}, parsed: {result.parsed}, refused: {len(result.errors)},"
        f" duplicates: {len(result.duplicates)}",
        f"- nodes: {totals.nodes}, money: {totals.money}, ratios: {totals.ratios}, targets: {totals.targets}",
    ]
    if result.errors:
        lines += ["", "## Files not parsed", ""]
        lines += [f"- `{e.path}`: {e.reason}" for e in result.errors]
    if result.duplicates:
        lines += ["", "## Duplicates (written once)", ""]
        lines += [f"- `{d.source}`: same text as `{d.kept_source}`" for d in result.duplicates]
    return "\n".join(lines) + "\n"


@flow(name="zhengce-parse", task_runner=ThreadPoolTaskRunner(max_workers=MAX_WORKERS), log_prints=False)
def parse_flow(paths: list[str], out: str, chunk_size: int = CHUNK_FILES) -> BatchResult:
    """Parse the drafts under ``paths`` (files and folders) into the datasets under ``out``."""
    files = collect_path_names(paths)
    result = BatchResult(out=str(out), files=len(files))
    tally = Tally(len(files))
    with open_batch(out) as batch:
        segments = []
        for index, chunk in enumerate(_chunks(list(enumerate(files)), chunk_size)):
            ingested = []
            for (order, path), future in zip(chunk, ingest_task.map([p for _, p in chunk]), strict=True):
                outcome = future.result(raise_on_failure=False)
                if isinstance(outcome, FileError):
                    tally.add(order, outcome)
                elif isinstance(outcome, BaseException):
                    tally.add(order, FileError(path, one_line(outcome)))
                else:
                    ingested.append((order, outcome))
            docs: list[Document] = []
            orders: list[int] = []
            for (order, item), future in zip(ingested, parse_task.map([i for _, i in ingested]), strict=True):
                outcome = future.result(raise_on_failure=False)
                if isinstance(outcome, BaseException):
                    tally.add(order, FileError(item.info.path or "<bytes>", one_line(outcome)))
                    continue
                if outcome.source != item.info:  # a cached result parsed the same bytes under another name
                    outcome = dataclasses.replace(outcome, source=item.info)
                docs.append(outcome)
                orders.append(order)
                tally.add(order, DocumentSummary.of(outcome, item.info.path))
            if docs:
                segments.append(stage_task(batch, docs, index, orders))
        if segments:
            committed = commit_task(out, segments)
            result.snapshots.append(committed.snapshot)
            result.duplicates.extend(committed.duplicates)
    tally.fill(result, dropped=(d.order for d in result.duplicates if d.order is not None))
    publish_artifacts(result)
    return result


def publish_artifacts(result: BatchResult) -> None:
    """The run's artifacts: a table of amounts per document, and a summary with the refused files."""
    create_table_artifact(
        table=_amounts_table(result.documents) or [{"file": "", "money": 0}],
        key="zhengce-parse-amounts",
        description=f"Money, ratio and target mentions per document written to {result.out}",
    )
    create_markdown_artifact(
        markdown=_summary_markdown(result),
        key="zhengce-parse-summary",
        description="What the parse run wrote and which files it refused",
    )
