"""Prefect tasks: thin wrappers around flows/steps.py.

- ingest: retried on I/O errors (OSError) only; a file the ingester refuses is a result
  (a FileError), not a failure worth retrying.
- parse: cached on the content hash of the source bytes plus the parser's version and
  a fingerprint of the parser's code and rule files, so an unchanged draft is not parsed
  twice and a changed parser never serves stale results. Cached results are kept in
  Prefect's local storage under PREFECT_HOME.
- stage: writes a chunk of parsed documents as a staged segment (outputs/staging.py); retried:
  staging a chunk again rewrites the same files.
- commit: publishes the staged segments in one atomic commit; retried (rows are replaced by
  content-derived ids, and segments already published are not published twice).
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from functools import cache
from pathlib import Path

from prefect import get_run_logger, task

import parsers
from flows.steps import FileError, ingest_step, parse_step
from outputs.dataset import Batch, CommitResult, StagedSegment, commit_staged, stage
from parsers.ingest import Ingested, IngestError
from parsers.model import Document

IO_RETRIES = 2
IO_RETRY_DELAY_SECONDS = 1
CACHE_EXPIRATION = timedelta(days=30)  # so the local result store does not keep every parse forever


@cache
def parser_fingerprint() -> str:
    """Hash of every source and rule file of the parsers package, computed once per process."""
    root = Path(parsers.__file__).resolve().parent
    digest = hashlib.sha256(parsers.PARSER_VERSION.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def content_cache_key(context, parameters: dict) -> str:
    ingested: Ingested = parameters["ingested"]
    return f"zhengce-parse-{ingested.info.sha256}-{parser_fingerprint()}"


def _retry_on_io_error(task, task_run, state) -> bool:
    error = state.result(raise_on_failure=False)
    return isinstance(error, OSError)


@task(
    name="ingest",
    retries=IO_RETRIES,
    retry_delay_seconds=IO_RETRY_DELAY_SECONDS,
    retry_condition_fn=_retry_on_io_error,
    persist_result=False,
)
def ingest_task(path: str) -> Ingested | FileError:
    try:
        return ingest_step(path)
    except IngestError as error:
        get_run_logger().warning("refused %s: %s", path, error.reason)
        return FileError(path, error.reason)


@task(name="parse", cache_key_fn=content_cache_key, cache_expiration=CACHE_EXPIRATION, persist_result=True)
def parse_task(ingested: Ingested) -> Document:
    return parse_step(ingested)


@task(
    name="stage",
    retries=IO_RETRIES,
    retry_delay_seconds=IO_RETRY_DELAY_SECONDS,
    persist_result=False,
)
def stage_task(batch: Batch, docs: list[Document], index: int, orders: list[int]) -> StagedSegment:
    return stage(batch, docs, index, orders=orders)


@task(
    name="commit",
    retries=IO_RETRIES,
    retry_delay_seconds=IO_RETRY_DELAY_SECONDS,
    persist_result=False,
)
def commit_task(out: str, segments: list[StagedSegment]) -> CommitResult:
    return commit_staged(out, segments)
